"""ORM rows -> detached views. Only services call these, inside a unit of work."""

from __future__ import annotations

from datetime import UTC

from planner.db import models
from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.services.views import (
    CarView,
    DriverView,
    EntryView,
    LapRecordView,
    RoundView,
    SeasonView,
    SeriesView,
    SessionSnapshot,
    SessionView,
    StintSnapshot,
    TeamView,
    TrackView,
)


def series_view(row: models.Series) -> SeriesView:
    return SeriesView(
        id=row.id,
        name=row.name,
        short_name=row.short_name,
        colour=row.colour,
        website=row.website,
        live_timing_url=row.live_timing_url,
        stream_url=row.stream_url,
    )


def season_view(row: models.Season, round_count: int | None = None) -> SeasonView:
    return SeasonView(
        id=row.id,
        series_id=row.series_id,
        series_name=row.series.name,
        series_short_name=row.series.short_name,
        series_colour=row.series.colour,
        year=row.year,
        notes=row.notes,
        round_count=len(row.rounds) if round_count is None else round_count,
    )


def track_view(row: models.Track) -> TrackView:
    return TrackView(
        id=row.id,
        key=row.key,
        name=row.name,
        short_name=row.short_name,
        aliases=tuple(alias for alias in row.aliases.splitlines() if alias.strip()),
        town=row.town,
        region=row.region,
        country=row.country,
        country_code=row.country_code,
        timezone=row.timezone,
        length_m=row.length_m,
        corners=row.corners,
        latitude=row.latitude,
        longitude=row.longitude,
        built_in=row.built_in,
        lap_records=tuple(
            LapRecordView(
                id=record.id,
                car_class=record.car_class,
                lap_time_ms=record.lap_time_ms,
                holder=record.holder,
                year=record.year,
            )
            for record in row.lap_records
        ),
    )


def driver_view(row: models.Driver) -> DriverView:
    return DriverView(
        id=row.id,
        name=row.name,
        nationality=row.nationality,
        followed=row.followed,
        revision=row.revision,
    )


def team_view(row: models.Team) -> TeamView:
    return TeamView(id=row.id, name=row.name, revision=row.revision)


def car_view(row: models.Car) -> CarView:
    return CarView(
        id=row.id,
        team_id=row.team_id,
        team_name=row.team.name if row.team else "",
        number=row.number,
        model=row.model,
        car_class=row.car_class,
        revision=row.revision,
    )


def entry_view(row: models.Entry) -> EntryView:
    return EntryView(
        id=row.id,
        season_id=row.season_id,
        round_id=row.round_id,
        car=car_view(row.car),
        crew=tuple(driver_view(member.driver) for member in row.crew),
    )


def round_drivers(row: models.Round) -> tuple[DriverView, ...]:
    """Who races this round: the crews of its entries and of whole-season entries."""
    seen: dict[int, DriverView] = {}
    for entry in row.season.entries:
        if entry.round_id in (None, row.id):
            for member in entry.crew:
                seen.setdefault(member.driver_id, driver_view(member.driver))
    return tuple(seen.values())


def round_view(
    row: models.Round, *, track: TrackView | None = None, session_count: int | None = None
) -> RoundView:
    season = row.season
    return RoundView(
        id=row.id,
        season_id=row.season_id,
        series_id=season.series_id,
        series_name=season.series.name,
        series_short_name=season.series.short_name,
        series_colour=season.series.colour,
        year=season.year,
        number=row.number,
        name=row.name,
        track=track or track_view(row.track),
        first_day=row.first_day,
        last_day=row.last_day,
        status=RoundStatus(row.status),
        notes=row.notes,
        drivers=round_drivers(row),
        session_count=len(row.sessions) if session_count is None else session_count,
        revision=row.revision,
    )


def session_view(row: models.Session) -> SessionView:
    return SessionView(
        id=row.id,
        uid=row.uid,
        round_id=row.round_id,
        kind=SessionKind(row.kind),
        name=row.name,
        start_wall=row.start_wall,
        zone=row.zone,
        is_dst=row.is_dst,
        duration_minutes=row.duration_minutes,
        status=SessionStatus(row.status),
        broadcast=row.broadcast,
        stream_url=row.stream_url,
        notes=row.notes,
        revision=row.revision,
        changed_utc=row.changed_utc.replace(tzinfo=UTC),
        drivers=tuple(driver_view(stint.driver) for stint in row.stints),
    )


def session_snapshot(row: models.Session) -> SessionSnapshot:
    return SessionSnapshot(
        uid=row.uid,
        round_id=row.round_id,
        kind=row.kind,
        name=row.name,
        start_wall=row.start_wall,
        zone=row.zone,
        is_dst=row.is_dst,
        duration_minutes=row.duration_minutes,
        status=row.status,
        broadcast=row.broadcast,
        stream_url=row.stream_url,
        notes=row.notes,
        revision=row.revision,
        created_utc=row.created_utc,
        changed_utc=row.changed_utc,
        stints=tuple(
            StintSnapshot(driver_id=stint.driver_id, stint_order=stint.stint_order)
            for stint in row.stints
        ),
    )
