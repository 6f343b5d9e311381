#!/usr/bin/env bash
# The photo benchmark: builds, generates the corpus once into a cache directory (fictitious
# documents from shikaku-synth, 312 photos: 8 kinds × 13 × easy/medium/hard), scans every photo
# in-process and prints Markdown tables (accuracy per field, kind and tier; kind accuracy;
# latency; peak memory; the naive tesseract+regex peer on every 6th photo).
#   scripts/bench.sh [shikaku-bench options, e.g. --limit 60 --naive-every 0]
# Cache: $SHIKAKU_BENCH_CACHE (default /tmp/shikaku-bench-corpus), regenerated when the seed,
# the count or the generator's sources (tests/synth) change. OCR runs on two threads.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh" >/dev/null
build="${SHIKAKU_BUILD_DIR:-$here/build}"
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen
exec "$build/tests/bench/shikaku-bench" --cache "${SHIKAKU_BENCH_CACHE:-/tmp/shikaku-bench-corpus}" "$@"
