"""`export feeds` knows an unchanged saved feed from what its last export was built from."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.cli.main import main
from planner.db.database import Database
from planner.services import feed_builds, feeds

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
