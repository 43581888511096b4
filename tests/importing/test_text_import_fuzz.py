"""Fuzzed timetables and calendars: only the planner's own errors, nothing stored when refused.

Each example is a text built from the pieces real timetables are made of
(clock times, dates, weekdays, session words, zone names, separators) and
from arbitrary characters, read and imported through the services into a
demo round or season. Hypothesis's deadline fails any example that takes
over two seconds. ``RACE_PLANNER_FUZZ_EXAMPLES`` raises the number of
examples (for example 10000 for a reliability run).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.db.database import Database
from planner.domain.errors import PlannerError
from planner.services.lookup import find_round, find_season
from planner.services.schedule_import import (
    apply_calendar,
    apply_schedule,
    preview_calendar,
    preview_schedule,
)

EXAMPLES = int(os.environ.get("RACE_PLANNER_FUZZ_EXAMPLES", "50"))

_PIECES = (
    "12:10",
    "9.30",
    "24:00",
    "25:61",
    "6pm",
    "3 p.m.",
    "noon",
    "midnight",
    "kl.",
    "klockan",
    "Friday",
    "Sat",
    "lördag",
    "1 September",
    "Sep 2",
    "2023",
    "03.09.2023",
    "28.-30.04.",
    "2023-09-02",
    "29/9",
    "Free Practice 1",
    "Qualifying 1 & 2",
    "Q1/Q2",
    "Race",
    "Kval",
    "Warm-up",
    "TBC",
    "(60 min)",
    "2 x 20 min",
    "20 min each",
    "25 laps",
    "+ 1 lap",
    "CEST",
    "UTC+2",
    "UTC+99",
    "svensk tid",
    "All times local",
    "GMT",
    "Live on YouTube",
    "-",
    "–",
    "|",
    "\t",
    "   ",
    ":",
    ",",
    "(",
    ")",
    "x",
    "0" * 30,
    "9" * 300,
    "-1" * 40,
    "Monza, Italy",
    "Ljungbyhed",
    "Round 3:",
    "Omgång 2",
    "•",
    "\u00a0",
    "\u200b",
    "\r",
)
_ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_LINE = st.lists(st.one_of(st.sampled_from(_PIECES), _ANY), max_size=12).map(" ".join)
_TEXT = st.one_of(
    st.lists(_LINE, max_size=25).map("\n".join),
    st.text(max_size=300),
    st.builds(
        lambda run, n: "12:10 Race" + run * n + "x",
        st.sampled_from(" \t-1a("),
        st.integers(0, 5000),
    ),
)
_FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def database_dump(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        rows = [
            *connection.exec_driver_sql("SELECT * FROM rounds ORDER BY id").fetchall(),
            *connection.exec_driver_sql("SELECT * FROM sessions ORDER BY id").fetchall(),
        ]
    return [tuple(row) for row in rows]


@pytest.fixture
def round_id(demo_db: Database) -> int:
    with demo_db.unit_of_work() as orm:
        return find_round(orm, "GT4 Europe", 2023, 5).id


@pytest.fixture
def season_id(demo_db: Database) -> int:
    with demo_db.unit_of_work() as orm:
        return find_season(orm, "GT4 Europe", 2023).id


@_FUZZ
@given(text=_TEXT)
@example(text="TBC 12:10 24:00 svensk tid")  # found by this test: 24:00 outside the line guard
def test_a_fuzzed_schedule_is_read_or_refused_and_a_refusal_changes_nothing(
    demo_db: Database, round_id: int, text: str
) -> None:
    before = database_dump(demo_db)
    try:
        preview = preview_schedule(demo_db, round_id, text)
        apply_schedule(demo_db, round_id, preview.rows)
    except PlannerError as error:
        assert str(error)
        assert database_dump(demo_db) == before


@_FUZZ
@given(text=_TEXT)
def test_a_fuzzed_calendar_is_read_or_refused_and_a_refusal_changes_nothing(
    demo_db: Database, season_id: int, text: str
) -> None:
    before = database_dump(demo_db)
    try:
        preview = preview_calendar(demo_db, season_id, text)
        apply_calendar(demo_db, season_id, preview.rows)
    except PlannerError as error:
        assert str(error)
        assert database_dump(demo_db) == before
