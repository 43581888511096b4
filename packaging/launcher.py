"""The one entry script of the bundle: what runs depends on the executable's name.

The bundle holds two executables built from this one script and one analysis,
so they share one ``_internal`` folder and can never disagree about what is in
it: ``race-planner`` (windowed on Windows and macOS) opens the window, with an
optional file to open (an ``.ics`` from the file manager); ``planner`` (a
console program) is the command line, which also opens the window when given
no command. Dispatching on the name keeps both exactly the installed
``race-planner`` and ``planner`` entry points of pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _run() -> int:
    name = Path(sys.executable).stem.lower()
    if name in {"race-planner", "race planner", "raceplanner"}:
        from planner.gui.app import main as window_main

        return window_main()
    from planner.cli.main import main as command_line_main

    return command_line_main()


if __name__ == "__main__":
    sys.exit(_run())
