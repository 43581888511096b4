"""Weekday and month names in the planner's two languages, Qt-free.

Used by the printed sheets, the feed texts and the schedule-text parser. The
whole names come from the locale data (see ``planner.domain.locale_names``).
"""

from __future__ import annotations

from datetime import date

from planner.domain.calendar_abbreviations import MONTHS_SHORT, WEEKDAYS_SHORT
from planner.domain.locale_names import month_names, weekday_names
from planner.i18n import Language

# Whole names from the locale data (CLDR); the schedule-text parser reads them too.
WEEKDAYS: dict[Language, tuple[str, ...]] = {
    language: weekday_names(language) for language in ("en", "sv")
}
MONTHS: dict[Language, tuple[str, ...]] = {
    language: month_names(language) for language in ("en", "sv")
}
# The short forms are ours (``calendar_abbreviations``), re-exported here.
__all__ = [
    "MONTHS",
    "MONTHS_SHORT",
    "WEEKDAYS",
    "WEEKDAYS_SHORT",
    "format_date_range",
    "format_day",
]


def format_day(day: date, language: Language, *, with_year: bool = False) -> str:
    """'Friday 1 September' / 'fredag 1 september' (Swedish names are lower case)."""
    text = f"{WEEKDAYS[language][day.weekday()]} {day.day} {MONTHS[language][day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def format_date_range(first: date, last: date, language: Language) -> str:
    """'1–3 September 2023', '29 September – 1 October 2023', or across years with both."""
    months = MONTHS[language]
    if first == last:
        return f"{first.day} {months[first.month - 1]} {first.year}"
    if first.year != last.year:
        return (
            f"{first.day} {months[first.month - 1]} {first.year} – "
            f"{last.day} {months[last.month - 1]} {last.year}"
        )
    if first.month != last.month:
        start = f"{first.day} {months[first.month - 1]}"
        return f"{start} – {last.day} {months[last.month - 1]} {last.year}"
    return f"{first.day}–{last.day} {months[last.month - 1]} {last.year}"
