#!/usr/bin/env bash
# Debian/Ubuntu packages Race Planner needs: Qt's libraries (offscreen and X11),
# fonts, poppler-utils (tests read printed PDFs), Xvfb and ImageMagick (screenshots),
# desktop-file-utils and appstream (desktop integration checks), venv.
# Runs apt-get through sudo unless already root. Safe to run again.
set -euo pipefail

packages=(
  python3-venv
  # Qt offscreen (tests) and on a desktop
  libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  # checking printed sheets and taking screenshots (imagemagick: the bundled window's)
  poppler-utils xvfb xauth imagemagick
  # scanning the printed QR codes back (zbarimg)
  zbar-tools
  # a private PostgreSQL server the tests start for the shared-planner suites
  postgresql
  # desktop integration: validating the entry and metainfo, refreshing the menu/MIME caches
  desktop-file-utils appstream shared-mime-info
  # calcurse reads our feeds in the tests (its own iCalendar parser)
  calcurse
)
# Thunderbird's calendar parser (ical.js) checks our feeds in the tests; it runs on Node.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "system packages for Race Planner are installed"
