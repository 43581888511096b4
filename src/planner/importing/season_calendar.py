"""A pasted season calendar -> rounds ("June 29th-July 2nd - Spa, Belgium", "3-4 juni Ljungbyhed").

Each line is a date or date range, then a place, maybe with a country after
a comma, maybe after a round number ("1.", "Round 3:", "Omgång 3:", "R3").
Lines before the first round that name the calendar are kept as its
heading; every other line that is not a round is listed as unread, with the
reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from planner.domain.errors import ValidationError
from planner.domain.track_time import check_calendar_date
from planner.i18n import tr
from planner.importing.circuit_match import CircuitLike, match_circuit
from planner.importing.countries import english_country_name
from planner.importing.date_words import month_number
from planner.importing.line_problem import LineReadError
from planner.importing.schedule_text import UnreadLine
from planner.importing.text_limits import check_text_size, reading_form, too_long_reason
from planner.importing.text_tools import (
    DASH_CLASS,
    DASHES,
    clean_line,
    collapse_spaces,
    fold,
    strip_edges,
)

__all__ = [
    "CircuitLike",
    "ParsedCalendar",
    "ParsedRound",
    "UnreadLine",
    "english_country_name",
    "match_circuit",
    "parse_season_calendar",
]


@dataclass(frozen=True)
class ParsedRound:
    """One round: its days, the place as written and the country if one was written."""

    line_number: int
    source_text: str
    first_day: date
    last_day: date
    place: str
    country: str | None
    number: int | None = None


@dataclass(frozen=True)
class ParsedCalendar:
    rounds: tuple[ParsedRound, ...]
    unread: tuple[UnreadLine, ...]
    heading: str


@dataclass(frozen=True)
class _Endpoint:
    day: int
    month: int | None
    year: int | None


def parse_season_calendar(text: str, *, year: int) -> ParsedCalendar:
    """Read a season calendar; ``year`` is the season's year, for dates written without one.

    A round whose end month is earlier than its start month ends in the next
    year ("December 30th-January 1st"). A text too long to be a calendar
    raises ImportFormatError.
    """
    check_text_size(text)
    rounds: list[ParsedRound] = []
    unread: list[UnreadLine] = []
    titles: list[str] = []
    for line_number, raw_line in enumerate(text.splitlines(), start=1):
        line = clean_line(raw_line)
        if not line:
            continue
        too_long = too_long_reason(line)
        if too_long is not None:
            unread.append(UnreadLine(line_number, line, too_long))
            continue
        try:
            parsed = _read_round(line_number, reading_form(line), year)
        except LineReadError as problem:
            unread.append(UnreadLine(line_number, line, problem.reason))
            continue
        if parsed is not None:
            rounds.append(parsed)
        elif not rounds and _looks_like_title(line):
            titles.append(collapse_spaces(strip_edges(line)))
        else:
            reason = tr("This line is not a date or date range followed by a place.")
            unread.append(UnreadLine(line_number, line, reason))
    return ParsedCalendar(tuple(rounds), tuple(unread), " / ".join(titles))


_TITLE_WORDS = re.compile(
    r"calendar|kalender|season|sasong|schedule|schema|program|tavlingar|rounds|events"
)
_ROUND_NUMBER = re.compile(
    r"(?:(?:round|rd|r|omgang|omg|deltavling|dt|event|runda|race|lauf|afd|afdeling)\.?\s*"
    r"(?P<number>\d{1,2})"
    r"|#\s*(?P<hash_number>\d{1,2})"
    r"|(?P<list_number>\d{1,2})[.)](?=\s))"
    rf"\s*(?:[:.)|]|{DASH_CLASS})?\s*"
)
_ORDINAL = r"(?:st|nd|rd|th|:e|:a)?"
_WORD = r"[^\W\d_]{{3,}}"  # doubled braces: the shapes go through str.format
_ENDPOINT_SHAPES = {
    "day_month": rf"(?P<{{p}}day>\d{{{{1,2}}}}){_ORDINAL}\.?\s*(?:of\s+)?(?P<{{p}}month>{_WORD})\.?"
    rf"(?:,?\s+(?P<{{p}}year>\d{{{{4}}}}))?",
    "month_day": rf"(?P<{{p}}month>{_WORD})\.?\s+(?P<{{p}}day>\d{{{{1,2}}}}){_ORDINAL}(?!\d)"
    rf"(?:,?\s+(?P<{{p}}year>\d{{{{4}}}}))?",
    "numeric": r"(?P<{p}day>\d{{1,2}})[./](?P<{p}month>\d{{1,2}})(?:[./](?P<{p}year>\d{{4}}))?\.?",
    "iso": r"(?P<{p}year>\d{{4}})-(?P<{p}month>\d{{1,2}})-(?P<{p}day>\d{{1,2}})",
    "day": rf"(?P<{{p}}day>\d{{{{1,2}}}}){_ORDINAL}\.?(?!\.?\d)",
}
_RANGE_SEPARATOR = rf"\s*(?:{DASH_CLASS}+|/|&|to|till|until|t\.o\.m\.?|tom|bis)\s*"


def _date_range_patterns() -> list[re.Pattern[str]]:
    full = ("day_month", "month_day", "numeric", "iso")
    patterns = []
    for first in (*full, "day"):
        for last in (*full, "day"):
            if first == "day" and last == "day":
                continue
            patterns.append(
                _ENDPOINT_SHAPES[first].format(p="first_")
                + _RANGE_SEPARATOR
                + _ENDPOINT_SHAPES[last].format(p="last_")
            )
    patterns.extend(_ENDPOINT_SHAPES[shape].format(p="first_") for shape in full)
    return [re.compile(pattern + r"(?=[" + DASHES + r"\s:,|(]|$)", re.I) for pattern in patterns]


_DATE_RANGES = _date_range_patterns()
_LONGEST_ROUND_DAYS = 14


def _looks_like_title(line: str) -> bool:
    return len(re.findall(r"\w+", line)) <= 10 and _TITLE_WORDS.search(fold(line)) is not None


_BULLET = re.compile(r"^\s*[•·▪►*‣◦-]\s*")
_PLACE_THEN_DATES = re.compile(r"(?P<place>[^\W\d][^:\d]{1,60}?)\s*:\s*(?P<dates>.+)")


def _read_round(line_number: int, line: str, year: int) -> ParsedRound | None:
    text = _BULLET.sub("", line)
    found = _read_round_text(line_number, line, text, year)
    if found is not None:
        return found
    place_first = _PLACE_THEN_DATES.fullmatch(text)
    if place_first is None:
        return None
    dates = _read_date_range(place_first.group("dates"))
    if dates is None or strip_edges(dates[2]):
        return None  # "Zolder: 11/13 September": the place, a colon, and the dates alone
    first, last, _rest = dates
    first_day, last_day = _days_of(first, last, year)
    place, country = _place_and_country(place_first.group("place"))
    return ParsedRound(line_number, line, first_day, last_day, place, country, None)


def _read_round_text(line_number: int, line: str, text: str, year: int) -> ParsedRound | None:
    number_match = _ROUND_NUMBER.match(fold(text))
    attempts: list[tuple[str, int | None]] = [(text, None)]
    if number_match is not None:
        number_text = next(group for group in number_match.groups() if group)
        attempts.insert(0, (text[number_match.end() :], int(number_text)))
    for text, number in attempts:
        found = _read_date_range(text)
        if found is None:
            continue
        first, last, rest = found
        first_day, last_day = _days_of(first, last, year)
        place, country = _place_and_country(rest)
        if not place:
            raise LineReadError(tr("This round has dates but no place."))
        return ParsedRound(line_number, line, first_day, last_day, place, country, number)
    return None


def _read_date_range(text: str) -> tuple[_Endpoint, _Endpoint | None, str] | None:
    """The longest date or date range at the start of the text, and the text after it."""
    best: re.Match[str] | None = None
    best_range: tuple[_Endpoint, _Endpoint | None] | None = None
    for pattern in _DATE_RANGES:
        match = pattern.match(text)
        if match is None or (best is not None and match.end() <= best.end()):
            continue
        endpoints = _endpoints_of(match)
        if endpoints is not None:
            best, best_range = match, endpoints
    if best is None or best_range is None:
        return None
    return best_range[0], best_range[1], text[best.end() :]


def _endpoints_of(match: re.Match[str]) -> tuple[_Endpoint, _Endpoint | None] | None:
    first = _endpoint(match, "first_")
    if first is None:
        return None
    if "last_day" not in match.re.groupindex:
        return first, None
    last = _endpoint(match, "last_")
    return None if last is None else (first, last)


def _endpoint(match: re.Match[str], prefix: str) -> _Endpoint | None:
    groups = match.groupdict()
    month_text = groups.get(f"{prefix}month")
    month: int | None = None
    if month_text is not None:
        month = int(month_text) if month_text.isdigit() else month_number(month_text)
        if month is None or not 1 <= month <= 12:
            return None
    year_text = groups.get(f"{prefix}year")
    return _Endpoint(int(groups[f"{prefix}day"]), month, int(year_text) if year_text else None)


def _days_of(first: _Endpoint, last: _Endpoint | None, season_year: int) -> tuple[date, date]:
    last = last or first
    last_month = last.month or first.month
    first_month = first.month or last.month
    assert first_month is not None and last_month is not None
    crosses_year = last_month < first_month
    if first.year is not None:
        first_year = first.year
        last_year = last.year if last.year is not None else first_year + crosses_year
    elif last.year is not None:
        last_year = last.year
        first_year = last_year - crosses_year
    else:
        first_year = season_year
        last_year = season_year + crosses_year
    first_day = _calendar_date(first_year, first_month, first.day)
    last_day = _calendar_date(last_year, last_month, last.day)
    _check_length(first_day, last_day)
    return first_day, last_day


def _calendar_date(year: int, month: int, day: int) -> date:
    try:
        return check_calendar_date(year, month, day)
    except ValidationError as error:
        raise LineReadError(error.message) from None


def _check_length(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise LineReadError(tr("This round ends before it starts."))
    if (last_day - first_day).days >= _LONGEST_ROUND_DAYS:
        raise LineReadError(
            tr("A round of {days} days is unlikely; check the dates.").format(
                days=(last_day - first_day).days + 1
            )
        )


def _place_and_country(rest: str) -> tuple[str, str | None]:
    """("Monza", "Italy") for "- Monza, Italy"; ("Ljungbyhed", None) for "Ljungbyhed"."""
    text = collapse_spaces(strip_edges(rest))
    bracketed = re.fullmatch(r"(?P<place>.+?)\s*\((?P<country>[^()]+)\)", text)
    if bracketed is not None and english_country_name(bracketed.group("country")):
        return strip_edges(bracketed.group("place")), bracketed.group("country").strip()
    for separator in (",", " - ", " – ", " — "):
        head, found, tail = text.rpartition(separator)
        if found and head.strip() and english_country_name(tail):
            return strip_edges(head), tail.strip(" .")
    return text, None
