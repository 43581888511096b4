"""The start-up read with plain sqlite3 shows exactly what the services would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner.db.database import Database
from planner.services import catalog, queries
from planner.services.first_look import first_look

# the first screen is read from the SQLite file with plain sqlite3, before SQLAlchemy loads
pytestmark = pytest.mark.sqlite_only


def _path(database: Database) -> Path:
    path = database.sqlite_path
    assert path is not None
    return path


def _edit_a_round_and_a_driver(database: Database) -> None:
    """Revisions past the first, which the plain read must carry as the services do."""
    from planner.services import rounds

    season = catalog.list_seasons(database)[0]
    first_round = queries.list_rounds(database, season.id)[0]
    rounds.edit_round(database, first_round.id, notes="Edited")
    driver = first_round.drivers[0]
    catalog.edit_driver(database, driver.id, nationality="NOR")


def test_first_look_equals_the_services_on_the_demo(demo_db: Database) -> None:
    _edit_a_round_and_a_driver(demo_db)
    look = first_look(_path(demo_db))
    assert look is not None
    assert look.series == catalog.list_series(demo_db)
    assert look.seasons == catalog.list_seasons(demo_db)
    assert look.rounds == queries.list_rounds(demo_db, look.seasons[0].id)


def test_first_look_skips_a_database_not_at_the_current_schema(demo_db: Database) -> None:
    import sqlite3

    path = _path(demo_db)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_look(path) is None


def test_first_look_skips_a_file_that_is_no_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    assert first_look(path) is None
    assert first_look(tmp_path / "missing.sqlite3") is None


def test_first_look_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys\nimport planner.services.first_look\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_round_equals_the_services_listing_season_by_season(demo_db: Database) -> None:
    from planner.services.first_look import every_round

    _edit_a_round_and_a_driver(demo_db)
    season_ids = [season.id for season in catalog.list_seasons(demo_db)]
    expected = queries.list_rounds_of_seasons(demo_db, season_ids)
    assert len(season_ids) > 1 and expected
    assert every_round(_path(demo_db)) == expected


def test_planner_list_rounds_on_a_current_file_imports_no_sqlalchemy(demo_db: Database) -> None:
    """The listing reads the file with sqlite3; the services' listing is the same text."""
    import io
    from contextlib import redirect_stdout

    from planner.cli.main import main

    code = (
        "import sys\nfrom planner.cli.main import main\n"
        f"status = main(['--db', {str(_path(demo_db))!r}, 'list', 'rounds'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
        "sys.exit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    *listing, imported = result.stdout.splitlines()
    assert imported == "[]"
    through_services = []
    for season in catalog.list_seasons(demo_db):  # --series: the services' way
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            arguments = ["list", "rounds", "--series", season.series_name]
            status = main(["--db", str(_path(demo_db)), *arguments, "--season", str(season.year)])
        assert status == 0
        through_services += buffer.getvalue().splitlines()
    assert len(listing) > 5
    assert listing == through_services
