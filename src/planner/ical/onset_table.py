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

This module is the only place that reads dateutil's private ``_comps``; a
zone it does not recognise gets no table and is asked directly.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

from dateutil.tz.tz import _tzicalvtz, _tzicalvtzcomp  # type: ignore[import-untyped]

#: Onsets listed per block at most: a VTIMEZONE with a rule every minute is
#: left to the zone itself rather than expanded to the year 9999.
_MOST_ONSETS = 20_000
#: Years listed past the latest wall time asked so far.
_YEARS_AHEAD = 10


class OnsetTable:
    """One file-defined zone's onsets, for :meth:`offset` (built by :func:`onset_table`)."""

    __slots__ = ("_before_first", "_blocks", "_horizon", "_offsets", "_walls")

    def __init__(self, blocks: list[_tzicalvtzcomp], before_first: timedelta) -> None:
        self._blocks = blocks
        self._before_first = before_first
        self._walls: list[datetime] = []
        self._offsets: list[timedelta] = []
        self._horizon = datetime.min

    def offset(self, wall: datetime) -> timedelta | None:
        """The zone's ``utcoffset`` of the naive ``wall`` (``fold=0``); None: too many
        onsets to list, ask the zone."""
        if len(self._blocks) == 1:
            return self._before_first
        if wall > self._horizon and not self._extend(wall):
            return None
        found = bisect_right(self._walls, wall)
        return self._offsets[found - 1] if found else self._before_first

    def _extend(self, wall: datetime) -> bool:
        """List every onset up to some years after ``wall``; False if there are too many."""
        year = wall.year + _YEARS_AHEAD
        horizon = datetime.max if year > datetime.max.year else datetime(year, 12, 31, 23, 59)
        onsets: list[tuple[datetime, int, timedelta]] = []
        for index, block in enumerate(self._blocks):
            for count, onset in enumerate(block.rrule, start=1):
                if onset > horizon:
                    break
                if count > _MOST_ONSETS:
                    return False
                # The first block wins a tie: sorted last among equal onsets.
                onsets.append((onset, -index, block.tzoffsetto))
        onsets.sort(key=lambda item: (item[0], item[1]))
        self._walls = [onset for onset, _, _ in onsets]
        self._offsets = [offset for _, _, offset in onsets]
        self._horizon = horizon
        return True


def onset_table(zone: tzinfo) -> OnsetTable | None:
    """The table of a zone icalendar built from a VTIMEZONE; None for any other zone,
    or one whose answer before its first onset is not a block's offset."""
    if type(zone) is not _tzicalvtz:
        return None
    blocks: list[_tzicalvtzcomp] = list(getattr(zone, "_comps", []))
    if not blocks or not all(
        isinstance(block, _tzicalvtzcomp) and block.rrule is not None for block in blocks
    ):
        return None
    if len(blocks) == 1:
        return OnsetTable(blocks, blocks[0].tzoffsetto)
    standard = next((block for block in blocks if not block.isdst), None)
    if standard is None:
        return None
    return OnsetTable(blocks, standard.tzoffsetto)
