#!/usr/bin/env bash
# The run command: installs missing Debian packages, builds, and opens the kiosk's two windows
# (resident + staff) on the replay camera over fictitious sample documents generated into the
# build directory by shikaku-synth (never committed), with a local encrypted SQLite store.
#   scripts/run.sh [extra shikaku-kiosk options]      e.g. --camera /dev/video0
# Staff sign-in for this demonstration: any staff ID, PIN 0000 (--demo-pin).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build="${SHIKAKU_BUILD_DIR:-$here/build}"
samples="$build/samples"

# Sample documents: photos for the replay camera, portal PDFs for the phone/staff path.
if [ ! -d "$samples/photos" ] || [ -z "$(ls -A "$samples/photos" 2>/dev/null)" ]; then
  echo "shikaku-kiosk: generating fictitious sample documents into $samples"
  tmp="$samples/.synth"
  rm -rf "$tmp" && mkdir -p "$tmp" "$samples/photos" "$samples/pdf"
  QT_QPA_PLATFORM=offscreen "$build/tests/synth/shikaku-synth" --out "$tmp" --seed 7 --count 2 \
    --kinds kakuninsho_card,kakuninsho_postcard,kakuninsho_a4,oshirase --photos easy --megapixels 2 >/dev/null
  QT_QPA_PLATFORM=offscreen "$build/tests/synth/shikaku-synth" --out "$samples/pdf" --seed 7 --count 2 \
    --kinds portal_pdf >/dev/null
  # The replay camera wants what a camera sees: the simulated photos, not the flat scans.
  find "$tmp" -type f -regex '.*_\(easy\|medium\|hard\)\.\(jpg\|png\)' -exec mv {} "$samples/photos/" \;
  if [ -z "$(ls -A "$samples/photos")" ]; then
    find "$tmp" -type f \( -name '*.jpg' -o -name '*.png' \) -exec mv {} "$samples/photos/" \;
  fi
  rm -rf "$tmp"
fi

# A local data folder and configuration for this demonstration (not the counter's).
export SHIKAKU_DATA_DIR="${SHIKAKU_DATA_DIR:-$build/kiosk-data}"
export SHIKAKU_CONFIG="${SHIKAKU_CONFIG:-$build/kiosk-demo.ini}"
echo "shikaku-kiosk: records in $SHIKAKU_DATA_DIR; staff PIN 0000 (demonstration only)"
# Without a display (a server, CI) the windows open on a virtual X display instead (Xvfb).
launcher=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "shikaku-kiosk: no display found: opening the windows on a virtual display (xvfb-run)"
  launcher=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
exec "${launcher[@]}" "$build/kiosk/app/shikaku-kiosk" --camera "${SHIKAKU_CAMERA:-auto}" --replay-dir "$samples/photos" --demo-pin "$@"
