#!/usr/bin/env bash
# Configures and builds into build/ (or $SHIKAKU_BUILD_DIR). Used by run.sh and test.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${SHIKAKU_BUILD_DIR:-$here/build}"
jobs="${SHIKAKU_JOBS:-$(nproc)}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$jobs"
