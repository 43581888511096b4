"""Month and weekday words in English and Swedish, any case, with or without accents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from planner.domain.calendar_words import MONTHS, MONTHS_SHORT, WEEKDAYS, WEEKDAYS_SHORT
from planner.i18n import Language, current_language
from planner.importing.text_tools import fold


def _numbers(tables: Iterable[Mapping[Language, tuple[str, ...]]], start: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for table in tables:
        for names in table.values():
            for index, name in enumerate(names):
                found[fold(name)] = index + start
    return found


_MONTH_NUMBERS = _numbers((MONTHS, MONTHS_SHORT), 1) | {"sept": 9, "febr": 2}
_WEEKDAY_NUMBERS = _numbers((WEEKDAYS, WEEKDAYS_SHORT), 0) | {
    "tues": 1,
    "weds": 2,
    "thur": 3,
    "thurs": 3,
    "tors": 3,
}


def month_number(word: str) -> int | None:
    """1-12 for a month name or its short form ("sep", "Sept.", "maj", "OKTOBER")."""
    return _MONTH_NUMBERS.get(fold(word).rstrip("."))


def weekday_number(word: str) -> int | None:
    """0 (Monday) - 6 (Sunday) for a weekday name or its short form ("Fri", "lör", "SÖNDAG")."""
    return _WEEKDAY_NUMBERS.get(fold(word).rstrip("."))


def weekday_name(weekday: int) -> str:
    """The weekday's name in the language of user messages."""
    return WEEKDAYS[current_language()][weekday]
