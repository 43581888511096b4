"""Byte-level rules of RFC 5545: escaping, folding, value formats.

Kept free of any calendar knowledge so the writer's hot loop stays a chain
of string operations (the icalendar library is ~50x slower for big feeds).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import NamedTuple

FOLD_OCTETS = 75
CRLF = "\r\n"

# Control characters other than TAB are not allowed in TEXT values; one bad
# line can make Google skip a whole refresh, so they are dropped.
_FORBIDDEN_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk step.

    Building, formatting or reading 20,000 events allocates millions of small
    objects, and the collector's repeated full passes over a growing heap cost
    about a third of such a step; those objects hold no reference cycles, so
    nothing is lost by collecting after it instead of during it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma, and any line break as ``\\n``.

    Each step runs only when its character occurs: a test with ``in`` is a fast scan,
    cheaper than one regex search for all of them.
    """
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = escape_plain(value)
    # isprintable() is a quick scan in C; only text that fails it (a tab, a
    # control character, an unusual space) is searched for what to drop.
    if not value.isprintable() and _FORBIDDEN_CONTROLS.search(value):
        value = _FORBIDDEN_CONTROLS.sub("", value)
    return value


def escape_plain(value: str) -> str:
    """:func:`escape_text` of a text known to hold no CR and none of the control
    characters it drops: the pipeline's own texts (times put together from its
    labels, JSON written by ``json.dumps``). The same result without the scan for
    control characters, which costs more than the escaping itself."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if ";" in value:
        value = value.replace(";", "\\;")
    if "," in value:
        value = value.replace(",", "\\,")
    if "\n" in value:
        value = value.replace("\n", "\\n")
    return value


def fold_line(line: str) -> str:
    """Fold one content line at 75 octets, never inside a UTF-8 character.

    Continuation lines start with one space, which counts towards their 75.
    Returns the folded line joined with CRLF (without a final CRLF).

    ASCII lines (one octet a character) are cut as strings; others on their
    UTF-8 bytes: each piece is cut at its octet limit, then moved back over
    continuation bytes (``0b10xxxxxx``) so that a character is never split.
    """
    if line.isascii():
        size = len(line)
        if size <= FOLD_OCTETS:
            return line
        pieces = [line[:FOLD_OCTETS]]
        start = FOLD_OCTETS
        while start < size:
            pieces.append(line[start : start + FOLD_OCTETS - 1])
            start += FOLD_OCTETS - 1
        return "\r\n ".join(pieces)
    if len(line) * 4 <= FOLD_OCTETS:  # four octets at most per character
        return line
    data = line.encode("utf-8")
    return line if len(data) <= FOLD_OCTETS else fold_octets(data).decode("utf-8")


def fold_octets(data: bytes, width: int = FOLD_OCTETS) -> bytes:
    """:func:`fold_line` of a line already encoded as UTF-8: the same cuts, on the
    octets the file holds (the writer renders bytes, so nothing is decoded again).
    ``width``: the octets its first line may hold (fewer when ``data`` continues a
    line folded before it, :class:`FoldedStart`)."""
    if len(data) <= width:
        return data
    cut = width
    while data[cut] & 0xC0 == 0x80:  # never before a continuation byte
        cut -= 1
    # The continuation lines are cut by one regular expression in C: a description or
    # JSON facts line of three to five pieces cost ~160 bytecodes a session in a loop.
    return data[:cut] + b"\r\n " + b"\r\n ".join(_CONTINUATION.findall(data, cut))


#: A continuation line's octets after its leading space: as many as fit (74), moved
#: back while the next octet continues a UTF-8 character (``0b10xxxxxx``); the last
#: line takes what is left. The cuts :func:`fold_octets`' loop made, found in C.
_CONTINUATION = re.compile(b"(?s).{1,%d}(?![\x80-\xbf])" % (FOLD_OCTETS - 1))


class FoldedStart(NamedTuple):
    """The start of a content line folded once, for lines that begin alike (a round's
    description heading, its JSON facts) and go on differently: :meth:`fold` gives
    what :func:`fold_octets` gives for the whole line, folding only what follows.

    The cuts within the start depend on its octets alone (a cut looks back only), so
    they are made once; what follows is folded from the last of them on."""

    done: bytes  # the start's complete lines, each with its fold (CRLF and a space)
    rest: bytes  # the octets after them
    width: int  # the octets the line they begin may hold

    @classmethod
    def of(cls, start: bytes) -> FoldedStart:
        # The cuts are fold_octets' own: its last fold ends the complete lines (an
        # escaped content line holds no line break of its own).
        done, fold, rest = fold_octets(start).rpartition(b"\r\n ")
        if not fold:
            return cls(b"", start, FOLD_OCTETS)
        return cls(done + fold, rest, FOLD_OCTETS - 1)

    def fold(self, more: bytes) -> bytes:
        """``fold_octets(start + more)``."""
        return self.done + fold_octets(self.rest + more, self.width)


def format_utc(moment: datetime) -> str:
    """``YYYYMMDDTHHMMSSZ`` for an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("format_utc() takes an aware datetime")
    if offset:
        moment = moment - offset
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"
    )


def format_local(moment: datetime) -> str:
    """``YYYYMMDDTHHMMSS``: the wall-clock digits, whatever the tzinfo."""
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def format_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def format_duration(span: timedelta) -> str:
    """An RFC 5545 duration (``PT6H``, ``P1DT12H``, ``-PT30M``)."""
    seconds = int(span.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = ((hours, "H"), (minutes, "M"), (seconds, "S"))
    time_part = "".join(f"{amount}{unit}" for amount, unit in parts if amount)
    if not days and not time_part:
        return "PT0S"
    return f"{sign}P{f'{days}D' if days else ''}{f'T{time_part}' if time_part else ''}"


def format_offset(offset: timedelta) -> str:
    """A UTC offset as ``+HHMM`` (``+HHMMSS`` for historical second offsets)."""
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = f"{sign}{hours:02d}{minutes:02d}"
    return f"{text}{seconds:02d}" if seconds else text
