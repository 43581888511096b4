"""Day headings of a timetable ("Friday September 1st:", "Lördag 4 juni", "Sön 15/5").

Reading is split in two: :func:`read_written_day` says what the text wrote
(any of weekday, day, month and year may be missing) and
:func:`resolve_written_day` turns that into a date, taking a missing year
from the caller's context and refusing a weekday that contradicts the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.errors import ValidationError
from planner.domain.track_time import check_calendar_date
from planner.i18n import tr
from planner.importing.date_words import month_number, weekday_name, weekday_number
from planner.importing.line_problem import LineReadError
from planner.importing.text_tools import strip_edges


@dataclass(frozen=True)
class WrittenDay:
    """A day as the text wrote it: weekday 0 = Monday; absent parts are None."""

    weekday: int | None
    day: int | None
    month: int | None
    year: int | None


@dataclass(frozen=True)
class DayContext:
    """What is known around a heading, to supply a missing year or date."""

    year: int | None = None
    first_day: date | None = None
    last_day: date | None = None
    previous_day: date | None = None
    text_year: int | None = None


_WORD = r"[^\W\d_]+"
_ORDINAL = r"(?:st|nd|rd|th|:e|:a)?"
_WEEKDAY = rf"(?:(?P<weekday>{_WORD})\.?,?\s+)?(?:(?:den|the)\s+|d\.\s*)?"  # Danish "d. 9."
_AFTER = rf"(?:\s*\((?P<weekday_after>{_WORD})\))?"
_DATE_SHAPES = (
    # FRIDAY 29 SEPTEMBER 2023, Lördag 4 juni, Sat 2 Sep, the 1st of September
    rf"(?P<day>\d{{1,2}}){_ORDINAL}\.?\s*(?:of\s+)?(?P<month>{_WORD})\.?,?(?:\s+(?P<year>\d{{4}}))?",
    # Friday September 1st, Sep 2, 2023
    rf"(?P<month>{_WORD})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?(?:\s+(?P<year>\d{{4}}))?",
    # Fri 03.06.2022, Söndag 15/5, fre 1.9.
    r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})(?:[./](?P<year>\d{4}|\d{2}))?\.?",
    # 2023-09-02
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",
)
_DATE_PATTERNS = tuple(re.compile(_WEEKDAY + shape + _AFTER, re.I) for shape in _DATE_SHAPES)
_WEEKDAY_ALONE = re.compile(rf"(?P<weekday>{_WORD})\.?", re.I)
_NUMERIC_WITHOUT_YEAR = 2  # index of the d.m shape, which alone could be a clock time


def read_written_day(text: str) -> WrittenDay | None:
    """The day the whole text names, or None when the text is not just a day."""
    candidate = strip_edges(text)
    if not candidate:
        return None
    for index, pattern in enumerate(_DATE_PATTERNS):
        match = pattern.fullmatch(candidate)
        if match is None:
            continue
        written = _written_from_match(match)
        if written is None:
            continue
        if index == _NUMERIC_WITHOUT_YEAR and written.weekday is None and written.year is None:
            continue  # "12.10" alone is a clock time, not 12 October
        return written
    match = _WEEKDAY_ALONE.fullmatch(candidate)
    if match is not None:
        weekday = weekday_number(match.group("weekday"))
        if weekday is not None:
            return WrittenDay(weekday, None, None, None)
    return None


def _written_from_match(match: re.Match[str]) -> WrittenDay | None:
    weekday_word = match.group("weekday") or match.group("weekday_after")
    weekday = weekday_number(weekday_word) if weekday_word else None
    if weekday_word and weekday is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return None
    year_text = match.group("year")
    year = None if year_text is None else _full_year(int(year_text))
    return WrittenDay(weekday, day, month, year)


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def resolve_written_day(written: WrittenDay, context: DayContext) -> date:
    """The date meant, or a LineReadError saying why it cannot be known."""
    if written.day is None or written.month is None:
        return _date_of_weekday(written, context)
    year = written.year if written.year is not None else _year_for(written, context)
    try:
        day = check_calendar_date(year, written.month, written.day)
    except ValidationError as error:
        raise LineReadError(error.message) from None
    if written.weekday is not None and written.weekday != day.weekday():
        raise LineReadError(
            tr(
                "The weekday does not match the date: {date} is a {weekday}, not a {written}."
            ).format(
                date=day.isoformat(),
                weekday=weekday_name(day.weekday()),
                written=weekday_name(written.weekday),
            )
        )
    return day


def _year_for(written: WrittenDay, context: DayContext) -> int:
    assert written.month is not None and written.day is not None
    window = _window(context)
    if window is not None:
        return _year_nearest_window(written.month, written.day, window)
    base = context.year if context.year is not None else _year_from_text(context)
    if base is None:
        raise LineReadError(
            tr("The year is not written here. Give the season's year, then read the text again.")
        )
    previous = context.previous_day
    if previous is not None and _earlier_by_months(base, written.month, written.day, previous):
        return base + 1  # a timetable running from December into January
    return base


def _year_from_text(context: DayContext) -> int | None:
    if context.previous_day is not None:
        return context.previous_day.year
    return context.text_year


def _earlier_by_months(year: int, month: int, day: int, previous: date) -> bool:
    try:
        return date(year, month, day) < previous - timedelta(days=60)
    except ValueError:
        return False


def _window(context: DayContext) -> tuple[date, date] | None:
    first = context.first_day or context.last_day
    last = context.last_day or context.first_day
    if first is None or last is None:
        return None
    return (min(first, last), max(first, last))


def _year_nearest_window(month: int, day: int, window: tuple[date, date]) -> int:
    """The year in which month/day falls inside the event's days, or nearest to them."""
    first, last = window
    best_year = first.year
    best_distance: int | None = None
    for year in range(first.year - 1, last.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = max((first - candidate).days, (candidate - last).days, 0)
        if best_distance is None or distance < best_distance:
            best_year, best_distance = year, distance
    return best_year


def _date_of_weekday(written: WrittenDay, context: DayContext) -> date:
    """The date of a heading that names only a weekday ("Saturday:")."""
    assert written.weekday is not None
    window = _window(context)
    if window is not None:
        matches = [
            window[0] + timedelta(days=offset)
            for offset in range((window[1] - window[0]).days + 1)
            if (window[0] + timedelta(days=offset)).weekday() == written.weekday
        ]
        if len(matches) == 1:
            return matches[0]
    elif context.previous_day is not None:
        days_ahead = (written.weekday - context.previous_day.weekday()) % 7 or 7
        return context.previous_day + timedelta(days=days_ahead)
    raise LineReadError(
        tr(
            "“{weekday}” alone does not say which date is meant. "
            "Write the date, or give the event's days."
        ).format(weekday=weekday_name(written.weekday))
    )
