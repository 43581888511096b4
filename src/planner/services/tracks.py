"""The circuit library: the bundled circuits plus the user's own."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database, mark_written
from planner.services.circuit_library import (
    LapRecordInput,
    TrackInput,
    install_missing,
    slug,
    track_values,
)
from planner.services.convert import track_view
from planner.services.feeds.rows import orm_runner
from planner.services.lookup import get_or_fail
from planner.services.views import TrackView

__all__ = [
    "LapRecordInput",
    "TrackInput",
    "add_track",
    "edit_track",
    "get_track",
    "install_circuit_library",
    "list_tracks",
    "search_tracks",
]


def _fill(row: models.Track, data: TrackInput) -> None:
    values = track_values(data)
    row.name = values.name
    row.timezone = values.timezone
    row.short_name = values.short_name
    row.aliases = values.aliases
    row.town = values.town
    row.region = values.region
    row.country = values.country
    row.country_code = values.country_code
    row.length_m = values.length_m
    row.corners = values.corners
    row.latitude, row.longitude = values.latitude, values.longitude
    row.lap_records = [
        models.LapRecord(
            car_class=record.car_class,
            lap_time_ms=record.lap_time_ms,
            holder=record.holder,
            year=record.year,
        )
        for record in values.lap_records
    ]


def add_track(db: Database, data: TrackInput) -> TrackView:
    with db.unit_of_work() as orm:
        row = models.Track(key=data.key or slug(data.name), built_in=False)
        _fill(row, data)
        orm.add(row)
        orm.flush()
        return track_view(row)


def edit_track(db: Database, track_id: int, data: TrackInput) -> TrackView:
    """Replace a circuit's facts. A new zone moves no wall time: sessions follow the track."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, models.Track, track_id, "circuit")
        old_zone = row.timezone
        _fill(row, data)
        if row.timezone != old_zone:
            rounds = orm.scalars(select(models.Round).where(models.Round.track_id == row.id))
            for round_row in rounds:
                for session in round_row.sessions:
                    session.zone = row.timezone
                    session.revision = models.Session.revision + 1
        orm.flush()
        return track_view(row)


def list_tracks(db: Database) -> list[TrackView]:
    with db.unit_of_work() as orm:
        return [
            track_view(row) for row in orm.scalars(select(models.Track).order_by(models.Track.name))
        ]


def get_track(db: Database, track_id: int) -> TrackView:
    with db.unit_of_work() as orm:
        return track_view(get_or_fail(orm, models.Track, track_id, "circuit"))


def search_tracks(tracks: Sequence[TrackView], text: str) -> list[TrackView]:
    """Circuits whose name, short name, alias, town or country starts with or holds ``text``.

    "hock" finds Hockenheimring; matches at a word start rank first.
    """
    wanted = _fold(text)
    if not wanted:
        return list(tracks)
    ranked: list[tuple[int, str, TrackView]] = []
    for track in tracks:
        names = [track.name, track.short_name, *track.aliases, track.town, track.country]
        folded = [_fold(name) for name in names if name]
        if any(name.startswith(wanted) for name in folded):
            rank = 0
        elif any(f" {wanted}" in f" {name}" for name in folded):
            rank = 1
        elif any(wanted in name for name in folded):
            rank = 2
        else:
            continue
        ranked.append((rank, track.name, track))
    return [track for _rank, _name, track in sorted(ranked, key=lambda item: item[:2])]


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.casefold().strip()


def install_circuit_library(db: Database) -> int:
    """Add the bundled circuits the database does not have yet (by key or name); how many."""
    with db.unit_of_work() as orm:
        added = install_missing(orm_runner(orm))
        if added:
            mark_written(orm)
        return added
