"""Time rules: a session's start is wall-clock time at the track plus an IANA zone.

UTC and any viewer's home time are derived from that pair, never stored as
the truth. pytz is used the only correct way: ``localize`` a naive wall time
(never ``replace(tzinfo=...)``) and ``normalize`` after arithmetic.

A wall time the clocks skip (spring forward) or show twice (fall back) is
refused with a message naming the time and the zone, unless the caller picks
the offset with ``is_dst`` (True: the summer-time offset, False: the
standard-time offset).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import pytz
from pytz.tzinfo import BaseTzInfo

from planner.domain.errors import AmbiguousTimeError, NonExistentTimeError, ValidationError
from planner.domain.zone_table import zone_table
from planner.i18n import tr

UTC = pytz.utc
_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)


@cache
def zone(name: str) -> BaseTzInfo:
    """The pytz zone for an IANA name; a clear error for an unknown one, or for one
    whose file is missing (see :mod:`planner.domain.zone_files`)."""
    try:
        found = pytz.timezone(name)
    except (pytz.UnknownTimeZoneError, OSError):
        raise ValidationError(
            tr("“{name}” is not a time zone name. Use an IANA name such as Europe/Berlin.").format(
                name=name
            )
        ) from None
    return found


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _day(moment: datetime) -> str:
    from planner.domain.calendar_words import MONTHS
    from planner.i18n import current_language

    return f"{moment.day} {MONTHS[current_language()][moment.month - 1]} {moment.year}"


def localize(wall: datetime, zone_name: str, *, is_dst: bool | None = None) -> datetime:
    """Attach the track's zone to a naive wall time (see ``_localize``); a time at the
    very edge of the calendar (year 1, year 9999) is refused with a message."""
    try:
        return _localize(wall, zone_name, is_dst=is_dst)
    except OverflowError:
        raise ValidationError(
            tr("{moment} is too far in the past or the future to be placed in {zone}.").format(
                moment=wall.isoformat(sep=" ", timespec="minutes"), zone=zone_name
            )
        ) from None


def _localize(wall: datetime, zone_name: str, *, is_dst: bool | None = None) -> datetime:
    """Attach the track's zone to a naive wall time, refusing DST gaps and overlaps.

    With ``is_dst`` given, a skipped time is read with that offset and
    normalised to the real wall time (02:30 read at the standard-time offset
    +01:00 in Berlin's spring gap is 01:30 UTC, so 03:30 CEST), and an
    ambiguous time takes that offset.
    """
    if wall.tzinfo is not None:
        raise ValueError("localize() takes a naive wall-clock time")
    tz = zone(zone_name)
    try:
        return tz.localize(wall, is_dst=None)
    except pytz.NonExistentTimeError:
        if is_dst is not None:
            return tz.normalize(tz.localize(wall, is_dst=is_dst))
        before = tz.normalize(tz.localize(wall - timedelta(hours=3)))
        after = tz.normalize(tz.localize(wall + timedelta(hours=3)))
        raise NonExistentTimeError(
            tr(
                "{time} on {day} does not exist in {zone}: the clocks go forward that night "
                "({before} → {after}). Enter the time after the change, or choose the offset "
                "the schedule means."
            ).format(
                time=_clock(wall),
                day=_day(wall),
                zone=zone_name,
                before=before.tzname(),
                after=after.tzname(),
            )
        ) from None
    except pytz.AmbiguousTimeError:
        if is_dst is not None:
            return tz.localize(wall, is_dst=is_dst)
        summer = tz.localize(wall, is_dst=True)
        winter = tz.localize(wall, is_dst=False)
        raise AmbiguousTimeError(
            tr(
                "{time} on {day} happens twice in {zone}: the clocks go back that night. "
                "Choose {first} (first time) or {second} (second time)."
            ).format(
                time=_clock(wall),
                day=_day(wall),
                zone=zone_name,
                first=f"{_clock(wall)} {summer.tzname()} (UTC{_offset(summer)})",
                second=f"{_clock(wall)} {winter.tzname()} (UTC{_offset(winter)})",
            )
        ) from None


def _offset(moment: datetime) -> str:
    delta = moment.utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def wall_to_utc(wall: datetime, zone_name: str, *, is_dst: bool | None = None) -> datetime:
    return localize(wall, zone_name, is_dst=is_dst).astimezone(UTC)


def utc_to_wall(moment_utc: datetime, zone_name: str) -> datetime:
    """The naive wall-clock time in a zone for an aware instant."""
    if moment_utc.tzinfo is None:
        raise ValueError("utc_to_wall() takes an aware datetime")
    return moment_utc.astimezone(zone(zone_name)).replace(tzinfo=None)


def convert_wall(
    wall: datetime, from_zone: str, to_zone: str, *, is_dst: bool | None = None
) -> datetime:
    """A wall time written in one zone, as wall time in another (e.g. Swedish time -> Dubai)."""
    return utc_to_wall(wall_to_utc(wall, from_zone, is_dst=is_dst), to_zone)


def utc_offset_text(moment: datetime) -> str:
    """'UTC+02:00' for an aware datetime."""
    return f"UTC{_offset(moment)}"


@dataclass(frozen=True)
class SessionTimes:
    """Every derived view of one session's time."""

    track_start: datetime  # aware, in the track's zone
    track_end: datetime | None  # aware, in the track's zone (true duration, DST-safe)
    utc_start: datetime
    utc_end: datetime | None  # None when the duration is not known


def session_times(
    wall_start: datetime,
    zone_name: str,
    duration_minutes: int | None,
    *,
    is_dst: bool | None = None,
) -> SessionTimes:
    """Start and end of a session; the end is start + duration in real elapsed time.

    The start is placed with one bisect over the zone's transitions
    (``ZoneTable.utc_instant``, which leaves DST gaps and overlaps to
    ``localize`` and its messages) instead of pytz's ``localize``, which tries
    every offset the zone ever had: a month view converts ~200 sessions, a
    search 200, an export 20,000. The result is the same aware datetimes.
    """
    table = zone_table(zone_name)
    try:
        instant = table.utc_instant(wall_start, is_dst)
        utc_start = _EPOCH_UTC + timedelta(seconds=instant)
        track_start = table.aware_at(instant)
    except (OverflowError, ValueError, OSError):  # the calendar's edges: localize's message
        utc_start = localize(wall_start, zone_name, is_dst=is_dst).astimezone(UTC)
        instant = utc_start.timestamp()
        track_start = table.in_zone(utc_start)
    if duration_minutes is None:
        return SessionTimes(
            track_start=track_start, track_end=None, utc_start=utc_start, utc_end=None
        )
    return SessionTimes(
        track_start=track_start,
        track_end=table.aware_at(instant + duration_minutes * 60),
        utc_start=utc_start,
        utc_end=utc_start + timedelta(minutes=duration_minutes),
    )


def check_calendar_date(year: int, month: int, day: int) -> date:
    """A date, or a clear message for an impossible one (31 June)."""
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            tr("{year:04d}-{month:02d}-{day:02d} is not a date in the calendar.").format(
                year=year, month=month, day=day
            )
        ) from None


def home_to_track_wall(
    home_wall: datetime, home_zone: str, track_zone: str
) -> tuple[datetime, bool | None]:
    """A time picked on the home clock, as the track's wall time and its offset choice.

    A home time the clocks skip or show twice is refused with the usual message.
    The offset choice is the track's summer-time flag where the track's wall time
    is shown twice (fall back), so the same instant is kept; otherwise None.
    """
    moment = localize(home_wall, home_zone).astimezone(zone(track_zone))
    track_wall = moment.replace(tzinfo=None)
    try:
        localize(track_wall, track_zone)
    except AmbiguousTimeError:
        return track_wall, bool(moment.dst())
    return track_wall, None
