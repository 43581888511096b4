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
    """One offset period of a zone, from one change of the clocks to the next."""

    begins: float  # POSIX second of the change that starts it (-inf: the first)
    ends: float  # POSIX second of the next change (inf: none ahead)
    offset: int  # UTC offset in seconds
    summer: bool
    plain_from: float  # from here on its wall times are shown once...
    plain_until: float  # ...until here (a fall-back or the next change)
    # The same edges as aware UTC datetimes, and the wall time of the epoch, for
    # :meth:`TrackClock.at` (no POSIX seconds: no timedelta made of a float).
    begins_at: datetime
    ends_at: datetime
    plain_from_at: datetime
    plain_until_at: datetime
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

    def wall(self, instant: float, zone_name: str) -> TrackWall:
        """The wall time in ``zone_name`` of POSIX second ``instant``, seconds dropped
        (what ``datetime.astimezone`` gives, without its aware datetimes)."""
        period = self._periods.get(zone_name)
        if period is None or not period.begins <= instant < period.ends:
            period = self._periods[zone_name] = _period_at(zone_name, instant)
        local = instant + period.offset
        wall = _EPOCH + timedelta(0, local - local % 60)  # (days, seconds): no keywords
        return _new_tuple(
            TrackWall, (wall, period.summer, period.plain_from <= instant < period.plain_until)
        )

    def at(self, moment: datetime, zone_name: str) -> TrackWall:
        """:meth:`wall` of an aware datetime (an import's start, in the reader's ``UTC``).

        Asked once per imported session: the period's edges are compared as
        datetimes and the wall time is one subtraction and one addition, where
        POSIX seconds cost a ``total_seconds()`` and a timedelta made of a float
        (more than the rest of the work); the answer is made as a plain tuple (a
        NamedTuple's own constructor is a Python call)."""
        period = self._periods.get(zone_name)
        if period is None or not period.begins_at <= moment < period.ends_at:
            instant = (moment - _UTC_EPOCH).total_seconds()
            period = self._periods[zone_name] = _period_at(zone_name, instant)
        wall = period.epoch_wall + (moment - _UTC_EPOCH)
        if wall.second or wall.microsecond:
            wall = wall.replace(second=0, microsecond=0)
        plain = period.plain_from_at <= moment < period.plain_until_at
        return _new_tuple(TrackWall, (wall, period.summer, plain))


_new_tuple = tuple.__new__
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


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
    offset = table.offsets[index]
    plain_from, plain_until = table.plain_span(index)
    begins = table.starts[index]
    return _Period(
        begins,
        ends,
        offset,
        zone_table(zone_name).summer[index],
        plain_from,
        plain_until,
        _moment(begins),
        _moment(ends),
        _moment(plain_from),
        _moment(plain_until),
        _EPOCH + timedelta(seconds=offset),
    )


def keep_wall(start_wall: datetime, _zone: str, _is_dst: bool | None) -> tuple[datetime, None]:
    """The start check of a wall time that :meth:`TrackClock.wall` found plain (and
    gave to the minute): it exists once, so it is kept as it is, no offset chosen."""
    return start_wall, None
