"""The circuits shipped with the app, what a circuit's facts store as, and installing
the missing ones with SQL texts.

A planner is given the library when it is created and every circuit a newer
app ships when it is opened: two reads of the stored keys and names, and
nothing written when nothing is missing. The statements are hand-written SQL
texts run by a :data:`~planner.services.feeds.rows.Runner` (the standard
library's ``sqlite3`` on a file, SQLAlchemy's connection on a server), so a
command that works on a file without SQLAlchemy installs the library the same
way the window does. What a circuit's facts store as (:func:`track_values`) is
the one set of checks the circuit forms (:mod:`.tracks`) use as well.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.track_time import zone
from planner.i18n import tr
from planner.paths import resource_path
from planner.services import validation
from planner.services.library_keys import missing_keys
from planner.services.sql_runner import Runner

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


@dataclass(frozen=True)
class LapRecordValues:
    car_class: str
    lap_time_ms: int
    holder: str
    year: int | None


@dataclass(frozen=True)
class TrackValues:
    """A circuit's columns as stored (checked), without its key and origin."""

    name: str
    timezone: str
    short_name: str
    aliases: str  # one alias a line
    town: str
    region: str
    country: str
    country_code: str
    length_m: int | None
    corners: int | None
    latitude: float | None
    longitude: float | None
    lap_records: tuple[LapRecordValues, ...]


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


def track_values(data: TrackInput) -> TrackValues:
    """``data`` checked and tidied as a circuit stores it; a clear error for a bad value."""
    name = validation.required_text(data.name, "circuit name")
    zone(data.timezone)  # refuses unknown zones
    length_m = _length_m(data.length_km)
    if data.corners is not None and data.corners <= 0:
        raise ValidationError(tr("A circuit has at least one corner."))
    corners = validation.corners(data.corners)
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        raise ValidationError(tr("Latitude must be between -90 and 90."))
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        raise ValidationError(tr("Longitude must be between -180 and 180."))
    return TrackValues(
        name=name,
        timezone=data.timezone,
        short_name=data.short_name.strip(),
        aliases="\n".join(alias.strip() for alias in data.aliases if alias.strip()),
        town=data.town.strip(),
        region=data.region.strip(),
        country=data.country.strip(),
        country_code=data.country_code.strip().upper()[:2],
        length_m=length_m,
        corners=corners,
        latitude=data.latitude,
        longitude=data.longitude,
        lap_records=tuple(
            LapRecordValues(
                car_class=validation.required_text(record.car_class, "class"),
                lap_time_ms=parse_lap_time(record.lap_time),
                holder=record.holder.strip(),
                year=record.year,
            )
            for record in data.lap_records
        ),
    )


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


_INSERT_TRACK = (
    "INSERT INTO tracks (key, name, short_name, aliases, town, region, country, country_code,"
    " timezone, length_m, corners, latitude, longitude, built_in)"
    " VALUES (:key, :name, :short_name, :aliases, :town, :region, :country, :country_code,"
    " :timezone, :length_m, :corners, :latitude, :longitude, :built_in) RETURNING id"
)
_INSERT_LAP_RECORD = (
    "INSERT INTO lap_records (track_id, car_class, lap_time_ms, holder, year)"
    " VALUES (:track_id, :car_class, :lap_time_ms, :holder, :year)"
)


def missing_circuits(run: Runner) -> list[TrackInput]:
    """The bundled circuits the database has neither by key nor by name (case-insensitive)."""
    missing = set(missing_keys(run))
    if not missing:
        return []
    return [data for data in bundled_circuits() if data.key in missing]


def install_missing(run: Runner) -> int:
    """Add the bundled circuits the database does not have yet; how many were added."""
    missing = missing_circuits(run)
    for data in missing:
        values = track_values(data)
        ((track_id,),) = run(
            _INSERT_TRACK,
            {
                "key": data.key,
                "name": values.name,
                "short_name": values.short_name,
                "aliases": values.aliases,
                "town": values.town,
                "region": values.region,
                "country": values.country,
                "country_code": values.country_code,
                "timezone": values.timezone,
                "length_m": values.length_m,
                "corners": values.corners,
                "latitude": values.latitude,
                "longitude": values.longitude,
                "built_in": True,
            },
        )
        for record in values.lap_records:
            run(
                _INSERT_LAP_RECORD,
                {
                    "track_id": track_id,
                    "car_class": record.car_class,
                    "lap_time_ms": record.lap_time_ms,
                    "holder": record.holder,
                    "year": record.year,
                },
            )
    return len(missing)
