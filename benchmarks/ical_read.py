"""How long does reading a 20,000-event .ics take, in process? (issues 13 and 19)

Reads the two files the import benchmark imports (``export_feeds.py``) with
``planner.ical.read_calendar``, the reader of ``planner import ics``: our own
export of the benchmark archive (``planner export ics``) and the foreign
published calendar (``peer.write_foreign_calendar``). Prints the CPU seconds
(``time.process_time``, less sensitive to other work on the machine than the
wall clock) of each run, their median and minimum, the median divided by the
calibration loop (the seconds it would take on issue 19's reference machine),
and whether the fast reader read the file (else icalendar did). With
``--profile`` it also prints a CPU-clock profile of one read of each file.

Usage::

    python benchmarks/ical_read.py [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import archive_path, private_copy
from peer import calibration, describe, machine, write_foreign_calendar

from planner.ical import read_calendar
from planner.ical.reader import _read_fast

#: The aim of the reading work: either file read in at most this many CPU seconds
#: on the machine of docs/performance.md (its calibration loop 0.51-0.66 s).
TARGET_SECONDS = 0.35


def _own_export(folder: Path) -> Path:
    database = private_copy(archive_path(), folder, "archive.sqlite3")
    target = folder / "own.ics"
    command = [sys.executable, "-m", "planner", "--db", str(database), "export", "ics"]
    subprocess.run([*command, "--out", str(target)], check=True, capture_output=True)
    return target


def _read_seconds(data: bytes, name: str) -> float:
    started = time.process_time()
    read_calendar(data, source_name=name)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    calibrated = calibration()
    print(describe(machine(), calibrated))
    with tempfile.TemporaryDirectory(prefix="ical-read-") as temporary:
        folder = Path(temporary)
        foreign = folder / "foreign.ics"
        write_foreign_calendar(foreign, 20_000, 2025)
        files = {"our own export": _own_export(folder), "foreign published calendar": foreign}
        print(f"{'file':<28} {'events':>7} {'MB':>5} {'fast':>5} {'median s':>9} {'min s':>6}"
              f" {'÷ calib.':>8}  runs (CPU s)")  # fmt: skip
        for name, path in files.items():
            data = path.read_bytes()
            events = len(read_calendar(data, source_name=name))
            fast = _read_fast(data, name, None) is not None
            runs = [_read_seconds(data, name) for _ in range(args.runs)]
            median = statistics.median(runs)
            print(
                f"{name:<28} {events:>7,} {len(data) / 1e6:>5.1f} {'yes' if fast else 'no':>5}"
                f" {median:>9.3f} {min(runs):>6.3f} {median / calibrated:>8.3f}  "
                + " ".join(f"{run:.3f}" for run in runs)
            )
            if args.profile:
                profile = cProfile.Profile(time.process_time)
                profile.runcall(read_calendar, data, source_name=name)
                pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    after = calibration()
    print(f"calibration after the runs: {after:.2f} s; aim: each file <= {TARGET_SECONDS} s here")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
