"""Migration 0003: every existing round gets its own UUID (its weekend event's UID)."""

from __future__ import annotations

import re

from alembic import command
from sqlalchemy import create_engine, text

from planner.db.database import Database, _alembic_config
from store_urls import engine_url


def test_upgrading_gives_each_existing_round_a_stable_uuid(store_target: str) -> None:
    """On either store: the file, or a database on the PostgreSQL server."""
    engine = create_engine(engine_url(store_target))
    command.upgrade(_alembic_config(engine), "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO series (id, name, short_name, colour, website, live_timing_url, "
                "stream_url) VALUES (1, 'Old Cup', '', '#123456', '', '', '')"
            )
        )
        connection.execute(
            text("INSERT INTO seasons (id, series_id, year, notes) VALUES (1, 1, 2023, '')")
        )
        connection.execute(
            text(
                "INSERT INTO tracks (id, key, name, short_name, aliases, town, region, country, "
                "country_code, timezone, built_in) VALUES (1, 'x', 'X Ring', '', '', '', '', "
                "'Sweden', 'SE', 'Europe/Stockholm', :built_in)"
            ),
            {"built_in": False},
        )
        for number in (1, 2, 3):
            connection.execute(
                text(
                    "INSERT INTO rounds (season_id, number, name, track_id, first_day, "
                    "last_day, status, notes) VALUES (1, :n, '', 1, '2023-06-02', "
                    "'2023-06-04', 'scheduled', '')"
                ),
                {"n": number},
            )
    engine.dispose()
    Database.open(store_target).close()
    engine = create_engine(engine_url(store_target))
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT uid, revision, changed_utc FROM rounds")).all()
    engine.dispose()
    uids = [uid for uid, _revision, _changed in rows]
    assert len(set(uids)) == 3
    assert all(re.fullmatch(r"[0-9a-f-]{36}", uid) for uid in uids)
    assert all(revision == 1 and changed is not None for _uid, revision, changed in rows)
