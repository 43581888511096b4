"""Texts too long to be a timetable are refused with a message; long lines are listed, not read."""

from __future__ import annotations

import pytest

from planner.domain.errors import ImportFormatError
from planner.importing.schedule_text import parse_schedule
from planner.importing.season_calendar import parse_season_calendar
from planner.importing.text_limits import (
    MAX_LINE_CHARACTERS,
    MAX_TEXT_CHARACTERS,
    MAX_TEXT_LINES,
    reading_form,
)


def test_a_text_with_too_many_lines_is_refused_saying_how_many() -> None:
    text = "\n".join(["12:10 Race"] * (MAX_TEXT_LINES + 1))

    with pytest.raises(ImportFormatError, match=f"{MAX_TEXT_LINES + 1:,} lines"):
        parse_schedule(text, year=2023)
    with pytest.raises(ImportFormatError, match="Paste only the timetable"):
        parse_season_calendar(text, year=2023)


def test_a_text_with_too_many_characters_is_refused() -> None:
    text = "x" * (MAX_TEXT_CHARACTERS + 1)

    with pytest.raises(ImportFormatError, match="characters long"):
        parse_schedule(text, year=2023)


def test_a_line_longer_than_any_timetable_line_is_listed_with_the_reason() -> None:
    long_line = "12:10 Race 1" + " " * MAX_LINE_CHARACTERS + "x"
    parsed = parse_schedule(f"Saturday 2 September 2023\n{long_line}\n13:00 Race 2", year=2023)

    assert [session.name for session in parsed.sessions] == ["Race 2"]
    assert parsed.unread[0].line_number == 2
    assert "characters long" in parsed.unread[0].reason


def test_long_runs_of_spaces_still_separate_columns() -> None:
    line = "12:10" + " " * 900 + "Free Practice 1" + "\t" * 50 + "60 min"

    assert reading_form(line) == "12:10    Free Practice 1\t60 min"
    parsed = parse_schedule(f"Friday 1 September 2023\n{line}", year=2023)
    assert [(s.name, s.duration_minutes) for s in parsed.sessions] == [("Free Practice 1", 60)]
