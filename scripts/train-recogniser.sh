#!/usr/bin/env bash
# Trains the kiosk's own line recogniser (models/ocr/shikaku.traineddata) from scratch with
# Tesseract's training tools (Debian's tesseract-ocr), on lines cut out of simulated photos of
# generated, fictitious documents (tests/training). Deterministic inputs: same seeds, same lines.
#   scripts/train-recogniser.sh [--work DIR] [--stage1-iterations N] [--stage2-iterations N]
# Two stages (about 1 h 15 min on two cores, docs/recogniser.md; stage 1 trains on one core
# while the other makes the lines of stage 2):
#  1. from scratch, on lines made only of the documents' own words (titles, labels, digits,
#     dates): 1200 documents, seed 77;
#  2. the same network taught "something else": lines of any print, every character outside
#     those words transcribed as 〓, so that it stops reading its words into other print:
#     900 other documents, seed 78.
# Prints how the new model and the stock jpn model read the held-out lines of stage 2
# (shikaku-line-eval). The kiosk does not need this script to run: the model it builds is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work=/tmp/shikaku-train
stage1=80000
stage2=14000
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --stage1-iterations) stage1="$2"; shift 2 ;;
    --stage2-iterations) stage2="$2"; shift 2 ;;
    *) echo "usage: $0 [--work DIR] [--stage1-iterations N] [--stage2-iterations N]" >&2; exit 2 ;;
  esac
done
"$here/scripts/build.sh" >/dev/null
build="${SHIKAKU_BUILD_DIR:-$here/build}"
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
mkdir -p "$work"

# lines DIR DOCUMENTS SEED OTHERS: the training lines, made once; one .lstmf per multi-page
# TIFF (raw-line mode: the box file gives each line, Tesseract's layout analysis is not wanted).
lines() {
  local dir="$work/$1"
  if [ ! -e "$dir/done" ]; then
    rm -rf "$dir"
    "$build/tests/training/shikaku-training-lines" --out "$dir" --documents "$2" --seed "$3" --others "$4" --eval-share 0.05
    ls "$dir"/*.tif | sed 's/\.tif$//' |
      xargs -P "$jobs" -I{} sh -c 'tesseract {}.tif {} --psm 13 -l eng lstm.train >/dev/null 2>&1'
    touch "$dir/done"
  fi
  ls "$dir"/train-*.lstmf > "$work/$1.train"
  ls "$dir"/eval-*.lstmf > "$work/$1.eval"
}

# starter NAME LINES: the characters of the lines, no dictionary. Han characters are coded one
# output each (a pass-through recoder: a few hundred classes need no radical codes, but the
# tool insists on reading a radical table, so it gets a one-line one).
starter() {
  local dir="$work/starter-$1"
  rm -rf "$dir" && mkdir -p "$dir/script" "$dir/shikaku"
  printf '4E00\t1.0\n' > "$dir/script/radical-stroke.txt"
  unicharset_extractor --output_unicharset "$dir/unicharset" --norm_mode 1 "$work/$2"/*.box >/dev/null 2>&1
  combine_lang_model --input_unicharset "$dir/unicharset" --script_dir "$dir/script" --lang shikaku \
    --output_dir "$dir" --pass_through_recoder >/dev/null 2>&1
}

# finished STAGE ITERATIONS: after lstmtraining failed. Tesseract 5.3's lstmtraining can crash
# as it ends (a segmentation fault after its last checkpoint, seen 2026-11-27): the stage counts
# as done when its log reached the last iteration.
finished() {
  local reached
  reached=$(grep -oE "^At iteration [0-9]+/[0-9]+" "$work/$1.log" | tail -1 | cut -d/ -f2)
  if [ "${reached:-0}" -lt "$2" ]; then
    echo "$1 failed at iteration ${reached:-0} of $2: see $work/$1.log" >&2
    exit 1
  fi
  echo "$1: lstmtraining crashed after its last iteration; its last checkpoint is used" >&2
}

lines words 1200 77 drop
starter words words
mkdir -p "$work/checkpoints"

# Stage 1. Small on purpose: a closed set of characters, read for speed (jpn's fast model ends
# in an LSTM of 384 and a few thousand outputs). Progress: tail -f $work/stage1.log.
classes=$(head -1 "$work/starter-words/unicharset")
lstmtraining --traineddata "$work/starter-words/shikaku/shikaku.traineddata" \
  --net_spec "[1,36,0,1 Ct3,3,16 Mp3,3 Lfys48 Lfx96 Lrx96 Lfx96 O1c$classes]" \
  --model_output "$work/checkpoints/words" --learning_rate 0.002 \
  --train_listfile "$work/words.train" --eval_listfile "$work/words.eval" \
  --max_iterations "$stage1" --debug_interval 0 > "$work/stage1.log" 2>&1 &
stage1_pid=$!
jobs=$(( jobs > 1 ? jobs - 1 : 1 )) lines marked 900 78 mark
starter marked marked
wait "$stage1_pid" || finished stage1 "$stage1"
grep -E "^At iteration" "$work/stage1.log" | tail -1

# Stage 2: the output layer gains 〓 (the old one's weights are kept, mapped by character).
# No --eval_listfile here: Tesseract 5.3's evaluation thread crashed (free(): invalid pointer)
# on a model whose character set had changed; the held-out lines are measured at the end.
lstmtraining --continue_from "$work/checkpoints/words_checkpoint" \
  --old_traineddata "$work/starter-words/shikaku/shikaku.traineddata" \
  --traineddata "$work/starter-marked/shikaku/shikaku.traineddata" \
  --model_output "$work/checkpoints/marked" --learning_rate 0.001 \
  --train_listfile "$work/marked.train" \
  --max_iterations "$stage2" --debug_interval 0 > "$work/stage2.log" 2>&1 || finished stage2 "$stage2"
grep -E "^At iteration" "$work/stage2.log" | tail -1

mkdir -p "$here/models/ocr"
lstmtraining --stop_training --convert_to_int --continue_from "$work/checkpoints/marked_checkpoint" \
  --traineddata "$work/starter-marked/shikaku/shikaku.traineddata" \
  --model_output "$here/models/ocr/shikaku.traineddata" >/dev/null 2>&1
# The new model against jpn on the held-out lines, like for like (exact lines, CER, CPU).
"$build/tests/training/shikaku-line-eval" --lines "$work/marked" --models "$here/models"
