"""Weekend templates (a service of the GUI's own): data, applied all or none."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.services import catalog, queries, rounds
from planner.services.templates import TEMPLATES, apply_template, get_template
from planner.services.tracks import list_tracks, search_tracks


def _round(db: Database, first: date, last: date) -> int:
    series = catalog.add_series(db, "24H Series")
    season = catalog.add_season(db, series.id, 2025)
    track = search_tracks(list_tracks(db), "hock")[0]
    return rounds.add_round(
        db, season.id, number=None, track_id=track.id, first_day=first, last_day=last
    ).id


def test_the_gt4_template_is_the_published_format() -> None:
    template = get_template("gt4-european-series")
    assert [(s.name, s.minutes) for s in template.sessions] == [
        ("Free Practice 1", 60),
        ("Free Practice 2", 60),
        ("Qualifying 1", 20),
        ("Qualifying 2", 20),
        ("Race 1", 60),
        ("Race 2", 60),
    ]
    assert {t.key for t in TEMPLATES} == {"gt4-european-series", "tcr-germany", "12h-two-parts"}


def test_the_12_hour_race_comes_in_two_parts_of_six_hours(db: Database) -> None:
    round_id = _round(db, date(2025, 5, 16), date(2025, 5, 18))
    created = apply_template(db, round_id, "12h-two-parts")
    races = [s for s in created if s.kind == "race"]
    assert [(s.name, s.duration_minutes) for s in races] == [
        ("Race – Part 1", 360),
        ("Race – Part 2", 360),
    ]
    assert races[1].start_wall == datetime(2025, 5, 18, 14, 0)


def test_a_short_round_gets_the_later_days_on_its_last_day(db: Database) -> None:
    round_id = _round(db, date(2025, 6, 7), date(2025, 6, 8))
    created = apply_template(db, round_id, "gt4-european-series")
    assert max(s.start_wall.date() for s in created) == date(2025, 6, 8)


def test_applying_twice_is_refused_and_changes_nothing(db: Database) -> None:
    round_id = _round(db, date(2025, 5, 16), date(2025, 5, 18))
    apply_template(db, round_id, "tcr-germany")
    with pytest.raises(ValidationError):
        apply_template(db, round_id, "tcr-germany")
    assert len(queries.weekend(db, round_id).sessions) == 6
