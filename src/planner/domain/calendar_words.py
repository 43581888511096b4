"""Weekday and month names in the planner's two languages, Qt-free.

Used by the printed sheets, the feed texts and the schedule-text parser.
"""

from __future__ import annotations

from datetime import date

from planner.i18n import Language

WEEKDAYS: dict[Language, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
}
WEEKDAYS_SHORT: dict[Language, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "sv": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
}
MONTHS: dict[Language, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
MONTHS_SHORT: dict[Language, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}


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
