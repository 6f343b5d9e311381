#!/usr/bin/env bash
# Installs the Debian bookworm packages shikaku-kiosk needs, only those missing.
# Runs as root (or through sudo when available). Safe to run again.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  libopencv-dev
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng
  tesseract-ocr-script-jpan
  libzxing-dev
  libpoppler-cpp-dev poppler-utils
  qpdf
  qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qttest qml6-module-qtqml-workerscript
  qml6-module-qtquick-templates qml6-module-qtquick-dialogs qml6-module-qt-labs-platform
  qml6-module-qt-labs-folderlistmodel
  libqt6sql6-sqlite libsqlite3-dev libsodium-dev
  fonts-noto-cjk fonts-ipafont-gothic
  fonts-ipafont-mincho
  libgtest-dev nlohmann-json3-dev
  xvfb xauth
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
