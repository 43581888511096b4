"""kill -9 at a random moment of every kind of bulk write: the file stays sound and
holds all of the write or none of it, and the planner opens it again."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from planner.db.database import Database, _alembic_config, head_revision

from .probes import (
    integrity,
    kill_after,
    kill_moments,
    planner_command,
    run_planner,
    scalar,
    table_names,
    write_window,
    writing_begins,
)

pytestmark = pytest.mark.slow

DEMO_SERIES = 4
DEMO_SESSIONS = 10


def _reopens(path: Path) -> None:
    """The planner opens what the kill left (it is not refused as foreign or half-made)."""
    Database.open(path).close()


def test_demo_killed_at_any_moment_leaves_the_whole_demo_or_none(tmp_path: Path) -> None:
    timing = tmp_path / "timing.sqlite3"
    window = write_window(planner_command("--db", str(timing), "demo"), writing_begins(timing))
    outcomes = []
    moments = kill_moments(window, seed=18)
    for attempt, moment in enumerate(moments):
        path = tmp_path / f"demo-{attempt}.sqlite3"
        kill_after(planner_command("--db", str(path), "demo"), writing_begins(path), moment)
        if not path.exists():
            outcomes.append("no file")
            continue
        assert integrity(path) == "ok"
        tables = table_names(path)
        if "series" not in tables:
            assert not tables, tables  # the schema is made in one transaction
            outcomes.append("no schema")
            _reopens(path)
            continue
        series = scalar(path, "SELECT count(*) FROM series")
        sessions = scalar(path, "SELECT count(*) FROM sessions")
        assert (series, sessions) in {(0, 0), (DEMO_SERIES, DEMO_SESSIONS)}, (moment, series)
        outcomes.append(f"{series} series")
        _reopens(path)
        # Whatever the kill left, the demo can be asked for again (or is already whole).
        if series == 0:
            assert run_planner("--db", str(path), "demo").returncode == 0
            assert scalar(path, "SELECT count(*) FROM sessions") == DEMO_SESSIONS
    print(f"demo: write window {window:.2f} s, kills at {moments}: {outcomes}")


def _misano_schedule(lines: int) -> str:
    text_lines = ["Friday 14 July"]
    for number in range(lines):
        hour, minute = divmod(8 * 60 + number * 15, 60)
        text_lines.append(f"{hour:02d}:{minute:02d} Test session {number + 1} (10 min)")
    return "\n".join(text_lines) + "\n"


def test_schedule_import_killed_at_any_moment_stores_every_line_or_none(
    tmp_path: Path, _demo_file: Path
) -> None:
    schedule = tmp_path / "misano.txt"
    schedule.write_text(_misano_schedule(40), encoding="utf-8")

    def import_command(path: Path) -> list[str]:
        return planner_command(
            "--db", str(path), "import", "schedule", str(schedule),
            "--series", "GT4 Europe", "--season", "2023", "--round", "4",
        )  # fmt: skip

    timing = tmp_path / "timing.sqlite3"
    shutil.copyfile(_demo_file, timing)
    window = write_window(import_command(timing), writing_begins(timing))
    assert _round_sessions(timing) == 40
    outcomes = []
    for attempt, moment in enumerate(kill_moments(window, seed=180)):
        path = tmp_path / f"import-{attempt}.sqlite3"
        shutil.copyfile(_demo_file, path)
        kill_after(import_command(path), writing_begins(path), moment)
        assert integrity(path) == "ok"
        outcomes.append(_round_sessions(path))
        assert outcomes[-1] in {0, 40}
        _reopens(path)
    print(f"schedule import: write window {window:.2f} s, sessions after each kill {outcomes}")


def _round_sessions(path: Path) -> object:
    return scalar(
        path,
        "SELECT count(*) FROM sessions JOIN rounds ON rounds.id = sessions.round_id "
        "JOIN seasons ON seasons.id = rounds.season_id WHERE seasons.year = 2023 "
        "AND rounds.number = 4",
    )


def test_ics_import_killed_at_any_moment_stores_the_whole_calendar_or_none(
    tmp_path: Path, _demo_file: Path
) -> None:
    calendar = tmp_path / "everything.ics"
    exported = run_planner("--db", str(_demo_file), "export", "ics", "--out", str(calendar))
    assert exported.returncode == 0, exported.stderr

    def import_command(path: Path) -> list[str]:
        return planner_command("--db", str(path), "import", "ics", str(calendar))

    timing = tmp_path / "timing.sqlite3"
    window = write_window(import_command(timing), writing_begins(timing))
    whole = scalar(timing, "SELECT count(*) FROM sessions")
    series_in_file = scalar(timing, "SELECT count(*) FROM series")
    assert whole == DEMO_SESSIONS
    outcomes = []
    for attempt, moment in enumerate(kill_moments(window, seed=1800)):
        path = tmp_path / f"ics-{attempt}.sqlite3"
        Database.open(path).close()  # an empty planner, as the import finds it
        kill_after(import_command(path), writing_begins(path), moment)
        assert integrity(path) == "ok"
        sessions = scalar(path, "SELECT count(*) FROM sessions")
        series = scalar(path, "SELECT count(*) FROM series")
        assert (series, sessions) in {(0, 0), (series_in_file, whole)}, (moment, series, sessions)
        outcomes.append(sessions)
        _reopens(path)
    print(f".ics import: write window {window:.2f} s, sessions after each kill {outcomes}")


def first_schema_file(path: Path) -> Path:
    """A planner file as the first released version wrote it, with one series."""
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.execute(
            text(
                "INSERT INTO series (name, short_name, colour, website, live_timing_url, "
                "stream_url) VALUES ('Old Cup', '', '#123456', '', '', '')"
            )
        )
    engine.dispose()
    return path


def test_upgrade_killed_at_any_moment_leaves_the_old_schema_or_the_new(tmp_path: Path) -> None:
    original = first_schema_file(tmp_path / "original.sqlite3")
    timing = tmp_path / "timing.sqlite3"
    shutil.copyfile(original, timing)
    window = write_window(
        planner_command("--db", str(timing), "list", "rounds"), _backup_written(timing)
    )
    head = head_revision()
    old_tables = table_names(original)
    outcomes = []
    # The upgrade itself takes milliseconds once the backup is there: kill around then.
    for attempt, moment in enumerate(kill_moments(min(window, 0.3), seed=18000)):
        path = tmp_path / f"upgrade-{attempt}.sqlite3"
        shutil.copyfile(original, path)
        kill_after(
            planner_command("--db", str(path), "list", "rounds"), _backup_written(path), moment
        )
        assert integrity(path) == "ok"
        version = scalar(path, "SELECT version_num FROM alembic_version")
        tables = table_names(path)
        if version == "0001":
            assert tables == old_tables, tables - old_tables
        else:
            assert version == head
            assert tables > old_tables
        assert scalar(path, "SELECT name FROM series") == "Old Cup"
        outcomes.append(version)
        _reopens(path)
    print(f"upgrade: write window {window:.2f} s, schema after each kill {outcomes}")


def _backup_written(path: Path) -> Callable[[], bool]:
    return lambda: any(path.parent.glob(f"{path.name}.before-upgrade-*"))
