"""One transition table per time zone, shared by the feed writer, the reader and home time.

``datetime.astimezone``/``localize`` with pytz are the biggest cost of
building or reading 20,000 events; one bisect over a zone's transitions gives
the same answer. This is the only place that reads pytz's private table
(``_utc_transition_times``/``_transition_info``); everything that needs an
offset, an abbreviation or a zone's history asks :func:`zone_table`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache, cached_property

_EPOCH = datetime(1970, 1, 1)
_DAY_SECONDS = 86_400.0
_NEVER = float("-inf")
_NO_OFFSET = timedelta(0)


@dataclass(frozen=True)
class Transition:
    """From ``utc`` (naive UTC; None: since the beginning of time) the zone is at
    ``offset`` (``dst`` of it summer time), called ``name`` (CEST)."""

    utc: datetime | None
    offset: timedelta
    dst: timedelta
    name: str


#: One period of a zone as pytz gives it: (UTC offset, summer time part of it, abbreviation).
PeriodInfo = tuple[timedelta, timedelta, str]


@dataclass(frozen=True)
class ZoneTable:
    """A zone's offsets and abbreviations by POSIX second, for bisecting."""

    name: str
    utc_starts: tuple[datetime | None, ...]  # naive UTC at which each period begins (None: ever)
    infos: tuple[PeriodInfo, ...]  # each period's offset, summer part and abbreviation
    starts: tuple[float, ...]  # POSIX seconds at which each offset begins
    offsets: tuple[int, ...]  # UTC offset in seconds from then on
    names: tuple[str, ...]  # abbreviation from then on
    summer: tuple[bool, ...]  # summer time from then on
    tzinfos: tuple[tzinfo, ...]  # pytz's tzinfo for each period (what astimezone attaches)

    @cached_property
    def transitions(self) -> tuple[Transition, ...]:
        """The periods as :class:`Transition` values (the first one has utc None); made
        when first asked for: a zone has ~180, and most users need only the tuples."""
        return tuple(
            Transition(utc, info[0], info[1], info[2])
            for utc, info in zip(self.utc_starts, self.infos, strict=True)
        )

    @property
    def fixed(self) -> bool:
        """True for a zone without transitions (UTC, Etc/GMT-4)."""
        return len(self.starts) == 1

    def index_at(self, instant: float) -> int:
        """The index of the transition in force at POSIX second ``instant``."""
        return bisect_right(self.starts, instant) - 1

    def at(self, instant: float) -> tuple[int, str]:
        """(UTC offset in seconds, abbreviation) at POSIX second ``instant``."""
        index = bisect_right(self.starts, instant) - 1
        return self.offsets[index], self.names[index]

    def local(self, moment: datetime) -> tuple[datetime, bool]:
        """(naive wall time, summer time?) of an aware ``moment`` in this zone."""
        instant = moment.timestamp()
        index = bisect_right(self.starts, instant) - 1
        wall = _EPOCH + timedelta(seconds=instant + self.offsets[index])
        return wall, self.summer[index]

    def aware_at(self, instant: float) -> datetime:
        """This zone's aware time at POSIX second ``instant`` (as :meth:`in_zone`)."""
        index = bisect_right(self.starts, instant) - 1
        return (_EPOCH + timedelta(seconds=instant + self.offsets[index])).replace(
            tzinfo=self.tzinfos[index]
        )

    def in_zone(self, moment: datetime) -> datetime:
        """An aware ``moment`` as this zone's aware time: ``moment.astimezone(zone)``
        with pytz, the same datetime and tzinfo, from one bisect over floats
        (pytz bisects datetimes); a month view converts ~800 times a step."""
        index = bisect_right(self.starts, moment.timestamp()) - 1
        offset = moment.utcoffset() or _NO_OFFSET
        return (moment.replace(tzinfo=None) - offset + self.transitions[index].offset).replace(
            tzinfo=self.tzinfos[index]
        )

    def utc_instant(self, wall: datetime, is_dst: bool | None = None) -> float:
        """POSIX seconds of a naive wall time in this zone (the answer of ``localize``).

        A time shown twice, or one the clocks skip, is left to
        :func:`~planner.domain.track_time.localize` (its error or ``is_dst``).
        """
        naive = (wall - _EPOCH).total_seconds()
        starts = self.starts
        before = bisect_right(starts, naive - _DAY_SECONDS)
        if before == bisect_right(starts, naive + _DAY_SECONDS):
            # No change of offset within a day either side (offsets are under a
            # day): the offset in force fits, as the probes below would find.
            return naive - self.offsets[before - 1]
        fitting: list[int] = []
        for probe in (naive - _DAY_SECONDS, naive, naive + _DAY_SECONDS):
            offset = self.at(probe)[0]
            if offset not in fitting and self.at(naive - offset)[0] == offset:
                fitting.append(offset)
        if len(fitting) == 1:
            return naive - fitting[0]
        # track_time places sessions with this table: its localize is imported here.
        from planner.domain.track_time import localize

        return localize(wall, self.name, is_dst=is_dst).timestamp()


@cache
def zone_table(name: str) -> ZoneTable:
    """The table of an IANA zone (a clear error for an unknown name); built once."""
    from planner.domain.track_time import zone  # it places sessions with this table

    tz = zone(name)
    times: list[datetime] = getattr(tz, "_utc_transition_times", [])
    infos: list[tuple[timedelta, timedelta, str]] = getattr(tz, "_transition_info", [])
    if not times or not infos:
        sample = datetime(2000, 1, 1, tzinfo=UTC).astimezone(tz)
        offset = sample.utcoffset() or timedelta(0)
        name_then = sample.tzname() or name
        return ZoneTable(
            name,
            (None,),
            ((offset, timedelta(0), name_then),),
            (_NEVER,),
            (int(offset.total_seconds()),),
            (name_then,),
            (False,),
            (tz,),
        )
    # Made from pytz's lists as they are: a Transition per period and an aware
    # timestamp() per start cost three times the rest of the table (~4 M instructions
    # a zone, 12 zones an export); a naive UTC time minus the epoch is the same float.
    periods = tuple(infos)
    return ZoneTable(
        name,
        (None, *times[1:]),
        periods,
        (_NEVER, *[(moment - _EPOCH).total_seconds() for moment in times[1:]]),
        tuple([int(info[0].total_seconds()) for info in periods]),
        tuple([info[2] for info in periods]),
        tuple([bool(info[1]) for info in periods]),  # a timedelta is true unless zero
        tuple(tz._tzinfos[info] for info in periods),  # type: ignore[attr-defined]
    )
