"""The UTC offset of a file's VTIMEZONE at any wall time, by bisecting its onsets.

icalendar builds a file's VTIMEZONE into a dateutil ``tzical`` zone, which
answers each ``utcoffset`` by asking every STANDARD/DAYLIGHT block's
recurrence for its last onset at or before the wall time (``rrule.before``,
a walk from the block's DTSTART): a few hundred microseconds a question, the
largest cost of reading a published calendar. An :class:`OnsetTable` lists
each block's onsets once (DTSTART, RRULE, RDATE, less EXDATE, as that zone's
own recurrence objects give them, up to a horizon that grows when a later
time is asked) and answers with one bisect, exactly as the zone would for a
wall time read with ``fold=0``:

* the block with the latest onset at or before the wall time (onsets and
  wall times compared as written, naive), the first block on a tie;
* a zone of one block: that block, always;
* before every onset: the first STANDARD block; with none, the zone itself
  decides (:func:`onset_table` gives no table).

A zone the file's VTIMEZONE defines comes either from
:mod:`planner.ical.vtimezone_parser` (the blocks real exports carry: a
:class:`FileZone`, whose yearly rules are listed by date arithmetic, without
icalendar or dateutil) or, for a block that parser leaves alone, from
icalendar's ``to_tz`` (dateutil's zone, listed through its recurrences, a few
milliseconds a block). This module is the only place that reads dateutil's
private ``_comps``; a zone it does not recognise gets no table and is asked
directly.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Any

from planner.ical.vtimezone_parser import ParsedZone

#: Onsets listed per block at most: a VTIMEZONE with a rule every minute is
#: left to the zone itself rather than expanded to the year 9999.
_MOST_ONSETS = 20_000
#: Years listed past the latest wall time asked so far.
_YEARS_AHEAD = 10


#: A block's onsets in order (the caller stops at its horizon).
Onsets = Callable[[], Iterable[datetime]]


class OnsetTable:
    """One file-defined zone's onsets, for :meth:`offset` (built by :func:`onset_table`)."""

    __slots__ = ("_before_first", "_blocks", "_horizon", "_offsets", "_too_many", "_walls")

    def __init__(self, blocks: list[tuple[Onsets, timedelta]], before_first: timedelta) -> None:
        self._blocks = blocks
        self._before_first = before_first
        self._walls: list[datetime] = []
        self._offsets: list[timedelta] = []
        self._horizon = datetime.min
        self._too_many = False

    def offset(self, wall: datetime) -> timedelta | None:
        """The zone's ``utcoffset`` of the naive ``wall`` (``fold=0``); None: too many
        onsets to list, ask the zone."""
        if len(self._blocks) == 1:
            return self._before_first
        if self._too_many or (wall > self._horizon and not self._extend(wall)):
            return None
        found = bisect_right(self._walls, wall)
        return self._offsets[found - 1] if found else self._before_first

    def _extend(self, wall: datetime) -> bool:
        """List every onset up to some years after ``wall``; False if there are too many."""
        year = wall.year + _YEARS_AHEAD
        horizon = datetime.max if year > datetime.max.year else datetime(year, 12, 31, 23, 59)
        onsets: list[tuple[datetime, int, timedelta]] = []
        for index, (listed, offset) in enumerate(self._blocks):
            for count, onset in enumerate(listed(), start=1):
                if onset > horizon:
                    break
                if count > _MOST_ONSETS:
                    self._too_many = True  # not listed again at the next wall time
                    return False
                # The first block wins a tie: sorted last among equal onsets.
                onsets.append((onset, -index, offset))
        onsets.sort(key=lambda item: (item[0], item[1]))
        self._walls = [onset for onset, _, _ in onsets]
        self._offsets = [offset for _, _, offset in onsets]
        self._horizon = horizon
        return True


def onset_table(zone: tzinfo) -> OnsetTable | None:
    """The table of a zone read from a file's VTIMEZONE: a :class:`FileZone`'s own,
    or one listed from the recurrences of a zone icalendar built (dateutil's);
    None for any other zone, or one whose answer before its first onset is not a
    block's offset."""
    if isinstance(zone, FileZone):
        return zone.table
    dateutil_zones = sys.modules.get("dateutil.tz.tz")  # not loaded: not dateutil's zone
    if dateutil_zones is None or type(zone) is not dateutil_zones._tzicalvtz:
        return None
    blocks: list[Any] = list(getattr(zone, "_comps", []))
    if not blocks or not all(
        isinstance(block, dateutil_zones._tzicalvtzcomp) and block.rrule is not None
        for block in blocks
    ):
        return None
    listed: list[tuple[Onsets, timedelta]] = [
        (_iterating(block.rrule), block.tzoffsetto) for block in blocks
    ]
    if len(blocks) == 1:
        return OnsetTable(listed, blocks[0].tzoffsetto)
    standard = next((block for block in blocks if not block.isdst), None)
    if standard is None:
        return None
    return OnsetTable(listed, standard.tzoffsetto)


def _iterating(recurrence: Iterable[datetime]) -> Onsets:
    return lambda: recurrence


class FileZone(tzinfo):
    """A zone a file defines, read by :mod:`planner.ical.vtimezone_parser`: the
    reader's zone for wall times in its TZID, answering ``utcoffset`` from its
    table as dateutil's zone of the same block would for ``fold=0`` (the reader
    never asks for the second of a repeated hour)."""

    def __init__(self, zone: ParsedZone) -> None:
        super().__init__()
        self.tzid = zone.tzid
        blocks = zone.blocks
        standard = next((block for block in blocks if not block.daylight), blocks[0])
        self.table = OnsetTable(
            [(block.onsets, block.offset_to) for block in blocks], standard.offset_to
        )

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        offset = self.table.offset(dt.replace(tzinfo=None))
        # The parser takes blocks of at most one rule onset a year and a bounded
        # number of RDATEs, fewer than the table's limit up to the year 9999.
        assert offset is not None
        return offset

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None  # not known here: the reader asks only for the offset

    def tzname(self, dt: datetime | None) -> str | None:
        return self.tzid

    def __repr__(self) -> str:
        return f"<FileZone {self.tzid!r}>"
