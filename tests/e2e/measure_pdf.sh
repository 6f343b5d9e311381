#!/usr/bin/env bash
# Measures the PDF path: fields right, ok-and-wrong and ms per PDF (median, p90) over N
# generated text-layer PDFs and N image-only PDFs. Prints two Markdown table rows.
#   tests/e2e/measure_pdf.sh [N=50] [BUILD_DIR=build]
# The PDFs are generated into a temporary directory and deleted afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
count=${1:-50}
build=$(cd "${2:-${SHIKAKU_BUILD_DIR:-$here/build}}" && pwd)
find_bin() { find "$build" -name "$1" -type f -executable | head -n 1; }
scan=$(find_bin shikaku-scan) check=$(find_bin shikaku-truth-check) synth=$(find_bin shikaku-synth)
for b in scan check synth; do [ -n "${!b}" ] || { echo "measure_pdf: build first (no $b binary in $build)" >&2; exit 2; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
status=0
for mode in text image; do
  "$synth" --out "$work/$mode" --seed $((9000 + ${#mode})) --count "$count" --kinds portal_pdf --pdf "$mode" >/dev/null 2>&1
  "$scan" --today 2026-04-01 "$work/$mode"/*.pdf >"$work/$mode.jsonl" || status=1
  "$check" --label "$mode ($count PDFs)" <"$work/$mode.jsonl" | { [ "$mode" = text ] && cat || tail -n 1; } || status=1
done
exit $status
