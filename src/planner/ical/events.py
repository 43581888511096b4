"""Plain values for a calendar feed: what the writer needs, nothing from the database.

A later layer maps the planner's sessions to these values; the iCalendar
layer never sees a session. Both dataclasses are frozen and hashable, so an
unchanged :class:`FeedEvent` can be used directly as a cache key for its
rendered text (see :func:`planner.ical.writer.render_event`).
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any, Literal

from planner.domain.track_time import zone
from planner.i18n import Language, translate

EventStatus = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]
STATUSES: tuple[EventStatus, ...] = ("CONFIRMED", "TENTATIVE", "CANCELLED")

#: Our own extension properties. Written only where the standard properties
#: lose information (the track's zone of an all-day event or of an event
#: written in UTC because its local time happens twice).
X_TRACK_TZID = "X-RACE-PLANNER-TZID"

_X_NAME = re.compile(r"X-[A-Z0-9-]+")
_KNOWN_ZONES: set[str] = set()  # tzids zone() has accepted


def cancelled_summary(summary: str, language: Language) -> str:
    """The summary of a cancelled event: some clients ignore STATUS, so say it in words."""
    return translate("Cancelled: {summary}", language).format(summary=summary)


@dataclass(frozen=True)
class FeedEvent:
    """One VEVENT of a feed.

    ``start``/``end``: for timed events aware datetimes (normally in the
    track's pytz zone; any aware datetime is converted to ``tzid`` when
    written); for all-day events plain dates with ``end`` exclusive (the day
    after the last day). ``tzid`` is always the track's IANA zone name.
    A timed event whose length is unknown has ``end`` None and is written
    without DTEND (RFC 5545 forbids a DTEND equal to DTSTART).

    ``dtstamp`` should stay the same while nothing changes, so that a
    re-export is byte-identical; bump ``sequence`` and ``last_modified`` on
    every real change (Google ignores edits without a SEQUENCE bump).
    ``x_props``: extra ``X-...`` properties as (name, text) pairs.
    """

    uid: str
    sequence: int
    dtstamp: datetime
    last_modified: datetime
    summary: str
    start: date
    end: date | None
    tzid: str
    description: str = ""
    location: str = ""
    geo: tuple[float, float] | None = None
    url: str | None = None
    categories: tuple[str, ...] = ()
    status: EventStatus = "CONFIRMED"
    alarm_minutes_before: int | None = None
    all_day: bool = False
    busy: bool | None = None
    x_props: tuple[tuple[str, str], ...] = field(default=())
    #: The local DTSTART/DTEND digits (``YYYYMMDDTHHMMSS``; DTEND None: no length)
    #: when the builder already knows them from ``start``/``end`` and neither wall
    #: time is ambiguous; None: the writer works them out. Derived from the other
    #: fields, so not part of equality, hash or repr.
    local_clock: tuple[str, str | None] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # These are programming errors of the mapping layer, not user errors.
        if not self.uid or "\r" in self.uid or "\n" in self.uid:
            raise ValueError(f"FeedEvent needs a one-line uid, got {self.uid!r}")
        if self.sequence < 0:
            raise ValueError("sequence must not be negative")
        for name, stamp in (("dtstamp", self.dtstamp), ("last_modified", self.last_modified)):
            if not isinstance(stamp, datetime) or stamp.utcoffset() is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.tzid not in _KNOWN_ZONES:
            zone(self.tzid)  # an unknown zone name is refused here, with a clear message
            _KNOWN_ZONES.add(self.tzid)
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")
        if self.all_day:
            if isinstance(self.start, datetime) or isinstance(self.end, datetime):
                raise ValueError("all-day events take dates, not datetimes")
            if self.end is None or self.end <= self.start:
                raise ValueError("an all-day event's end is exclusive and must be after its start")
        else:
            if not isinstance(self.start, datetime) or self.start.utcoffset() is None:
                raise ValueError("timed events take aware datetimes")
            if self.end is not None:
                if not isinstance(self.end, datetime) or self.end.utcoffset() is None:
                    raise ValueError("timed events take aware datetimes")
                # RFC 5545 3.8.2.2: DTEND after DTSTART; an unknown length has no DTEND.
                if self.end <= self.start:
                    raise ValueError("an event must end after it starts (or have no end)")
        if self.alarm_minutes_before is not None and self.alarm_minutes_before < 0:
            raise ValueError("alarm_minutes_before must not be negative")
        for name, _value in self.x_props:
            if not _X_NAME.fullmatch(name):
                raise ValueError(f"x_props names look like X-UPPER-CASE, got {name!r}")

    @classmethod
    def trusted(cls, **values: Any) -> FeedEvent:
        """An event from values its caller built by these rules itself, without the checks
        of ``__post_init__`` (the feed pipeline's 20,000 events: the checks cost as much
        as building them). Every field without a default must be given; tests rebuild
        the pipeline's events through the checked constructor and compare."""
        event = object.__new__(cls)
        event.__dict__.update(_DEFAULTS, **values)
        return event

    def __hash__(self) -> int:
        # Events are cache keys (rendered text); hash all fields once, not per lookup.
        found: int | None = self.__dict__.get("_hash")
        if found is None:
            found = hash(
                (
                    self.uid, self.sequence, self.dtstamp, self.last_modified, self.summary,
                    self.start, self.end, self.tzid, self.description, self.location,
                    self.geo, self.url, self.categories, self.status,
                    self.alarm_minutes_before, self.all_day, self.busy, self.x_props,
                )
            )  # fmt: skip
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict[str, object]:
        # String hashes differ between processes: never carry a remembered one along.
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    @property
    def transparent(self) -> bool:
        """TRANSP:TRANSPARENT? Cancelled and all-day entries do not block the day by default."""
        if self.status == "CANCELLED":
            return True
        if self.busy is not None:
            return not self.busy
        return self.all_day


#: The fields of :class:`FeedEvent` that have a default, with it.
_DEFAULTS: dict[str, Any] = {
    item.name: item.default for item in fields(FeedEvent) if item.default is not MISSING
}


@dataclass(frozen=True)
class FeedCalendar:
    """A whole subscribed feed.

    ``refresh_interval`` becomes REFRESH-INTERVAL and X-PUBLISHED-TTL: a hint
    Apple honours and Google ignores (it polls every 8-24 hours).
    ``timezone`` (optional) becomes X-WR-TIMEZONE, which no reader should need.
    """

    name: str
    events: tuple[FeedEvent, ...]
    description: str = ""
    refresh_interval: timedelta = timedelta(hours=6)
    language: Language = "en"
    timezone: str | None = None

    def __post_init__(self) -> None:
        if self.refresh_interval <= timedelta(0):
            raise ValueError("refresh_interval must be positive")
