"""The imports whose stored rows ``test_ics_store_rows.py`` pins: our own export (crews,
cars, links, weekend events), the same export after edits, a foreign calendar, and that
calendar again with an event gone (``cancel_vanished``) and one moved.

The ``.ics`` inputs and the rows the ORM-based import stored for them (before the import
ran on SQL texts) are committed in ``tests/fixtures/ics_store``; ``python
tests/ical/ics_store_scenario.py`` wrote them. Values that differ from run to run (the
time of the import, a new round's random uid) are replaced by placeholders.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from planner.db.database import Database
from planner.services import ics_import

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "ics_store"
#: The tables an import writes (the circuit library is only read).
TABLES = (
    "series",
    "seasons",
    "rounds",
    "sessions",
    "session_drivers",
    "drivers",
    "teams",
    "cars",
    "entries",
    "entry_drivers",
)
#: (step name, file, keyword arguments of import_ics)
STEPS: tuple[tuple[str, str, dict[str, object]], ...] = (
    ("own", "own.ics", {}),
    ("own_changed", "own_changed.ics", {}),
    ("foreign", "foreign.ics", {"series": "Published calendar", "year": 2024}),
    (
        "foreign_changed",
        "foreign_changed.ics",
        {"series": "Published calendar", "year": 2024, "cancel_vanished": True},
    ),
)
_UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")


def _stored(value: object) -> object:
    """A value as SQLite stores it, whichever store read it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump(db: Database, known: str, started: datetime) -> list[str]:
    """Every row of the import's tables by id; times at or after ``started`` read
    "<now>", uuid4s that ``known`` (the files) does not hold "<new uid N>"."""
    lines: list[str] = []
    new_uids: dict[str, str] = {}
    since = started.strftime("%Y-%m-%d %H:%M:%S")
    with db.engine.connect() as connection:
        for table in TABLES:
            columns = [column["name"] for column in inspect(connection).get_columns(table)]
            order = ", ".join(columns)
            for row in connection.execute(text(f"SELECT {order} FROM {table} ORDER BY {order}")):
                values = []
                for column, raw in zip(columns, row, strict=True):
                    value = _stored(raw)
                    if column.endswith("_utc") and isinstance(value, str) and value >= since:
                        value = "<now>"
                    elif isinstance(value, str) and _UUID4.fullmatch(value) and value not in known:
                        value = new_uids.setdefault(value, f"<new uid {len(new_uids) + 1}>")
                    values.append(f"{column}={value!r}")
                lines.append(f"{table}: " + ", ".join(values))
    return lines


#: Imports a file into the planner with these options (the way under test).
Importer = Callable[[Database, Path, dict[str, Any]], object]


def through_the_orm_unit(db: Database, path: Path, options: dict[str, Any]) -> object:
    return ics_import.import_ics_file(db, path, **options)


def run_steps(db: Database, importer: Importer = through_the_orm_unit) -> dict[str, list[str]]:
    """Import the files in order; the dump after each step."""
    known = "".join((FOLDER / name).read_text() for _step, name, _options in STEPS)
    started = datetime.now().replace(microsecond=0)
    dumps: dict[str, list[str]] = {}
    for step, name, options in STEPS:
        importer(db, FOLDER / name, options)
        dumps[step] = dump(db, known, started)
    return dumps


def _write_inputs() -> None:
    """The .ics inputs: the demo's export, edited, and a foreign calendar."""
    import tempfile

    from planner.demo import build_demo
    from planner.services import feeds, queries, sessions

    spec = feeds.FeedSpec(name="Everything", all_day_events=True)
    with tempfile.TemporaryDirectory() as folder:
        demo = Database.open(Path(folder) / "demo.sqlite3")
        build_demo(demo)
        feeds.export_feed(demo, spec, FOLDER / "own.ics", home_zone="Europe/Stockholm")
        items = queries.scheduled_sessions(demo)
        race = next(item.session for item in items if item.session.name == "Race 1")
        sessions.edit_session(
            demo, race.id, start_wall=race.start_wall.replace(hour=18), notes="Moved to the evening"
        )
        crewed = next(item.session for item in items if len(item.session.drivers) > 1)
        sessions.set_session_drivers(
            demo, crewed.id, [driver.id for driver in reversed(crewed.drivers)]
        )
        feeds.export_feed(demo, spec, FOLDER / "own_changed.ics", home_zone="Europe/Stockholm")
        demo.close()
    events = {
        "spa-fp": (
            "Free Practice",
            "20240628T090000Z",
            "20240628T100000Z",
            "Circuit de Spa-Francorchamps, Belgium",
            "",
        ),
        "spa-q": (
            "Qualifying",
            "20240628T140000Z",
            "20240628T150000Z",
            "Spa-Francorchamps, Belgium",
            "",
        ),
        "spa-race": (
            "Race",
            "20240629T120000Z",
            "20240629T150000Z",
            "Spa-Francorchamps, Belgium",
            "STATUS:CONFIRMED",
        ),
        "hock-q": ("Qualifying", "20240907T090000Z", "20240907T093000Z", "", "GEO:49.3290;8.5660"),
        "hock-race": (
            "Race",
            "20240908T110000Z",
            "20240908T120000Z",
            "Hockenheimring",
            "STATUS:TENTATIVE",
        ),
        "hock-warmup": ("Warm-up", "20240908T080000Z", "20240908T082000Z", "Hockenheimring", ""),
        "monza-race": (
            "Monza GP",
            "20241019T130000Z",
            "20241019T140000Z",
            "Autodromo Nazionale Monza, Italy",
            "STATUS:CANCELLED",
        ),
    }

    def calendar(chosen: dict[str, tuple[str, str, str, str, str]]) -> str:
        body = ""
        for uid, (summary, start, end, location, extra) in chosen.items():
            body += (
                f"BEGIN:VEVENT\r\nUID:{uid}@series.example\r\nDTSTAMP:20240101T000000Z\r\n"
                f"SUMMARY:{summary}\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
                + (f"LOCATION:{location}\r\n" if location else "")
                + (f"{extra}\r\n" if extra else "")
                + f"DESCRIPTION:{summary} of the weekend\r\nEND:VEVENT\r\n"
            )
        return (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Some Series//EN\r\n"
            + body
            + "END:VCALENDAR\r\n"
        )

    (FOLDER / "foreign.ics").write_bytes(calendar(events).encode())
    changed = dict(events)
    del changed["hock-warmup"]
    summary, _start, end, location, extra = changed["spa-q"]
    changed["spa-q"] = (summary, "20240628T143000Z", end, location, extra)
    (FOLDER / "foreign_changed.ics").write_bytes(calendar(changed).encode())


def _write_dumps() -> None:
    import tempfile

    from planner.services.tracks import install_circuit_library

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "planner.sqlite3")
        install_circuit_library(db)
        for step, lines in run_steps(db).items():
            (FOLDER / f"{step}.rows").write_text("\n".join(lines) + "\n")
        db.close()


if __name__ == "__main__":
    if "--dumps-only" not in sys.argv:
        _write_inputs()
    _write_dumps()
