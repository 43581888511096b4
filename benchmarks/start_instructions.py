"""The start to the first paint in instructions, against the bare window (issue 19).

Wall-clock starts swing with the machine's load (ratios of 1.4-2.8x within ten
minutes at a load of 9 on two cores); instructions counted by valgrind's
callgrind do not. Each process here runs to the moment the start benchmark
calls ready (``app_performance.py``'s ``RACE_PLANNER_READY``: the current
season painted, or the bare window painted) and exits there, so what is
counted is exactly what the wall-clock ratio divides:

* the bare window: ``app_performance.BARE_WINDOW``, exiting once painted;
* the app: ``planner --db FILE`` (``python -m planner``) with the empty
  database and with the archive, exiting right after its first paint
  (``planner.gui.app._report`` wrapped, nothing else changed).

Usage::

    python benchmarks/start_instructions.py [--platform offscreen|xcb|both]

callgrind runs a process ~50x slower: a run takes a few minutes. Each command
runs once without valgrind first, so every module comes from its .pyc (with
``PYTHONDONTWRITEBYTECODE`` set, compiling the sources costs ~40 % more).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_performance import BARE_WINDOW, xvfb_display
from archive import archive_path, empty_path, private_copy

# The bare window exits where it reports ready instead of quitting its event loop.
BARE_TO_FIRST_PAINT = BARE_WINDOW.replace("    app.quit()\n", "    import os; os._exit(0)\n")

APP_TO_FIRST_PAINT = r"""
import os, sys
import planner.gui.app as app_module

reported = app_module._report

def report_and_exit(app, what):
    reported(app, what)
    if what == "RACE_PLANNER_READY":
        os._exit(0)

app_module._report = report_and_exit
sys.argv = ["planner", "--db", sys.argv[1]]
from planner.cli.main import main
sys.exit(main())
"""


def instructions(command: list[str], env: dict[str, str], out: Path) -> int:
    """Instructions callgrind counted in the process itself (not in a child it forks)."""
    subprocess.run(command, env=env, check=True, capture_output=True)  # .pyc files, caches
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    main_pid = re.search(r"==(\d+)== Command:", done.stderr)
    counted = dict(re.findall(r"==(\d+)== Collected : (\d+)", done.stderr))
    if main_pid is None or main_pid.group(1) not in counted:
        raise RuntimeError(f"no instruction count from callgrind:\n{done.stderr[-2000:]}")
    return int(counted[main_pid.group(1)])


def measure(platform_name: str, display: str | None, work: Path) -> dict[str, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform_name, "RACE_PLANNER_DATA_DIR": str(work)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY", None)
    if display is not None:
        env["DISPLAY"] = display
    app_env = {**env, "RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY": "1"}
    databases = {
        "empty": private_copy(empty_path(), work, "empty.sqlite3"),
        "archive": private_copy(archive_path(), work, "archive.sqlite3"),
    }
    counts = {
        "bare": instructions(
            [sys.executable, "-c", BARE_TO_FIRST_PAINT], env, work / "bare.callgrind"
        )
    }
    for name, database in databases.items():
        command = [sys.executable, "-c", APP_TO_FIRST_PAINT, str(database)]
        counts[name] = instructions(command, app_env, work / f"{name}.callgrind")
    return counts


def show(platform_name: str, counts: dict[str, int]) -> None:
    bare = counts["bare"]
    print(f"to the first paint ({platform_name}), callgrind instructions")
    print(f"  bare PySide6 window      {bare / 1e6:9,.1f} M")
    for name, label in (("empty", "empty database"), ("archive", "20-season archive")):
        value = counts[name]
        print(f"  app, {label:19s} {value / 1e6:9,.1f} M   {value / bare:.2f}x the bare window")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="start-instructions-") as folder:
        work = Path(folder)
        if args.platform in ("offscreen", "both"):
            show("offscreen", measure("offscreen", None, work / "offscreen"))
        if args.platform in ("xcb", "both"):
            with xvfb_display() as display:
                if display is None:
                    print("Xvfb is not installed: no xcb figures", file=sys.stderr)
                else:
                    show("Xvfb", measure("xcb", display, work / "xcb"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
