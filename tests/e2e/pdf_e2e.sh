#!/usr/bin/env bash
# End-to-end tests of the PDF path through the real shikaku-scan binary.
#   pdf_e2e.sh CASE SCAN CHECK SYNTH WORKDIR
# CASE "generate" writes the test data into WORKDIR (generated PDFs from shikaku-synth, then
# broken and hostile PDFs derived from them with qpdf and head); every other case reads it.
# Nothing here is committed: the data exists only in the build directory.
set -euo pipefail

case_name=$1 scan=$2 check=$3 synth=$4 work=$5
today=2026-04-01 # fixed, so that "expired" does not change with the calendar
docs_per_set=${SHIKAKU_PDF_E2E_COUNT:-12}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

first_pdf() { find "$1" -maxdepth 1 -name '*.pdf' | sort | head -n 1; }

# A minimal PDF whose only page is larger than any document (2000 x 2000 pt = 706 mm).
write_huge_page_pdf() {
  local out=$1 body="" offsets=() objects=(
    "<< /Type /Catalog /Pages 2 0 R >>"
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2000 2000] >>"
  )
  body="%PDF-1.4"$'\n'
  for i in "${!objects[@]}"; do
    offsets+=("${#body}")
    body+="$((i + 1)) 0 obj"$'\n'"${objects[$i]}"$'\n'"endobj"$'\n'
  done
  local xref=${#body}
  body+="xref"$'\n'"0 4"$'\n'"0000000000 65535 f "$'\n'
  for o in "${offsets[@]}"; do body+="$(printf '%010d' "$o") 00000 n "$'\n'; done
  body+="trailer"$'\n'"<< /Size 4 /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n'"%%EOF"$'\n'
  printf '%s' "$body" >"$out"
}

damage_copy() { # GOOD OUT SIZE: 8 pairs of bytes overwritten at places drawn from $RANDOM
  cp "$1" "$2"
  cp "${1%.pdf}.truth.json" "${2%.pdf}.truth.json"
  local b1 b2 at
  for _ in 1 2 3 4 5 6 7 8; do
    # Drawn here, not inside the pipeline: bash reseeds $RANDOM in a pipeline's subshells.
    b1=$((RANDOM % 256)) b2=$((RANDOM % 256)) at=$(((RANDOM * 32768 + RANDOM) % ($3 - 64) + 16))
    printf "\\x$(printf %02x "$b1")\\x$(printf %02x "$b2")" | dd of="$2" bs=1 seek="$at" conv=notrunc status=none
  done
}

generate() {
  rm -rf "$work"
  mkdir -p "$work/text" "$work/image" "$work/bad" "$work/mixed" "$work/owner" "$work/overlay" "$work/mutated"
  "$synth" --out "$work/text" --seed 4101 --count "$docs_per_set" --kinds portal_pdf --pdf text >/dev/null
  "$synth" --out "$work/image" --seed 4102 --count "$docs_per_set" --kinds portal_pdf --pdf image >/dev/null
  local good
  good=$(first_pdf "$work/text")
  [ -n "$good" ] || fail "shikaku-synth wrote no PDF"
  # Two good documents with a truncated one between them.
  local n=0
  for f in $(find "$work/text" -maxdepth 1 -name '*.pdf' | sort | sed -n '2,3p'); do
    n=$((n + 1))
    cp "$f" "$work/mixed/good$n.pdf"
    cp "${f%.pdf}.truth.json" "$work/mixed/good$n.truth.json"
  done
  head -c $(($(stat -c %s "$good") / 2)) "$good" >"$work/mixed/truncated.pdf"
  qpdf --encrypt user-secret owner-secret 256 -- "$good" "$work/bad/encrypted.pdf"
  # Encrypted with an empty user password: anyone can open it, so it is read normally.
  qpdf --encrypt "" owner-secret 256 -- "$good" "$work/owner/owner_only.pdf"
  cp "${good%.pdf}.truth.json" "$work/owner/owner_only.truth.json"
  # Text layer of one document hidden under the printed page of another (an invisible OCR
  # layer gone wrong, or text edited under an unchanged picture): judged against the print.
  local printed
  printed=$(first_pdf "$work/image")
  qpdf "$(find "$work/text" -maxdepth 1 -name '*.pdf' | sort | sed -n 4p)" --overlay "$printed" --from= --repeat=1 -- \
    "$work/overlay/hidden_text.pdf"
  cp "${printed%.pdf}.truth.json" "$work/overlay/hidden_text.truth.json"
  # Damaged copies (bytes overwritten at fixed pseudo-random places): errors or readings, no crash.
  local size
  size=$(stat -c %s "$good")
  RANDOM=4103
  for i in $(seq 1 16); do
    damage_copy "$good" "$work/mutated/m$i.pdf" "$size"
  done
  # Damage inside a content stream that Poppler recovers from by dropping what follows it, in the
  # text layer and the print alike: seed 74 cuts the 番号, seed 232 the 記号. Both were read `ok`
  # and wrong before a file Poppler complains about was sent to review.
  for seed in 74 232; do
    RANDOM=$seed
    damage_copy "$good" "$work/mutated/cut_$seed.pdf" "$size"
  done
  qpdf --empty "$work/bad/empty.pdf"
  qpdf --empty --pages "$good" "$good" "$good" "$good" "$good" "$good" "$good" "$good" "$good" -- "$work/bad/many_pages.pdf"
  printf 'This is a letter, not a PDF.\n' >"$work/bad/not_a_pdf.pdf"
  { printf '%%PDF-1.7\n'; head -c 20000 /dev/urandom; printf '\n%%%%EOF\n'; } >"$work/bad/garbage.pdf"
  write_huge_page_pdf "$work/bad/huge_page.pdf"
  { printf '%%PDF-1.4\n'; } >"$work/bad/huge_file.pdf"
  truncate -s 41M "$work/bad/huge_file.pdf" # sparse: costs no disk
}

# Runs shikaku-scan; stdout to $work/out.jsonl, stderr must stay empty (Poppler is silenced
# and nothing may leak field values), exit code in $rc.
run_scan() {
  set +e
  "$scan" --today "$today" "$@" >"$work/out.$case_name.jsonl" 2>"$work/err.$case_name.txt"
  rc=$?
  set -e
  # Poppler's allocator writes two fixed sentences straight to stderr when a damaged file asks
  # for an impossible allocation (the call then fails cleanly); they carry no document content.
  if grep -qvxE 'Bogus memory allocation size|Out of memory' "$work/err.$case_name.txt"; then
    fail "shikaku-scan wrote to stderr: $(head -c 300 "$work/err.$case_name.txt")"
  fi
}

expect_error() { # FILE CODE
  run_scan "$1"
  [ "$rc" -eq 1 ] || fail "$1: exit code $rc, expected 1"
  grep -q "\"error\":{\"code\":\"$2\",\"message\":\"[^\"]" "$work/out.$case_name.jsonl" ||
    fail "$1: expected error $2, got $(cat "$work/out.$case_name.jsonl")"
  echo "$(basename "$1"): $2 as expected"
}

case "$case_name" in
generate) generate ;;
text_layer)
  # Every field right and ok.
  run_scan "$work"/text/*.pdf
  [ "$rc" -eq 0 ] || fail "exit code $rc"
  "$check" --require-ok --label text_layer <"$work/out.$case_name.jsonl"
  ;;
image_only)
  # >= 95 % of the fields right and not one ok field wrong (the checker fails on any).
  run_scan "$work"/image/*.pdf
  [ "$rc" -eq 0 ] || fail "exit code $rc"
  grep -q '"source":"ocr"' "$work/out.$case_name.jsonl" || fail "image-only PDFs were not read by OCR"
  "$check" --min-right 95 --label image_only <"$work/out.$case_name.jsonl"
  ;;
corrupt_among_good)
  run_scan "$work/mixed/good1.pdf" "$work/mixed/truncated.pdf" "$work/mixed/good2.pdf"
  [ "$rc" -eq 1 ] || fail "exit code $rc, expected 1"
  [ "$(wc -l <"$work/out.$case_name.jsonl")" -eq 3 ] || fail "expected one line per input"
  sed -n 2p "$work/out.$case_name.jsonl" | grep -q '"code":"pdf_corrupt"' || fail "truncated PDF: no pdf_corrupt line"
  sed -n '1p;3p' "$work/out.$case_name.jsonl" | "$check" --require-ok --label good_around_corrupt
  ;;
owner_password_only)
  run_scan "$work/owner/owner_only.pdf"
  [ "$rc" -eq 0 ] || fail "exit code $rc"
  "$check" --require-ok --label owner_only <"$work/out.$case_name.jsonl"
  ;;
text_differs_from_print)
  # Values only the hidden text layer holds must not be ok; the page as printed wins.
  run_scan "$work/overlay/hidden_text.pdf"
  grep -q 'the text layer differs from the printed page' "$work/out.$case_name.jsonl" ||
    fail "the hidden text layer was not noticed"
  "$check" --label hidden_text <"$work/out.$case_name.jsonl"
  ;;
mutated)
  # Never a crash: one JSON line per damaged file, exit 0 or 1 (a signal would give >= 128).
  run_scan "$work"/mutated/*.pdf
  [ "$rc" -le 1 ] || fail "exit code $rc"
  [ "$(wc -l <"$work/out.$case_name.jsonl")" -eq 18 ] || fail "expected one line per damaged file"
  echo "$(grep -c '"error"' "$work/out.$case_name.jsonl") of 18 damaged files refused, the others read"
  # What was read from a damaged file may be incomplete, never ok and wrong.
  if grep -qv '"error"' "$work/out.$case_name.jsonl"; then
    grep -v '"error"' "$work/out.$case_name.jsonl" | "$check" --any-kind --label damaged_but_read
  fi
  ;;
encrypted) expect_error "$work/bad/encrypted.pdf" pdf_encrypted ;;
empty) expect_error "$work/bad/empty.pdf" pdf_empty ;;
too_many_pages) expect_error "$work/bad/many_pages.pdf" pdf_too_many_pages ;;
not_a_pdf) expect_error "$work/bad/not_a_pdf.pdf" unsupported_format ;;
garbage) expect_error "$work/bad/garbage.pdf" pdf_corrupt ;;
huge_page) expect_error "$work/bad/huge_page.pdf" pdf_page_too_large ;;
huge_file) expect_error "$work/bad/huge_file.pdf" file_too_large ;;
*) fail "unknown case $case_name" ;;
esac
