"""What the planner refuses it leaves exactly as it found it, and says why in one line."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from planner.cli.main import main
from planner.db.database import Database, _alembic_config, head_revision
from planner.domain.errors import StorageError
from planner.services import catalog

BIG = "99999999999999999999999"  # beyond SQLite's 64-bit integers


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.glob(path.name + "*") if p != path)


def test_foreign_sqlite_file_keeps_every_byte_and_its_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos (name) VALUES ('Spa 2023')")
    connection.close()
    before = digest(path)
    with pytest.raises(StorageError, match="not one made by Race Planner"):
        Database.open(path)
    assert digest(path) == before  # not even switched to WAL
    assert companions(path) == []


def test_file_of_a_newer_version_in_rollback_mode_keeps_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = digest(path)
    with pytest.raises(StorageError, match="newer version"):
        Database.open(path)
    assert digest(path) == before


def test_two_schema_versions_are_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "twice.sqlite3"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.close()
    before = digest(path)
    status, _, err = run(capsys, "--db", str(path), "list", "rounds")
    assert status == 1
    assert "2 schema versions" in err and "0001" in err and head_revision() in err
    assert "Traceback" not in err
    assert digest(path) == before


@pytest.mark.parametrize(
    "arguments",
    [
        ("list", "sessions"),
        ("list", "rounds"),
        ("list", "circuits"),
        ("import", "ics", "CALENDAR", "--dry-run"),
        ("import", "schedule", "SCHEDULE", "--series", "X", "--season", "2023",
         "--round", "1", "--dry-run"),
    ],
)  # fmt: skip
def test_listing_and_dry_runs_never_create_a_planner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...]
) -> None:
    (tmp_path / "calendar.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    (tmp_path / "schedule.txt").write_text("Friday 1 September\n12:10 Practice (60 min)\n")
    real = [
        {
            "CALENDAR": str(tmp_path / "calendar.ics"),
            "SCHEDULE": str(tmp_path / "schedule.txt"),
        }.get(argument, argument)
        for argument in arguments
    ]
    mistyped = tmp_path / "plannr.sqlite3"
    status, _, err = run(capsys, "--db", str(mistyped), *real)
    assert status == 1 and "no planner database" in err
    assert not mistyped.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    status, _, err = run(capsys, "--db", str(empty), *real)
    assert status == 1 and "empty file" in err
    assert empty.stat().st_size == 0 and companions(empty) == []


def first_schema_file(path: Path) -> Path:
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO series (name, short_name, colour, website, live_timing_url, "
                "stream_url) VALUES ('Old Cup', '', '#123456', '', '', '')"
            )
        )
    engine.dispose()
    return path


def test_an_upgrade_that_fails_half_way_leaves_the_old_file_and_no_backup(
    tmp_path: Path,
) -> None:
    path = first_schema_file(tmp_path / "old.sqlite3")
    # The second table the upgrade creates is in the way: its first table is made, then it fails.
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE feed_drivers (x INTEGER)")
    connection.close()
    with pytest.raises(StorageError, match="left exactly as it was"):
        Database.open(path)
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert versions == ["0001"]
    assert "feeds" not in tables  # made inside the upgrade's transaction, rolled back with it
    assert not list(tmp_path.glob("old.sqlite3.before-upgrade-*"))


def test_an_upgrade_keeps_the_data_and_its_backup(tmp_path: Path) -> None:
    path = first_schema_file(tmp_path / "old.sqlite3")
    database = Database.open(path)
    assert database.current_revision() == head_revision()
    assert [series.name for series in catalog.list_series(database)] == ["Old Cup"]
    database.close()
    (backup,) = tmp_path.glob("old.sqlite3.before-upgrade-0001-*")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (("edit", "session", BIG, "--minutes", "5"), BIG),
        (("delete", "session", BIG), BIG),
        (("export", "event", BIG, "--out", "OUT"), BIG),
        (("list", "sessions", "--series", "STCC", "--season", BIG), BIG),
        (("list", "sessions", "--season", BIG), BIG),
        (("list", "sessions", "--series", "STCC", "--season", "2022", "--round", BIG), BIG),
        (("print", "weekend", "--series", "STCC", "--season", "2022", "--round", BIG,
          "--out", "OUT"), BIG),
        (("export", "ics", "--out", "OUT", "--alarm", BIG), BIG),
        (("export", "ics", "--out", "OUT", "--season", BIG), BIG),
        (("feed", "add", "--name", "Far", "--season", BIG), BIG),
        (("add", "circuit", "--name", "Huge", "--timezone", "Europe/Berlin", "--corners", BIG),
         BIG),
        (("add", "round", "--series", "STCC", "--season", "2022", "--round", BIG,
          "--track", "Spa", "--from", "2022-08-01", "--to", "2022-08-02"), BIG),
        (("add", "round", "--series", "STCC", "--season", "2022", "--track", "Spa",
          "--from", "9999-12-30", "--to", "9999-12-31"), "9999-12-30"),
        (("edit", "session", "1", "--start", "0001-01-01 00:00"), "0001-01-01 00:00"),
        (("edit", "session", "1", "--minutes", "999999999999999999999"), "48 hours"),
        # Past PostgreSQL's 32-bit INTEGER, within SQLite's 64-bit one.
        (("edit", "session", "3000000000", "--minutes", "5"), "3000000000"),
        (("add", "circuit", "--name", "Huge", "--timezone", "Europe/Berlin",
          "--corners", "3000000000"), "3000000000"),
        (("add", "round", "--series", "STCC", "--season", "2022", "--round", "3000000000",
          "--track", "Spa", "--from", "2022-08-01", "--to", "2022-08-02"), "3000000000"),
    ],
)  # fmt: skip
def test_out_of_range_numbers_get_a_message_naming_them_and_status_1(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    demo_db: Database,
    arguments: tuple[str, ...],
    named: str,
) -> None:
    """On either store (PostgreSQL's integers are narrower than SQLite's)."""
    real = [str(tmp_path / "out.file") if argument == "OUT" else argument for argument in arguments]
    status, _, err = run(capsys, "--db", demo_db.location, *real)
    assert (status, "Traceback" in err, "internal error" in err) == (1, False, False), err
    assert named in err


def test_a_bug_exits_70_with_one_line_naming_the_log_of_its_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner import crash_log
    from planner.cli import cmd_core

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug in list rounds")

    monkeypatch.setattr(cmd_core, "_list_rounds", broken)
    status, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite3"), "list", "rounds")
    assert status == 70
    assert len(err.strip().splitlines()) == 1
    log_path = crash_log.log_path()
    assert str(log_path) in err
    written = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in list rounds" in written
    assert "Traceback (most recent call last)" in written
    assert "list rounds" in written


def test_services_inside_one_unit_of_work_are_stored_together_or_not_at_all(
    db: Database,
) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work():
        catalog.add_series(db, "Joined Cup")
        catalog.add_driver(db, "Joined Driver")
        raise RuntimeError("killed half-way")
    assert catalog.list_series(db) == []
    with db.unit_of_work():
        catalog.add_series(db, "Joined Cup")
        catalog.add_driver(db, "Joined Driver")
    assert [series.name for series in catalog.list_series(db)] == ["Joined Cup"]


def test_a_round_cannot_be_moved_or_dated_far_from_its_season(demo_db: Database) -> None:
    from planner.domain.errors import ValidationError
    from planner.services import queries, rounds

    season = next(s for s in catalog.list_seasons(demo_db) if s.year == 2023)
    first = queries.list_rounds(demo_db, season.id)[0]
    with pytest.raises(ValidationError, match="too far from its season 2023"):
        rounds.move_round(demo_db, first.id, 700)
    with pytest.raises(ValidationError, match="would take it out of its season"):
        rounds.move_round(demo_db, first.id, 10**12)
    from datetime import date

    with pytest.raises(ValidationError, match="too far from its season 2023"):
        rounds.edit_round(demo_db, first.id, first_day=date(2030, 1, 1), last_day=date(2030, 1, 2))
    assert rounds.get_round(demo_db, first.id).first_day == first.first_day
