#!/bin/sh
# Removes what install.sh put into your desktop's menus (not this folder, not your data).
set -e
here=$(dirname "$(readlink -f "$0")")
exec "$here/planner" desktop uninstall --user "$@"
