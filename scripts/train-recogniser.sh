#!/usr/bin/env bash
# Trains the kiosk's own line recogniser (models/ocr/shikaku.traineddata) from scratch with
# Tesseract's training tools (Debian's tesseract-ocr), on lines cut out of simulated photos of
# generated, fictitious documents (tests/training). Deterministic inputs: same seed, same lines.
#   scripts/train-recogniser.sh [--documents N] [--iterations N] [--work DIR]
# Takes about an hour on two cores at the defaults; prints the character error rate of the new
# model and of the stock jpn model on the held-out lines. The kiosk does not need this script
# to run: the model it builds is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
documents=800
iterations=60000
work=/tmp/shikaku-train
while [ $# -gt 0 ]; do
  case "$1" in
    --documents) documents="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: $0 [--documents N] [--iterations N] [--work DIR]" >&2; exit 2 ;;
  esac
done
"$here/scripts/build.sh" >/dev/null
build="${SHIKAKU_BUILD_DIR:-$here/build}"
export OMP_THREAD_LIMIT=1 QT_QPA_PLATFORM=offscreen
tessdata=/usr/share/tesseract-ocr/5/tessdata
jobs=$(nproc)

mkdir -p "$work"
lines="$work/lines-$documents"
if [ ! -e "$lines/done" ]; then
  rm -rf "$lines"
  "$build/tests/training/shikaku-training-lines" --out "$lines" --documents "$documents"
  # One .lstmf per multi-page TIFF: the line images with their transcripts (raw-line mode: the
  # box file gives each line; Tesseract's own layout analysis is not wanted here).
  ls "$lines"/*.tif | sed 's/\.tif$//' |
    xargs -P "$jobs" -I{} sh -c 'tesseract {}.tif {} --psm 13 -l eng lstm.train >/dev/null 2>&1'
  touch "$lines/done"
fi
ls "$lines"/train-*.lstmf > "$work/train.list"
ls "$lines"/eval-*.lstmf > "$work/eval.list"

# The starter model: the characters the documents print, no dictionary. Han characters are
# coded one output each (a pass-through recoder: a few hundred classes need no radical codes,
# but the tool insists on reading a radical table, so it gets a one-line one).
starter="$work/starter"
rm -rf "$starter" && mkdir -p "$starter/script" "$starter/shikaku"
printf '4E00\t1.0\n' > "$starter/script/radical-stroke.txt"
unicharset_extractor --output_unicharset "$starter/unicharset" --norm_mode 1 "$lines"/*.box >/dev/null 2>&1
combine_lang_model --input_unicharset "$starter/unicharset" --script_dir "$starter/script" --lang shikaku \
  --output_dir "$starter" --pass_through_recoder >/dev/null 2>&1
classes=$(head -1 "$starter/unicharset")

# Small on purpose: a closed set of characters, read for speed (jpn's fast model ends in an
# LSTM of 384 and a few thousand outputs).
spec="[1,36,0,1 Ct3,3,16 Mp3,3 Lfys48 Lfx96 Lrx96 Lfx128 O1c$classes]"
rm -rf "$work/checkpoints" && mkdir -p "$work/checkpoints"
lstmtraining --traineddata "$starter/shikaku/shikaku.traineddata" --net_spec "$spec" \
  --model_output "$work/checkpoints/shikaku" --learning_rate 0.002 \
  --train_listfile "$work/train.list" --eval_listfile "$work/eval.list" \
  --max_iterations "$iterations" --debug_interval 0 2>&1 | grep -E "^At iteration|Finished" | tail -20

mkdir -p "$here/models/ocr"
lstmtraining --stop_training --convert_to_int --continue_from "$work/checkpoints/shikaku_checkpoint" \
  --traineddata "$starter/shikaku/shikaku.traineddata" --model_output "$here/models/ocr/shikaku.traineddata" >/dev/null 2>&1
echo "held-out lines: $(wc -l < "$work/eval.list") files"
echo "shikaku: $(lstmeval --model "$here/models/ocr/shikaku.traineddata" --eval_listfile "$work/eval.list" 2>&1 | grep -o 'BCER eval=[0-9.]*%')"
echo "jpn:     $(lstmeval --model "$tessdata/jpn.traineddata" --eval_listfile "$work/eval.list" 2>&1 | grep -o 'BCER eval=[0-9.]*%')"
