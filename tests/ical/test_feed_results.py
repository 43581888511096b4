"""A finished session's calendar event says how it went, and entering a result sends the
event to phones again (SEQUENCE rises)."""

from __future__ import annotations

import icalendar

from planner.db.database import Database
from planner.services import feeds, results
from planner.services.feeds import FeedSpec
from planner.services.lookup import find_round
from planner.services.queries import weekend
from planner.services.results import ResultValues


def _events(db: Database, language: str) -> dict[str, icalendar.Event]:
    name = f"Everything {language}"
    known = {feed.name: feed.id for feed in feeds.list_feeds(db)}
    feed_id = known.get(name) or feeds.create_feed(db, FeedSpec(name=name, language=language)).id
    data = feeds.prepare_export(db, feed_id).calendar_bytes
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def _hockenheim_12h(db: Database) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, "24H Series", 2022, 4).id


def test_the_demo_12h_results_are_in_the_events_in_both_languages(demo_db: Database) -> None:
    english = _events(demo_db, "en")
    practice = next(event for summary, event in english.items() if "Free Practice" in summary)
    assert "Result: " in str(practice["DESCRIPTION"])
    assert "3rd" in str(practice["DESCRIPTION"])
    swedish = _events(demo_db, "sv")
    practice_sv = next(event for summary, event in swedish.items() if "Free Practice" in summary)
    assert "Resultat: " in str(practice_sv["DESCRIPTION"])
    assert "3:e" in str(practice_sv["DESCRIPTION"])


def test_entering_a_result_raises_the_sessions_sequence(demo_db: Database) -> None:
    round_id = _hockenheim_12h(demo_db)
    data = weekend(demo_db, round_id)
    qualifying = next(session for session in data.sessions if session.name == "Qualifying")
    entry = data.entries[0]
    before = _events(demo_db, "en")
    summary = next(summary for summary in before if "Qualifying" in summary)
    sequence = int(before[summary]["SEQUENCE"])
    results.set_result(demo_db, qualifying.id, entry.id, ResultValues(position=9, class_position=2))
    after = _events(demo_db, "en")
    assert int(after[summary]["SEQUENCE"]) == sequence + 1
    assert "9th place (2nd in TCR)" in str(after[summary]["DESCRIPTION"])
