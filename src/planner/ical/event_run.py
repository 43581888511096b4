"""The events of a file as one run, read by one regular expression.

Every program writes a calendar's events one after the other, each with the same
properties in the same order (some left out now and then). Such a file is read
here without making it ``\\n``-lined, unfolding it or splitting it into events
first: the events' part of the file is decoded once, and one pattern of an event
(:func:`run_pattern`, each property line optional, values possibly folded) is
matched over all of it by ``re.findall``, so C does the splitting, and each
event comes out as a tuple of its raw values. The reader
(:func:`planner.ical.reader._run_events`) unfolds only the values it uses, most
of them once per distinct value.

Anything else is left to the reader's line-by-line way (None): a file whose line
breaks are mixed, whose events have something between them, a character split by
a fold, an event the pattern does not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOM = b"\xef\xbb\xbf"
_BEGIN = b"BEGIN:VEVENT"
_END = b"END:VEVENT"
_BEGIN_TEXT = _BEGIN.decode()
_END_TEXT = _END.decode()


@dataclass(frozen=True)
class EventRun:
    """A file whose top-level events follow each other with nothing between them."""

    head: bytes  # the file before the first BEGIN:VEVENT line (without a BOM)
    events: str  # from the first BEGIN:VEVENT line to the end of the last END:VEVENT line
    tail: bytes  # the file after that
    line_break: str  # "\r\n" or "\n", as the file's first line ends
    first_line: int  # the line of the first BEGIN:VEVENT


def find_run(data: bytes, text: str | None = None) -> EventRun | None:
    """The file's events as one run, or None (see the module's docstring): from
    the first BEGIN:VEVENT line to the last END:VEVENT line. They are events
    following each other if :func:`run_pattern` matches all of it, one event
    after the other (the caller checks: :func:`covered`). ``text``: ``data``
    decoded as UTF-8 if the caller has it (the run is then cut from it: decoding
    the events again cost ~50 M instructions for a 10 MB file)."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    first_break = data.find(b"\n")
    if first_break < 0:
        return None
    line_break = b"\r\n" if data[first_break - 1 : first_break] == b"\r" else b"\n"
    first = data.find(_BEGIN)
    last = data.rfind(_END)
    if first <= start or last < first or data[first - 1] != 10:  # "\n"
        return None
    if not data.startswith(_BEGIN + line_break, first) or data[last - 1] != 10:
        return None
    after = last + len(_END) + len(line_break)
    if data[last + len(_END) : after] != line_break:
        return None
    if line_break == b"\n" and b"\r" in data:
        return None  # a CR in a file of LF line breaks
    tail = data[after:]
    if tail[:1] in (b" ", b"\t", b"\r", b"\n") or _BEGIN in tail:
        return None  # the last END:VEVENT folded on or followed by a blank line, an event after it
    if text is None:
        try:
            events = data[first:after].decode("utf-8")
        except UnicodeDecodeError:  # a character split by a fold, or not UTF-8
            return None
    else:
        # The same lines: in UTF-8 an ASCII text is found at the same place among
        # characters as among bytes (no character's bytes hold an ASCII byte).
        first_character = text.find(_BEGIN_TEXT)
        events = text[first_character : text.rfind(_END_TEXT) + len(_END) + len(line_break)]
    head = data[start:first]
    return EventRun(head, events, tail, line_break.decode(), head.count(b"\n") + 1)


def run_pattern(
    names: tuple[str, ...],
    plain: frozenset[str],
    line_break: str,
    unread: frozenset[str] = frozenset(),
) -> re.Pattern[str]:
    """One event of these property lines, each there at most once and in this
    order: group 1 is the whole event (its line breaks count its lines), then one
    group per name but the ``unread`` ones (matched, their values not taken: each
    taken is a string made), ``:value`` for the ``plain`` names (that take no
    parameter), ``;PARAMS:value`` or ``:value`` for the others, as folded in the
    file; an empty last group (``re.findall`` gives ``""`` for a line the event
    lacks, and this group for a property no event has)."""
    # Anything but the line break's first character: a class of one character is
    # counted in a tight loop, ``[^\r\n]`` by a call per character (3x the work).
    # A CRLF run may so take a lone LF into a value: :func:`lone_line_feeds` tells.
    value = f"[^{line_break[0]}]*+(?:{line_break}[ \t][^{line_break[0]}]*+)*+"
    lines = "".join(  # an empty alternative for a line the event lacks (cheaper than ?+)
        f"(?:{re.escape(name)}{'(?:' if name in unread else '('}"
        f"{':' if name in plain else '[;:]'}{value}){line_break}|)"
        for name in names
    )
    return re.compile(f"(BEGIN:VEVENT{line_break}{lines}END:VEVENT{line_break})()")


def covered(run: EventRun, events: list[str]) -> bool:
    """Are these events, found in order without overlapping, all of the run?"""
    return sum(map(len, events)) == len(run.events)


def lone_line_feeds(run: EventRun, line_feeds: int) -> bool:
    """Does a run of CRLF lines whose events :func:`run_pattern` matched have
    ``line_feeds`` LFs but fewer CRs (an LF alone in a value, a line break to the
    line-by-line reader)?"""
    return run.line_break == "\r\n" and run.events.count("\r") != line_feeds


def unfolded(value: str) -> str:
    """A value of a run as its lines would be unfolded (``\\r\\n`` or ``\\n``
    followed by a space or tab removed): there, a line break is always a fold."""
    if "\n" not in value:
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n")
    value = value.replace("\n ", "")
    return value.replace("\n\t", "") if "\t" in value else value
