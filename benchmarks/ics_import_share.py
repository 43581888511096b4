"""Where a whole ``planner import ics`` process spends its CPU: reading the file, and the rest.

    python benchmarks/ics_import_share.py [--runs 5] [--only own|foreign]

Imports our own 20,000-event export of the archive and the foreign published
calendar (``--series "Published calendar" --season 2025``) into fresh copies
of the empty benchmark database, each in a new process as a user runs it, and
prints per file the medians of: the process's CPU time (user + system, from
the kernel: less sensitive to other work on the machine than the wall clock),
the CPU time of ``read_calendar`` inside it (the .ics reader), and the
difference: process start, planning and storing. The calibration loop of
``peer.py`` is printed before and after (1.0 s on the reference machine of
issue 19).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from archive import archive_path, empty_path, private_copy
from peer import calibration, describe, machine, write_foreign_calendar

FOREIGN = ("--series", "Published calendar", "--season", "2025")

#: Runs the real command line in the child, timing only ``read_calendar`` in it.
_CHILD = """
import sys, time
import planner.services.ics_import as ics_import
from planner.cli.main import main
spent = [0.0]
reader = ics_import.read_calendar
def timed(*args, **kwargs):
    started = time.process_time()
    try:
        return reader(*args, **kwargs)
    finally:
        spent[0] += time.process_time() - started
ics_import.read_calendar = timed
status = main(sys.argv[1:])
print(f"READ_CPU {spent[0]:.4f}", file=sys.stderr)
sys.exit(status)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_import(database: Path, ics: Path, extra: tuple[str, ...]) -> tuple[float, float]:
    """(CPU seconds of the whole process, CPU seconds of reading the file in it)."""
    command = [sys.executable, "-c", _CHILD, "--db", str(database), "import", "ics", str(ics)]
    before = _children_cpu()
    done = subprocess.run(
        [*command, *extra], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    total = _children_cpu() - before
    if done.returncode != 0:
        raise RuntimeError(f"import of {ics.name} failed ({done.returncode}):\n{done.stderr}")
    read = float(done.stderr.rsplit("READ_CPU ", 1)[1].split()[0])
    return total, read


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("own", "foreign"), action="append")
    args = parser.parse_args()
    only = set(args.only or ("own", "foreign"))
    facts = machine()
    calibrated = calibration()
    print(describe(facts, calibrated))
    work = Path(tempfile.mkdtemp(prefix="ics-share-"))
    try:
        files: list[tuple[str, Path, tuple[str, ...]]] = []
        if "own" in only:
            own = work / "own.ics"
            archive = private_copy(archive_path(), work, "archive.sqlite3")
            export = ("export", "ics", "--out", str(own))
            exported = subprocess.run(
                [sys.executable, "-m", "planner", "--db", str(archive), *export],
                capture_output=True,
                text=True,
            )
            if exported.returncode != 0:
                raise RuntimeError(exported.stderr)
            files.append(("our own export", own, ()))
        if "foreign" in only:
            foreign = work / "published.ics"
            write_foreign_calendar(foreign, 20_000, 2025)
            files.append(("foreign published calendar", foreign, FOREIGN))
        empty = empty_path()
        results: dict[str, list[tuple[float, float]]] = {name: [] for name, _p, _e in files}
        for run in range(args.runs):  # interleaved: the machine's load hits both alike
            for name, ics, extra in files:
                target = private_copy(empty, work / "imports", f"import-{run}.sqlite3")
                results[name].append(one_import(target, ics, extra))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
        after = calibration()
        print(f"calibration loop after: {after:.2f} s")
        print(
            f"{'import ics, CPU seconds (median of ' + str(args.runs) + ')':<44}"
            f"{'process':>9}{'reading':>9}{'the rest':>10}"
        )
        for name, figures in results.items():
            total = statistics.median(cpu for cpu, _read in figures)
            read = statistics.median(read for _cpu, read in figures)
            rest = statistics.median(cpu - read for cpu, read in figures)
            spread = [round(cpu - read, 2) for cpu, read in figures]
            print(f"  {name:<42}{total:9.2f}{read:9.2f}{rest:10.2f}   (rest: {spread})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
