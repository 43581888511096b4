"""The circuit library: the bundled circuits plus the user's own."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.domain.track_time import zone
from planner.i18n import tr
from planner.paths import resource_path
from planner.services import validation
from planner.services.convert import track_view
from planner.services.lookup import get_or_fail
from planner.services.views import TrackView

LAP_TIME_PATTERN = re.compile(r"^(?:(\d+):)?(\d{1,2})[.,](\d{1,3})$")


@dataclass(frozen=True)
class LapRecordInput:
    car_class: str
    lap_time: str  # "1:47.095"
    holder: str = ""
    year: int | None = None


@dataclass(frozen=True)
class TrackInput:
    name: str
    timezone: str
    key: str = ""
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    town: str = ""
    region: str = ""
    country: str = ""
    country_code: str = ""
    length_km: float | None = None
    corners: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    lap_records: tuple[LapRecordInput, ...] = ()


def parse_lap_time(text: str) -> int:
    """'1:47.095' -> 107095 ms; a clear error for anything else."""
    match = LAP_TIME_PATTERN.match(text.strip())
    if not match:
        raise ValidationError(
            tr("“{text}” is not a lap time; write it like 1:47.095.").format(text=text)
        )
    minutes = int(match.group(1) or 0)
    seconds = int(match.group(2))
    fraction = match.group(3).ljust(3, "0")
    if seconds >= 60:
        raise ValidationError(tr("“{text}” has more than 59 seconds.").format(text=text))
    return (minutes * 60 + seconds) * 1000 + int(fraction)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _length_m(length_km: float | None) -> int | None:
    if length_km is None:
        return None
    if not 0.2 <= length_km <= 30:
        raise ValidationError(
            tr("{length} km is not a plausible circuit length.").format(length=length_km)
        )
    return round(length_km * 1000)


def _fill(row: models.Track, data: TrackInput) -> None:
    row.name = validation.required_text(data.name, "circuit name")
    zone(data.timezone)  # refuses unknown zones
    row.timezone = data.timezone
    row.short_name = data.short_name.strip()
    row.aliases = "\n".join(alias.strip() for alias in data.aliases if alias.strip())
    row.town = data.town.strip()
    row.region = data.region.strip()
    row.country = data.country.strip()
    row.country_code = data.country_code.strip().upper()[:2]
    row.length_m = _length_m(data.length_km)
    if data.corners is not None and data.corners <= 0:
        raise ValidationError(tr("A circuit has at least one corner."))
    row.corners = validation.corners(data.corners)
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        raise ValidationError(tr("Latitude must be between -90 and 90."))
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        raise ValidationError(tr("Longitude must be between -180 and 180."))
    row.latitude, row.longitude = data.latitude, data.longitude
    row.lap_records = [
        models.LapRecord(
            car_class=validation.required_text(record.car_class, "class"),
            lap_time_ms=parse_lap_time(record.lap_time),
            holder=record.holder.strip(),
            year=record.year,
        )
        for record in data.lap_records
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


@cache
def bundled_circuits() -> tuple[TrackInput, ...]:
    """The circuit library shipped in ``resources/circuits.json``."""
    path = resource_path("circuits.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return tuple(_track_input(item) for item in data["circuits"])


def _track_input(item: dict[str, Any]) -> TrackInput:
    return TrackInput(
        key=item["key"],
        name=item["name"],
        short_name=item.get("short_name", ""),
        aliases=tuple(item.get("aliases", ())),
        town=item.get("town", ""),
        region=item.get("region", ""),
        country=item.get("country", ""),
        country_code=item.get("country_code", ""),
        timezone=item["timezone"],
        length_km=item.get("length_km"),
        corners=item.get("corners"),
        latitude=item.get("latitude"),
        longitude=item.get("longitude"),
        lap_records=tuple(
            LapRecordInput(
                car_class=record["class"],
                lap_time=record["time"],
                holder=record.get("holder") or "",
                year=record.get("year"),
            )
            for record in item.get("lap_records", ())
        ),
    )


def install_circuit_library(db: Database) -> int:
    """Add the bundled circuits the database does not have yet (by key); returns how many."""
    library = bundled_circuits()
    with db.unit_of_work() as orm:
        known_keys = set(orm.scalars(select(models.Track.key)))
        known_names = {name.casefold() for name in orm.scalars(select(models.Track.name))}
        added = 0
        for data in library:
            if data.key in known_keys or data.name.casefold() in known_names:
                continue
            row = models.Track(key=data.key, built_in=True)
            _fill(row, data)
            orm.add(row)
            added += 1
        return added
