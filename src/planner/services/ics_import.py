"""Importing an .ics file (a series' calendar, or our own export) into rounds and sessions.

* Our own exports carry ``X-RACE-PLANNER-*`` properties (series, season,
  round, circuit, session name, kind, drivers, broadcast, notes): they are
  rebuilt exactly, into the same series, season and round number.
* Anyone else's file needs the series and season from the user. Its events
  are grouped into rounds per circuit by date (sessions at most two days
  apart make one weekend), and an existing round of that season at that
  circuit within three days is reused.
* Circuits: forced by the caller (``track``), else our circuit key, else the
  LOCATION matched by name against the library (:func:`match_circuit`),
  else GEO: the nearest library circuit within 5 km, else the summary's
  words. Places that match nothing end the import with
  :class:`UnknownPlacesError`, which lists them (the GUI asks; the CLI takes
  ``--track``).
* Times: whatever zone (or UTC) the file writes, each start is converted to
  the wall time at the matched circuit (the instant is kept).
* Identity: an event UID ``<uuid>@race-planner`` is our session's uid and is
  reused; any other UID becomes a deterministic ``uuid5`` of it. Importing
  the same file again therefore updates instead of duplicating, and reports
  added / updated / unchanged.
* One unit of work: a file that cannot be read (ImportFormatError naming the
  line or event), an unknown place, or any refused value leaves the database
  exactly as it was.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.domain.errors import ImportFormatError, PlannerError, ValidationError
from planner.domain.kinds import SessionKind, SessionStatus
from planner.domain.track_time import utc_to_wall, zone
from planner.i18n import tr, translate
from planner.ical import ImportedEvent, read_calendar
from planner.importing.circuit_match import match_circuit
from planner.services import validation
from planner.services.convert import track_view
from planner.services.feeds import (
    UID_DOMAIN,
    X_BROADCAST,
    X_DRIVERS,
    X_FACTS,
    X_KIND,
    X_NOTES,
    X_ROUND,
    X_ROUND_DAYS,
    X_ROUND_NAME,
    X_SEASON,
    X_SERIES,
    X_SERIES_SHORT,
    X_SESSION,
    X_STREAM,
    X_TRACK,
    X_WEEKEND,
)
from planner.services.lookup import find_series, find_track
from planner.services.sessions import NewSession, _build, _checked_start, utc_now_naive
from planner.services.views import TrackView

#: Namespace of the uuid5 made from a foreign event's UID (fixed forever).
FOREIGN_UID_NAMESPACE = uuid.UUID("6f1d4c1e-3f55-4a63-9a43-3d3c0b0f2a51")
NEAREST_CIRCUIT_KM = 5.0
WEEKEND_GAP_DAYS = 2
REUSE_ROUND_WITHIN_DAYS = 3
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_OUR_UID = re.compile(rf"^({_UUID})@{re.escape(UID_DOMAIN)}$")
_MAX_MINUTES = 48 * 60


class UnknownPlacesError(PlannerError):
    """Events whose place matches no circuit of the library; ``places`` lists them."""

    def __init__(self, message: str, places: tuple[str, ...], *, where: str | None = None) -> None:
        super().__init__(message, where=where)
        self.places = places


@dataclass(frozen=True)
class IcsImportReport:
    """What an import did (or, with ``dry_run``, would do). Items are readable labels."""

    source: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    rounds_added: tuple[str, ...] = ()
    dry_run: bool = False
    session_uids: tuple[str, ...] = field(default=(), repr=False)


class _DryRunFinishedError(Exception):
    def __init__(self, report: IcsImportReport) -> None:
        super().__init__("dry run")
        self.report = report


@dataclass
class _Planned:
    """One timed event, placed: its circuit, its series/season, its round key."""

    event: ImportedEvent
    track: TrackView
    series: str
    year: int
    round_number: int | None  # ours: the exported round number
    start_utc: datetime
    end_utc: datetime


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _unescape(value: str) -> str:
    """The reader leaves X- values as written: undo the TEXT escapes."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda found: "\n" if found.group(1) in "nN" else found.group(1), value)


@cache
def _facts(raw: str) -> dict[str, str]:
    try:
        found = json.loads(_unescape(raw))
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(key): str(value) for key, value in found.items()}


def _x(event: ImportedEvent, name: str) -> str | None:
    """One of our facts of an exported session (or our weekend marker), None if absent."""
    if name == X_WEEKEND:
        return event.x_prop(X_WEEKEND)
    raw = event.x_prop(X_FACTS)
    return None if raw is None else _facts(raw).get(name)


def _label(event: ImportedEvent) -> str:
    summary = event.summary or event.uid or "?"
    return f"“{summary}”" + (tr(" (line {line})").format(line=event.line) if event.line else "")


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def nearest_circuit(
    latitude: float, longitude: float, circuits: Sequence[TrackView]
) -> TrackView | None:
    """The library circuit nearest to a point, if one lies within 5 km."""
    best: tuple[float, TrackView] | None = None
    for circuit in circuits:
        if circuit.latitude is None or circuit.longitude is None:
            continue
        distance = _distance_km(latitude, longitude, circuit.latitude, circuit.longitude)
        if distance <= NEAREST_CIRCUIT_KM and (best is None or distance < best[0]):
            best = (distance, circuit)
    return None if best is None else best[1]


def _by_location(location: str, circuits: Sequence[TrackView]) -> TrackView | None:
    parts = [part.strip() for part in location.split(",") if part.strip()]
    if not parts:
        return None
    country = parts[-1] if len(parts) > 1 else None
    places = parts[:-1] if len(parts) > 1 else parts
    for place in (location, *places):
        found = match_circuit(place, country, circuits)
        if found is not None:
            return found
    return None


def _circuit_of(
    event: ImportedEvent,
    circuits: Sequence[TrackView],
    by_key: dict[str, TrackView],
) -> TrackView | None:
    key = _x(event, X_TRACK)
    if key and key in by_key:
        return by_key[key]
    if event.location:
        found = _by_location(event.location, circuits)
        if found is not None:
            return found
    if event.geo is not None:
        found = nearest_circuit(event.geo[0], event.geo[1], circuits)
        if found is not None:
            return found
    if event.summary:
        return match_circuit(event.summary, None, circuits)
    return None


def session_uid_for(event: ImportedEvent) -> str:
    """Our session uid for an event: ours reused, anyone else's as a uuid5 of their UID."""
    if event.uid:
        ours = _OUR_UID.match(event.uid.strip())
        if ours:
            return ours.group(1)
        return str(uuid.uuid5(FOREIGN_UID_NAMESPACE, event.uid.strip()))
    start = event.start.isoformat()
    return str(uuid.uuid5(FOREIGN_UID_NAMESPACE, f"no-uid|{event.summary}|{start}"))


def _status(event: ImportedEvent) -> str:
    if event.status == "CANCELLED":
        return SessionStatus.CANCELLED.value
    if event.status == "TENTATIVE":
        return SessionStatus.TENTATIVE.value
    return SessionStatus.SCHEDULED.value


def _plain_summary(summary: str) -> str:
    """A summary without the "Cancelled:" we (and others) put in front."""
    text = summary.strip()
    for language in ("en", "sv"):
        prefix = translate("Cancelled: {summary}", language).split("{summary}")[0]
        if prefix and text.casefold().startswith(prefix.casefold()):
            return text[len(prefix) :].strip()
    return text


def _kind(event: ImportedEvent, name: str) -> str:
    ours = _x(event, X_KIND)
    if ours:
        return validation.session_kind(ours).value
    from planner.importing.session_words import session_kind

    return (session_kind(name) or SessionKind.OTHER).value


def _year(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


@dataclass
class _Counts:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rounds_added: list[str] = field(default_factory=list)
    uids: list[str] = field(default_factory=list)


def import_ics(
    db: Database,
    data: bytes,
    *,
    source_name: str,
    series: str | None = None,
    year: int | None = None,
    track: str | None = None,
    floating_zone: str | None = None,
    dry_run: bool = False,
) -> IcsImportReport:
    """Import the events of an .ics file as one unit of work (see the module text).

    ``series``/``year`` name the season for events that do not carry ours
    (and override ours when given). ``track`` forces one circuit for every
    event. ``dry_run``: everything is checked and reported, nothing stored.
    """
    events = read_calendar(data, source_name=source_name, floating_zone=floating_zone)
    if year is not None:
        validation.season_year(year)
    counts = _Counts()
    try:
        with db.unit_of_work() as orm:
            planned = _plan(orm, events, series, year, track, source_name, counts)
            _store(orm, planned, counts)
            orm.flush()
            report = IcsImportReport(
                source=source_name,
                added=tuple(counts.added),
                updated=tuple(counts.updated),
                unchanged=tuple(counts.unchanged),
                skipped=tuple(counts.skipped),
                rounds_added=tuple(counts.rounds_added),
                dry_run=dry_run,
                session_uids=tuple(counts.uids),
            )
            if dry_run:
                raise _DryRunFinishedError(report)
    except _DryRunFinishedError as finished:
        return finished.report
    return report


def import_ics_file(
    db: Database,
    path: Path | str,
    *,
    series: str | None = None,
    year: int | None = None,
    track: str | None = None,
    floating_zone: str | None = None,
    dry_run: bool = False,
) -> IcsImportReport:
    """:func:`import_ics` on a file; an unreadable file is an ImportFormatError naming it."""
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as error:
        raise ImportFormatError(
            tr("Cannot read {path}: {reason}").format(path=target, reason=error.strerror or error),
            where=str(target),
        ) from None
    return import_ics(
        db,
        data,
        source_name=target.name,
        series=series,
        year=year,
        track=track,
        floating_zone=floating_zone,
        dry_run=dry_run,
    )


def _plan(
    orm: OrmSession,
    events: Sequence[ImportedEvent],
    series: str | None,
    year: int | None,
    track: str | None,
    source_name: str,
    counts: _Counts,
) -> list[_Planned]:
    circuits = [track_view(row) for row in orm.scalars(select(models.Track))]
    by_key = {circuit.key: circuit for circuit in circuits}
    forced = None
    if track is not None:
        forced_row = find_track(orm, track)
        forced = next(circuit for circuit in circuits if circuit.id == forced_row.id)
    planned: list[_Planned] = []
    unknown: list[str] = []
    unnamed: list[str] = []
    for event in events:
        if _x(event, X_WEEKEND) is not None:
            continue  # our all-day weekend event: the round comes with its sessions
        if event.all_day:
            counts.skipped.append(
                tr("{event}: an all-day event, not a session").format(event=_label(event))
            )
            continue
        if event.recurring:
            counts.skipped.append(tr("{event}: a repeating event").format(event=_label(event)))
            continue
        assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
        if event.end - event.start > timedelta(minutes=_MAX_MINUTES):
            counts.skipped.append(
                tr("{event}: lasts more than 48 hours").format(event=_label(event))
            )
            continue
        circuit = forced or _circuit_of(event, circuits, by_key)
        if circuit is None:
            place = event.location or (
                f"{event.geo[0]:.4f}, {event.geo[1]:.4f}" if event.geo else tr("no place given")
            )
            unknown.append(f"{place} — {_label(event)}")
            continue
        series_name = series or _x(event, X_SERIES)
        season_year = year if year is not None else _year(_x(event, X_SEASON))
        if not series_name or season_year is None:
            unnamed.append(_label(event))
            continue
        planned.append(
            _Planned(
                event=event,
                track=circuit,
                series=series_name,
                year=season_year,
                round_number=None if series else _year(_x(event, X_ROUND)),
                start_utc=event.start.astimezone(UTC),
                end_utc=event.end.astimezone(UTC),
            )
        )
    if unknown:
        raise UnknownPlacesError(
            tr(
                "These places match no circuit in the library: {places}. Add the circuit "
                "first, or choose the circuit for the whole file."
            ).format(places="; ".join(unknown)),
            tuple(unknown),
            where=source_name,
        )
    if unnamed:
        raise ValidationError(
            tr(
                "Name the series and season to import into: these events do not say it: {events}."
            ).format(events="; ".join(unnamed[:5]) + (" …" if len(unnamed) > 5 else "")),
            where=source_name,
        )
    return planned


def _series_row(
    orm: OrmSession, name: str, short_name: str, cache: dict[str, models.Series]
) -> models.Series:
    key = name.strip().casefold()
    if key in cache:
        return cache[key]
    try:
        row = find_series(orm, name)
    except PlannerError:
        row = models.Series(
            name=validation.required_text(name, "series name"), short_name=short_name.strip()
        )
        orm.add(row)
        orm.flush()
    cache[key] = row
    return row


def _season_row(
    orm: OrmSession,
    series_row: models.Series,
    year: int,
    cache: dict[tuple[int, int], models.Season],
) -> models.Season:
    key = (series_row.id, year)
    if key in cache:
        return cache[key]
    row = orm.scalar(
        select(models.Season).where(
            models.Season.series_id == series_row.id, models.Season.year == year
        )
    )
    if row is None:
        row = models.Season(series_id=series_row.id, year=validation.season_year(year))
        orm.add(row)
        orm.flush()
    cache[key] = row
    return row


def _wall(moment: datetime, zone_name: str) -> tuple[datetime, bool]:
    """Wall time at the track and, for a time shown twice, which offset (summer: True)."""
    local = moment.astimezone(zone(zone_name))
    return utc_to_wall(moment, zone_name).replace(second=0, microsecond=0), bool(local.dst())


def _groups(planned: list[_Planned]) -> list[list[_Planned]]:
    """Events per round: ours by exported round number, others per circuit by date clusters."""
    ours: dict[tuple[str, int, int], list[_Planned]] = {}
    theirs: dict[tuple[str, int, int], list[_Planned]] = {}
    for item in planned:
        if item.round_number is not None:
            ours.setdefault((item.series.casefold(), item.year, item.round_number), []).append(item)
        else:
            theirs.setdefault((item.series.casefold(), item.year, item.track.id), []).append(item)
    groups = list(ours.values())
    for items in theirs.values():
        items.sort(key=lambda item: item.start_utc)
        current: list[_Planned] = []
        for item in items:
            day = _wall(item.start_utc, item.track.timezone)[0].date()
            if current:
                first_day = _wall(current[0].start_utc, current[0].track.timezone)[0].date()
                last_day = _wall(current[-1].start_utc, current[-1].track.timezone)[0].date()
                if (day - last_day).days > WEEKEND_GAP_DAYS or (day - first_day).days > 13:
                    groups.append(current)
                    current = []
            current.append(item)
        if current:
            groups.append(current)
    return groups


def _days_of(items: list[_Planned]) -> tuple[date, date]:
    days = [_wall(item.start_utc, item.track.timezone)[0].date() for item in items]
    return min(days), max(days)


def _round_row(
    orm: OrmSession, season: models.Season, items: list[_Planned], counts: _Counts
) -> models.Round:
    first = items[0]
    first_day, last_day = _days_of(items)
    if first.round_number is not None:
        row = orm.scalar(
            select(models.Round).where(
                models.Round.season_id == season.id, models.Round.number == first.round_number
            )
        )
        days = _x(first.event, X_ROUND_DAYS)
        if days and "/" in days:
            try:
                given_first, given_last = (date.fromisoformat(part) for part in days.split("/", 1))
                first_day, last_day = min(first_day, given_first), max(last_day, given_last)
            except ValueError:
                pass
        number = first.round_number
        name = _x(first.event, X_ROUND_NAME) or ""
    else:
        row = None
        for candidate in orm.scalars(
            select(models.Round).where(
                models.Round.season_id == season.id, models.Round.track_id == first.track.id
            )
        ):
            slack = timedelta(days=REUSE_ROUND_WITHIN_DAYS)
            if candidate.first_day - slack <= last_day and first_day <= candidate.last_day + slack:
                row = candidate
                break
        number = None
        name = ""
    if row is None:
        taken = set(
            orm.scalars(select(models.Round.number).where(models.Round.season_id == season.id))
        )
        if number is None or number in taken:
            number = max(taken, default=0) + 1
        validation.round_days(first_day, last_day)
        row = models.Round(
            season_id=season.id,
            number=number,
            name=name,
            track_id=first.track.id,
            first_day=first_day,
            last_day=last_day,
        )
        orm.add(row)
        orm.flush()
        counts.rounds_added.append(
            tr("{series} {year} round {number} at {track} ({first} – {last})").format(
                series=season.series.name,
                year=season.year,
                number=number,
                track=first.track.name,
                first=first_day.isoformat(),
                last=last_day.isoformat(),
            )
        )
        return row
    new_first, new_last = min(row.first_day, first_day), max(row.last_day, last_day)
    if (new_first, new_last) != (row.first_day, row.last_day):
        validation.round_days(new_first, new_last)
        row.first_day, row.last_day = new_first, new_last
    return row


def _drivers(
    orm: OrmSession, event: ImportedEvent, cache: dict[str, models.Driver]
) -> list[models.Driver]:
    text = _x(event, X_DRIVERS)
    if not text:
        return []
    found: list[models.Driver] = []
    for name in (part.strip() for part in text.splitlines()):
        if not name:
            continue
        key = name.casefold()
        row = cache.get(key)
        if row is None:
            row = orm.scalar(select(models.Driver).where(func.lower(models.Driver.name) == key))
            if row is None:
                row = models.Driver(name=name)
                orm.add(row)
                orm.flush()
            cache[key] = row
        found.append(row)
    return found


def _free_name(round_row: models.Round, name: str, uid: str) -> str:
    taken = {session.name.casefold() for session in round_row.sessions if session.uid != uid}
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _store(orm: OrmSession, planned: list[_Planned], counts: _Counts) -> None:
    series_cache: dict[str, models.Series] = {}
    season_cache: dict[tuple[int, int], models.Season] = {}
    driver_cache: dict[str, models.Driver] = {}
    uids = [session_uid_for(item.event) for item in planned]
    existing: dict[str, models.Session] = {}
    for start in range(0, len(uids), 500):
        for row in orm.scalars(
            select(models.Session).where(models.Session.uid.in_(uids[start : start + 500]))
        ):
            existing[row.uid] = row
    for items in _groups(planned):
        short_name = _x(items[0].event, X_SERIES_SHORT) or ""
        series_row = _series_row(orm, items[0].series, short_name, series_cache)
        season = _season_row(orm, series_row, items[0].year, season_cache)
        round_row = _round_row(orm, season, items, counts)
        new_rows: list[models.Session] = []
        for item in items:
            uid = session_uid_for(item.event)
            counts.uids.append(uid)
            label = _label(item.event)
            event = item.event
            name = (_x(event, X_SESSION) or _plain_summary(event.summary)).strip() or "?"
            # Wall time at the round's circuit (the file's zone does not matter).
            wall, summer = _wall(item.start_utc, round_row.track.timezone)
            minutes = int((item.end_utc - item.start_utc).total_seconds() // 60) or None
            wanted = {
                "kind": _kind(event, name),
                "status": _status(event),
                "duration_minutes": minutes,
                "broadcast": (_x(event, X_BROADCAST) or "").strip(),
                "stream_url": (_x(event, X_STREAM) or "").strip(),
                "notes": (
                    _x(event, X_NOTES) or ""
                    if _x(event, X_SESSION) is not None
                    else event.description
                ).strip(),
            }
            drivers = _drivers(orm, event, driver_cache)
            found = existing.get(uid)
            if found is None:
                new = NewSession(
                    name=_free_name(round_row, name, uid),
                    kind=str(wanted["kind"]),
                    start_wall=wall,
                    duration_minutes=minutes,
                    status=str(wanted["status"]),
                    broadcast=str(wanted["broadcast"]),
                    stream_url=str(wanted["stream_url"]),
                    notes=str(wanted["notes"]),
                    is_dst=summer,
                    uid=uid,
                )
                row = _build(round_row, new)
                row.revision = max(1, event.sequence + 1)
                row.stints = [
                    models.SessionDriver(driver=driver, stint_order=order)
                    for order, driver in enumerate(drivers, start=1)
                ]
                round_row.sessions.append(row)
                new_rows.append(row)
                existing[uid] = row
                counts.added.append(label)
                continue
            _update(
                orm, found, wanted, name, item.start_utc, drivers, event.sequence, label, counts
            )
        if new_rows:
            orm.flush()


def _update(
    orm: OrmSession,
    row: models.Session,
    wanted: Mapping[str, object],
    name: str,
    start_utc: datetime,
    drivers: list[models.Driver],
    sequence: int,
    label: str,
    counts: _Counts,
) -> None:
    wall, summer = _wall(start_utc, row.zone)
    real_start, kept_dst = _checked_start(wall, row.zone, summer)
    round_row = row.round
    if not round_row.first_day <= real_start.date() <= round_row.last_day:
        new_first = min(round_row.first_day, real_start.date())
        new_last = max(round_row.last_day, real_start.date())
        validation.round_days(new_first, new_last)
        round_row.first_day, round_row.last_day = new_first, new_last
    name = _free_name(round_row, name, row.uid)
    significant = (
        row.name != name
        or row.kind != wanted["kind"]
        or row.start_wall != real_start
        or row.is_dst != kept_dst
        or row.duration_minutes != wanted["duration_minutes"]
        or row.status != wanted["status"]
    )
    minor = any(getattr(row, key) != wanted[key] for key in ("broadcast", "stream_url", "notes"))
    same_drivers = [stint.driver_id for stint in row.stints] == [driver.id for driver in drivers]
    if not significant and not minor and (same_drivers or not drivers):
        counts.unchanged.append(label)
        return
    row.name = name
    row.start_wall, row.is_dst = real_start, kept_dst
    for key, value in wanted.items():
        setattr(row, key, value)
    if drivers and not same_drivers:
        row.stints.clear()
        orm.flush()
        row.stints.extend(
            models.SessionDriver(driver=driver, stint_order=order)
            for order, driver in enumerate(drivers, start=1)
        )
    if significant:
        row.revision = max(row.revision + 1, sequence + 1)
    row.changed_utc = utc_now_naive()
    counts.updated.append(label)
