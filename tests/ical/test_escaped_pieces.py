"""The pipeline hands the writer each session's description and JSON facts escaped piece
by piece (pieces escaped once each); that is exactly the writer's own escaping of the
whole, whatever the texts hold."""

from __future__ import annotations

import pytest

from planner.db.database import Database
from planner.ical.text import escape_text
from planner.ical.writer import render_event
from planner.services import catalog, feeds, queries, sessions

AWKWARD = "Pit lane; walk, with \\ backslash\r\nsecond line\rthird\x01 line\tend,"


def _sessions_named(db: Database, series: str) -> list[int]:
    found = queries.scheduled_sessions(db, queries.SessionFilter(series=series))
    return [item.session.id for item in found]


@pytest.mark.parametrize(
    ("language", "home_zone"),
    [("en", None), ("sv", "America/New_York"), ("en", "Europe/Berlin")],
)
def test_escaped_pieces_give_the_writers_own_escaping(
    demo_db: Database, language: str, home_zone: str | None
) -> None:
    ids = _sessions_named(demo_db, "GT4 Europe")
    driver = catalog.add_driver(demo_db, "Bäck, Åsa; \\the second")
    sessions.set_session_drivers(demo_db, ids[0], [driver.id])
    sessions.edit_session(demo_db, ids[0], notes=AWKWARD, broadcast="TV4; Viaplay, \\late")
    sessions.edit_session(demo_db, ids[1], notes="\r", stream_url="https://x.test/a,b;c")
    sessions.edit_session(demo_db, ids[2], notes="ends with a CR\r")
    spec = feeds.FeedSpec(name="Awkward", language=language, all_day_events=True, alarm_minutes=5)
    events = feeds.feed_events(demo_db, spec, home_zone=home_zone).events
    timed = [event for event in events if not event.all_day]
    assert len(timed) >= 10
    assert any("\\;" in escaped for event in timed for escaped in event.escaped or ())
    for event in timed:
        assert event.escaped is not None
        assert event.escaped == (
            escape_text(event.description),
            *(escape_text(value) for _name, value in event.x_props),
        )
        assert render_event(event._replace(escaped=None)) == render_event(event)
