"""Wall times at a track of imported instants, worked out once per offset period.

An import places every session at its circuit: the instant the file gives
becomes the wall time at the track, and the sessions service checks that
wall time against the zone's changes of the clocks (a time shown twice or
skipped). Sessions come round after round in a few zones, nearly all of them
far from a change of the clocks. :class:`TrackClock` keeps, per zone, the
offset period last met (its offset, whether it is summer time, where its
wall times are plain: shown once, see
:meth:`planner.ical.zone_clock.Ambiguity.plain_span`), so the next session
of that zone needs no bisect; the export does the same per (zone, period)
(:mod:`planner.services.feeds.session_times`).

A wall time of an instant inside the plain part of its period exists and is
shown once: the start check has nothing to refuse or keep there
(:func:`keep_wall`). Anywhere else the caller runs the general check
(``planner.services.session_rows.checked_start``); tests compare both at the
edges of every change.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta
from typing import NamedTuple

from planner.domain.track_time import UTC  # the reader's: its times compare without offsets
from planner.domain.zone_table import zone_table
from planner.ical.zone_clock import ambiguity

_EPOCH = datetime(1970, 1, 1)


class _Period(NamedTuple):
    """One offset period of a zone, from one change of the clocks to the next, its
    edges as aware UTC datetimes (the first and last: datetime's earliest and latest)."""

    begins: datetime  # the change that starts it
    ends: datetime  # the next change
    summer: bool
    plain_from: datetime  # from here on its wall times are shown once...
    plain_until: datetime  # ...until here (a fall-back or the next change)
    epoch_wall: datetime  # the wall time (naive) in this period of the UTC epoch


class TrackWall(NamedTuple):
    """The wall time at the track of an instant, to the minute."""

    wall: datetime
    summer: bool  # summer time (which offset, for a time shown twice)
    plain: bool  # shown once and no change of the clocks then: nothing to check


class TrackClock:
    """Wall times of instants in zones; owned by one import (or preview)."""

    __slots__ = ("_periods",)

    def __init__(self) -> None:
        self._periods: dict[str, _Period] = {}  # zone -> the period last met there

    def at(self, moment: datetime, zone_name: str) -> TrackWall:
        """The wall time in ``zone_name`` of an aware ``moment`` (an import's start, in
        the reader's ``UTC``), seconds dropped: what ``datetime.astimezone`` gives.

        Asked once per imported session: the period's edges are compared as
        datetimes and the wall time is one subtraction and one addition, where
        POSIX seconds cost a ``total_seconds()`` and a timedelta made of a float
        (more than the rest of the work); the answer is made as a plain tuple (a
        NamedTuple's own constructor is a Python call)."""
        # The period unpacked: CPython 3.11 reads a NamedTuple's field by name through
        # its descriptor, unspecialized (~165 instructions; six per call).
        begins, ends, summer, plain_from, plain_until, epoch_wall = (
            self._periods.get(zone_name) or _NO_PERIOD
        )
        if not begins <= moment < ends:
            instant = (moment - _UTC_EPOCH).total_seconds()
            period = self._periods[zone_name] = _period_at(zone_name, instant)
            begins, ends, summer, plain_from, plain_until, epoch_wall = period
        wall = epoch_wall + (moment - _UTC_EPOCH)
        if wall.second or wall.microsecond:
            wall = wall.replace(second=0, microsecond=0)
        return _new_tuple(TrackWall, (wall, summer, plain_from <= moment < plain_until))


_new_tuple = tuple.__new__
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)
#: No period yet: one that holds no moment (it begins after it ends).
_NO_PERIOD = _Period(_LATEST, _EARLIEST, False, _LATEST, _EARLIEST, _EPOCH)


def _moment(instant: float) -> datetime:
    """POSIX second ``instant`` as an aware datetime; beyond datetime's years (the
    infinities of the first and last periods) the earliest or latest one."""
    try:
        return _UTC_EPOCH + timedelta(seconds=instant)
    except OverflowError:
        return _EARLIEST if instant < 0 else _LATEST


def _period_at(zone_name: str, instant: float) -> _Period:
    table = ambiguity(zone_name)
    index = bisect_right(table.starts, instant) - 1
    following = index + 1
    ends = table.starts[following] if following < len(table.starts) else float("inf")
    plain_from, plain_until = table.plain_span(index)
    return _Period(
        _moment(table.starts[index]),
        _moment(ends),
        zone_table(zone_name).summer[index],
        _moment(plain_from),
        _moment(plain_until),
        _EPOCH + timedelta(seconds=table.offsets[index]),
    )


def keep_wall(start_wall: datetime, _zone: str, _is_dst: bool | None) -> tuple[datetime, None]:
    """The start check of a wall time that :meth:`TrackClock.at` found plain (and
    gave to the minute): it exists once, so it is kept as it is, no offset chosen."""
    return start_wall, None
