#!/bin/sh
# Puts Race Planner from this folder into your desktop's menus: the menu entry,
# the icon, the AppStream data and "open .ics files with Race Planner".
# Only for you (under ~/.local/share); no root needed. Keep this folder where it
# is: the menu entry starts the race-planner beside this script.
set -e
here=$(dirname "$(readlink -f "$0")")
exec "$here/planner" desktop install --user "$@"
