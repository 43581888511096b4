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


# German, Danish and Norwegian words that differ from the English and Swedish ones: series
# in those countries publish timetables that Swedish and English users paste too.
_OTHER_MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "marz": 3,
    "maerz": 3,
    "marts": 3,
    "mrz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "dezember": 12,
    "dez": 12,
    "desember": 12,
    "des": 12,
    "mei": 5,
}
_OTHER_WEEKDAYS = {
    "montag": 0,
    "mo": 0,
    "mandag": 0,
    "dienstag": 1,
    "di": 1,
    "tirsdag": 1,
    "mittwoch": 2,
    "mi": 2,
    "onsdag": 2,
    "donnerstag": 3,
    "do": 3,
    "torsdag": 3,
    "freitag": 4,
    "fr": 4,
    "fredag": 4,
    "samstag": 5,
    "sa": 5,
    "sonnabend": 5,
    "lordag": 5,
    "lørdag": 5,
    "lor": 5,
    "lør": 5,
    "sonntag": 6,
    "so": 6,
    "sondag": 6,
    "søndag": 6,
    "son": 6,
    "søn": 6,
}
_MONTH_NUMBERS = _numbers((MONTHS, MONTHS_SHORT), 1) | {"sept": 9, "febr": 2} | _OTHER_MONTHS
_WEEKDAY_NUMBERS = (
    _numbers((WEEKDAYS, WEEKDAYS_SHORT), 0)
    | {
        "tues": 1,
        "weds": 2,
        "thur": 3,
        "thurs": 3,
        "tors": 3,
    }
    | _OTHER_WEEKDAYS
)


def month_number(word: str) -> int | None:
    """1-12 for a month name or its short form ("sep", "Sept.", "maj", "OKTOBER")."""
    return _MONTH_NUMBERS.get(fold(word).rstrip("."))


def weekday_number(word: str) -> int | None:
    """0 (Monday) - 6 (Sunday) for a weekday name or its short form ("Fri", "lör", "SÖNDAG")."""
    return _WEEKDAY_NUMBERS.get(fold(word).rstrip("."))


def weekday_name(weekday: int) -> str:
    """The weekday's name in the language of user messages."""
    return WEEKDAYS[current_language()][weekday]
