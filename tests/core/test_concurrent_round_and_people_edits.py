"""Rounds, drivers, teams and cars: an edit names the revision it was made from, and one
made from an old revision is refused, never silently stored over someone else's."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from planner.db.database import Database, _alembic_config
from planner.domain.errors import ConflictError
from planner.services import catalog, people, queries, rounds
from planner.services.edit_conflicts import chosen_values, find_conflict, their_values
from planner.services.views import RoundView
from shared_planners import demo_planner_on, race_writers

WRITERS = 4

#: One writer: a round's notes, from the revision it was given, in its own process.
WRITER = textwrap.dedent(
    """
    import sys
    from planner.db.database import Database
    from planner.domain.errors import ConflictError
    from planner.services.rounds import edit_round

    target, round_id, revision, notes = sys.argv[1:]
    db = Database.open(target)
    try:
        edit_round(db, int(round_id), notes=notes, expected_revision=int(revision))
    except ConflictError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
    finally:
        db.close()
    """
)


def _gt4_round(db: Database, number: int = 5) -> RoundView:
    season = next(s for s in catalog.list_seasons(db) if s.series_name.startswith("GT4"))
    return next(r for r in queries.list_rounds(db, season.id) if r.number == number)


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_writers_of_one_round_revision_store_one_edit_and_refuse_the_rest(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    target = demo_planner_on(store, request, tmp_path)
    db = Database.open(target)
    weekend = _gt4_round(db)
    db.close()
    notes = [f"Writer {index}: bring the wets" for index in range(WRITERS)]
    stored = race_writers(
        [["-c", WRITER, target, str(weekend.id), str(weekend.revision), text] for text in notes]
    )
    db = Database.open(target)
    after = rounds.get_round(db, weekend.id)
    db.close()
    assert after.notes == notes[stored]
    assert after.revision == weekend.revision + 1


def test_a_round_edit_from_an_old_revision_is_refused_and_changes_nothing(
    demo_db: Database,
) -> None:
    weekend = _gt4_round(demo_db)
    rounds.edit_round(demo_db, weekend.id, notes="Theirs", expected_revision=weekend.revision)
    with pytest.raises(ConflictError, match=f"made from revision {weekend.revision}"):
        rounds.edit_round(
            demo_db, weekend.id, status="cancelled", expected_revision=weekend.revision
        )
    stored = rounds.get_round(demo_db, weekend.id)
    assert (stored.notes, str(stored.status)) == ("Theirs", str(weekend.status))
    assert stored.revision == weekend.revision + 1


def test_renaming_people_raises_their_revision_and_refuses_an_old_one(
    demo_db: Database,
) -> None:
    driver = catalog.list_drivers(demo_db)[0]
    team = catalog.add_team(demo_db, "Kitchen Racing")
    car = catalog.add_car(demo_db, model="BMW M4 GT4", number="7", team_id=team.id)
    renamed = people.rename_driver(
        demo_db, driver.id, "Theirs Driver", expected_revision=driver.revision
    )
    assert renamed.revision == driver.revision + 1
    with pytest.raises(ConflictError, match="The driver “Theirs Driver”"):
        people.rename_driver(demo_db, driver.id, "Mine Driver", expected_revision=driver.revision)
    people.rename_team(demo_db, team.id, "Theirs Team", expected_revision=team.revision)
    with pytest.raises(ConflictError, match="The team"):
        people.rename_team(demo_db, team.id, "Mine Team", expected_revision=team.revision)
    people.rename_car(demo_db, car.id, "Theirs GT4", expected_revision=car.revision)
    with pytest.raises(ConflictError, match="The car"):
        people.rename_car(demo_db, car.id, "Mine GT4", expected_revision=car.revision)
    catalog.edit_driver(demo_db, driver.id, followed=not driver.followed)
    with pytest.raises(ConflictError):
        catalog.edit_driver(
            demo_db, driver.id, followed=driver.followed, expected_revision=renamed.revision
        )
    assert people.get_driver(demo_db, driver.id).name == "Theirs Driver"
    assert people.get_team(demo_db, team.id).name == "Theirs Team"
    assert people.get_car(demo_db, car.id).model == "Theirs GT4"


def test_a_conflict_names_both_versions_of_each_field_for_every_kind(
    demo_db: Database,
) -> None:
    weekend = _gt4_round(demo_db)
    rounds.edit_round(demo_db, weekend.id, notes="Theirs")
    conflict = find_conflict(demo_db, "round", weekend.id, {"notes": "Mine", "status": "postponed"})
    assert conflict.kind == "round" and conflict.their_revision == weekend.revision + 1
    assert [(f.field, f.theirs, f.mine) for f in conflict.fields] == [
        ("notes", "Theirs", "Mine"),
        ("status", weekend.status, "postponed"),
    ]
    mine = {"notes": "Mine", "status": "postponed"}
    assert chosen_values("round", mine, {"notes"}) == {"notes": "Mine"}
    assert their_values(conflict, ["notes"]) == {"notes": "Theirs"}
    driver = catalog.list_drivers(demo_db)[0]
    named = find_conflict(demo_db, "driver", driver.id, {"name": "Mine"})
    assert (named.name, named.fields[0].theirs) == (driver.name, driver.name)


def test_a_migrated_planner_gives_every_driver_team_and_car_revision_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(_alembic_config(engine), "0004")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO drivers (name, nationality, followed) VALUES ('A', '', 0)")
        )
        connection.execute(text("INSERT INTO teams (name) VALUES ('T')"))
    engine.dispose()
    db = Database.open(path)
    try:
        [driver] = catalog.list_drivers(db)
        [team] = catalog.list_teams(db)
        assert (driver.revision, team.revision) == (1, 1)
        assert people.rename_driver(db, driver.id, "B", expected_revision=1).revision == 2
    finally:
        db.close()
