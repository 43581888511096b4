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
        # Asked once per imported session: the period's fields by position and the
        # answer made as a tuple (a NamedTuple's own constructor is a Python call).
        period = self._periods.get(zone_name)
        if period is None or not period[0] <= instant < period[1]:
            period = self._periods[zone_name] = _period_at(zone_name, instant)
        _begins, _ends, offset, summer, plain_from, plain_until = period
        local = instant + offset
        wall = _EPOCH + timedelta(0, local - local % 60)  # (days, seconds): no keywords
        return _new_tuple(TrackWall, (wall, summer, plain_from <= instant < plain_until))


_new_tuple = tuple.__new__


def _period_at(zone_name: str, instant: float) -> _Period:
    table = ambiguity(zone_name)
    index = bisect_right(table.starts, instant) - 1
    following = index + 1
    ends = table.starts[following] if following < len(table.starts) else float("inf")
    return _Period(
        table.starts[index],
        ends,
        table.offsets[index],
        zone_table(zone_name).summer[index],
        *table.plain_span(index),
    )


def keep_wall(start_wall: datetime, _zone: str, _is_dst: bool | None) -> tuple[datetime, None]:
    """The start check of a wall time that :meth:`TrackClock.wall` found plain (and
    gave to the minute): it exists once, so it is kept as it is, no offset chosen."""
    return start_wall, None
