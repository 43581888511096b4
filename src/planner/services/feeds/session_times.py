"""A session's times as its event shows them, worked out once per offset period.

Every session event needs the same three answers about its start and end:
the local DTSTART/DTEND digits (:func:`~planner.ical.zone_clock.local_times`),
the track time's text and the home time's text (:func:`.describe.span_text`,
:func:`.describe.same_clock`). Asked one by one they bisect the zone tables
four to six times per session. Nearly every session starts and ends within
one offset period of its zone (no change of the clocks, no wall time shown
twice): :class:`PeriodMemo` keeps what such a period means (offset,
abbreviation, how far it reaches) per (zone, period), so one bisect per zone
answers all three. Anything near a change of the clocks gets the general
functions' answer; tests compare both ways around every change.

A session's start is stored as a wall time at the track: :meth:`PeriodMemo.day`
keeps per (zone, local day) which offset period holds all day with a day's
margin, so the start's UTC instant and its period come from one dict lookup
instead of parsing the wall time and bisecting twice (what
:meth:`~planner.domain.zone_table.ZoneTable.utc_instant` does, and its answer
wherever the day is plain).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime
from typing import NamedTuple

from planner.ical.zone_clock import ambiguity

_FOREVER = float("inf")
_DAY = 86_400
_ORDINAL_1970 = date(1970, 1, 1).toordinal()


class Period(NamedTuple):
    """One offset period of a zone: from one change of the clocks to the next."""

    offset: int  # UTC offset in seconds
    name: str  # abbreviation (CET)
    plain_from: float  # from here on no wall time of the period is also shown before it
    plain_until: float  # nor from here on after it (a fall-back), nor a new offset
    next_change: float  # POSIX second of the next change of the clocks (inf: none)
    begins: float  # POSIX second of the change that began it (-inf: the zone's first)


class ZoneDay(NamedTuple):
    """A local day at a track, as its sessions' starts need it."""

    #: Local seconds since 1970 of its 00:00 (days since 1970 x 86,400), a float: a
    #: start worked out from it is one (as utc_instant's), and the export sorts and
    #: divides floats faster than integers above 2**30 (~15 M instructions an export).
    midnight: float
    period: Period | None  # in force all day and a day either side; None: the clocks change


class ShownTimes(NamedTuple):
    """What a session's event shows of its times."""

    local_clock: tuple[str, str | None] | None  # DTSTART/DTEND digits; None: written in UTC
    track_time: str  # "Sat 1 Feb 2020 08:17-09:00 CET"
    home_time: str | None  # the same in the home zone (None: no home zone)


class PeriodMemo:
    """Offset periods per (zone, index), filled as met; owned by an :class:`ExportCache`."""

    def __init__(self) -> None:
        self._periods: dict[tuple[str, int], Period] = {}
        self._days: dict[tuple[str, object], ZoneDay] = {}
        self._clocks: dict[str, int | None] = {}
        #: The period :meth:`period` last answered per zone: the next session's is
        #: nearly always the same (the home zone's, for every session of a feed).
        self._last: dict[str, Period] = {}

    def __len__(self) -> int:
        return len(self._periods) + len(self._days) + len(self._clocks)

    def clear(self) -> None:
        self._periods.clear()
        self._days.clear()
        self._clocks.clear()
        self._last.clear()

    def wall_start(self, zone_name: str, wall: datetime | str) -> tuple[float, Period] | None:
        """(UTC POSIX second, offset period) of the stored wall time ``wall`` (a datetime
        or SQLite's ``YYYY-MM-DD HH:MM:SS[.ffffff]``) at a track in ``zone_name``, when
        its day is plain (no change of the clocks within a day of it) and it is a whole
        second; None: ask :meth:`~planner.domain.zone_table.ZoneTable.utc_instant`."""
        if isinstance(wall, str):
            day_key: object = wall[:10]
            seconds = self._clocks.get(wall[11:], -1)
            if seconds == -1:
                seconds = self._clocks[wall[11:]] = _seconds_of(wall[11:])
        else:
            day_key = wall.date()
            seconds = (
                None if wall.microsecond else wall.hour * 3600 + wall.minute * 60 + wall.second
            )
        if seconds is None:
            return None
        day = self._days.get((zone_name, day_key))
        if day is None:
            day = self._days[zone_name, day_key] = self._day(zone_name, day_key)
        # Unpacked, not read by field name: CPython 3.11 does not specialise a
        # NamedTuple's field access (~150 instructions each, for every session).
        midnight, period = day
        if period is None:
            return None
        return midnight + seconds - period[0], period  # period[0]: its offset

    def _day(self, zone_name: str, day_key: object) -> ZoneDay:
        stated = day_key if isinstance(day_key, date) else date.fromisoformat(str(day_key))
        midnight = float((stated.toordinal() - _ORDINAL_1970) * _DAY)
        starts = ambiguity(zone_name).starts
        before = bisect_right(starts, midnight - _DAY)
        if before != bisect_right(starts, midnight + 2 * _DAY):
            return ZoneDay(midnight, None)
        # Every wall time of the day is its offset away from an instant of this period
        # (offsets are under a day): what utc_instant's own probes find.
        return ZoneDay(midnight, self._period_at(zone_name, before - 1))

    def period(self, zone_name: str, instant: float) -> Period:
        """The offset period of ``zone_name`` at POSIX second ``instant``."""
        last = self._last.get(zone_name)
        if last is not None and last.begins <= instant < last.next_change:
            return last
        found = self._last[zone_name] = self._period_at(
            zone_name, bisect_right(ambiguity(zone_name).starts, instant) - 1
        )
        return found

    def _period_at(self, zone_name: str, index: int) -> Period:
        found = self._periods.get((zone_name, index))
        if found is None:
            table = ambiguity(zone_name)
            following = index + 1
            next_change = table.starts[following] if following < len(table.starts) else _FOREVER
            found = self._periods[zone_name, index] = Period(
                table.offsets[index],
                table.names[index],
                *table.plain_span(index),
                next_change,
                table.starts[index] if index >= 0 else -_FOREVER,
            )
        return found


def _seconds_of(clock: str) -> int | None:
    """Seconds of the day of ``HH:MM:SS[.ffffff]`` (None: not a whole second, or not
    that shape)."""
    hours, minutes, rest, fraction = clock[:2], clock[3:5], clock[6:8], clock[8:]
    if (
        len(clock) < 8
        or clock[2] != ":"
        or clock[5] != ":"
        or not (hours + minutes + rest).isdigit()
        or (fraction and fraction.rstrip("0") != ".")
    ):
        return None
    return int(hours) * 3600 + int(minutes) * 60 + int(rest)
