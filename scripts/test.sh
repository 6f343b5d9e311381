#!/usr/bin/env bash
# The test command: installs missing Debian packages, builds, runs every test with CTest.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build="${SHIKAKU_BUILD_DIR:-$here/build}"
cd "$build"
# Offscreen Qt for window tests; one Tesseract thread per engine.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" OMP_THREAD_LIMIT=1
ctest --output-on-failure -j "$(nproc)" "$@"
