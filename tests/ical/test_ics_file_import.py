"""``planner import ics`` straight into a SQLite file (services/ics_file_import.py): the
same rows, reports and refusals as the import through the ORM's unit of work, without
loading SQLAlchemy; anything but a writable file at the current schema goes the normal
way."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ics_store_scenario import FOLDER, STEPS, run_steps

from planner.cli.main import main
from planner.db.database import Database
from planner.services import ics_file_import
from planner.services.tracks import install_circuit_library

pytestmark = pytest.mark.sqlite_only  # the direct way is for files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ical"


def _arguments(options: dict[str, Any]) -> list[str]:
    arguments: list[str] = []
    if "series" in options:
        arguments += ["--series", str(options["series"])]
    if "year" in options:
        arguments += ["--season", str(options["year"])]
    if options.get("cancel_vanished"):
        arguments.append("--cancel-vanished")
    return arguments


def _command(db: Database, path: Path, options: dict[str, Any]) -> object:
    status = main(["--db", str(db.sqlite_path), "import", "ics", str(path), *_arguments(options)])
    assert status == 0
    return status


def test_the_command_on_a_file_stores_the_rows_the_orm_import_stored(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[Path] = []
    direct = ics_file_import.import_file_into_file

    def noted(database: Path, ics: Path | str, **options: Any) -> object:
        report = direct(database, ics, **options)
        if report is not None:
            taken.append(database)
        return report

    monkeypatch.setattr(ics_file_import, "import_file_into_file", noted)
    dumps = run_steps(db, _command)
    assert len(taken) == len(STEPS)  # every step went the direct way
    for step, _name, _options in STEPS:
        assert dumps[step] == (FOLDER / f"{step}.rows").read_text().splitlines(), step


def _planner(tmp_path: Path, name: str) -> Path:
    """A planner file as the app leaves it: at the current schema, with the circuit library."""
    path = tmp_path / name
    database = Database.open(path)
    install_circuit_library(database)
    database.close()
    return path


def _run(
    capsys: pytest.CaptureFixture[str], database: Path, *arguments: str
) -> tuple[int, str, str]:
    status = main(["--db", str(database), *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _table_dump(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return [
            (table, *row)
            for table in tables
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1")
        ]


@pytest.mark.parametrize(
    "arguments",
    [
        (str(FIXTURES / "google_export.ics"), "--series", "STCC", "--season", "2024", "--dry-run"),
        (str(FIXTURES / "series_with_unknown_place.ics"), "--series", "X", "--season", "2024"),
        (str(FIXTURES / "bad_date.ics"), "--series", "X", "--season", "2024"),
        (str(FIXTURES / "latin1.ics"), "--series", "X", "--season", "2024", "--json"),
        ("no-such-file.ics", "--series", "X", "--season", "2024"),
        (str(FIXTURES / "google_export.ics"), "--series", "X", "--season", "1066"),
    ],
    ids=["dry run", "unknown place", "impossible date", "latin-1", "missing file", "bad year"],
)
def test_the_direct_way_reports_and_refuses_as_the_normal_way_does(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: tuple[str, ...],
) -> None:
    direct = _planner(tmp_path, "direct.sqlite3")
    normal = tmp_path / "normal.sqlite3"
    shutil.copy(direct, normal)
    before = _table_dump(direct)
    got = _run(capsys, direct, "import", "ics", *arguments)
    with monkeypatch.context() as patch:
        patch.setattr(ics_file_import, "_usable", lambda _database: False)
        expected = _run(capsys, normal, "import", "ics", *arguments)
    assert got == (expected[0], expected[1].replace(str(normal), str(direct)), expected[2])
    assert _table_dump(direct) == _table_dump(normal)
    if got[0] != 0 or "--dry-run" in arguments:
        assert _table_dump(direct) == before  # nothing stored, not even half


def test_the_command_on_a_file_loads_no_sqlalchemy(tmp_path: Path) -> None:
    database = _planner(tmp_path, "planner.sqlite3")
    script = (
        "import sys\n"
        "from planner.cli.main import main\n"
        f"status = main(['--db', {str(database)!r}, 'import', 'ics', "
        f"{str(FOLDER / 'own.ics')!r}])\n"
        "print('status', status, 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.stdout.splitlines()[-1] == "status 0 False", done.stdout + done.stderr
    assert "added" in done.stdout


@pytest.mark.parametrize("case", ["missing", "older schema", "not a planner"])
def test_anything_but_a_writable_planner_at_the_current_schema_goes_the_normal_way(
    tmp_path: Path, case: str
) -> None:
    path = tmp_path / "planner.sqlite3"
    if case != "missing":
        Database.open(path).close()
    if case == "older schema":
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0005'")
    if case == "not a planner":
        path.unlink()
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE notes (text TEXT)")
    report = ics_file_import.import_file_into_file(
        path, FOLDER / "own.ics", dry_run=True, series=None
    )
    assert report is None


def test_the_command_on_a_file_first_installs_a_circuit_the_library_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.services.library_keys import bundled_keys_and_names

    database = _planner(tmp_path, "planner.sqlite3")
    key, _name = bundled_keys_and_names()[-1]
    with sqlite3.connect(database) as connection:
        connection.execute(
            "DELETE FROM lap_records WHERE track_id IN (SELECT id FROM tracks WHERE key = ?)",
            (key,),
        )
        connection.execute("DELETE FROM tracks WHERE key = ?", (key,))
    connection.close()

    assert main(["--db", str(database), "import", "ics", str(FOLDER / "own.ics")]) == 0

    with sqlite3.connect(database) as connection:
        stored = {row[0] for row in connection.execute("SELECT key FROM tracks")}
    connection.close()
    assert stored == {key for key, _name in bundled_keys_and_names()}


def test_the_command_on_a_planner_with_the_whole_library_builds_no_library_circuits(
    tmp_path: Path,
) -> None:
    database = _planner(tmp_path, "planner.sqlite3")
    script = (
        "import sys\n"
        "from planner.cli.main import main\n"
        f"status = main(['--db', {str(database)!r}, 'import', 'ics', "
        f"{str(FOLDER / 'own.ics')!r}])\n"
        "print('status', status, 'planner.services.circuit_library' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.stdout.splitlines()[-1] == "status 0 False", done.stdout + done.stderr
