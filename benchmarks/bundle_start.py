"""The PyInstaller bundle against the installed app: size, and how fast each starts.

Measures, alternating bundle and installed app run by run so both see the
same machine load, and prints medians and spreads:

* ``planner --version`` (process start to exit: the command line's floor);
* ``planner list rounds`` on the demo database (SQLAlchemy and the migrations'
  head check included);
* the window, offscreen, from just before the spawn until the window shows the
  current season (``RACE_PLANNER_READY``) and until the database is attached
  (``RACE_PLANNER_ATTACHED``; see ``planner.gui.app``), on a copy of the demo.

and the bundle's size on disk, its file count and its size as a .tar.gz (what
a download would be). The installed app is the ``planner`` and ``race-planner``
beside the Python running this script (a venv with ``pip install .``).

Usage::

    python benchmarks/bundle_start.py [--runs 7] [--bundle dist/race-planner]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _environment(data: Path) -> dict[str, str]:
    return {
        "HOME": str(data),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "RACE_PLANNER_DATA_DIR": str(data),
        "XDG_RUNTIME_DIR": str(data),
    }


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def _window_start(program: Path, db: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn until the season shows, and until the database is attached."""
    env = {**env, "RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY": "1", "RACE_PLANNER_DB": str(db)}
    spawned = time.time()
    result = subprocess.run(
        [str(program)], env=env, check=True, capture_output=True, text=True, timeout=300
    )
    stamps: dict[str, float] = {}
    for line in result.stdout.splitlines():
        what, *fields = line.split()
        values = dict(field.split("=", 1) for field in fields)
        if "epoch" in values:
            stamps[what] = float(values["epoch"]) - spawned
    return stamps["RACE_PLANNER_READY"], stamps["RACE_PLANNER_ATTACHED"]


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):6.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def _size(bundle: Path) -> tuple[int, int, int]:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    on_disk = sum(path.stat().st_size for path in files)
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "race-planner.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname=bundle.name)
        compressed = archive.stat().st_size
    return on_disk, len(files), compressed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "race-planner")
    args = parser.parse_args()
    bundle: Path = args.bundle
    scripts = Path(sys.executable).parent
    installed = {"planner": scripts / "planner", "race-planner": scripts / "race-planner"}
    bundled = {"planner": bundle / "planner", "race-planner": bundle / "race-planner"}
    for program in [*installed.values(), *bundled.values()]:
        if not program.is_file():
            print(f"missing {program}: build the bundle / pip install . first", file=sys.stderr)
            return 1

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = _environment(work)
        demo = work / "demo.sqlite3"
        subprocess.run([str(bundled["planner"]), "--db", str(demo), "demo"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        runs: dict[str, dict[str, list[float]]] = {
            name: {"version": [], "list": [], "ready": [], "attached": []}
            for name in ("bundle", "installed")
        }
        for run in range(args.runs + 1):  # the first round warms the disk cache, not counted
            for name, programs in (("bundle", bundled), ("installed", installed)):
                version = _timed([str(programs["planner"]), "--version"], env)
                listing = _timed(
                    [str(programs["planner"]), "--db", str(demo), "list", "rounds"], env
                )
                copy = work / f"{name}-{run}.sqlite3"
                shutil.copyfile(demo, copy)
                ready, attached = _window_start(programs["race-planner"], copy, env)
                if run:
                    figures = runs[name]
                    figures["version"].append(version)
                    figures["list"].append(listing)
                    figures["ready"].append(ready)
                    figures["attached"].append(attached)

    on_disk, count, compressed = _size(bundle)
    print(f"Bundle {bundle}: {on_disk / 1e6:.1f} MB on disk in {count} files, "
          f"{compressed / 1e6:.1f} MB as .tar.gz")  # fmt: skip
    print(f"Medians of {args.runs} alternating runs on {os.cpu_count()} cores, offscreen:")
    labels = {
        "version": "planner --version",
        "list": "planner list rounds (demo)",
        "ready": "window shows the season",
        "attached": "window, database attached",
    }
    for key, label in labels.items():
        bundle_median = statistics.median(runs["bundle"][key])
        installed_median = statistics.median(runs["installed"][key])
        print(f"  {label:28} bundle {_summary(runs['bundle'][key])}")
        print(f"  {'':28} venv   {_summary(runs['installed'][key])}"
              f"   bundle/venv {bundle_median / installed_median:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
