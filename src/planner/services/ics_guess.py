"""What a foreign .ics file says without saying it plainly: places, series, races, bytes.

Pure functions for :mod:`planner.services.ics_import`:

* :func:`place_candidates` — the pieces of a LOCATION a circuit may be named
  by: "Mugello Circuit - Scarperia", "Autodromo (Monza), Italy";
* :func:`series_of` — the series an event names: a CATEGORIES value that is
  a known series, the first part of a "Series – Round 3 – Race 1" summary,
  else the calendar's X-WR-CALNAME;
* :func:`names_a_race` — "Grand Prix", "Gran Premio", "GP" are races;
* :func:`decoded_text` — UTF-8, else Windows-1252 (Latin-1 for its five
  holes), as ical.js and calcurse read such files, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from planner.i18n import tr

_DASHES = re.compile(r"\s+[-–—|]\s+")
_PARENTHESES = re.compile(r"\s*[()\[\]]\s*")
_ROUND_WORD = re.compile(
    r"^(?:round|rd|r|race weekend|event|deltävling|omgång|runde|lauf|manche|prova|ronda)"
    r"\.?\s*\d+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:^|\s)(?:19|20)\d{2}(?:\s|$)")
_RACE_WORDS = re.compile(
    r"\b(?:grand prix|gran premio|grande pr[eê]mio|gp|gara|carrera)\b", re.IGNORECASE
)
#: Categories that name no series.
_GENERIC = frozenset(
    {"motorsport", "motor sport", "racing", "race weekend", "sport", "sports", "event", "events"}
)
_CALNAME = re.compile(r"^X-WR-CALNAME(?:;[^:\r\n]*)?:(.*)$", re.MULTILINE | re.IGNORECASE)


def place_candidates(location: str) -> tuple[tuple[str, str | None], ...]:
    """(place, country) pairs to try, most specific first.

    The whole text, then its comma-separated parts (the last one, when there
    are several, taken as the country), then each of those split at dashes
    and parentheses.
    """
    parts = [part.strip() for part in location.split(",") if part.strip()]
    if not parts:
        return ()
    country = parts[-1] if len(parts) > 1 else None
    places = parts[:-1] if len(parts) > 1 else parts
    found: list[tuple[str, str | None]] = []

    def add(text: str) -> None:
        text = text.strip()
        if text and (text, country) not in found:
            found.append((text, country))

    add(location)
    for place in places:
        add(place)
    for place in places:
        for piece in _DASHES.split(place):
            for inner in _PARENTHESES.split(piece):
                add(inner)
    if country is not None:
        # "Circuit - Town" after the last comma has no country: try it alone too.
        for piece in _DASHES.split(parts[-1]):
            if piece.strip() != parts[-1]:
                found.append((piece.strip(), None))
    return tuple(found)


def summary_parts(summary: str) -> list[str]:
    """A summary split at spaced dashes/bars: "GT4 – Round 3 – Race 1" -> three parts."""
    return [part.strip() for part in _DASHES.split(summary) if part.strip()]


def series_of(
    categories: Sequence[str],
    summary: str,
    calendar_name: str | None,
    known: Iterable[tuple[str, str]],
    is_session_word: Callable[[str], bool] = lambda _text: False,
) -> tuple[str | None, str | None]:
    """(series name, the session's own name when the summary held the series), or (None, None).

    ``known``: (name, short name) of the series in the database; a category
    or summary part naming one of them gives its stored name. A category
    that names no known series counts when it is no session word ("Race")
    and no generic one ("Motorsport").
    """
    by_word: dict[str, str] = {}
    for name, short_name in known:
        by_word.setdefault(name.casefold(), name)
        if short_name:
            by_word.setdefault(short_name.casefold(), name)
    for category in categories:
        found = by_word.get(category.strip().casefold())
        if found:
            return found, None
    for category in categories:
        text = category.strip()
        if text and text.casefold() not in _GENERIC and not is_session_word(text):
            return text, None
    parts = summary_parts(summary)
    if len(parts) >= 2:
        first = parts[0]
        known_first = by_word.get(first.casefold())
        has_round = any(_ROUND_WORD.match(part) for part in parts[1:])
        if known_first or (len(parts) >= 3 and has_round):
            session = parts[-1] if not _ROUND_WORD.match(parts[-1]) else None
            return known_first or first, session
    if calendar_name:
        name = _YEAR.sub(" ", calendar_name).strip(" -–—|")
        if name:
            return by_word.get(name.casefold(), name), None
    return None, None


def calendar_name(text: str) -> str | None:
    """The X-WR-CALNAME of a calendar's text (unfolded enough for a name), or None."""
    match = _CALNAME.search(text)
    if match is None:
        return None
    value = match.group(1).strip().replace("\\,", ",").replace("\\;", ";")
    return value or None


def names_a_race(name: str) -> bool:
    """True for "Grand Prix", "Gran Premio", "GP" (a race, whatever else it says)."""
    return _RACE_WORDS.search(name) is not None


def decoded_text(data: bytes, source_name: str) -> tuple[bytes, str, str | None]:
    """(UTF-8 bytes, their text, warning or None): bytes that are not UTF-8 are read
    as Windows-1252.

    Windows-1252 leaves five byte values undefined; those are read as Latin-1
    (control characters), so nothing is refused for one odd byte. The text is
    for the reader (:func:`planner.ical.read_calendar`), which would otherwise
    decode the file a second time.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = "".join(_cp1252_or_latin1(bytes([byte])) for byte in data)
        warning = tr(
            "{source} is not UTF-8 (byte {byte} at position {position}): read as "
            "Windows-1252. Check names with letters such as å, ä, ö."
        ).format(source=source_name, byte=f"0x{data[error.start]:02X}", position=error.start)
        return text.encode("utf-8"), text, warning
    return data, text, None


def _cp1252_or_latin1(byte: bytes) -> str:
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")
