"""Plain, detached values that services return to the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Any

from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.domain.locale_names import country_name
from planner.domain.track_time import SessionTimes, session_times
from planner.domain.zone_table import zone_table
from planner.i18n import Language, current_language
from planner.services.frozen_view import FrozenView
from planner.services.stored_values import as_datetime


@dataclass(init=False, repr=False, eq=False)
class SeriesView(FrozenView):
    """A racing series: its names, colour and links."""

    id: int
    name: str
    short_name: str
    colour: str
    website: str
    live_timing_url: str
    stream_url: str

    def __init__(
        self,
        id: int,
        name: str,
        short_name: str,
        colour: str,
        website: str,
        live_timing_url: str,
        stream_url: str,
    ) -> None:
        self.__dict__.update(
            id=id,
            name=name,
            short_name=short_name,
            colour=colour,
            website=website,
            live_timing_url=live_timing_url,
            stream_url=stream_url,
        )

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(init=False, repr=False, eq=False)
class SeasonView(FrozenView):
    """One year of a series, with the series' names and colour and its number of rounds."""

    id: int
    series_id: int
    series_name: str
    series_short_name: str
    series_colour: str
    year: int
    notes: str
    round_count: int

    def __init__(
        self,
        id: int,
        series_id: int,
        series_name: str,
        series_short_name: str,
        series_colour: str,
        year: int,
        notes: str,
        round_count: int,
    ) -> None:
        self.__dict__.update(
            id=id,
            series_id=series_id,
            series_name=series_name,
            series_short_name=series_short_name,
            series_colour=series_colour,
            year=year,
            notes=notes,
            round_count=round_count,
        )

    @property
    def title(self) -> str:
        return f"{self.series_name} {self.year}"


@dataclass(init=False, repr=False, eq=False)
class LapRecordView(FrozenView):
    """A circuit's lap record in one car class."""

    id: int
    car_class: str
    lap_time_ms: int
    holder: str
    year: int | None

    def __init__(
        self, id: int, car_class: str, lap_time_ms: int, holder: str, year: int | None
    ) -> None:
        self.__dict__.update(
            id=id, car_class=car_class, lap_time_ms=lap_time_ms, holder=holder, year=year
        )

    @property
    def lap_time_text(self) -> str:
        return format_lap_time(self.lap_time_ms)


def format_lap_time(lap_time_ms: int) -> str:
    minutes, rest = divmod(lap_time_ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{minutes}:{seconds:02d}.{millis:03d}"


@dataclass(init=False, repr=False, eq=False)
class TrackView(FrozenView):
    """A circuit: where it is, its zone, its layout's facts and lap records."""

    id: int
    key: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    town: str
    region: str
    country: str
    country_code: str
    timezone: str
    length_m: int | None
    corners: int | None
    latitude: float | None
    longitude: float | None
    built_in: bool
    lap_records: tuple[LapRecordView, ...] = ()

    def __init__(
        self,
        id: int,
        key: str,
        name: str,
        short_name: str,
        aliases: tuple[str, ...],
        town: str,
        region: str,
        country: str,
        country_code: str,
        timezone: str,
        length_m: int | None,
        corners: int | None,
        latitude: float | None,
        longitude: float | None,
        built_in: bool,
        lap_records: tuple[LapRecordView, ...] = (),
    ) -> None:
        self.__dict__.update(
            id=id,
            key=key,
            name=name,
            short_name=short_name,
            aliases=aliases,
            town=town,
            region=region,
            country=country,
            country_code=country_code,
            timezone=timezone,
            length_m=length_m,
            corners=corners,
            latitude=latitude,
            longitude=longitude,
            built_in=built_in,
            lap_records=lap_records,
        )

    @property
    def length_km(self) -> float | None:
        return None if self.length_m is None else self.length_m / 1000

    @property
    def place(self) -> str:
        """'Hockenheim, Baden-Württemberg, Germany' without empty parts, the country
        named in the current message language ('Tyskland' in Swedish)."""
        return self.place_in(current_language())

    def country_in(self, language: Language) -> str:
        return country_name(self.country_code, language, self.country)

    def place_in(self, language: Language) -> str:
        parts = (self.town, self.region, self.country_in(language))
        return ", ".join(part for part in parts if part)


#: The ``tracks`` columns, in the order ``track_view_from_row`` reads them.
TRACK_COLUMNS = (
    "id",
    "key",
    "name",
    "short_name",
    "aliases",
    "town",
    "region",
    "country",
    "country_code",
    "timezone",
    "length_m",
    "corners",
    "latitude",
    "longitude",
    "built_in",
)


def track_view_from_row(row: Sequence[Any], lap_records: Sequence[LapRecordView]) -> TrackView:
    """A circuit from its ``TRACK_COLUMNS`` values (SQLAlchemy's or plain sqlite3's row)."""
    return TrackView(
        id=row[0],
        key=row[1],
        name=row[2],
        short_name=row[3],
        aliases=tuple(alias for alias in row[4].splitlines() if alias.strip()),
        town=row[5],
        region=row[6],
        country=row[7],
        country_code=row[8],
        timezone=row[9],
        length_m=row[10],
        corners=row[11],
        latitude=row[12],
        longitude=row[13],
        built_in=bool(row[14]),
        lap_records=tuple(lap_records),
    )


@dataclass(init=False, repr=False, eq=False)
class DriverView(FrozenView):
    """A driver of the family's (``followed``) or another crew's."""

    id: int
    name: str
    nationality: str
    followed: bool
    revision: int = 1  # rises with every change (an edit names the one it saw)

    def __init__(
        self, id: int, name: str, nationality: str, followed: bool, revision: int = 1
    ) -> None:
        self.__dict__.update(
            id=id, name=name, nationality=nationality, followed=followed, revision=revision
        )

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(init=False, repr=False, eq=False)
class TeamView(FrozenView):
    """A team that enters cars."""

    id: int
    name: str
    revision: int = 1

    def __init__(self, id: int, name: str, revision: int = 1) -> None:
        self.__dict__.update(id=id, name=name, revision=revision)


@dataclass(init=False, repr=False, eq=False)
class CarView(FrozenView):
    """A car a team enters: number, model and class."""

    id: int
    team_id: int | None
    team_name: str
    number: str
    model: str
    car_class: str
    revision: int = 1

    def __init__(
        self,
        id: int,
        team_id: int | None,
        team_name: str,
        number: str,
        model: str,
        car_class: str,
        revision: int = 1,
    ) -> None:
        self.__dict__.update(
            id=id,
            team_id=team_id,
            team_name=team_name,
            number=number,
            model=model,
            car_class=car_class,
            revision=revision,
        )

    @property
    def label(self) -> str:
        number = f"#{self.number} " if self.number else ""
        return f"{number}{self.model}".strip()


@dataclass(init=False, repr=False, eq=False)
class EntryView(FrozenView):
    """A car entered for a season (or one round) with its crew."""

    id: int
    season_id: int
    round_id: int | None
    car: CarView
    crew: tuple[DriverView, ...]

    def __init__(
        self,
        id: int,
        season_id: int,
        round_id: int | None,
        car: CarView,
        crew: tuple[DriverView, ...],
    ) -> None:
        self.__dict__.update(id=id, season_id=season_id, round_id=round_id, car=car, crew=crew)


@dataclass(init=False, repr=False, eq=False)
class RoundView(FrozenView):
    """A round of a season: the weekend's dates, circuit, status and who races."""

    id: int
    season_id: int
    series_id: int
    series_name: str
    series_short_name: str
    series_colour: str
    year: int
    number: int
    name: str
    track: TrackView
    first_day: date
    last_day: date
    status: RoundStatus
    notes: str
    drivers: tuple[DriverView, ...]
    session_count: int
    revision: int = 1  # the weekend event's SEQUENCE + 1; an edit names the one it saw

    def __init__(
        self,
        id: int,
        season_id: int,
        series_id: int,
        series_name: str,
        series_short_name: str,
        series_colour: str,
        year: int,
        number: int,
        name: str,
        track: TrackView,
        first_day: date,
        last_day: date,
        status: RoundStatus,
        notes: str,
        drivers: tuple[DriverView, ...],
        session_count: int,
        revision: int = 1,
    ) -> None:
        self.__dict__.update(
            id=id,
            season_id=season_id,
            series_id=series_id,
            series_name=series_name,
            series_short_name=series_short_name,
            series_colour=series_colour,
            year=year,
            number=number,
            name=name,
            track=track,
            first_day=first_day,
            last_day=last_day,
            status=status,
            notes=notes,
            drivers=drivers,
            session_count=session_count,
            revision=revision,
        )

    @property
    def title(self) -> str:
        return self.name or self.track.short_name or self.track.name


@dataclass(init=False, repr=False, eq=False)
class SessionView(FrozenView):
    """A session of a weekend, its start kept as wall-clock time at the track."""

    id: int
    uid: str
    round_id: int
    kind: SessionKind
    name: str
    start_wall: datetime  # naive wall-clock time at the track
    zone: str  # the track's IANA zone
    is_dst: bool | None
    duration_minutes: int | None  # None: not published
    status: SessionStatus
    broadcast: str
    stream_url: str
    notes: str
    revision: int
    changed_utc: datetime  # aware UTC
    drivers: tuple[DriverView, ...] = ()  # in stint order

    def __init__(
        self,
        id: int,
        uid: str,
        round_id: int,
        kind: SessionKind,
        name: str,
        start_wall: datetime,
        zone: str,
        is_dst: bool | None,
        duration_minutes: int | None,
        status: SessionStatus,
        broadcast: str,
        stream_url: str,
        notes: str,
        revision: int,
        changed_utc: datetime,
        drivers: tuple[DriverView, ...] = (),
    ) -> None:
        self.__dict__.update(
            id=id,
            uid=uid,
            round_id=round_id,
            kind=kind,
            name=name,
            start_wall=start_wall,
            zone=zone,
            is_dst=is_dst,
            duration_minutes=duration_minutes,
            status=status,
            broadcast=broadcast,
            stream_url=stream_url,
            notes=notes,
            revision=revision,
            changed_utc=changed_utc,
            drivers=drivers,
        )

    @cached_property
    def times(self) -> SessionTimes:
        """Computed once per view (pytz work): start, end, UTC, all derived from the wall time."""
        return session_times(self.start_wall, self.zone, self.duration_minutes, is_dst=self.is_dst)

    @property
    def start_utc(self) -> datetime:
        return self.times.utc_start

    @property
    def end_utc(self) -> datetime | None:
        return self.times.utc_end

    @property
    def busy_until_utc(self) -> datetime:
        """The end, or the start where the length is unknown (for overlaps and "next up")."""
        return self.times.utc_end or self.times.utc_start

    def start_in(self, zone_name: str) -> datetime:
        return zone_table(zone_name).in_zone(self.times.utc_start)

    def end_in(self, zone_name: str) -> datetime | None:
        end = self.times.utc_end
        return None if end is None else zone_table(zone_name).in_zone(end)

    @property
    def end_wall(self) -> datetime | None:
        end = self.times.track_end
        return None if end is None else end.replace(tzinfo=None)

    @property
    def duration(self) -> timedelta | None:
        return None if self.duration_minutes is None else timedelta(minutes=self.duration_minutes)


#: What a session is, beside its identity and bookkeeping (``sessions`` columns in the
#: table's order): what a view shows, a new row carries and an undo restores.
SESSION_FACT_COLUMNS = (
    "kind",
    "name",
    "start_wall",
    "zone",
    "is_dst",
    "duration_minutes",
    "status",
    "broadcast",
    "stream_url",
    "notes",
)
#: A session view's columns (of the ``sessions`` table), as :func:`session_view_from_row`
#: reads them.
SESSION_VIEW_COLUMNS = ("id", "uid", "round_id", *SESSION_FACT_COLUMNS, "revision", "changed_utc")


def session_view_from_row(row: Sequence[Any], drivers: Sequence[DriverView]) -> SessionView:
    """A session from its ``SESSION_VIEW_COLUMNS`` values (SQLAlchemy's row or plain
    sqlite3's, whose booleans are 0/1 and date-times ISO text)."""
    is_dst = row[7]
    return SessionView(
        id=row[0],
        uid=row[1],
        round_id=row[2],
        kind=SessionKind(row[3]),
        name=row[4],
        start_wall=as_datetime(row[5]),
        zone=row[6],
        is_dst=None if is_dst is None else bool(is_dst),
        duration_minutes=row[8],
        status=SessionStatus(row[9]),
        broadcast=row[10],
        stream_url=row[11],
        notes=row[12],
        revision=row[13],
        changed_utc=as_datetime(row[14]).replace(tzinfo=UTC),
        drivers=tuple(drivers),
    )


def entry_view_from_row(row: Sequence[Any], crew: Sequence[DriverView]) -> EntryView:
    """An entry from (entry id, season, round, car id, team id, team name, number,
    model, class, car revision)."""
    (
        entry_id,
        season_id,
        round_id,
        car_id,
        team_id,
        team_name,
        number,
        model,
        car_class,
        car_revision,
    ) = row
    return EntryView(
        id=entry_id,
        season_id=season_id,
        round_id=round_id,
        car=CarView(
            id=car_id,
            team_id=team_id,
            team_name=team_name or "",
            number=number,
            model=model,
            car_class=car_class,
            revision=car_revision,
        ),
        crew=tuple(crew),
    )


@dataclass(init=False, repr=False, eq=False)
class WeekendView(FrozenView):
    """A round with its sessions, entries and series: what the weekend page and sheet show."""

    round: RoundView
    sessions: tuple[SessionView, ...]
    entries: tuple[EntryView, ...]
    series: SeriesView

    def __init__(
        self,
        round: RoundView,
        sessions: tuple[SessionView, ...],
        entries: tuple[EntryView, ...],
        series: SeriesView,
    ) -> None:
        self.__dict__.update(round=round, sessions=sessions, entries=entries, series=series)


@dataclass(init=False, repr=False, eq=False)
class ScheduledSession(FrozenView):
    """A session with its round, for lists across rounds (upcoming, month view, feeds)."""

    session: SessionView
    round: RoundView

    def __init__(self, session: SessionView, round: RoundView) -> None:
        self.__dict__.update(session=session, round=round)


@dataclass(init=False, repr=False, eq=False)
class Conflict(FrozenView):
    """Two sessions that cannot both be driven or watched."""

    kind: str  # "driver-overlap" (one driver, two sessions) or "family-overlap"
    first: ScheduledSession
    second: ScheduledSession
    drivers: tuple[DriverView, ...]
    message: str

    def __init__(
        self,
        kind: str,
        first: ScheduledSession,
        second: ScheduledSession,
        drivers: tuple[DriverView, ...],
        message: str,
    ) -> None:
        self.__dict__.update(
            kind=kind, first=first, second=second, drivers=drivers, message=message
        )


@dataclass(init=False, repr=False, eq=False)
class StintSnapshot(FrozenView):
    """A driver's place in a deleted session's stint order (for undo)."""

    driver_id: int
    stint_order: int

    def __init__(self, driver_id: int, stint_order: int) -> None:
        self.__dict__.update(driver_id=driver_id, stint_order=stint_order)


@dataclass(init=False, repr=False, eq=False)
class SessionSnapshot(FrozenView):
    """Everything needed to restore a deleted session exactly (for undo)."""

    uid: str
    round_id: int
    kind: str
    name: str
    start_wall: datetime
    zone: str
    is_dst: bool | None
    duration_minutes: int | None
    status: str
    broadcast: str
    stream_url: str
    notes: str
    revision: int
    created_utc: datetime
    changed_utc: datetime
    stints: tuple[StintSnapshot, ...]

    def __init__(
        self,
        uid: str,
        round_id: int,
        kind: str,
        name: str,
        start_wall: datetime,
        zone: str,
        is_dst: bool | None,
        duration_minutes: int | None,
        status: str,
        broadcast: str,
        stream_url: str,
        notes: str,
        revision: int,
        created_utc: datetime,
        changed_utc: datetime,
        stints: tuple[StintSnapshot, ...],
    ) -> None:
        self.__dict__.update(
            uid=uid,
            round_id=round_id,
            kind=kind,
            name=name,
            start_wall=start_wall,
            zone=zone,
            is_dst=is_dst,
            duration_minutes=duration_minutes,
            status=status,
            broadcast=broadcast,
            stream_url=stream_url,
            notes=notes,
            revision=revision,
            created_utc=created_utc,
            changed_utc=changed_utc,
            stints=stints,
        )
