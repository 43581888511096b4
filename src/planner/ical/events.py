"""Plain values for a calendar feed: what the writer needs, nothing from the database.

A later layer maps the planner's sessions to these values; the iCalendar
layer never sees a session. Both are immutable and hashable, so an
unchanged :class:`FeedEvent` can be used directly as a cache key for its
rendered text (see :func:`planner.ical.writer.render_event`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal, NamedTuple

from planner.domain.track_time import zone
from planner.i18n import Language, translate
from planner.ical import dialect

EventStatus = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]
STATUSES: tuple[EventStatus, ...] = ("CONFIRMED", "TENTATIVE", "CANCELLED")

#: Our own extension property (:mod:`planner.ical.dialect`), written only where the
#: standard properties lose information.
X_TRACK_TZID = dialect.X_TRACK_TZID

_X_NAME = re.compile(r"X-[A-Z0-9-]+")
_KNOWN_ZONES: set[str] = set()  # tzids zone() has accepted


def cancelled_summary(summary: str, language: Language) -> str:
    """The summary of a cancelled event: some clients ignore STATUS, so say it in words."""
    return translate("Cancelled: {summary}", language).format(summary=summary)


class _EventValues(NamedTuple):
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
    x_props: tuple[tuple[str, str], ...] = ()
    #: The local DTSTART/DTEND digits (``YYYYMMDDTHHMMSS``; DTEND None: no length)
    #: when the builder already knows them from ``start``/``end`` and neither wall
    #: time is ambiguous; None: the writer works them out. Derived from the other
    #: values, so not part of equality or the hash.
    local_clock: tuple[str, str | None] | None = None
    #: The description and each ``x_props`` value escaped as TEXT
    #: (:func:`~planner.ical.text.escape_text`), when the builder put them together
    #: from pieces it escaped once each; None: the writer escapes them. Derived
    #: like ``local_clock``, so not part of equality or the hash either.
    escaped: tuple[str, ...] | None = None


#: An event's values in :class:`FeedEvent`'s order (for :meth:`FeedEvent.trusted`).
EventValues = tuple[
    str, int, datetime, datetime, str, date, date | None, str, str, str,
    tuple[float, float] | None, str | None, tuple[str, ...], EventStatus, int | None,
    bool, bool | None, tuple[tuple[str, str], ...], tuple[str, str | None] | None,
    tuple[str, ...] | None,
]  # fmt: skip

#: How many values take part in equality and the hash (all but the writer's hints
#: ``local_clock`` and ``escaped``).
_COMPARED = len(_EventValues._fields) - 2


class FeedEvent(_EventValues):
    """One VEVENT of a feed: an immutable, hashable value (a tuple underneath).

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

    A tuple rather than a dataclass: the feed pipeline builds 20,000 of them
    per export, and one positional tuple (:meth:`trusted`) costs a fraction of
    an instance dict filled from keywords. Equal events are equal whatever
    their ``local_clock`` and ``escaped``; an event never equals a plain tuple.
    """

    __slots__ = ()

    def __new__(
        cls,
        uid: str,
        sequence: int,
        dtstamp: datetime,
        last_modified: datetime,
        summary: str,
        start: date,
        end: date | None,
        tzid: str,
        description: str = "",
        location: str = "",
        geo: tuple[float, float] | None = None,
        url: str | None = None,
        categories: tuple[str, ...] = (),
        status: EventStatus = "CONFIRMED",
        alarm_minutes_before: int | None = None,
        all_day: bool = False,
        busy: bool | None = None,
        x_props: tuple[tuple[str, str], ...] = (),
        local_clock: tuple[str, str | None] | None = None,
        escaped: tuple[str, ...] | None = None,
    ) -> FeedEvent:
        event = tuple.__new__(
            cls,
            (
                uid, sequence, dtstamp, last_modified, summary, start, end, tzid, description,
                location, geo, url, categories, status, alarm_minutes_before, all_day, busy,
                x_props, local_clock, escaped,
            ),
        )  # fmt: skip
        event._check()
        return event

    @classmethod
    def trusted(cls, values: EventValues) -> FeedEvent:
        """An event from values its caller built by these rules itself, in field order,
        without the checks of the constructor (the feed pipeline's 20,000 events: the
        checks cost as much as building them). Tests rebuild the pipeline's events
        through the checked constructor and compare."""
        return tuple.__new__(cls, values)

    def _replace(self, **changes: Any) -> FeedEvent:
        """A copy with ``changes``, checked like any new event."""
        return FeedEvent(**{**self._asdict(), **changes})

    def _check(self) -> None:
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
        if self.escaped is not None and len(self.escaped) != 1 + len(self.x_props):
            raise ValueError("escaped holds the description and each x_props value")

    # Not NotImplemented for other values: tuple's own comparison would then make an
    # event equal to a plain tuple of its values.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, FeedEvent) and self[:_COMPARED] == other[:_COMPARED]

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:_COMPARED])

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(self._fields[:_COMPARED], self[:_COMPARED], strict=True)
        )
        return f"FeedEvent({shown})"

    @property
    def transparent(self) -> bool:
        """TRANSP:TRANSPARENT? Cancelled and all-day entries do not block the day by default."""
        if self.status == "CANCELLED":
            return True
        if self.busy is not None:
            return not self.busy
        return self.all_day


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
