"""What a pasted text says its clock times are in, and turning them into track time.

A timetable states its zone in words: "(all times in CEST)", "All times are
local (CEST)", "lokal tid", "alla tidsangivelser avser svensk tid", "Times in
UTC". This module finds such a statement and names an IANA zone for it.

Choices, and why:

- "local time" / "lokal tid", and "All times are local (CEST)", mean the
  track's own clock: kind ``"track"``. The abbreviation in brackets only
  describes that clock, so it is kept in the phrase but does not pick a zone.
- "svensk tid" / "Swedish time" -> Europe/Stockholm.
- CEST and CET -> Europe/Berlin, the zone whose summer and winter names they
  are. Strictly, "CEST" is the fixed offset UTC+2, and "CET" UTC+1, but
  publishers use them loosely for "central European clock time", including
  on days when the other one applies (a weekend across the October change).
  Reading them as Europe/Berlin gives the clock the publisher looked at; the
  offset the abbreviation states is kept (``stated_utc_offset_minutes``) so
  the schedule reader can warn when it disagrees with Europe/Berlin on a
  session's day. The user can always pick another zone.
- The same rule for EEST/EET (Europe/Helsinki), WEST/WET (Europe/Lisbon) and
  BST (Europe/London); GMT and UTC are UTC; "UTC+2" is the fixed zone
  Etc/GMT-2 (IANA's Etc names have the sign inverted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from planner.domain.track_time import convert_wall, zone
from planner.importing.text_tools import strip_edges

ZoneKind = Literal["track", "zone"]


@dataclass(frozen=True)
class WrittenZone:
    """The zone a text says its times are written in.

    ``kind`` is "track" (the track's local time; ``zone_name`` is None) or
    "zone" (``zone_name`` is an IANA name). ``phrase`` is the text it was
    read from, as written, to show the user.
    """

    kind: ZoneKind
    zone_name: str | None
    phrase: str
    stated_utc_offset_minutes: int | None = None


@dataclass(frozen=True)
class ZoneStatement:
    """A zone found in a line, and what is left of the line without it."""

    zone: WrittenZone
    remainder: str


_ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "CET/CEST": ("Europe/Berlin", None),
    "CEST/CET": ("Europe/Berlin", None),
    "AEST": ("Australia/Sydney", 600),
    "AEDT": ("Australia/Sydney", 660),
    "EDT": ("America/New_York", -240),
    "CEST": ("Europe/Berlin", 120),
    "CET": ("Europe/Berlin", 60),
    "EEST": ("Europe/Helsinki", 180),
    "EET": ("Europe/Helsinki", 120),
    "WEST": ("Europe/Lisbon", 60),
    "WET": ("Europe/Lisbon", 0),
    "BST": ("Europe/London", 60),
    "GMT": ("UTC", 0),
    "UTC": ("UTC", 0),
}
_NAMED_ZONES: tuple[tuple[re.Pattern[str], str, int | None], ...] = (
    (
        re.compile(r"svensk(?:a)?\s+tid(?:er|en)?|sverigetid|swedish\s+time", re.I),
        "Europe/Stockholm",
        None,
    ),
    (re.compile(r"central\s+european\s+summer\s+time", re.I), "Europe/Berlin", 120),
    (re.compile(r"central\s+european\s+time|centraleuropeisk\s+tid", re.I), "Europe/Berlin", None),
    (re.compile(r"uk\s+time|british\s+time|brittisk\s+tid", re.I), "Europe/London", None),
    (re.compile(r"italian\s+time|italiensk\s+tid", re.I), "Europe/Rome", None),
    (re.compile(r"eastern(?:\s+time)?", re.I), "America/New_York", None),
    (re.compile(r"central(?:\s+time)?", re.I), "America/Chicago", None),
    (re.compile(r"mountain(?:\s+time)?", re.I), "America/Denver", None),
    (re.compile(r"pacific(?:\s+time)?", re.I), "America/Los_Angeles", None),
    (re.compile(r"finsk\s+tid|finnish\s+time", re.I), "Europe/Helsinki", None),
)

_ABBREVIATION = r"(?-i:CET/CEST|CEST/CET|CEST|CET|EEST|EET|WEST|WET|BST|GMT|UTC|AEST|AEDT|EDT)"
_OFFSET = r"(?-i:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?00)?"
_NAMED = (
    r"svensk(?:a)?\s+tid(?:er|en)?|sverigetid|swedish\s+time|central\s+european(?:\s+summer)?\s+time"
    r"|centraleuropeisk\s+tid|uk\s+time|british\s+time|brittisk\s+tid|italian\s+time"
    r"|italiensk\s+tid|finsk\s+tid|finnish\s+time"
)
# US zones by their short names, only after "all times are": "Central" alone is too vague.
_NAMED_AFTER_PREFIX = r"(?:eastern|central|mountain|pacific)(?:\s+time)?"
_TRACK_PHRASE = (
    r"lokal(?:a)?\s+tid(?:er|en)?|local\s+times?|track\s+time|banans\s+tid|ortens\s+tid"
    r"|ortszeit|lokalzeit|lokal\s+tid"
)
_TRACK_BARE = r"lokal(?:a)?|local"
_PREFIX = (
    r"(?:(?:all|alla|alle)\s+)?(?:the\s+)?"
    r"(?:times?|tider(?:na)?|tidsangivelser(?:na)?|klockslag(?:en)?|zeiten|tidspunkter)"
    r"(?:\s+(?:are|is|given|shown|listed|stated|in|as|är|avser|anges|ges|i))*\s+"
)
_BRACKETED_ABBREVIATION = rf"(?:\s*\(\s*(?P<described>{_OFFSET}|{_ABBREVIATION})\s*\))?"

# Patterns used with search() must not start with an optional "\s*": tried at every
# position of a long run of spaces, that makes the search quadratic in the run's length.
_WITH_PREFIX = re.compile(
    rf"(?:\(\s*)?{_PREFIX}(?P<words>{_TRACK_PHRASE}|{_NAMED}|{_NAMED_AFTER_PREFIX}|{_OFFSET}"
    rf"|{_ABBREVIATION}|{_TRACK_BARE})\b"
    rf"{_BRACKETED_ABBREVIATION}\s*\)?",
    re.I,
)
_WITHOUT_PREFIX = re.compile(
    rf"(?:\(\s*)?(?:in\s+|i\s+)?\b(?P<words>{_TRACK_PHRASE}|{_NAMED})\b{_BRACKETED_ABBREVIATION}\s*\)?",
    re.I,
)
_IN_BRACKETS = re.compile(rf"\(\s*(?P<words>{_OFFSET}|{_ABBREVIATION})\s*\)")
_AFTER_CLOCK = re.compile(
    rf"^\s*\(?\s*(?P<words>{_OFFSET}|{_ABBREVIATION}|(?i:{_TRACK_PHRASE}|{_TRACK_BARE}))"
    rf"\s*\)?(?=\W|$)"
)
_OFFSET_PARTS = re.compile(r"[+\-\u2212]\s*(\d{1,2})")


def find_written_zone(line: str) -> ZoneStatement | None:
    """The zone statement in a line, if it has one."""
    for pattern in (_WITH_PREFIX, _WITHOUT_PREFIX, _IN_BRACKETS):
        match = pattern.search(line)
        if match is None:
            continue
        written = _zone_from_words(match.group("words"), _tidy_phrase(match.group(0)))
        if written is None:
            continue
        described = match.groupdict().get("described")
        if described and written.kind == "zone" and written.stated_utc_offset_minutes is None:
            written = _with_stated_offset(written, described)
        remainder = strip_edges((line[: match.start()] + " " + line[match.end() :]).strip())
        return ZoneStatement(written, " ".join(remainder.split()))
    return None


def _tidy_phrase(matched: str) -> str:
    """The phrase without the brackets around it: "(all times in CEST)" -> "all times in CEST"."""
    phrase = matched.strip()
    if phrase.startswith("(") and phrase.endswith(")"):
        phrase = phrase[1:-1]
    elif phrase.startswith("("):
        phrase = phrase[1:]
    elif phrase.endswith(")") and phrase.count(")") > phrase.count("("):
        phrase = phrase[:-1]
    return strip_edges(phrase.strip())


def read_zone_after_clock(text: str) -> tuple[WrittenZone | None, str]:
    """A zone abbreviation written right after a clock time ("12:10 CEST ..."), and the rest."""
    match = _AFTER_CLOCK.match(text)
    if match is None:
        return None, text
    written = _zone_from_words(match.group("words"), match.group("words"))
    if written is None:
        return None, text
    return written, text[match.end() :]


def _zone_from_words(words: str, phrase: str) -> WrittenZone | None:
    squeezed = " ".join(words.split())
    if squeezed in _ABBREVIATIONS:
        zone_name, offset = _ABBREVIATIONS[squeezed]
        return WrittenZone("zone", zone_name, phrase, offset)
    if re.fullmatch(_OFFSET, squeezed, re.I):
        return _fixed_offset_zone(squeezed, phrase)
    for pattern, zone_name, stated in _NAMED_ZONES:
        if pattern.fullmatch(squeezed):
            return WrittenZone("zone", zone_name, phrase, stated)
    if re.fullmatch(rf"{_TRACK_PHRASE}|{_TRACK_BARE}", squeezed, re.I):
        return WrittenZone("track", None, phrase)
    return None


def _fixed_offset_zone(text: str, phrase: str) -> WrittenZone | None:
    match = _OFFSET_PARTS.search(text)
    if match is None:
        return None
    hours = int(match.group(1))
    if hours > 14:
        return None
    negative = match.group(0)[0] != "+"
    if hours == 0:
        return WrittenZone("zone", "UTC", phrase, 0)
    # IANA's Etc/GMT-2 is UTC+2: the sign is the other way round.
    zone_name = f"Etc/GMT{'+' if negative else '-'}{hours}"
    return WrittenZone("zone", zone_name, phrase, (-hours if negative else hours) * 60)


def _with_stated_offset(written: WrittenZone, described: str) -> WrittenZone:
    from_abbreviation = _zone_from_words(described, described)
    if from_abbreviation is None:
        return written
    return WrittenZone(
        written.kind, written.zone_name, written.phrase, from_abbreviation.stated_utc_offset_minutes
    )


def same_zone(first: WrittenZone, second: WrittenZone) -> bool:
    """Whether two statements name the same clock (the phrases may differ)."""
    return first.kind == second.kind and first.zone_name == second.zone_name


def resolve_written_zone(written: WrittenZone | None, track_zone: str, chosen: str | None) -> str:
    """The IANA zone the times are written in.

    The user's choice wins; a text in the track's local time, or one that
    does not say, is in ``track_zone``.
    """
    if chosen:
        zone(chosen)  # refuses an unknown name with a message for the user
        return chosen
    if written is None or written.kind == "track" or written.zone_name is None:
        return track_zone
    return written.zone_name


def to_track_wall(day: date, start: time, written_zone_name: str, track_zone: str) -> datetime:
    """A start written in one zone, as naive wall-clock time at the track.

    Raises the track_time errors for a time the written zone's clocks skip or
    show twice.
    """
    return convert_wall(datetime.combine(day, start), written_zone_name, track_zone)


_UNKNOWN_ZONE = re.compile(
    r"\b(?:all\s+|alla\s+|alle\s+)?(?:times?|tider(?:na)?|zeiten)\s+(?:are\s+|in\s+|är\s+|i\s+)+"
    r"(?P<words>[^\W\d_][\w/+\-]*(?:\s+time)?)",
    re.I,
)


def unknown_zone_words(line: str) -> str | None:
    """The words of a zone statement the reader cannot place ("All times are Moscow time"),
    so that the line can say so instead of being passed over."""
    found = _UNKNOWN_ZONE.search(line)
    return None if found is None else found.group("words")
