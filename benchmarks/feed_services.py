"""The feed services in one process, with their export cache (issue 4; moved here from
export_feeds.py, which now measures import and export against calcurse, issue 19).

Builds a synthetic archive of 20 seasons (4 series x 5 years, 20 rounds of 50
sessions each: 20,000 sessions, at circuits in many zones, drivers on the
races) through the real services, then measures, several runs each:

* a full export (cold: every event built and formatted),
* a re-export of a saved feed with nothing changed (warm caches, plus the
  "what changed" comparison),
* a re-export after one session moved,
* the export of one season (cold),
* the import of the whole-archive .ics into an empty database,
* the import of the same archive as another program would publish it (no
  X-RACE-PLANNER facts, other UIDs, "Circuit - Town" places, the series in
  CATEGORIES): circuits, series and seasons all found from the file.

Prints a table of medians and spreads. Usage:

    python benchmarks/feed_services.py [--runs 5] [--keep-db PATH]

``--keep-db`` keeps (and reuses) the built archive between runs of the script.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from planner.db.database import Database
from planner.services import catalog, feeds, ics_import, queries, rounds, sessions, tracks
from planner.services.sessions import NewSession

SERIES = ("Alpha GT Cup", "Beta Touring", "Gamma Endurance", "Delta Sprint")
YEARS = range(2020, 2025)
ROUNDS_PER_SEASON = 20
SESSIONS_PER_ROUND = 50
HOME = "Europe/Stockholm"
KINDS = ("practice", "qualifying", "race", "warmup", "test", "other")


def build_archive(db: Database) -> int:
    """20 seasons x 20 rounds x 50 sessions, through the services. Returns the session count."""
    tracks.install_circuit_library(db)
    circuits = [track for track in tracks.list_tracks(db) if track.latitude is not None]
    driver_ids = [
        catalog.add_driver(db, name, followed=index < 2).id
        for index, name in enumerate(
            ("Jessica Bäckman", "Andreas Bäckman", "Oliver Söderström", "Emil Sällberg")
        )
    ]
    total = 0
    for series_index, series_name in enumerate(SERIES):
        series = catalog.add_series(db, series_name, short_name=series_name.split()[0])
        for year in YEARS:
            season = catalog.add_season(db, series.id, year)
            for number in range(1, ROUNDS_PER_SEASON + 1):
                circuit = circuits[(series_index * 7 + number * 3 + year) % len(circuits)]
                first_day = date(year, 2, 1) + timedelta(days=(number - 1) * 14 + series_index)
                round_view = rounds.add_round(
                    db,
                    season.id,
                    number=number,
                    track_id=circuit.id,
                    first_day=first_day,
                    last_day=first_day + timedelta(days=2),
                )
                new = []
                for index in range(SESSIONS_PER_ROUND):
                    day = first_day + timedelta(days=index % 3)
                    start = datetime(day.year, day.month, day.day, 8, 0) + timedelta(
                        minutes=17 * (index // 3)
                    )
                    kind = KINDS[index % len(KINDS)]
                    new.append(
                        NewSession(
                            name=f"{kind.title()} {index + 1}",
                            kind=kind,
                            start_wall=start,
                            duration_minutes=None if index % 11 == 0 else 15 + index % 40,
                            status="tentative" if index % 29 == 0 else "scheduled",
                            broadcast="LIVE TV" if kind == "race" else "",
                            notes="Bäckman; Söderström, pit stop \\ window"
                            if index % 7 == 0
                            else "",
                        )
                    )
                created = sessions.add_sessions(db, round_view.id, new)
                total += len(created)
                for session in created[2:12:6]:  # a few sessions with drivers (stints)
                    sessions.set_session_drivers(db, session.id, driver_ids[:2])
            print(f"  built {series_name} {year}: {total} sessions", file=sys.stderr)
    return total


_OURS = re.compile(r"^X-RACE-PLANNER-[A-Z-]+[;:].*\n", re.MULTILINE)
_UID = re.compile(r"^UID:([0-9a-f-]+)@race-planner$", re.MULTILINE)
_LOCATION = re.compile(r"^LOCATION:([^\n\\]+)\\, ([^\n\\]+)\\, ([^\n]+)$", re.MULTILINE)


def foreign_copy(data: bytes) -> bytes:
    """Our feed as another program would publish it: no facts of ours, its own UIDs,
    "Circuit - Town" places, the series only in CATEGORIES (and no weekend events)."""
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\n ", "")
    text = _OURS.sub("", text)
    text = _UID.sub(lambda match: f"UID:{match.group(1)[::-1]}@results.example.org", text)
    text = _LOCATION.sub(lambda match: f"LOCATION:{match.group(1)} - {match.group(2)}", text)
    return text.replace("\n", "\r\n").encode("utf-8")


#: CPU seconds of each measured run, by the wall-clock list they belong to: on a
#: shared machine the CPU time of this process says more than the wall clock.
_CPU: dict[int, list[float]] = {}


def measure(
    runs: int, action: Callable[[], object], before: Callable[[], object] | None = None
) -> list[float]:
    timings: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        if before is not None:
            before()
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    _CPU[id(timings)] = cpu
    return timings


def row(label: str, timings: list[float]) -> str:
    median = statistics.median(timings)
    cpu = _CPU.get(id(timings))
    cpu_text = f", cpu {statistics.median(cpu) * 1000:.0f}" if cpu else ""
    return (
        f"{label:<46} {median * 1000:9.0f} ms   "
        f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f}{cpu_text}, "
        f"n={len(timings)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--keep-db", type=Path, help="build the archive here once, reuse it later")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="feeds-bench-"))
    archive_path = args.keep_db or work / "archive.sqlite3"
    fresh = not archive_path.exists()
    db = Database.open(archive_path)
    if fresh:
        started = time.perf_counter()
        count = build_archive(db)
        print(f"built {count} sessions in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    count = len(queries.scheduled_sessions(db))

    everything = feeds.FeedSpec(name="Everything", alarm_minutes=30)
    cache = feeds.ExportCache()  # what the GUI or a nightly job would keep
    out = work / "everything.ics"
    results: list[str] = []

    def forget() -> None:
        cache.clear()
        out.unlink(missing_ok=True)

    cold = measure(
        args.runs,
        lambda: feeds.export_feed(db, everything, out, home_zone=HOME, cache=cache),
        before=forget,
    )
    results.append(row(f"full export, cold ({count} sessions)", cold))
    size = out.stat().st_size

    warm = measure(
        args.runs,
        lambda: feeds.export_feed(db, everything, out, home_zone=HOME, cache=cache),
        before=lambda: out.unlink(missing_ok=True),
    )
    results.append(row("full export again, data unchanged", warm))

    saved = (
        feeds.create_feed(db, everything) if not feeds.list_feeds(db) else feeds.list_feeds(db)[0]
    )
    feed_file = work / saved.file_name
    feeds.export_feed(db, saved.id, feed_file, home_zone=HOME, cache=cache)  # remember the state
    unchanged = measure(
        args.runs, lambda: feeds.export_feed(db, saved.id, feed_file, home_zone=HOME, cache=cache)
    )
    results.append(row("saved feed re-export, nothing changed", unchanged))

    some = queries.scheduled_sessions(db, queries.SessionFilter(series=SERIES[0], year=2022))[5]
    minutes = iter(range(1, 1000))

    def move_one() -> None:
        sessions.edit_session(
            db,
            some.session.id,
            start_wall=some.session.start_wall + timedelta(minutes=next(minutes)),
        )

    one_moved = measure(
        args.runs,
        lambda: feeds.export_feed(db, saved.id, feed_file, home_zone=HOME, cache=cache),
        before=move_one,
    )
    results.append(row("saved feed re-export, one session moved", one_moved))

    _series, season_ids, _ = feeds.resolve_choice(db, series=SERIES[1], year=2023)
    one_season = feeds.FeedSpec(name="One season", season_ids=season_ids)
    season_out = work / "season.ics"
    season_timings = measure(
        args.runs,
        lambda: feeds.export_feed(db, one_season, season_out, home_zone=HOME, cache=cache),
        before=cache.clear,
    )
    results.append(row("one season export, cold (1,000 sessions)", season_timings))

    def import_into_empty() -> None:
        target = work / f"import-{time.monotonic_ns()}.sqlite3"
        empty = Database.open(target)
        tracks.install_circuit_library(empty)
        report = ics_import.import_ics_file(empty, out)
        assert len(report.added) == count, (len(report.added), count)
        empty.close()

    out.unlink(missing_ok=True)
    feeds.export_feed(db, everything, out, home_zone=HOME, cache=cache)
    imports = measure(args.import_runs, import_into_empty)
    results.append(row("import whole-archive .ics into an empty DB", imports))

    foreign = foreign_copy(out.read_bytes())

    def foreign_into_empty() -> None:
        target = work / f"foreign-{time.monotonic_ns()}.sqlite3"
        empty = Database.open(target)
        tracks.install_circuit_library(empty)
        report = ics_import.import_ics(empty, foreign, source_name="foreign.ics")
        assert len(report.added) == count, (len(report.added), count)
        assert not report.warnings, report.warnings
        empty.close()

    foreign_imports = measure(args.import_runs, foreign_into_empty)
    results.append(row("import a foreign 20,000-event .ics (empty DB)", foreign_imports))

    from planner.ical import read_calendar

    data = out.read_bytes()
    parse = measure(args.import_runs, lambda: read_calendar(data, source_name="archive.ics"))
    results.append(row("  of which reading the .ics (planner.ical reader)", parse))

    print()
    print(f"archive: {count} sessions, feed file {size / 1e6:.1f} MB; {work}")
    print("\n".join(results))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
