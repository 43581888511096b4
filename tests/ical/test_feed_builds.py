"""`export feeds` knows an unchanged saved feed from what its last export was built from."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import planner
from planner.cli.main import main
from planner.db import input_changes
from planner.db.database import Database
from planner.services import catalog, feed_builds, feeds, people, rounds, sessions, tracks
from planner.services.circuit_library import TrackInput

# These tests are about the SQLite file a new process reads without SQLAlchemy.
pytestmark = pytest.mark.sqlite_only

#: Runs `planner` in a new process and says whether it imported SQLAlchemy.
QUICK_CHECK = """
import sys
from planner.cli.main import main
status = main(sys.argv[1:])
print("SQLALCHEMY", "sqlalchemy" in sys.modules)
sys.exit(status)
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def new_process(*args: str) -> tuple[str, bool]:
    """(output, SQLAlchemy imported?) of `planner ARGS` in a process of its own."""
    done = subprocess.run(
        [sys.executable, "-c", QUICK_CHECK, *args], capture_output=True, text=True, check=True
    )
    output, _, imported = done.stdout.rpartition("SQLALCHEMY ")
    return output, imported.strip() == "True"


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The demo with two saved feeds, exported once into a folder: (database, folder)."""
    path = tmp_path / "feeds.sqlite3"
    folder = tmp_path / "public"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    assert run(capsys, "--db", str(path), "feed", "add", "--name", "Family", "--all-day")[0] == 0
    assert (
        run(
            capsys, "--db", str(path), "feed", "add", "--name", "Farmor", "--lang", "sv",
            "--driver", "Jessica", "--alarm", "30",
        )[0]
        == 0
    )  # fmt: skip
    status, output = run(capsys, "--db", str(path), "export", "feeds", "--dir", str(folder))
    assert status == 0 and output.count("first export") == 2
    return path, folder


def _files(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_ino)
        for path in sorted(folder.iterdir())
    }


def _last_exported(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT last_exported_utc FROM feeds")]


def test_an_unchanged_feed_is_known_in_a_new_process_without_building_it(
    exported: tuple[Path, Path],
) -> None:
    path, folder = exported
    before = _files(folder)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE feeds SET last_exported_utc = '2020-01-01 00:00:00.000000'")
    output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert not imported
    assert output.count("no changes since the last export.") == 2
    assert f"Family: {folder / 'family.ics'} (" in output
    assert _files(folder) == before  # not even rewritten with the same bytes
    # The export time is noted as a full export notes it, readable through the services.
    assert "2020-01-01 00:00:00.000000" not in _last_exported(path)
    database = Database.open(path)
    try:
        noted = [view.last_exported_utc for view in feeds.list_feeds(database)]
    finally:
        database.close()
    assert all(moment is not None and moment.year > 2020 for moment in noted)


def test_the_quick_answer_reports_what_the_full_export_reports(
    exported: tuple[Path, Path],
) -> None:
    path, folder = exported
    arguments = ("--db", str(path), "export", "feeds", "--dir", str(folder), "--json")
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM feed_builds")  # nothing recorded: the full way
    full, imported = new_process(*arguments, "--base-url", "https://example.org/r")
    assert imported
    quick, imported = new_process(*arguments, "--base-url", "https://example.org/r")
    assert not imported
    assert json.loads(quick) == json.loads(full)
    assert json.loads(quick)[0]["webcal"] == "webcal://example.org/r/family.ics"


def _sql(statement: str) -> Callable[[Path, sqlite3.Connection], None]:
    def change(_folder: Path, connection: sqlite3.Connection) -> None:
        assert connection.execute(statement).rowcount > 0

    return change


def _edit_file(folder: Path, _connection: sqlite3.Connection) -> None:
    target = folder / "family.ics"
    target.write_bytes(target.read_bytes().replace(b"SUMMARY:", b"SUMMARY:x", 1))


def _remove_file(folder: Path, _connection: sqlite3.Connection) -> None:
    (folder / "farmor.ics").unlink()


CHANGES: dict[str, Callable[[Path, sqlite3.Connection], Any]] = {
    # None of these raises a revision or a change time: only the digest of the
    # tables sees them.
    "a driver's name": _sql("UPDATE drivers SET name = 'Jessica Öhman' WHERE name LIKE 'Jessica%'"),
    "a session's notes": _sql("UPDATE sessions SET notes = 'Gates open 07:00'"),
    "a series' website": _sql("UPDATE series SET website = 'https://example.org/series'"),
    "a circuit's name": _sql("UPDATE tracks SET name = name || ' Ring'"),
    "a car's number": _sql("UPDATE cars SET number = number || '7'"),
    "the feed's alarm": _sql("UPDATE feeds SET alarm_minutes = 15 WHERE name = 'Farmor'"),
    "a file edited by hand": _edit_file,
    "a file deleted": _remove_file,
}


@pytest.mark.parametrize("what", sorted(CHANGES))
def test_any_change_an_export_reads_exports_again(
    exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str], what: str
) -> None:
    path, folder = exported
    with sqlite3.connect(path) as connection:
        CHANGES[what](folder, connection)
    changed = {name: data for name, (data, _time, _inode) in _files(folder).items()}
    status, _output = run(capsys, "--db", str(path), "export", "feeds", "--dir", str(folder))
    assert status == 0
    after = _files(folder)
    assert set(after) == {"family.ics", "farmor.ics"}
    assert any(after[name][0] != changed.get(name) for name in after)
    # And the next export in a new process knows the new files unchanged again.
    output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert not imported and output.count("no changes since the last export.") == 2
    assert _files(folder) == after


def test_a_feed_exported_into_another_folder_is_exported_there(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    path, folder = exported
    other = tmp_path / "elsewhere"
    _output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(other))
    assert imported
    assert (other / "family.ics").read_bytes() == (folder / "family.ics").read_bytes()


def test_the_digest_covers_every_table_an_export_reads(
    monkeypatch: pytest.MonkeyPatch, exported: tuple[Path, Path]
) -> None:
    path, folder = exported
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", traced)  # as SQLAlchemy calls it
    database = Database.open(path)
    statements.clear()  # opening reads the schema's version; the export is what counts
    try:
        for feed in feeds.list_feeds(database):
            feeds.export_feed(database, feed.id, folder / feed.file_name, home_zone="Asia/Tokyo")
    finally:
        database.close()
    read = {
        table.lower()
        for statement in statements
        if statement.lstrip().upper().startswith("SELECT")
        for table in re.findall(r'\b(?:FROM|JOIN)\s+"?(\w+)', statement, re.IGNORECASE)
    }
    feed_tables = {"feeds", "feed_series", "feed_seasons", "feed_drivers", "feed_export_items"}
    # What the build is recorded from besides the feed: the counter and its triggers.
    feed_tables |= {"input_changes", "sqlite_master", "alembic_version"}
    assert "sessions" in read and "session_drivers" in read
    assert read - feed_tables <= set(feed_builds.INPUT_TABLES)


# --- the change counter and the file stamp (migration 0008) -------------------------


def _counter(path: Path) -> int | None:
    with sqlite3.connect(path) as connection:
        return input_changes.counter(connection)


def _first_id(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        (found,) = connection.execute(sql).fetchone()
    return int(found)


def _session_in_feeds(path: Path) -> int:
    """A session both feeds show (Farmor's follows Jessica)."""
    return _first_id(
        path,
        "SELECT sessions.id FROM sessions JOIN session_drivers ON session_id = sessions.id "
        "JOIN drivers ON drivers.id = driver_id WHERE drivers.name LIKE 'Jessica%' "
        "ORDER BY sessions.id",
    )


def _rename_session(path: Path, db: Database) -> None:
    sessions.edit_session(db, _session_in_feeds(path), name="Night heat")


def _move_session(path: Path, db: Database) -> None:
    shown = sessions.get_session(db, _session_in_feeds(path))
    sessions.edit_session(db, shown.id, start_wall=shown.start_wall + timedelta(minutes=45))


def _link_session(path: Path, db: Database) -> None:
    sessions.edit_session(db, _session_in_feeds(path), stream_url="https://example.org/live")


def _crew_of_session(path: Path, db: Database) -> None:
    session = sessions.get_session(db, _session_in_feeds(path))
    jessica = _first_id(path, "SELECT id FROM drivers WHERE name LIKE 'Jessica%'")
    assert len(session.drivers) > 1  # Jessica and her team-mate: Jessica alone now
    sessions.set_session_drivers(db, session.id, [jessica])


def _rename_round(path: Path, db: Database) -> None:
    rounds.edit_round(
        db,
        _first_id(path, f"SELECT round_id FROM sessions WHERE id = {_session_in_feeds(path)}"),
        name="Midnight Sun",
    )


def _rename_series(path: Path, db: Database) -> None:
    series = _first_id(
        path,
        "SELECT seasons.series_id FROM sessions JOIN rounds ON rounds.id = round_id "
        f"JOIN seasons ON seasons.id = season_id WHERE sessions.id = {_session_in_feeds(path)}",
    )
    catalog.edit_series(db, series, name="Northern Cup")


def _rename_circuit(path: Path, db: Database) -> None:
    track = tracks.get_track(
        db,
        _first_id(
            path,
            "SELECT track_id FROM sessions JOIN rounds ON rounds.id = round_id "
            f"WHERE sessions.id = {_session_in_feeds(path)}",
        ),
    )
    data = TrackInput(
        name=track.name + " Ring",
        timezone=track.timezone,
        key=track.key,
        short_name=track.short_name,
        aliases=track.aliases,
        town=track.town,
        region=track.region,
        country=track.country,
        country_code=track.country_code,
        length_km=None if track.length_m is None else track.length_m / 1000,
        corners=track.corners,
        latitude=track.latitude,
        longitude=track.longitude,
    )
    tracks.edit_track(db, track.id, data)


def _rename_driver(path: Path, db: Database) -> None:
    people.rename_driver(
        db, _first_id(path, "SELECT id FROM drivers WHERE name LIKE 'Jessica%'"), "Jessica Ö."
    )


def _rename_team(path: Path, db: Database) -> None:
    people.rename_team(db, _first_id(path, "SELECT id FROM teams ORDER BY id"), "Team Aurora")


def _rename_car(path: Path, db: Database) -> None:
    people.rename_car(db, _first_id(path, "SELECT id FROM cars ORDER BY id"), "Volvo P1800")


def _feed_language(_path: Path, db: Database) -> None:
    farmor = feeds.find_feed(db, "Farmor")
    feeds.edit_feed(db, farmor.id, dataclasses.replace(farmor.spec, language="en"))


#: Edits through the services the window calls; True: a feed's bytes must change.
SERVICE_EDITS: dict[str, tuple[Callable[[Path, Database], None], bool]] = {
    "a session's name": (_rename_session, True),
    "a session's start": (_move_session, True),
    "a session's stream link": (_link_session, True),
    "a session's crew": (_crew_of_session, True),
    "a round's name": (_rename_round, True),
    "a series' name": (_rename_series, True),
    "a circuit's name": (_rename_circuit, True),
    "a driver's name": (_rename_driver, True),
    "a team's name": (_rename_team, False),
    "a car's model": (_rename_car, False),
    "a feed's language": (_feed_language, True),
}


@pytest.mark.parametrize("what", sorted(SERVICE_EDITS))
def test_an_edit_through_the_services_is_exported_by_the_next_process(
    exported: tuple[Path, Path], tmp_path: Path, what: str
) -> None:
    """The export was recorded by one process, the edit made by this one (as the window
    makes it), the re-export run by a third: it writes what a full export writes."""
    path, folder = exported
    edit, changes_output = SERVICE_EDITS[what]
    before = {name: data for name, (data, _time, _inode) in _files(folder).items()}
    counted = _counter(path)
    database = Database.open(path)
    try:
        edit(path, database)
    finally:
        database.close()
    # A feed's own choices are read as they are; every other edit raised the counter.
    assert what == "a feed's language" or _counter(path) not in (None, counted)
    _output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert imported  # not the quick answer: the full export built and compared
    fresh = tmp_path / "fresh"
    new_process("--db", str(path), "export", "feeds", "--dir", str(fresh))
    after = {name: data for name, (data, _time, _inode) in _files(folder).items()}
    assert after == {name: data for name, (data, _t, _i) in _files(fresh).items()}
    if changes_output:
        assert after != before
    output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert not imported and output.count("no changes since the last export.") == 2


def test_another_home_zone_or_app_version_is_not_answered_from_the_record(
    exported: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, folder = exported
    _output, imported = new_process(
        "--db", str(path), "export", "feeds", "--dir", str(folder), "--home-tz", "Asia/Tokyo"
    )
    assert imported
    with sqlite3.connect(path) as connection:
        (feed_id,) = connection.execute("SELECT id FROM feeds ORDER BY id").fetchone()
        now = feed_builds.inputs_digest(connection, feed_id, None)
        monkeypatch.setattr(planner, "__version__", planner.__version__ + ".1")
        assert feed_builds.inputs_digest(connection, feed_id, None) != now


def _row_of(connection: sqlite3.Connection, table: str) -> tuple[int, tuple[Any, ...]]:
    rowid, *values = connection.execute(
        f"SELECT rowid, * FROM {table} ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    return rowid, tuple(values)


@pytest.mark.parametrize("table", input_changes.INPUT_TABLES)
def test_any_raw_write_to_an_input_table_raises_the_counter(
    exported: tuple[Path, Path], table: str
) -> None:
    """Another program's SQL (foreign keys off, as the sqlite3 shell has them)."""
    path, _folder = exported
    with sqlite3.connect(path, isolation_level=None) as connection:
        rowid, values = _row_of(connection, table)
        first = connection.execute(f"SELECT * FROM {table}").description[0][0]
        counts = [input_changes.counter(connection)]
        connection.execute(f'UPDATE {table} SET "{first}" = "{first}" WHERE rowid = ?', (rowid,))
        counts.append(input_changes.counter(connection))
        connection.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        counts.append(input_changes.counter(connection))
        marks = ", ".join("?" * len(values))
        connection.execute(f"INSERT INTO {table} VALUES ({marks})", values)
        counts.append(input_changes.counter(connection))
        # REPLACE deletes the row it replaces without a delete trigger: the insert counts.
        connection.execute(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", values)
        counts.append(input_changes.counter(connection))
    assert None not in counts
    assert len(set(counts)) == len(counts)


def test_a_missing_trigger_means_the_full_export_every_time(
    exported: tuple[Path, Path],
) -> None:
    path, folder = exported
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER input_changes_sessions_update")
        connection.execute("UPDATE sessions SET notes = 'Gates open 07:00'")
    for _time in range(2):
        _output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
        assert imported
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM feed_builds").fetchone() == (0,)


def test_a_new_planner_counts_from_zero(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    Database.open(new).close()
    assert _counter(new) == 0
    with sqlite3.connect(new) as connection:
        connection.execute(
            "INSERT INTO series (name, short_name, colour, website, live_timing_url, "
            "stream_url) VALUES ('Cup', '', '#123456', '', '', '')"
        )
    assert _counter(new) == 1


def _same_size_edit(path: Path) -> None:
    data = path.read_bytes()
    at = data.index(b"SUMMARY:") + len(b"SUMMARY:")
    path.write_bytes(data[:at] + (b"X" if data[at : at + 1] != b"X" else b"Y") + data[at + 1 :])


def test_a_file_edited_by_hand_to_the_same_size_is_written_again(
    exported: tuple[Path, Path],
) -> None:
    path, folder = exported
    family = folder / "family.ics"
    written = family.read_bytes()
    _same_size_edit(family)
    assert family.stat().st_size == len(written)
    _output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert imported
    assert family.read_bytes() == written


def _stamps(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT file_name, file_stamp FROM feed_builds"))


def test_a_file_only_touched_is_hashed_once_then_known_by_its_stamp(
    exported: tuple[Path, Path],
) -> None:
    path, folder = exported
    family = folder / "family.ics"
    assert _stamps(path)["family.ics"] == feed_builds.file_stamp(family.stat())
    later = family.stat().st_mtime_ns + 5_000_000_000
    os.utime(family, ns=(later, later))
    output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert not imported and output.count("no changes since the last export.") == 2
    assert family.stat().st_mtime_ns == later  # left as it is
    assert _stamps(path)["family.ics"] == feed_builds.file_stamp(family.stat())


def test_a_file_the_quick_check_trusts_by_its_stamp_is_still_the_one_written(
    exported: tuple[Path, Path],
) -> None:
    """A file replaced by another of the same size and time (a copy keeping its time)
    has another inode or change time: it is hashed and found different."""
    path, folder = exported
    family = folder / "family.ics"
    stat = family.stat()
    copy = folder / "copy.ics"
    copy.write_bytes(family.read_bytes().replace(b"SUMMARY:", b"SUMMARY;", 1))
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    copy.replace(family)
    assert family.stat().st_mtime_ns == stat.st_mtime_ns
    assert family.stat().st_size == stat.st_size
    _output, imported = new_process("--db", str(path), "export", "feeds", "--dir", str(folder))
    assert imported
    assert b"SUMMARY;" not in family.read_bytes()
