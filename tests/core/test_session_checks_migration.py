"""Migration 0007: a session's kind and status checked by comparisons, same rule, rows kept."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from planner.db.database import Database, _alembic_config
from store_urls import engine_url

_SESSION = (
    "INSERT INTO sessions (id, uid, round_id, kind, name, start_wall, zone, is_dst, "
    "duration_minutes, status, broadcast, stream_url, notes, revision, created_utc, "
    "changed_utc) VALUES (:id, :uid, 1, :kind, :name, '2025-06-01 10:00:00', "
    "'Europe/Stockholm', NULL, 30, :status, '', '', '', 1, '2025-01-01 00:00:00', "
    "'2025-01-01 00:00:00')"
)


def _planner_at_0006(store_target: str) -> None:
    engine = create_engine(engine_url(store_target))
    command.upgrade(_alembic_config(engine), "0006")
    with engine.begin() as connection:
        run = connection.execute
        run(
            text(
                "INSERT INTO series (id, name, short_name, colour, website, live_timing_url, "
                "stream_url) VALUES (1, 'Cup', '', '#123456', '', '', '')"
            )
        )
        run(text("INSERT INTO seasons (id, series_id, year, notes) VALUES (1, 1, 2025, '')"))
        run(
            text(
                "INSERT INTO tracks (id, key, name, short_name, aliases, town, region, country, "
                "country_code, timezone, built_in) VALUES (1, 'x', 'X Ring', '', '', '', '', "
                "'Sweden', 'SE', 'Europe/Stockholm', :built_in)"
            ),
            {"built_in": False},
        )
        run(
            text(
                "INSERT INTO rounds (id, uid, season_id, number, name, track_id, first_day, "
                "last_day, status, notes, revision, changed_utc) VALUES (1, "
                "'0b7c4f7e-5d1c-4a3e-9a55-2f7f0c3b9d11', 1, 1, '', 1, '2025-06-01', "
                "'2025-06-01', 'scheduled', '', 1, '2025-01-01 00:00:00')"
            )
        )
        for number, kind, status in ((1, "race", "tentative"), (2, "practice", "cancelled")):
            run(
                text(_SESSION),
                {
                    "id": number,
                    "uid": f"00000000-0000-4000-8000-00000000000{number}",
                    "kind": kind,
                    "name": f"Session {number}",
                    "status": status,
                },
            )
        run(
            text(
                "INSERT INTO drivers (id, name, nationality, followed) "
                "VALUES (1, 'Ann', 'SWE', :followed)"
            ),
            {"followed": True},
        )
        run(text("INSERT INTO session_drivers VALUES (1, 1, 1), (2, 1, 1)"))
    engine.dispose()


def test_upgrading_keeps_every_session_and_its_drivers_and_the_same_rule(
    store_target: str,
) -> None:
    _planner_at_0006(store_target)
    Database.open(store_target).close()  # upgrades to the head
    engine = create_engine(engine_url(store_target))
    try:
        with engine.connect() as connection:
            sessions = connection.execute(
                text("SELECT id, kind, status FROM sessions ORDER BY id")
            ).all()
            crews = connection.execute(
                text("SELECT session_id, driver_id FROM session_drivers ORDER BY session_id")
            ).all()
        assert [tuple(row) for row in sessions] == [
            (1, "race", "tentative"),
            (2, "practice", "cancelled"),
        ]
        assert [tuple(row) for row in crews] == [(1, 1), (2, 1)]
        for kind, status in (("dinner", "scheduled"), ("race", "maybe"), ("Race", "scheduled")):
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execute(
                    text(_SESSION),
                    {
                        "id": 3,
                        "uid": "00000000-0000-4000-8000-000000000003",
                        "kind": kind,
                        "name": "Session 3",
                        "status": status,
                    },
                )
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_the_file_checks_kind_and_status_without_an_in_list_and_can_go_back(
    store_target: str,
) -> None:
    _planner_at_0006(store_target)
    Database.open(store_target).close()
    engine = create_engine(engine_url(store_target))
    try:
        with engine.connect() as connection:
            (upgraded,) = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'sessions'")
            ).one()
        assert "kind = 'practice' OR kind = 'qualifying'" in upgraded
        assert " IN (" not in upgraded
        for kept in ("ck_sessions_duration_positive", "ck_sessions_revision_positive",
                     "uq_sessions_uid", "fk_sessions_round_id_rounds"):  # fmt: skip
            assert kept in upgraded
        command.downgrade(_alembic_config(engine), "0006")
        with engine.connect() as connection:
            (downgraded,) = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'sessions'")
            ).one()
            count = connection.execute(text("SELECT count(*) FROM session_drivers")).scalar()
        assert "kind IN ('practice', 'qualifying', 'race', 'warmup', 'test', 'other')" in downgraded
        assert count == 2
    finally:
        engine.dispose()
