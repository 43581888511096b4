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

Listing onsets through dateutil's recurrences costs a few milliseconds a
block; the yearly rules time zones use ("the last Sunday of March", with or
without UNTIL, no RDATE/EXDATE) are listed here by date arithmetic instead,
read from the VTIMEZONE component the zone was built from (and only when its
blocks match the zone's: count, offsets, summer time, first onset).

This module is the only place that reads dateutil's private ``_comps``; a
zone it does not recognise gets no table and is asked directly.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from dateutil.tz.tz import _tzicalvtz, _tzicalvtzcomp  # type: ignore[import-untyped]

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


def onset_table(zone: tzinfo, component: Any = None) -> OnsetTable | None:
    """The table of a zone icalendar built from a VTIMEZONE (``component``, if given,
    lets yearly rules be listed without dateutil); None for any other zone, or one
    whose answer before its first onset is not a block's offset."""
    if type(zone) is not _tzicalvtz:
        return None
    blocks: list[_tzicalvtzcomp] = list(getattr(zone, "_comps", []))
    if not blocks or not all(
        isinstance(block, _tzicalvtzcomp) and block.rrule is not None for block in blocks
    ):
        return None
    yearly = _yearly_rules(component, blocks)
    listed: list[tuple[Onsets, timedelta]] = [
        (rule or _iterating(block.rrule), block.tzoffsetto)
        for block, rule in zip(blocks, yearly, strict=True)
    ]
    if len(blocks) == 1:
        return OnsetTable(listed, blocks[0].tzoffsetto)
    standard = next((block for block in blocks if not block.isdst), None)
    if standard is None:
        return None
    return OnsetTable(listed, standard.tzoffsetto)


def _iterating(recurrence: Iterable[datetime]) -> Onsets:
    return lambda: recurrence


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_NTH_WEEKDAY = re.compile(r"(\+?[1-4]|-[1-4])(MO|TU|WE|TH|FR|SA|SU)")


def _yearly_rules(component: Any, blocks: list[_tzicalvtzcomp]) -> list[Onsets | None]:
    """For each block, its onsets by date arithmetic if the component's block is
    DTSTART plus at most one ``FREQ=YEARLY;BYMONTH=m;BYDAY=nDD[;UNTIL=...]`` rule;
    None for a block listed through dateutil."""
    unknown: list[Onsets | None] = [None] * len(blocks)
    if component is None:
        return unknown
    parts = [sub for sub in component.subcomponents if sub.name in ("STANDARD", "DAYLIGHT")]
    if len(parts) != len(blocks) or len(parts) != len(component.subcomponents):
        return unknown
    found: list[Onsets | None] = []
    for part, block in zip(parts, blocks, strict=True):
        rule = _yearly_rule(part, block)
        if rule is not None and next(iter(rule()), None) != next(iter(block.rrule), None):
            rule = None  # not the block dateutil built: let dateutil list it
        found.append(rule)
    return found


def _yearly_rule(part: Any, block: _tzicalvtzcomp) -> Onsets | None:
    if (part.name == "DAYLIGHT") != block.isdst or "RDATE" in part or "EXDATE" in part:
        return None
    if "EXRULE" in part or "TZOFFSETTO" not in part or part["TZOFFSETTO"].td != block.tzoffsetto:
        return None
    start = part["DTSTART"].dt if "DTSTART" in part else None
    if type(start) is not datetime or start.tzinfo is not None:
        return None
    recurrence = part.get("RRULE")
    if recurrence is None:
        return lambda: (start,)
    if isinstance(recurrence, list) or set(recurrence) - {"FREQ", "BYMONTH", "BYDAY", "UNTIL"}:
        return None
    months, days = recurrence.get("BYMONTH", []), recurrence.get("BYDAY", [])
    if recurrence.get("FREQ") != ["YEARLY"] or len(months) != 1 or len(days) != 1:
        return None
    nth = _NTH_WEEKDAY.fullmatch(str(days[0]))
    if nth is None or not str(months[0]).isdigit() or not 1 <= int(str(months[0])) <= 12:
        return None
    until_values = recurrence.get("UNTIL", [])
    if len(until_values) > 1:
        return None
    until: datetime | None = None
    if until_values:
        value = until_values[0]
        if isinstance(value, datetime):
            until = value.replace(tzinfo=None)
        elif isinstance(value, date):
            until = datetime(value.year, value.month, value.day)
        else:
            return None
    month, which, weekday = int(str(months[0])), int(nth.group(1)), _WEEKDAYS.index(nth.group(2))
    return lambda: _yearly_onsets(start, month, which, weekday, until)


def _yearly_onsets(
    start: datetime, month: int, which: int, weekday: int, until: datetime | None
) -> Iterable[datetime]:
    """DTSTART, then the ``which``-th ``weekday`` of ``month`` each year at DTSTART's
    time (from DTSTART on, up to UNTIL), as dateutil's rruleset of the block gives."""
    yield start
    for year in range(start.year, datetime.max.year + 1):
        first_weekday, length = calendar.monthrange(year, month)
        if which > 0:
            day = 1 + (weekday - first_weekday) % 7 + 7 * (which - 1)
        else:
            last_weekday = (first_weekday + length - 1) % 7
            day = length - (last_weekday - weekday) % 7 - 7 * (-which - 1)
        if not 1 <= day <= length:
            continue
        onset = datetime.combine(date(year, month, day), start.time())
        if until is not None and onset > until:
            return
        if onset > start:
            yield onset
