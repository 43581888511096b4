#!/usr/bin/env bash
# Builds the one-folder bundle dist/race-planner/ (Linux) from this checkout.
#
#   packaging/build-bundle.sh                 # own venv in build/bundle-venv, from PyPI
#   BUNDLE_PYTHON=.venv/bin/python packaging/build-bundle.sh
#                                             # an existing environment (CI reuses its .venv)
#
# The project is installed into that environment as a regular (non-editable)
# package, so the bundle holds exactly what `pip install .` ships. Prints the
# bundle's size at the end. On Windows and macOS run PyInstaller with
# race-planner-windows.spec / race-planner-macos.spec the same way (README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

python=${BUNDLE_PYTHON:-}
if [ -z "$python" ]; then
  venv=build/bundle-venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  python=$venv/bin/python
fi
"$python" -m pip install --quiet ".[bundle]"
# A reinstall of the same version would keep stale files of an earlier build.
"$python" -m pip install --quiet --no-deps --force-reinstall .

rm -rf dist/race-planner
start=$(date +%s)
(cd "$root" && "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/race-planner-linux.spec)
# The bundle's own desktop integration (Linux): install.sh / uninstall.sh beside the programs.
install -m 755 packaging/bundle-install.sh dist/race-planner/install.sh
install -m 755 packaging/bundle-uninstall.sh dist/race-planner/uninstall.sh
echo "bundle built in $(( $(date +%s) - start )) s: $(du -sh dist/race-planner | cut -f1) in dist/race-planner/"
