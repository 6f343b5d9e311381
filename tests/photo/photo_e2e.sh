#!/usr/bin/env bash
# photo.e2e.*: camera photos through the real shikaku-scan, on photos generated at test time by
# shikaku-synth (fictitious data; nothing generated is committed), checked field by field
# against the ground truth by shikaku-truth-check. Any `ok` field that is wrong fails the test.
#   photo_e2e.sh generate SCAN CHECK SYNTH WORKDIR
#   photo_e2e.sh kind SCAN CHECK SYNTH WORKDIR KIND MIN_RIGHT_PERCENT MAX_KIND_ERRORS
#   photo_e2e.sh all  SCAN CHECK SYNTH WORKDIR
#   photo_e2e.sh former SCAN CHECK SYNTH WORKDIR LIST [MIN_RIGHT_PERCENT MAX_KIND_ERRORS]
#     (LIST: former-silent-errors.txt, former-wrong-outlines.txt)
set -euo pipefail
mode=$1 scan=$2 check=$3 synth=$4 work=$5
today=2026-11-25
case "$mode" in
generate)
  rm -rf "$work" && mkdir -p "$work"
  kinds=kakuninsho_card,kakuninsho_postcard,kakuninsho_a4,oshirase,portal_screen,health_insurance_card,back_side,unknown
  QT_QPA_PLATFORM=offscreen "$synth" --out "$work" --seed 20261125 --count 2 --kinds "$kinds" --photos all >/dev/null
  # Only the photos are inputs here; the flat renders are the synth helper's business.
  ls "$work"/*_easy.jpg "$work"/*_medium.jpg "$work"/*_hard.jpg >/dev/null
  ;;
kind)
  kind=$6 min_right=$7 max_kind_errors=$8
  shopt -s nullglob
  photos=("$work/${kind}"_[0-9][0-9][0-9][0-9]_{easy,medium,hard}.jpg)
  [ ${#photos[@]} -gt 0 ] || { echo "no photos of $kind in $work" >&2; exit 1; }
  "$scan" --today "$today" "${photos[@]}" |
    "$check" --min-right "$min_right" --max-kind-errors "$max_kind_errors" --label "$kind"
  ;;
all)
  # Every photo: no threshold on right fields, kind errors allowed, but never a wrong `ok`.
  "$scan" --today "$today" "$work"/*_{easy,medium,hard}.jpg | "$check" --min-right 0 --max-kind-errors 1000 --label all-photos
  ;;
former)
  # Photos of other seeds that were once read wrong, each made again alone (one folder per seed:
  # names repeat across seeds); never a wrong `ok`, and by default no other threshold.
  list=$6 min_right=${7:-0} max_kind_errors=${8:-1000}
  rm -rf "$work" && mkdir -p "$work"
  photos=()
  while read -r seed kind index tier _; do
    case "$seed" in ''|'#'*) continue ;; esac
    QT_QPA_PLATFORM=offscreen "$synth" --out "$work/$seed" --seed "$seed" --first "$index" --count 1 --kinds "$kind" --photos "$tier" >/dev/null 2>&1
    photos+=("$(printf '%s/%s/%s_%04d_%s.jpg' "$work" "$seed" "$kind" "$index" "$tier")")
  done <"$list"
  ls "${photos[@]}" >/dev/null
  "$scan" --today "$today" "${photos[@]}" |
    "$check" --min-right "$min_right" --max-kind-errors "$max_kind_errors" --label "$(basename "$list" .txt)"
  ;;
*) echo "unknown mode $mode" >&2; exit 2 ;;
esac
