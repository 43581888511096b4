"""A synthetic 20-season family archive, built through the real services and cached.

20 seasons (five series, four years each, 2011-2026), 20 rounds a season, 50
sessions a round (the main class and four support classes): 20,000 sessions.
Session names are English or Swedish after the series ("Free Practice 1",
"Fri träning 1", "Kval 2", "Race – Del 1"); ten drivers, the family's own
followed, crews entered per season and drivers set on the main class's
qualifying and race sessions.

The built file is cached under ``$RACE_PLANNER_BENCH_CACHE`` (else a folder in
the temp dir), keyed by ``ARCHIVE_VERSION`` and the migrations (head and files): change the
version when the recipe changes; a new migration builds a new file by itself
(an older cached file would be upgraded, with a backup, at every first open of
every private copy, and that would be timed). Use ``archive_copy()`` for a
private copy a benchmark may write.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ARCHIVE_VERSION = "archive-v2"

ROUNDS_PER_SEASON = 20
CLASSES_PER_ROUND = 5
SESSIONS_PER_CLASS = 10
YEARS_PER_SERIES = 4


@dataclass(frozen=True)
class SeriesPlan:
    name: str
    short_name: str
    colour: str
    first_year: int
    swedish: bool
    support_classes: tuple[str, ...]
    circuits: tuple[str, ...]


SERIES: tuple[SeriesPlan, ...] = (
    SeriesPlan(
        "Porsche Carrera Cup Scandinavia",
        "PCCS",
        "#b71c1c",
        2011,
        True,
        ("Formel 4", "Radical Cup", "Volvo 240 Turbo", "Legends"),
        ("mantorp-park", "anderstorp", "karlskoga", "knutstorp", "falkenberg", "ljungbyhed"),
    ),
    SeriesPlan(
        "Scandinavian Touring Car Championship",
        "STCC",
        "#1565c0",
        2015,
        True,
        ("TCR Scandinavia Junior", "Porsche Carrera Cup", "Formel 4", "JTCC"),
        ("ljungbyhed", "anderstorp", "rudskogen", "padborg-park", "mantorp-park", "karlskoga"),
    ),
    SeriesPlan(
        "ADAC TCR Germany",
        "TCR DE",
        "#ef6c00",
        2019,
        False,
        ("ADAC GT4 Germany", "Formula 4", "Porsche Sports Cup", "Clio Cup"),
        ("oschersleben", "red-bull-ring", "sachsenring", "nurburgring-gp", "hockenheimring"),
    ),
    SeriesPlan(
        "24H Series",
        "24H",
        "#6a1b9a",
        2021,
        False,
        ("GT4 Cup", "Touring Cup", "Lotus Cup", "Ferrari Challenge"),
        ("dubai-autodrome", "mugello", "spa-francorchamps", "barcelona-catalunya", "portimao"),
    ),
    SeriesPlan(
        "GT4 European Series",
        "GT4",
        "#2e7d32",
        2023,
        False,
        ("GT2 European Series", "Lamborghini Super Trofeo", "Clio Cup", "Formula Regional"),
        ("monza", "paul-ricard", "spa-francorchamps", "misano", "hockenheimring", "zandvoort"),
    ),
)

# (name, kind, minutes): ten sessions a class over a Friday-to-Sunday weekend.
ENGLISH_SESSIONS: tuple[tuple[str, str, int | None], ...] = (
    ("Free Practice 1", "practice", 45),
    ("Free Practice 2", "practice", 45),
    ("Bronze Test", "test", 30),
    ("Qualifying 1", "qualifying", 20),
    ("Qualifying 2", "qualifying", 20),
    ("Warm-up", "warmup", 15),
    ("Race 1", "race", 60),
    ("Race 2", "race", 60),
    ("Race – Part 1", "race", 50),
    ("Drivers' Briefing", "other", None),
)
SWEDISH_SESSIONS: tuple[tuple[str, str, int | None], ...] = (
    ("Fri träning 1", "practice", 40),
    ("Fri träning 2", "practice", 40),
    ("Testpass", "test", 30),
    ("Kval 1", "qualifying", 15),
    ("Kval 2", "qualifying", 15),
    ("Uppvärmning", "warmup", 10),
    ("Race 1", "race", 35),
    ("Race – Del 1", "race", 30),
    ("Race – Del 2", "race", 30),
    ("Förarmöte", "other", None),
)
DAY_OF_SESSION = (0, 0, 0, 1, 1, 1, 2, 2, 2, 2)
SLOT_OF_SESSION = (0, 1, 2, 0, 1, 2, 0, 1, 2, 3)

DRIVERS: tuple[tuple[str, str, bool], ...] = (
    ("Jessica Bäckman", "SWE", True),
    ("Andreas Bäckman", "SWE", True),
    ("Oliver Söderström", "SWE", True),
    ("Emil Sällberg", "SWE", False),
    ("Linnea Åkesson", "SWE", False),
    ("Viktor Öhman", "SWE", False),
    ("Mikaela Ahlin-Kottulinsky", "SWE", False),
    ("Tommy Rustad", "NOR", False),
    ("Robert Dahlgren", "SWE", False),
    ("Lukas Schäfer", "DEU", False),
)


def _schema() -> str:
    """The migrations' head and a digest of their files: two branches may both call their
    head "0006" with different tables."""
    import hashlib

    from planner.db.schema_version import MIGRATIONS_DIR, head_from_files

    digest = hashlib.sha256()
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.name.encode() + script.read_bytes())
    return f"{head_from_files() or 'none'}-{digest.hexdigest()[:10]}"


def cache_dir() -> Path:
    override = os.environ.get("RACE_PLANNER_BENCH_CACHE")
    folder = Path(override) if override else Path(tempfile.gettempdir()) / "race-planner-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def build_archive(path: Path) -> int:
    """Build the archive into a new database at ``path``; returns the number of sessions."""
    from planner.db.database import Database
    from planner.services import catalog, rounds, sessions, tracks
    from planner.services.sessions import NewSession

    db = Database.open(path)
    try:
        tracks.install_circuit_library(db)
        track_ids = {track.key: track.id for track in tracks.list_tracks(db)}
        drivers = [
            catalog.add_driver(db, name, nationality=nation, followed=followed)
            for name, nation, followed in DRIVERS
        ]
        team = catalog.add_team(db, "Bäckman Racing")
        total = 0
        for series_index, plan in enumerate(SERIES):
            series = catalog.add_series(
                db, plan.name, short_name=plan.short_name, colour=plan.colour
            )
            cars = [
                catalog.add_car(
                    db,
                    model=model,
                    number=str(number + series_index),
                    car_class=plan.short_name,
                    team_id=team.id,
                )
                for model, number in (("Cupra León VZ TCR", 8), ("Audi R8 LMS GT4", 88))
            ]
            templates = SWEDISH_SESSIONS if plan.swedish else ENGLISH_SESSIONS
            for year in range(plan.first_year, plan.first_year + YEARS_PER_SERIES):
                season = catalog.add_season(db, series.id, year)
                crews = (
                    [drivers[0].id, drivers[1].id],
                    [drivers[2].id, drivers[3 + year % 7].id],
                )
                for car, crew in zip(cars, crews, strict=True):
                    catalog.add_entry(db, season_id=season.id, car_id=car.id, driver_ids=crew)
                for number in range(1, ROUNDS_PER_SEASON + 1):
                    circuit = plan.circuits[(number + year) % len(plan.circuits)]
                    first_day = date(year, 3, 20) + timedelta(
                        days=(number - 1) * 11 + series_index * 2
                    )
                    round_view = rounds.add_round(
                        db,
                        season.id,
                        number=number,
                        track_id=track_ids[circuit],
                        first_day=first_day,
                        last_day=first_day + timedelta(days=2),
                    )
                    classes = ("", *plan.support_classes)
                    new: list[NewSession] = []
                    for class_index, class_name in enumerate(classes[:CLASSES_PER_ROUND]):
                        for index, (name, kind, minutes) in enumerate(templates):
                            day = first_day + timedelta(days=DAY_OF_SESSION[index])
                            slot = SLOT_OF_SESSION[index] * CLASSES_PER_ROUND + class_index
                            start = datetime(day.year, day.month, day.day, 8, 30) + timedelta(
                                minutes=25 * slot
                            )
                            new.append(
                                NewSession(
                                    name=f"{class_name} – {name}" if class_name else name,
                                    kind=kind,
                                    start_wall=start,
                                    duration_minutes=minutes,
                                    status="tentative"
                                    if (number + index) % 17 == 0
                                    else "scheduled",
                                    broadcast="TV4 Sport, Viaplay" if kind == "race" else "",
                                    notes="Däckbyte: Söderström kör andra stinten"
                                    if plan.swedish and kind == "race"
                                    else "",
                                )
                            )
                    created = sessions.add_sessions(db, round_view.id, new)
                    total += len(created)
                    for session in created[:SESSIONS_PER_CLASS]:  # the main class
                        if session.kind in ("qualifying", "race"):
                            crew = crews[0] if session.kind == "race" else crews[0][:1]
                            sessions.set_session_drivers(db, session.id, crew)
                _log(f"  built {plan.name} {year}: {total} sessions")
        return total
    finally:
        db.close()


def archive_path() -> Path:
    """The cached archive, built first if it is not there yet (about a minute)."""
    target = cache_dir() / f"{ARCHIVE_VERSION}-{_schema()}.sqlite3"
    if target.exists():
        return target
    _log(f"building the benchmark archive into {target} (once; cached after)")
    started = time.perf_counter()
    building = target.with_name(f"{target.stem}.building-{os.getpid()}.sqlite3")
    count = build_archive(building)
    _checkpoint(building)
    building.replace(target)
    _log(f"built {count} sessions in {time.perf_counter() - started:.1f} s")
    return target


def empty_path() -> Path:
    """A cached planner database with only the circuit library (not the first start)."""
    target = cache_dir() / f"empty-{ARCHIVE_VERSION}-{_schema()}.sqlite3"
    if target.exists():
        return target
    from planner.db.database import Database
    from planner.services import tracks

    building = target.with_name(f"{target.stem}.building-{os.getpid()}.sqlite3")
    db = Database.open(building)
    tracks.install_circuit_library(db)
    db.close()
    _checkpoint(building)
    building.replace(target)
    return target


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so one file is the whole database."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def private_copy(source: Path, folder: Path, name: str | None = None) -> Path:
    """A copy of a cached database that a benchmark may change."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    return target


if __name__ == "__main__":
    print(archive_path())
