"""The views read as plain rows are the views the ORM conversions give."""

from __future__ import annotations

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, convert, rounds, sessions
from planner.services.view_rows import entry_views, round_views, session_views


def test_round_and_session_views_from_rows_equal_those_built_from_orm_objects(
    demo_db: Database,
) -> None:
    # Edited once: revisions past the first, which every view must carry.
    with demo_db.unit_of_work() as orm:
        first = orm.scalars(
            select(models.Round).where(models.Round.sessions.any()).order_by(models.Round.id)
        ).first()
        assert first is not None
        first_id, session_id = first.id, first.sessions[0].id
    rounds.edit_round(demo_db, first_id, notes="Edited")
    driver = catalog.list_drivers(demo_db)[0]
    catalog.edit_driver(demo_db, driver.id, nationality="NOR")
    sessions.edit_session(demo_db, session_id, notes="Edited")
    with demo_db.unit_of_work() as orm:
        rows = list(orm.scalars(select(models.Round).order_by(models.Round.id)))
        assert len(rows) > 3
        expected_rounds = {row.id: convert.round_view(row) for row in rows}
        expected_sessions = {
            row.id: [convert.session_view(session) for session in row.sessions] for row in rows
        }
        assert expected_rounds[first_id].revision > 1
        assert any(d.revision > 1 for view in expected_rounds.values() for d in view.drivers)
        round_ids = list(expected_rounds)

        got_rounds = round_views(orm, models.Round.id.in_(round_ids))
        got_sessions = session_views(orm, round_ids)

    assert {view.id: view for view in got_rounds} == expected_rounds
    assert any(view.drivers for view in got_rounds)
    assert any(view.track.lap_records for view in got_rounds)
    assert {round_id: got_sessions.get(round_id, []) for round_id in round_ids} == (
        expected_sessions
    )
    assert any(session.drivers for group in got_sessions.values() for session in group)


def test_driven_only_keeps_the_sessions_somebody_drives(demo_db: Database) -> None:
    with demo_db.unit_of_work() as orm:
        round_ids = list(orm.scalars(select(models.Round.id)))
        everything = session_views(orm, round_ids)
        driven = session_views(orm, round_ids, driven_only=True)
    expected = {
        round_id: [session for session in group if session.drivers]
        for round_id, group in everything.items()
    }
    assert {key: value for key, value in expected.items() if value} == driven
    assert sum(map(len, driven.values())) < sum(map(len, everything.values()))


def test_entry_views_from_rows_equal_those_built_from_orm_objects(demo_db: Database) -> None:
    """Whole-season entries and the round's own, cars with their teams, crews in order."""
    with demo_db.unit_of_work() as orm:
        rounds = list(orm.scalars(select(models.Round).order_by(models.Round.id)))
        compared = 0
        for row in rounds:
            expected = [
                convert.entry_view(entry)
                for entry in sorted(row.season.entries, key=lambda entry: entry.id)
                if entry.round_id in (None, row.id)
            ]
            assert entry_views(orm, row.season_id, row.id) == expected
            compared += len(expected)
        crews = [
            len(view.crew) for row in rounds for view in entry_views(orm, row.season_id, row.id)
        ]
    assert compared > 0 and max(crews) > 1
