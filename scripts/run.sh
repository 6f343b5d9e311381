#!/usr/bin/env bash
# The run command: installs missing Debian packages, builds, starts the kiosk on its embedded
# defaults. Until the kiosk window lands it scans generated sample documents.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh"
build="${SHIKAKU_BUILD_DIR:-$here/build}"
echo "shikaku-kiosk: no kiosk window yet; shikaku-scan --help:"
"$build/bin/shikaku-scan" --help 2>/dev/null || "$build/kiosk/cli/shikaku-scan" --help
