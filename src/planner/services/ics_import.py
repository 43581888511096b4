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
* SQL texts only: :func:`import_ics_with` reads and writes through a
  :data:`~planner.services.feeds.rows.Runner`, one hand-written statement
  each, in the caller's transaction: the ORM unit of work of
  :func:`import_ics` (on a server through SQLAlchemy's ``text()``), or a
  ``sqlite3`` unit on a file (:mod:`planner.db.file_unit`), so a
  command-line import need not load SQLAlchemy or the models. The rows are
  those the ORM wrote (its defaults written out: a new round's uid,
  revision and change time); ``tests/ical/test_ics_store_rows.py`` compares
  them with dumps taken from the ORM version.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from planner.domain.errors import ImportFormatError, PlannerError, ValidationError
from planner.domain.kinds import SessionKind, SessionStatus
from planner.domain.memo import memoized
from planner.domain.track_time import UTC  # the reader's: its times convert to themselves
from planner.i18n import tr, translate_part
from planner.ical import ImportedEvent, read_calendar
from planner.ical.dialect import (
    UID_DOMAIN,
    X_BROADCAST,
    X_CAR_CLASS,
    X_CAR_MODEL,
    X_CAR_NUMBER,
    X_CAR_TEAM,
    X_DRIVERS,
    X_FACTS,
    X_KIND,
    X_NOTES,
    X_ROUND,
    X_ROUND_DAYS,
    X_ROUND_NAME,
    X_ROUND_UID,
    X_SEASON,
    X_SERIES,
    X_SERIES_SHORT,
    X_SERIES_STREAM,
    X_SERIES_TIMING,
    X_SERIES_WEBSITE,
    X_SESSION,
    X_STREAM,
    X_TRACK,
    X_WEEKEND,
)
from planner.ical.text import no_cyclic_gc
from planner.importing.circuit_match import CircuitNames
from planner.services import validation
from planner.services.bulk_insert import insert_values
from planner.services.ics_guess import (
    calendar_name,
    decoded_text,
    names_a_race,
    place_candidates,
    series_of,
)
from planner.services.ics_reads import library_circuits, series_names
from planner.services.ics_reads import stored_uids as stored_uids_of
from planner.services.name_match import series_match, track_match, track_names
from planner.services.session_rows import (
    SESSION_COLUMNS,
    NewSession,
    RoundPlace,
    SessionChecks,
    checked_row,
    checked_start,
    new_uid,
    session_row,
    utc_now_naive,
)
from planner.services.sql_runner import Parameters, Runner, in_batches
from planner.services.stored_values import as_date, as_datetime, sqlite_value
from planner.services.track_clock import TrackClock, TrackWall, keep_wall
from planner.services.views import TrackView

if TYPE_CHECKING:
    from planner.db import models
    from planner.db.database import Database

#: Namespace of the uuid5 made from a foreign event's UID (fixed forever).
FOREIGN_UID_NAMESPACE = uuid.UUID("6f1d4c1e-3f55-4a63-9a43-3d3c0b0f2a51")
_NAMESPACE_BYTES = FOREIGN_UID_NAMESPACE.bytes
NEAREST_CIRCUIT_KM = 5.0
WEEKEND_GAP_DAYS = 2
REUSE_ROUND_WITHIN_DAYS = 3
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_OUR_UID = re.compile(rf"^({_UUID})@{re.escape(UID_DOMAIN)}$")
_LONGEST = timedelta(minutes=48 * 60)


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
    #: Things the user should check (a file not in UTF-8, a --season unlike the dates).
    warnings: tuple[str, ...] = ()
    #: Sessions imported from this feed before that it no longer holds (cancelled
    #: when the import was asked to: ``cancel_vanished``).
    vanished: tuple[str, ...] = ()


class DryRunFinishedError(Exception):
    """Raised inside a unit of work to roll a dry run's writes back; holds its report."""

    def __init__(self, report: IcsImportReport) -> None:
        super().__init__("dry run")
        self.report = report


_NOT_PLACED = TrackWall(datetime.min, summer=False, plain=False)


@dataclass(slots=True)
class _Planned:
    """One timed event, placed: its circuit, its series/season, its round key."""

    event: ImportedEvent
    track: TrackView
    series: str
    year: int
    round_number: int | None  # ours: the exported round number
    start_utc: datetime
    end_utc: datetime
    name: str | None = None  # the session's name when the summary also named the series
    uid: str = ""  # our session uid for it (session_uid_for, worked out once)
    facts: Mapping[str, str] = field(default_factory=dict)  # ours, parsed once (_facts_of)
    #: The start at the circuit (``TrackClock.at``), worked out once: grouping,
    #: days and storing use it.
    at_track: TrackWall = _NOT_PLACED
    day: date = date.min  # at_track.wall's


@dataclass(frozen=True)
class _FileHints:
    """What the calendar as a whole says (its X-WR-CALNAME names the series)."""

    calendar_name: str | None


_ESCAPED = re.compile(r"\\([\\;,nN])")


def _unescape(value: str) -> str:
    """The reader leaves X- values as written: undo the TEXT escapes.

    The same as one pass of ``_ESCAPED`` (``\\\\`` ``\\;`` ``\\,`` ``\\n``) without a
    callback per escape (our facts hold dozens): escaped backslashes are set
    aside as a character the value does not hold, the other escapes replaced,
    and the backslashes put back. Both read the value left to right in pairs,
    so they agree (``tests/ical/test_ical_fast_paths.py`` compares them)."""
    if "\\" not in value:
        return value
    aside = "\x00"
    if aside in value:
        return _ESCAPED.sub(lambda found: "\n" if found.group(1) in "nN" else found.group(1), value)
    return (
        value.replace("\\\\", aside)
        .replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\;", ";")
        .replace("\\,", ",")
        .replace(aside, "\\")
    )


_JSON = json.JSONDecoder()
_JSON_SPACE = " \t\n\r"


def _facts(raw: str) -> dict[str, str]:
    text = _unescape(raw)
    try:
        # What json.loads does, without its two layers of Python around the decoder.
        found, end = _JSON.raw_decode(text)
        if end != len(text) and text[end:].strip(_JSON_SPACE):
            return {}  # json.loads: "Extra data"
    except ValueError:
        try:
            found = json.loads(text)  # leading white space, or not JSON at all
        except ValueError:
            return {}
    if not isinstance(found, dict):
        return {}
    for value in found.values():  # a loop: a generator here cost twice as much
        if type(value) is not str:
            return {str(key): str(value) for key, value in found.items()}
    return found  # JSON keys are strings; ours are all text: no copy needed


_NO_FACTS: Mapping[str, str] = MappingProxyType({})


def _facts_of(event: ImportedEvent) -> Mapping[str, str]:
    """Our facts of an exported session (its X-RACE-PLANNER-FACTS), empty for others'.

    Parsed once per event and handed along with it (``_Planned.facts``):
    looking each fact up in the event again parsed its JSON seven times."""
    raw = event.x_prop(X_FACTS)
    return _NO_FACTS if raw is None else _facts(raw)


def _label(event: ImportedEvent, line_format: str | None = None) -> str:
    """“Summary” (line N); ``line_format``: ``tr(" (line {line})")``, looked up once by
    a caller that labels every event of a file."""
    summary = event.summary or event.uid or "?"
    if not event.line:
        return f"“{summary}”"
    return f"“{summary}”" + (line_format or tr(" (line {line})")).format(line=event.line)


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


def _within_reach(
    latitude: float, longitude: float, circuits: Sequence[TrackView]
) -> list[TrackView]:
    return [
        circuit
        for circuit in circuits
        if circuit.latitude is not None
        and circuit.longitude is not None
        and _distance_km(latitude, longitude, circuit.latitude, circuit.longitude)
        <= NEAREST_CIRCUIT_KM
    ]


def _by_location(location: str, names: CircuitNames[TrackView]) -> TrackView | None:
    """The circuit a LOCATION names, whole or by its pieces ("Mugello Circuit - Scarperia")."""
    for place, country in place_candidates(location):
        found = names.match(place, country)
        if found is not None:
            return found
    return None


def _circuit_of(
    event: ImportedEvent,
    key: str | None,
    library: _Library,
    by_key: dict[str, TrackView],
) -> TrackView | None:
    """The circuit of an event; ``key``: the circuit key our facts give, if any."""
    if key and key in by_key:
        return by_key[key]
    circuits = library.circuits
    if event.geo is not None:
        # One library circuit within reach of the coordinates settles it (cheaper
        # than reading the place); two (Brands Hatch and its Indy loop) need the name.
        near = _within_reach(event.geo[0], event.geo[1], circuits)
        if len(near) == 1:
            return near[0]
    if event.location:
        found = _by_location(event.location, library.names)
        if found is not None:
            return found
    if event.geo is not None:
        found = nearest_circuit(event.geo[0], event.geo[1], circuits)
        if found is not None:
            return found
    if event.summary:
        return library.names.match(event.summary, None)
    return None


_OUR_UID_SUFFIX = f"@{UID_DOMAIN}"


def session_uid_for(event: ImportedEvent) -> str:
    """Our session uid for an event: ours reused, anyone else's as a uuid5 of their UID."""
    if event.uid:
        uid = event.uid.strip()
        if uid.endswith(_OUR_UID_SUFFIX):  # the pattern only for what may be ours
            ours = _OUR_UID.match(uid)
            if ours:
                return ours.group(1)
        return _foreign_uid(uid)
    start = event.start.isoformat()
    return _foreign_uid(f"no-uid|{event.summary}|{start}")


#: SHA-1 fed the namespace once: each foreign UID continues a copy of it.
_NAMESPACE_SHA1 = hashlib.sha1(_NAMESPACE_BYTES, usedforsecurity=False)
#: The hex digit of a uuid's variant nibble (RFC 4122: bits 10xx) from the hash's.
_VARIANT_DIGIT = MappingProxyType(
    {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
)


def _foreign_uid(name: str) -> str:
    """``str(uuid.uuid5(FOREIGN_UID_NAMESPACE, name))`` without a UUID object each
    (a published calendar's 20,000 UIDs): SHA-1 of the namespace and the name, in
    the canonical form with the version digit (5) and the variant digit set as
    RFC 4122 says (tests compare it with ``uuid.uuid5``)."""
    sha1 = _NAMESPACE_SHA1.copy()
    sha1.update(name.encode())
    text = sha1.hexdigest()
    return (
        f"{text[:8]}-{text[8:12]}-5{text[13:16]}-{_VARIANT_DIGIT[text[16]]}{text[17:20]}-"
        f"{text[20:32]}"
    )


#: A session's status from the event's STATUS (anything else: scheduled).
_STATUSES: Mapping[str | None, str] = MappingProxyType(
    {
        "CANCELLED": SessionStatus.CANCELLED.value,
        "TENTATIVE": SessionStatus.TENTATIVE.value,
    }
)
_SCHEDULED = SessionStatus.SCHEDULED.value


def _status(event: ImportedEvent) -> str:
    return _STATUSES.get(event.status, _SCHEDULED)


def _plain_summary(summary: str) -> str:
    """A summary without the "Cancelled:" we (and others) put in front."""
    text = summary.strip()
    folded = text.casefold()
    for prefix, folded_prefix in _cancelled_prefixes():
        if folded.startswith(folded_prefix):
            return text[len(prefix) :].strip()
    return text


@cache
def _cancelled_prefixes() -> tuple[tuple[str, str], ...]:
    """("Cancelled: ", its casefold) in English and Swedish: the catalogues' words
    (read once, not twice per event)."""
    prefixes = []
    for language in ("en", "sv"):
        prefix = translate_part("ical", "Cancelled: {summary}", language).split("{summary}")[0]
        if prefix:
            prefixes.append((prefix, prefix.casefold()))
    return tuple(prefixes)


def _kind(key: tuple[str | None, str]) -> str:
    """A session's kind from (our X-RACE-PLANNER kind, its name): ours when given."""
    ours, name = key
    if ours:
        return validation.session_kind(ours).value
    return _kind_of_name(name)


def _kind_of_name(name: str) -> str:
    """The kind a foreign session's name says (names repeat: read each once)."""
    from planner.importing.session_words import session_kind

    found = session_kind(name)
    if (found is None or found == SessionKind.OTHER) and names_a_race(name):
        return SessionKind.RACE.value  # "Gran Premio d'Italia", "Monaco GP"
    return (found or SessionKind.OTHER).value


def _is_session_word(text: str) -> bool:
    from planner.importing.session_words import session_kind

    return session_kind(text) is not None or names_a_race(text)


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
    warnings: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    created_rounds: set[int] = field(default_factory=set)  # ids of the rounds it made


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
    cancel_vanished: bool = False,
    places: Mapping[str, str] | None = None,
) -> IcsImportReport:
    """Import the events of an .ics file as one unit of work (see the module text).

    ``series``/``year`` name the season for events that do not carry ours
    (and override ours when given); without them the series comes from what
    the events say and the season from each event's date. ``track`` forces
    one circuit for every event. ``places``: the circuit key for a place that
    matches none (the place as :func:`place_of` writes it), as the user picked
    it. ``floating_zone`` reads times without a zone (it wins over the file's
    X-WR-TIMEZONE). ``cancel_vanished``: sessions this feed brought before and
    no longer holds are cancelled, not only reported. ``dry_run``: everything
    is checked and reported, nothing stored.
    """
    return import_in_unit(
        _orm_unit(db),
        data,
        source_name=source_name,
        series=series,
        year=year,
        track=track,
        floating_zone=floating_zone,
        dry_run=dry_run,
        cancel_vanished=cancel_vanished,
        places=places,
    )


@contextmanager
def _orm_unit(db: Database) -> Iterator[tuple[Runner, str]]:
    from planner.db.database import mark_written
    from planner.services.feeds.rows import orm_runner

    with db.unit_of_work() as orm:
        run = orm_runner(orm)

        def run_noting_writes(sql: str, parameters: Parameters) -> list[tuple[Any, ...]]:
            if not sql.startswith("SELECT"):
                mark_written(orm)  # listeners (PostgreSQL's NOTIFY) hear of it
            return run(sql, parameters)

        yield run_noting_writes, orm.connection().dialect.name


def import_in_unit(
    unit: AbstractContextManager[tuple[Runner, str]], data: bytes, **arguments: Any
) -> IcsImportReport:
    """:func:`import_ics_with` (``arguments``: its keywords) in ``unit``, a unit of work
    giving the runner and dialect of its transaction: stored at its end, or (a dry run,
    any error) rolled back."""
    try:
        with unit as (run, dialect):
            report = import_ics_with(run, dialect, data, **arguments)
            if report.dry_run:
                raise DryRunFinishedError(report)
    except DryRunFinishedError as finished:
        return finished.report
    return report


def import_ics_with(
    run: Runner,
    dialect: str,
    data: bytes,
    *,
    source_name: str,
    series: str | None = None,
    year: int | None = None,
    track: str | None = None,
    floating_zone: str | None = None,
    dry_run: bool = False,
    cancel_vanished: bool = False,
    places: Mapping[str, str] | None = None,
) -> IcsImportReport:
    """:func:`import_ics` in the caller's transaction: every read and write is a SQL
    text run by ``run`` (``dialect``: "sqlite" or "postgresql", how dates are written).

    The caller commits, or rolls back on any error. A ``dry_run`` writes what the
    import would write (so that its checks run) and reports it: the caller must
    roll it back (:func:`import_in_unit` does both)."""
    counts = _Counts()
    # The collector is paused for the whole import, and what it builds (20,000
    # events, their plans and rows: no reference cycles) is dropped by
    # :func:`_import_into` before it runs again: a collection over them where it
    # resumed (after reading, and after storing) cost ~85 M instructions, 2 % of
    # importing a published calendar (callgrind).
    with no_cyclic_gc():
        _import_into(
            counts,
            run,
            dialect,
            data,
            source_name=source_name,
            series=series,
            year=year,
            track=track,
            floating_zone=floating_zone,
            cancel_vanished=cancel_vanished,
            places=places,
        )
    return IcsImportReport(
        source=source_name,
        added=tuple(counts.added),
        updated=tuple(counts.updated),
        unchanged=tuple(counts.unchanged),
        skipped=tuple(counts.skipped),
        rounds_added=tuple(counts.rounds_added),
        dry_run=dry_run,
        session_uids=tuple(counts.uids),
        warnings=tuple(counts.warnings),
        vanished=tuple(counts.vanished),
    )


def _import_into(
    counts: _Counts,
    run: Runner,
    dialect: str,
    data: bytes,
    *,
    source_name: str,
    series: str | None,
    year: int | None,
    track: str | None,
    floating_zone: str | None,
    cancel_vanished: bool,
    places: Mapping[str, str] | None,
) -> None:
    """The steps of :func:`import_ics_with`, told in ``counts``."""
    data, text, warning = decoded_text(data, source_name)
    if warning:
        counts.warnings.append(warning)
    events = read_calendar(data, source_name=source_name, floating_zone=floating_zone, text=text)
    if year is not None:
        validation.season_year(year)
    hints = _FileHints(calendar_name(data[:65536].decode("utf-8", errors="replace")))
    clock = TrackClock()  # wall times at the tracks, per zone and offset period
    library = _Library(library_circuits(run), series_names(run))
    weekends: list[ImportedEvent] = []
    planned = _plan(
        library,
        events,
        series,
        year,
        track,
        source_name,
        counts,
        hints,
        places,
        clock=clock,
        weekends=weekends,
    )
    store = _Rows(run, dialect)
    _store(store, planned, counts, clock, cancel_vanished=cancel_vanished)
    _weekends(store, weekends, series, year, counts, library.circuits)


def import_ics_file(
    db: Database,
    path: Path | str,
    *,
    series: str | None = None,
    year: int | None = None,
    track: str | None = None,
    floating_zone: str | None = None,
    dry_run: bool = False,
    cancel_vanished: bool = False,
    places: Mapping[str, str] | None = None,
) -> IcsImportReport:
    """:func:`import_ics` on a file; an unreadable file is an ImportFormatError naming it."""
    data, source_name = read_ics_file(path)
    return import_ics(
        db,
        data,
        source_name=source_name,
        series=series,
        year=year,
        track=track,
        floating_zone=floating_zone,
        dry_run=dry_run,
        cancel_vanished=cancel_vanished,
        places=places,
    )


def read_ics_file(path: Path | str) -> tuple[bytes, str]:
    """The bytes of the .ics file ``path`` and the name imports report it by; an
    unreadable file is an ImportFormatError naming it."""
    target = Path(path)
    try:
        return target.read_bytes(), target.name
    except OSError as error:
        raise ImportFormatError(
            tr("Cannot read {path}: {reason}").format(path=target, reason=error.strerror or error),
            where=str(target),
        ) from None


def place_of(event: ImportedEvent) -> str:
    """The place an event names (its LOCATION, else its GEO), as unknown places list it."""
    if event.location:
        return event.location
    if event.geo:
        return f"{event.geo[0]:.4f}, {event.geo[1]:.4f}"
    return tr("no place given")


class _Library:
    """What planning reads once: the circuit library (with its names as words, for
    matching places) and the series' names."""

    __slots__ = ("circuits", "names", "series_names")

    def __init__(self, circuits: list[TrackView], series_names: list[tuple[str, str]]) -> None:
        self.circuits = circuits
        self.series_names = series_names
        self.names = CircuitNames(circuits)


def _circuit_called(circuits: Sequence[TrackView], text: str) -> TrackView:
    """The library circuit ``text`` names, by the rules of ``lookup.find_track``."""
    return track_match(
        circuits,
        text,
        lambda view: track_names(view.key, view.name, view.short_name, view.town, view.aliases),
        lambda view: view.name,
    )


def _chosen(events: Sequence[ImportedEvent], uids: list[str]) -> dict[str, int]:
    """The index of the event that counts for each uid (``uids``: the events').

    A UID given more than once is one event: its highest SEQUENCE (the last of
    equals) counts. Deciding that first keeps a file of 2,000 copies linear."""
    last = {uid: index for index, uid in enumerate(uids)}
    if len(last) == len(uids):
        return last  # every UID once (a published calendar): nothing to weigh
    chosen: dict[str, int] = {}
    for index, event in enumerate(events):
        uid = uids[index]
        before = chosen.get(uid)
        if before is None or event.sequence >= events[before].sequence:
            chosen[uid] = index
    return chosen


def _plan(
    library: _Library,
    events: Sequence[ImportedEvent],
    series: str | None,
    year: int | None,
    track: str | None,
    source_name: str,
    counts: _Counts,
    hints: _FileHints,
    places: Mapping[str, str] | None = None,
    unknown_places: dict[str, list[str]] | None = None,
    *,
    clock: TrackClock,
    weekends: list[ImportedEvent] | None = None,
) -> list[_Planned]:
    """Place every event. With ``unknown_places`` (a preview), places that match no
    circuit are collected there (place -> events) instead of ending the import.
    ``clock``: the caller's, for wall times at the circuits (storing reuses it).
    ``weekends``: our all-day weekend events are put there, in the file's order
    (:func:`_weekends` reads them)."""
    circuits = library.circuits
    known_series = library.series_names
    # Circuit matching is most of a foreign import: once per distinct place.
    matched: dict[tuple[object, ...], TrackView | None] = {}
    other_years: set[int] = set()
    by_key = {circuit.key: circuit for circuit in circuits}
    picked = {place: by_key[key] for place, key in (places or {}).items() if key in by_key}
    forced = None if track is None else _circuit_called(circuits, track)
    planned: list[_Planned] = []
    unknown: list[str] = []
    unnamed: list[str] = []
    uids = [session_uid_for(event) for event in events]
    chosen = _chosen(events, uids)
    # Summaries repeat ("Race 1" in every round), and our seasons and rounds: each
    # distinct text is judged once.
    is_session_word = memoized(_is_session_word)
    year_of = memoized(_year)
    wall_at = clock.at
    # One pass over the events, its steps written out: per event, a handful of
    # calls cost as much as their work (a published calendar has 20,000 events).
    for index, event in enumerate(events):
        ours = event.x_props  # empty in anyone else's file: no X- property to look up
        if ours and event.x_prop(X_WEEKEND) is not None:
            if weekends is not None:
                weekends.append(event)
            continue  # our all-day weekend event: the round comes with its sessions
        uid = uids[index]
        if chosen[uid] != index:
            counts.skipped.append(
                tr("{event}: its UID comes again later in the file").format(event=_label(event))
            )
            continue
        if event.all_day:
            counts.skipped.append(
                tr("{event}: an all-day event, not a session").format(event=_label(event))
            )
            continue
        if event.recurring:
            counts.skipped.append(tr("{event}: a repeating event").format(event=_label(event)))
            continue
        start, end = event.start, event.end
        assert isinstance(start, datetime) and isinstance(end, datetime)
        if end - start > _LONGEST:
            counts.skipped.append(
                tr("{event}: lasts more than 48 hours").format(event=_label(event))
            )
            continue
        facts = _facts_of(event) if ours else _NO_FACTS
        if forced is not None:
            circuit: TrackView | None = forced
        elif picked and place_of(event) in picked:
            circuit = picked[place_of(event)]
        else:
            track_key = facts.get(X_TRACK) if facts else None
            place_key: tuple[object, ...] = (track_key, event.location, event.geo)
            if not event.location and event.geo is None:
                place_key += (event.summary,)
            try:
                circuit = matched[place_key]
            except KeyError:
                circuit = matched[place_key] = _circuit_of(event, track_key, library, by_key)
        if circuit is None:
            if unknown_places is not None:
                unknown_places.setdefault(place_of(event), []).append(_label(event))
            else:
                unknown.append(f"{place_of(event)} — {_label(event)}")
            continue
        series_name = series or facts.get(X_SERIES)
        session_name = None
        if not series_name:
            series_name, session_name = series_of(
                event.categories,
                _plain_summary(event.summary),
                hints.calendar_name,
                known_series,
                is_session_word,
            )
        # The reader gives UTC in this UTC: astimezone() would give the same object,
        # after parsing its arguments (~25 M instructions for 40,000 calls).
        start_utc = start if start.tzinfo is UTC else start.astimezone(UTC)
        at_track = wall_at(start_utc, circuit.timezone)
        wall = at_track[0]  # .wall (a NamedTuple's field by name is not specialized)
        if year is None:
            season_year = year_of(facts.get(X_SEASON)) or wall.year
        else:
            season_year = year
            if wall.year != year:
                other_years.add(wall.year)
        if not series_name:
            unnamed.append(_label(event))
            continue
        planned.append(
            _Planned(  # by position, in the order of its fields (keywords cost 3x)
                event,
                circuit,
                series_name,
                season_year,
                None if series or not facts else year_of(facts.get(X_ROUND)),
                start_utc,
                end if end.tzinfo is UTC else end.astimezone(UTC),
                session_name,
                uid,
                facts,
                at_track,
                wall.date(),
            )
        )
    if other_years:
        counts.warnings.append(
            tr("--season {year} does not match the dates of some events ({years}).").format(
                year=year, years=", ".join(str(item) for item in sorted(other_years))
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
            tr("Name the series to import into: these events do not say it: {events}.").format(
                events="; ".join(unnamed[:5]) + (" …" if len(unnamed) > 5 else "")
            ),
            where=source_name,
        )
    return planned


# --- storing: one SQL text per read and write, run by the caller's Runner ------------

_SERIES = "SELECT id, name, short_name FROM series ORDER BY id"
_NEW_SERIES = (
    "INSERT INTO series (name, short_name, colour, website, live_timing_url, stream_url) "
    "VALUES (:name, :short_name, :colour, :website, :live_timing_url, :stream_url) RETURNING id"
)
_SEASON = "SELECT id FROM seasons WHERE series_id = :series_id AND year = :year"
_NEW_SEASON = (
    "INSERT INTO seasons (series_id, year, notes) VALUES (:series_id, :year, '') RETURNING id"
)
#: A round with what storing needs of it: {where} chooses the rounds.
_ROUNDS = (
    "SELECT rounds.id, rounds.season_id, rounds.number, rounds.track_id, rounds.first_day, "
    "rounds.last_day, tracks.timezone, series.name, seasons.year "
    "FROM rounds JOIN seasons ON seasons.id = rounds.season_id "
    "JOIN series ON series.id = seasons.series_id JOIN tracks ON tracks.id = rounds.track_id "
    "WHERE {where} ORDER BY rounds.id"
)
#: A new round: the models' defaults written out (status, notes, a new uid, revision 1).
_NEW_ROUND = (
    "INSERT INTO rounds (season_id, number, name, track_id, first_day, last_day, status, "
    "notes, uid, revision, changed_utc) VALUES (:season_id, :number, :name, :track_id, "
    ":first_day, :last_day, :status, '', :uid, 1, :changed_utc) RETURNING id"
)
_ROUND_DAYS = "UPDATE rounds SET first_day = :first_day, last_day = :last_day WHERE id = :id"
_ROUND_NUMBERED = "SELECT id FROM rounds WHERE season_id = :season_id AND number = :number"
_ROUND_UID_TAKEN = "SELECT id FROM rounds WHERE uid = :uid"
_ROUND_UID = "UPDATE rounds SET uid = :uid WHERE id = :id"
#: A stored session as an update compares it.
_SESSIONS = (
    "SELECT id, uid, round_id, name, kind, start_wall, is_dst, duration_minutes, status, "
    "broadcast, stream_url, notes, revision, zone FROM sessions WHERE uid IN {values}"
)
_STINTS = (
    "SELECT session_id, driver_id FROM session_drivers WHERE session_id IN {values} "
    "ORDER BY session_id, stint_order"
)
_ROUND_SESSION_NAMES = "SELECT name, uid FROM sessions WHERE round_id = :round_id"
_ROUNDS_SESSION_NAMES = "SELECT round_id, name, uid FROM sessions WHERE round_id IN {values}"
_UPDATE_SESSION = (
    "UPDATE sessions SET name = :name, kind = :kind, start_wall = :start_wall, "
    "is_dst = :is_dst, duration_minutes = :duration_minutes, status = :status, "
    "broadcast = :broadcast, stream_url = :stream_url, notes = :notes, "
    "revision = :revision, changed_utc = :changed_utc WHERE id = :id"
)
_DROP_STINTS = "DELETE FROM session_drivers WHERE session_id = :session_id"
_STINT_COLUMNS = ("session_id", "stint_order", "driver_id")
_DRIVER = "SELECT id FROM drivers WHERE lower(name) = :name"
_NEW_DRIVER = (
    "INSERT INTO drivers (name, nationality, followed, revision) "
    "VALUES (:name, '', :followed, 1) RETURNING id"
)
_TEAM = "SELECT id FROM teams WHERE name = :name"
_NEW_TEAM = "INSERT INTO teams (name, revision) VALUES (:name, 1) RETURNING id"
_CAR_OF_TEAM = (
    "SELECT id FROM cars WHERE team_id = :team_id AND number = :number AND model = :model"
)
_CAR_WITHOUT_TEAM = (
    "SELECT id FROM cars WHERE team_id IS NULL AND number = :number AND model = :model"
)
_NEW_CAR = (
    "INSERT INTO cars (team_id, number, model, car_class, revision) "
    "VALUES (:team_id, :number, :model, :car_class, 1) RETURNING id"
)
_SEASON_ENTRY = (
    "SELECT id FROM entries WHERE season_id = :season_id AND car_id = :car_id AND round_id IS NULL"
)
_NEW_ENTRY = (
    "INSERT INTO entries (season_id, round_id, car_id) VALUES (:season_id, NULL, :car_id) "
    "RETURNING id"
)
_CREW = "SELECT driver_id FROM entry_drivers WHERE entry_id = :entry_id ORDER BY position"
_NEW_CREW_MEMBER = (
    "INSERT INTO entry_drivers (entry_id, driver_id, position) "
    "VALUES (:entry_id, :driver_id, :position)"
)
_STANDING = "SELECT id, uid FROM sessions WHERE round_id IN {values} AND status != :cancelled"
_VANISHED = "SELECT id, name, start_wall, round_id FROM sessions WHERE id IN {values}"
_CANCEL = (
    "UPDATE sessions SET status = :cancelled, revision = revision + 1, "
    "changed_utc = :changed_utc WHERE id = :id"
)
#: The colour of a new series (the model's default).
_SERIES_COLOUR = "#3465a4"


class _Rows:
    """The import's database: SQL texts run by ``run``, values written as ``dialect``
    stores them, and the rounds it has seen (one object per round, as the ORM's
    identity map kept them: a round's days widened once are seen everywhere)."""

    def __init__(self, run: Runner, dialect: str) -> None:
        self.run = run
        self.dialect = dialect
        self.rounds: dict[int, _RoundRow] = {}

    def value(self, value: object) -> object:
        return sqlite_value(value) if self.dialect == "sqlite" else value

    def first(self, sql: str, parameters: Mapping[str, object]) -> Any:
        """The first column of the first row, or None."""
        rows = self.run(sql, parameters)
        return rows[0][0] if rows else None

    def new_id(self, sql: str, parameters: Mapping[str, object]) -> int:
        """Run an ``INSERT ... RETURNING id``; the new row's id."""
        found: int = self.run(sql, parameters)[0][0]
        return found

    def rounds_where(self, where: str, parameters: Mapping[str, object]) -> list[_RoundRow]:
        return self._round_rows(self.run(_ROUNDS.format(where=where), parameters))

    def _round_rows(self, rows: list[tuple[Any, ...]]) -> list[_RoundRow]:
        """The rounds of these rows of :data:`_ROUNDS`, one object per round."""
        found = []
        for values in rows:
            row = self.rounds.get(values[0])
            if row is None:
                row = self.rounds[values[0]] = _RoundRow(
                    values[0],
                    values[1],
                    values[2],
                    values[3],
                    as_date(values[4]),
                    as_date(values[5]),
                    values[6],
                    values[7],
                    values[8],
                )
            found.append(row)
        return found

    def load_rounds(self, round_ids: Sequence[int]) -> None:
        """Read these rounds (a query per batch of ids, not per round)."""
        wanted = [round_id for round_id in round_ids if round_id not in self.rounds]
        self._round_rows(
            in_batches(self.run, _ROUNDS.format(where="rounds.id IN {values}"), wanted)
        )

    def round(self, round_id: int) -> _RoundRow:
        row = self.rounds.get(round_id)
        if row is None:
            (row,) = self.rounds_where("rounds.id = :id", {"id": round_id})
        return row

    def set_days(self, row: _RoundRow, first_day: date, last_day: date) -> None:
        validation.round_days(first_day, last_day)
        row.first_day, row.last_day = first_day, last_day
        self.run(
            _ROUND_DAYS,
            {"first_day": self.value(first_day), "last_day": self.value(last_day), "id": row.id},
        )


@dataclass(slots=True)
class _RoundRow:
    """A stored round as storing sees it (kept up to date with what it writes)."""

    id: int
    season_id: int
    number: int
    track_id: int
    first_day: date
    last_day: date
    zone: str  # its circuit's
    series_name: str
    year: int


@dataclass(frozen=True, slots=True)
class _Season:
    id: int
    year: int
    series_name: str


@dataclass(slots=True)
class _StoredSession:
    """A stored session as an update compares it."""

    id: int
    uid: str
    round_id: int
    name: str
    kind: str
    start_wall: datetime
    is_dst: bool | None
    duration_minutes: int | None
    status: str
    broadcast: str
    stream_url: str
    notes: str
    revision: int
    zone: str
    driver_ids: list[int] = field(default_factory=list)


def _stored_sessions(store: _Rows, uids: Sequence[str]) -> dict[str, _StoredSession]:
    """The stored sessions of these uids, with their drivers in stint order."""
    found: dict[str, _StoredSession] = {}
    for values in in_batches(store.run, _SESSIONS, uids):
        is_dst = values[6]
        found[values[1]] = _StoredSession(
            values[0],
            values[1],
            values[2],
            values[3],
            values[4],
            as_datetime(values[5]),
            None if is_dst is None else bool(is_dst),
            *values[7:14],
        )
    by_id = {row.id: row for row in found.values()}
    for session_id, driver_id in in_batches(store.run, _STINTS, list(by_id)):
        by_id[session_id].driver_ids.append(driver_id)
    return found


def _series_row(
    store: _Rows,
    name: str,
    short_name: str,
    cache: dict[str, tuple[int, str]],
    facts: Mapping[str, str] | None = None,
) -> tuple[int, str]:
    """(id, name) of the series called ``name`` (``lookup.find_series``' rules); a new
    one gets the links our facts give."""
    key = name.strip().casefold()
    if key in cache:
        return cache[key]
    try:
        series_id, found_name, _short = series_match(
            store.run(_SERIES, {}), name, lambda row: (row[1], row[2])
        )
        row = (series_id, found_name)
    except PlannerError:
        facts = facts or {}
        new_name = validation.required_text(name, "series name")
        series_id = store.new_id(
            _NEW_SERIES,
            {
                "name": new_name,
                "short_name": short_name.strip(),
                "colour": _SERIES_COLOUR,
                "website": facts.get(X_SERIES_WEBSITE, "").strip(),
                "live_timing_url": facts.get(X_SERIES_TIMING, "").strip(),
                "stream_url": facts.get(X_SERIES_STREAM, "").strip(),
            },
        )
        row = (series_id, new_name)
    cache[key] = row
    return row


def _season_row(
    store: _Rows,
    series_row: tuple[int, str],
    year: int,
    cache: dict[tuple[int, int], _Season],
) -> _Season:
    series_id, series_name = series_row
    key = (series_id, year)
    if key in cache:
        return cache[key]
    season_id = store.first(_SEASON, {"series_id": series_id, "year": year})
    if season_id is None:
        season_id = store.new_id(
            _NEW_SEASON, {"series_id": series_id, "year": validation.season_year(year)}
        )
    cache[key] = found = _Season(season_id, year, series_name)
    return found


def _groups(planned: list[_Planned]) -> list[list[_Planned]]:
    """Events per round: ours by exported round number, others per circuit by date clusters."""
    ours: dict[tuple[str, int, int], list[_Planned]] = {}
    theirs: dict[tuple[str, int, int], list[_Planned]] = {}
    folded = memoized(str.casefold)  # a series' name in every event: folded once
    # A file's events come round by round: an event of the same series, season,
    # round number and circuit as the one before joins its list without a key
    # made and looked up (~3 ms of 20,000 events).
    members: list[_Planned] = []
    series: str | None = None
    year = number = track = None
    for item in planned:
        if (
            item.series is series
            and item.year == year
            and item.round_number == number
            and item.track is track
        ):
            members.append(item)
            continue
        series, year, number, track = item.series, item.year, item.round_number, item.track
        if number is not None:
            members = ours.setdefault((folded(series), year, number), [])
        else:
            members = theirs.setdefault((folded(series), year, track.id), [])
        members.append(item)
    groups = list(ours.values())
    for items in theirs.values():
        items.sort(key=_start_utc)
        current = [items[0]]
        first = last = items[0].day.toordinal()  # the current group's first and last days
        for item in items[1:]:
            day = item.day.toordinal()
            if day - last > WEEKEND_GAP_DAYS or day - first > 13:
                groups.append(current)
                current = [item]
                first = day
            else:
                current.append(item)
            last = day
        groups.append(current)
    return groups


_start_utc = attrgetter("start_utc")


def _days_of(items: list[_Planned]) -> tuple[date, date]:
    days = [item.day for item in items]
    return min(days), max(days)


@dataclass
class _SeasonRounds:
    """Per import: each season's rounds (read once, kept up to date), so placing a
    group needs no query and looks only at the rounds at its circuit (a published
    calendar has hundreds a season)."""

    #: season id -> its rounds by number
    by_number: dict[int, dict[int, _RoundRow]] = field(default_factory=dict)
    #: (season id, track id) -> the season's rounds there, in the order of ``by_number``
    at_track: dict[tuple[int, int], list[_RoundRow]] = field(default_factory=dict)

    def add(self, season_id: int, row: _RoundRow) -> None:
        self.by_number[season_id][row.number] = row
        self.at_track.setdefault((season_id, row.track_id), []).append(row)


def _rounds_of(store: _Rows, season: _Season, known: _SeasonRounds) -> dict[int, _RoundRow]:
    found = known.by_number.get(season.id)
    if found is None:
        found = known.by_number[season.id] = {}
        for row in store.rounds_where("rounds.season_id = :season_id", {"season_id": season.id}):
            known.add(season.id, row)
    return found


def _new_round(
    store: _Rows,
    season: _Season,
    number: int,
    name: str,
    track: TrackView,
    days: tuple[date, date],
    *,
    status: str = "scheduled",
    uid: str = "",
) -> _RoundRow:
    """Insert a round as the model would (a new uid unless ``uid`` is given)."""
    first_day, last_day = days
    round_id = store.new_id(
        _NEW_ROUND,
        {
            "season_id": season.id,
            "number": number,
            "name": name,
            "track_id": track.id,
            "first_day": store.value(first_day),
            "last_day": store.value(last_day),
            "status": status,
            "uid": uid or new_uid(),
            "changed_utc": store.value(utc_now_naive()),
        },
    )
    row = store.rounds[round_id] = _RoundRow(
        round_id,
        season.id,
        number,
        track.id,
        first_day,
        last_day,
        track.timezone,
        season.series_name,
        season.year,
    )
    return row


def _round_row(
    store: _Rows,
    season: _Season,
    items: list[_Planned],
    counts: _Counts,
    known: _SeasonRounds | None = None,
) -> _RoundRow:
    known = _SeasonRounds() if known is None else known
    first = items[0]
    first_day, last_day = _days_of(items)
    if first.round_number is not None:
        row = _rounds_of(store, season, known).get(first.round_number)
        days = first.facts.get(X_ROUND_DAYS)
        if days and "/" in days:
            try:
                given_first, given_last = (date.fromisoformat(part) for part in days.split("/", 1))
                first_day, last_day = min(first_day, given_first), max(last_day, given_last)
            except ValueError:
                pass
        number = first.round_number
        name = first.facts.get(X_ROUND_NAME) or ""
    else:
        # The season's rounds are read once per import (and kept with the new ones).
        row = None
        slack = timedelta(days=REUSE_ROUND_WITHIN_DAYS)
        _rounds_of(store, season, known)
        for candidate in known.at_track.get((season.id, first.track.id), ()):
            if candidate.first_day - slack <= last_day and first_day <= candidate.last_day + slack:
                row = candidate
                break
        number = None
        name = ""
    if row is None:
        season_rounds = _rounds_of(store, season, known)
        taken = set(season_rounds)
        if number is None or number in taken:
            number = max(taken, default=0) + 1
        validation.round_days(first_day, last_day)
        row = _new_round(store, season, number, name, first.track, (first_day, last_day))
        known.add(season.id, row)
        counts.created_rounds.add(row.id)
        counts.rounds_added.append(
            tr("{series} {year} round {number} at {track} ({first} – {last})").format(
                series=season.series_name,
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
        store.set_days(row, new_first, new_last)
    return row


def _drivers(store: _Rows, facts: Mapping[str, str], cache: dict[str, int]) -> list[int]:
    """The ids of the drivers our facts name (new ones stored)."""
    text = facts.get(X_DRIVERS)
    if not text:
        return []
    found: list[int] = []
    for name in (part.strip() for part in text.splitlines()):
        if not name:
            continue
        key = name.casefold()
        driver_id = cache.get(key)
        if driver_id is None:
            driver_id = store.first(_DRIVER, {"name": key})
            if driver_id is None:
                driver_id = store.new_id(_NEW_DRIVER, {"name": name, "followed": False})
            cache[key] = driver_id
        found.append(driver_id)
    return found


#: A round's session names: casefolded name -> uids of the sessions so named.
_Taken = dict[str, set[str]]
#: A session name casefolded (``str.casefold``, remembered per distinct name: it
#: costs as much as a dict of the round's names, and "Race 1" is in every round).
_Fold = Callable[[str], str]


class _RoundNames:
    """Per import: the session names of each round it writes into (round id ->
    :data:`_Taken`), and the import's :data:`_Fold`."""

    __slots__ = ("fold", "rounds")

    def __init__(self) -> None:
        self.rounds: dict[int, _Taken] = {}
        self.fold: _Fold = memoized(str.casefold)


def _names_in(store: _Rows, round_id: int, names: _RoundNames) -> _Taken:
    found = names.rounds.get(round_id)
    if found is None:
        found = names.rounds[round_id] = {}
        fold = names.fold
        for name, uid in store.run(_ROUND_SESSION_NAMES, {"round_id": round_id}):
            found.setdefault(fold(name), set()).add(uid)
    return found


def _read_names(store: _Rows, round_ids: set[int], names: _RoundNames) -> None:
    """:func:`_names_in` for these rounds at once (a query per batch of rounds)."""
    wanted = sorted(round_id for round_id in round_ids if round_id not in names.rounds)
    for round_id in wanted:
        names.rounds[round_id] = {}
    fold = names.fold
    for round_id, name, uid in in_batches(store.run, _ROUNDS_SESSION_NAMES, wanted):
        names.rounds[round_id].setdefault(fold(name), set()).add(uid)


def _free_name_in(taken: _Taken, name: str, uid: str, fold: _Fold) -> str:
    """``name``, or ``name (2)``... if another session of the round has it among its
    ``taken`` names (casefolded -> uids, kept up to date instead of scanning the
    round's sessions every time)."""
    candidate, number = name, 2
    while (holders := taken.get(fold(candidate))) and (len(holders) > 1 or uid not in holders):
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _claim_name(taken: _Taken, name: str, uid: str, fold: _Fold) -> str:
    """A new session's free name among the round's ``taken`` names, now taken by it."""
    if fold(name) in taken:
        name = _free_name_in(taken, name, uid, fold)
    _take(taken, uid, None, name, fold)
    return name


def _take(taken: _Taken, uid: str, old: str | None, new: str, fold: _Fold) -> None:
    """Session ``uid`` is called ``new`` now (``old`` before, None: a new session)."""
    if old is not None:
        taken.get(fold(old), set()).discard(uid)
    folded = fold(new)
    holders = taken.get(folded)
    if holders is None:
        taken[folded] = {uid}
    else:
        holders.add(uid)


def _store(
    store: _Rows,
    planned: list[_Planned],
    counts: _Counts,
    clock: TrackClock,
    *,
    cancel_vanished: bool = False,
) -> None:
    series_cache: dict[str, tuple[int, str]] = {}
    season_cache: dict[tuple[int, int], _Season] = {}
    driver_cache: dict[str, int] = {}
    names = _RoundNames()
    season_rounds = _SeasonRounds()
    crews: dict[tuple[int, str, str, str, str], set[int]] = {}
    bulk = _BulkSessions()
    # Which sessions are stored already: their uids first (plain strings), then
    # only those in full (a new import reads no session at all).
    stored_uids = sorted(stored_uids_of(store.run, [item.uid for item in planned]))
    existing = _stored_sessions(store, stored_uids)
    store.load_rounds(sorted({row.round_id for row in existing.values()}))
    # First every group's round, then the sessions.
    placed: list[tuple[list[_Planned], _RoundRow]] = []
    elsewhere: set[str] = set()
    for items in _groups(planned):
        if existing and all(item.uid in existing for item in items):
            # Every session is already stored (maybe in another series than this
            # import names): update them where they are; create no series or round.
            home = existing[items[0].uid]
            home_round = store.round(home.round_id)
            if home_round.series_name.casefold() != items[0].series.casefold():
                elsewhere.add(home_round.series_name)
            placed.append((items, home_round))
            continue
        short_name = items[0].facts.get(X_SERIES_SHORT) or ""
        series_row = _series_row(store, items[0].series, short_name, series_cache, items[0].facts)
        season = _season_row(store, series_row, items[0].year, season_cache)
        added_before = len(counts.rounds_added)
        round_row = _round_row(store, season, items, counts, season_rounds)
        if len(counts.rounds_added) > added_before:
            names.rounds[round_row.id] = {}  # a new round: no sessions to read back
        placed.append((items, round_row))
    # The session names of every round this import writes into, read together
    # (nothing is written to a round before its names are known: kept up to date).
    _read_names(
        store,
        {row.id for _items, row in placed} | {row.round_id for row in existing.values()},
        names,
    )
    now = utc_now_naive()  # every new session's creation time
    # Values repeat ("Race 1" in every round, a handful of lengths): each worked
    # out and checked once.
    kind_of = memoized(_kind)  # (our kind, name) -> kind
    named = memoized(_named)  # a foreign session's name -> (name, kind)
    summary_named = memoized(_summary_named)  # a foreign summary -> (name, kind)
    minutes_of = memoized(_minutes)
    checks = SessionChecks()
    fold = names.fold
    line_head, line_tail = _line_parts(tr(" (line {line})"))
    # Per session (20,000 in a published calendar) a bound method or a plain dict
    # instead of an attribute lookup or a mapping proxy each time.
    add_uid = counts.uids.append
    add_added = counts.added.append
    status_of = dict(_STATUSES).get
    for items, round_row in placed:
        place = _place(round_row)  # its checks' values, read once per round
        taken = _names_in(store, round_row.id, names)
        for item in items:
            uid = item.uid
            add_uid(uid)
            event = item.event
            label = (
                f"“{event.summary or event.uid or '?'}”{line_head}{event.line}{line_tail}"
                if event.line
                else f"“{event.summary or event.uid or '?'}”"
            )  # as _label words it
            facts = item.facts
            # Wall time at the round's circuit (the file's zone does not matter).
            at_track = (
                item.at_track
                if place.zone == item.track.timezone
                else clock.at(item.start_utc, place.zone)
            )
            minutes = minutes_of(item.end_utc - item.start_utc)
            status = status_of(event.status, _SCHEDULED)
            if facts:  # ours: what our facts say
                ours = facts.get(X_SESSION)
                name = (ours or item.name or _plain_summary(event.summary)).strip() or "?"
                kind = kind_of((facts.get(X_KIND), name))
                broadcast = facts.get(X_BROADCAST) or ""
                stream_url = facts.get(X_STREAM) or ""
                notes = facts.get(X_NOTES) or "" if ours is not None else event.description
                drivers = _drivers(store, facts, driver_cache)
                car = _car_of(facts)
                if car is not None:
                    crews.setdefault((round_row.season_id, *car), set()).update(drivers)
            else:
                name, kind = named(item.name) if item.name else summary_named(event.summary)
                broadcast = stream_url = ""
                notes = event.description
                drivers = []
            found = existing.get(uid)
            if found is None and uid in bulk.uids:  # the file repeats a UID: update that one
                bulk.insert(store)
                found = existing[uid] = _stored_sessions(store, [uid])[uid]
            if found is None:
                # Checked as the sessions service checks a NewSession (its fields in
                # their order), stored in multi-row inserts at the end.
                folded = fold(name)
                if folded in taken:
                    name = _claim_name(taken, name, uid, fold)
                else:  # a name the round has not seen: the session's own
                    taken[folded] = {uid}
                # The TrackWall unpacked (its fields by name: an unspecialized lookup each).
                wall, summer, plain = at_track
                new_row = checked_row(
                    place,
                    uid,
                    name,
                    kind,
                    wall,
                    summer,
                    minutes,
                    status,
                    broadcast,
                    stream_url,
                    notes,
                    now,
                    event.sequence + 1 if event.sequence >= 0 else 1,  # max(), without a call
                    None if plain else checked_start,  # None: kept as it is
                    checks,
                )
                add_added(label)
                bulk.add(uid, new_row, drivers)
                continue
            wanted = (kind, status, minutes, broadcast.strip(), stream_url.strip(), notes.strip())
            _update(
                store,
                found,
                wanted,
                name,
                item.start_utc,
                drivers,
                event.sequence,
                label,
                counts,
                names,
                clock,
            )
            place = _place(round_row)  # an update may have widened the round's days
    bulk.insert(store)
    _entries(store, crews)
    if elsewhere:
        counts.warnings.append(
            tr("These sessions were imported before into {series}; they stay there.").format(
                series=", ".join(sorted(elsewhere))
            )
        )
    # A round this import made holds only what it brought: nothing vanished there.
    _vanished(
        store,
        [row for _items, row in placed if row.id not in counts.created_rounds],
        counts,
        cancel=cancel_vanished,
    )


def _line_parts(line_format: str) -> tuple[str, str]:
    """What ``line_format`` (``tr(" (line {line})")``) puts before and after the line
    number: a session's report label is then one f-string (20,000 in an import)."""
    head, _number, tail = line_format.format(line="\x00").partition("\x00")
    return head, tail


def _named(name: str) -> tuple[str, str]:
    """A foreign session's name (as the summary named the series) and its kind."""
    name = name.strip() or "?"
    return name, _kind((None, name))


def _summary_named(summary: str) -> tuple[str, str]:
    """A foreign session's name and kind from its summary."""
    return _named(_plain_summary(summary))


def _minutes(length: timedelta) -> int | None:
    """A session's length in whole minutes (None: shorter than a minute)."""
    return int(length.total_seconds() // 60) or None


def _place(round_row: _RoundRow) -> RoundPlace:
    """What a new session's checks need of its round."""
    return RoundPlace(round_row.id, round_row.zone, round_row.first_day, round_row.last_day)


def _car_of(facts: Mapping[str, str]) -> tuple[str, str, str, str] | None:
    """(number, model, class, team) of our facts' car, or None."""
    model = facts.get(X_CAR_MODEL)
    if not model or not (model := model.strip()):
        return None
    return (
        (facts.get(X_CAR_NUMBER) or "").strip(),
        model,
        (facts.get(X_CAR_CLASS) or "").strip(),
        (facts.get(X_CAR_TEAM) or "").strip(),
    )


def _entries(store: _Rows, crews: Mapping[tuple[int, str, str, str, str], set[int]]) -> None:
    """The cars our file names, entered for their seasons with the drivers seen in them.

    An existing entry of the same car in the season is reused (its crew
    completed), so importing the file again adds nothing.
    """
    for (season_id, number, model, car_class, team_name), driver_ids in crews.items():
        team_id = None
        if team_name:
            team_id = store.first(_TEAM, {"name": team_name})
            if team_id is None:
                team_id = store.new_id(_NEW_TEAM, {"name": team_name})
        car = {"team_id": team_id, "number": number, "model": model}
        car_id = store.first(_CAR_WITHOUT_TEAM if team_id is None else _CAR_OF_TEAM, car)
        if car_id is None:
            car_id = store.new_id(_NEW_CAR, {**car, "car_class": car_class})
        entry = {"season_id": season_id, "car_id": car_id}
        entry_id = store.first(_SEASON_ENTRY, entry)
        if entry_id is None:
            entry_id = store.new_id(_NEW_ENTRY, entry)
        crew = {driver_id for (driver_id,) in store.run(_CREW, {"entry_id": entry_id})}
        for position, driver_id in enumerate(sorted(driver_ids - crew), start=len(crew) + 1):
            store.run(
                _NEW_CREW_MEMBER,
                {"entry_id": entry_id, "driver_id": driver_id, "position": position},
            )


def _weekends(
    store: _Rows,
    weekends: Sequence[ImportedEvent],
    series: str | None,
    year: int | None,
    counts: _Counts,
    circuits: Sequence[TrackView],
) -> None:
    """Rounds from our weekend events (as :func:`_plan` set them aside): those without
    sessions are created, and a round made by this import takes the weekend's own
    identifier (its feed UID stays)."""
    series_cache: dict[str, tuple[int, str]] = {}
    season_cache: dict[tuple[int, int], _Season] = {}
    for event in weekends:
        facts = _facts_of(event)
        number, season_year = _year(facts.get(X_ROUND)), _year(facts.get(X_SEASON))
        series_name = series or facts.get(X_SERIES)
        season_year = year if year is not None else season_year
        track_key = facts.get(X_TRACK)
        if not series_name or season_year is None or number is None or not track_key:
            continue  # a weekend event of an older export: its sessions bring the round
        series_row = _series_row(
            store, series_name, facts.get(X_SERIES_SHORT) or "", series_cache, facts
        )
        season = _season_row(store, series_row, season_year, season_cache)
        round_id = store.first(_ROUND_NUMBERED, {"season_id": season.id, "number": number})
        uid = facts.get(X_ROUND_UID) or ""
        uid_free = bool(uid) and store.first(_ROUND_UID_TAKEN, {"uid": uid}) is None
        if round_id is not None:
            if round_id in counts.created_rounds and uid_free:
                store.run(_ROUND_UID, {"uid": uid, "id": round_id})
            continue
        try:
            first_day, last_day = (
                date.fromisoformat(part) for part in (facts.get(X_ROUND_DAYS) or "").split("/", 1)
            )
            track = _circuit_called(circuits, track_key)
        except (ValueError, PlannerError):
            continue
        validation.round_days(first_day, last_day)
        _new_round(
            store,
            season,
            number,
            (facts.get(X_ROUND_NAME) or "").strip(),
            track,
            (first_day, last_day),
            status=_round_status(event),
            uid=uid if uid_free else "",
        )
        counts.rounds_added.append(
            tr("{series} {year} round {number} at {track} ({first} – {last})").format(
                series=series_row[1],
                year=season_year,
                number=number,
                track=track.name,
                first=first_day.isoformat(),
                last=last_day.isoformat(),
            )
        )


def _round_status(event: ImportedEvent) -> str:
    if event.status == "CANCELLED":
        return "cancelled"
    if event.status == "TENTATIVE":
        return "postponed"
    return "scheduled"


def _vanished(store: _Rows, round_rows: list[_RoundRow], counts: _Counts, *, cancel: bool) -> None:
    """Sessions this feed brought into these rounds before that it no longer holds.

    Only for a foreign feed: a session made from a foreign UID has a version-5
    UUID (see :func:`session_uid_for`); the planner's own sessions (version 4)
    are the user's and never reported. Reported always; cancelled (a real
    change: the revision rises) only when asked.
    """
    seen = set(counts.uids)
    if not any(_is_foreign(uid) for uid in seen):
        return  # our own export (or nothing): its sessions are not "a feed's"
    round_ids = sorted({row.id for row in round_rows})
    series_of_round = {row.id: row.series_name for row in round_rows}
    cancelled = SessionStatus.CANCELLED.value
    # Uids first (an import that keeps every session reads nothing more), then
    # the few that vanished with what their report needs.
    gone = [
        session_id
        for session_id, uid in in_batches(store.run, _STANDING, round_ids, {"cancelled": cancelled})
        if uid not in seen and _is_foreign(uid)
    ]
    found = {
        session_id: (name, as_datetime(start_wall), round_id)
        for session_id, name, start_wall, round_id in in_batches(store.run, _VANISHED, gone)
    }
    for session_id in sorted(gone, key=lambda session_id: found[session_id][1]):
        name, start_wall, round_id = found[session_id]
        when = f"{start_wall:%Y-%m-%d %H:%M}"
        counts.vanished.append(f"“{name}” ({when}, {series_of_round[round_id]})")
        if cancel:
            store.run(
                _CANCEL,
                {
                    "cancelled": cancelled,
                    "changed_utc": store.value(utc_now_naive()),
                    "id": session_id,
                },
            )


def _is_foreign(uid: str) -> bool:
    """True for a session uid made from another program's UID (a version-5 UUID)."""
    if len(uid) == 36 and uid[8] == "-" and uid[14] != "5":
        return False  # the canonical form shows the version at once
    try:
        return uuid.UUID(uid).version == 5
    except ValueError:
        return False


class _BulkSessions:
    """New sessions and their stints, each table written in multi-row inserts
    (:func:`planner.services.bulk_insert.insert_values`).

    An insert a session costs ~0.3 ms through the ORM (20,000: most of an import);
    a new session's only relationship is its stints, written here as rows too.
    """

    def __init__(self) -> None:
        #: Rows of :func:`planner.services.session_rows.session_row` (its SESSION_COLUMNS).
        self.rows: list[tuple[object, ...]] = []
        self.uids: set[str] = set()
        self.stints: dict[str, list[int]] = {}  # uid -> driver ids in stint order

    def add(self, uid: str, row: tuple[object, ...], driver_ids: list[int]) -> None:
        self.rows.append(row)
        self.uids.add(uid)
        if driver_ids:
            self.stints[uid] = driver_ids

    def insert(self, store: _Rows) -> None:
        returning = ("uid", "id") if self.stints else ()
        ids = dict(
            insert_values(
                store.run,
                store.dialect,
                "sessions",
                SESSION_COLUMNS,
                self.rows,
                returning=returning,
            )
        )
        insert_values(
            store.run,
            store.dialect,
            "session_drivers",
            _STINT_COLUMNS,
            [
                (ids[uid], order, driver_id)
                for uid, driver_ids in self.stints.items()
                for order, driver_id in enumerate(driver_ids, start=1)
            ],
        )
        self.rows = []
        self.uids = set()
        self.stints = {}


def _new_session_values(
    round_row: models.Round, new: NewSession, start_utc: datetime
) -> dict[str, object]:
    """:func:`planner.services.sessions.new_session_values` as the import checks it:
    ``new.start_wall`` is the wall time of ``start_utc`` at the round's circuit, and
    a plain one (:class:`TrackClock`) takes the cheaper start check."""
    place = RoundPlace.of(round_row)
    plain = TrackClock().at(start_utc, place.zone).plain
    check = keep_wall if plain else checked_start
    row = session_row(place, new, utc_now_naive(), check_start=check)
    return dict(zip(SESSION_COLUMNS, row, strict=True))


#: What the file says of a stored session besides its name, start and drivers, in the
#: order of :class:`_StoredSession`'s fields: kind, status, duration, broadcast, stream
#: and notes (a tuple, not a dict per session).
_Wanted = tuple[str, str, int | None, str, str, str]


def _update(
    store: _Rows,
    row: _StoredSession,
    wanted: _Wanted,
    name: str,
    start_utc: datetime,
    drivers: list[int],
    sequence: int,
    label: str,
    counts: _Counts,
    names: _RoundNames,
    clock: TrackClock,
) -> None:
    at_track = clock.at(start_utc, row.zone)
    check = keep_wall if at_track.plain else checked_start  # see TrackClock
    real_start, kept_dst = check(at_track.wall, row.zone, at_track.summer)
    round_row = store.round(row.round_id)
    if not round_row.first_day <= real_start.date() <= round_row.last_day:
        new_first = min(round_row.first_day, real_start.date())
        new_last = max(round_row.last_day, real_start.date())
        store.set_days(round_row, new_first, new_last)
    taken = _names_in(store, round_row.id, names)
    name = _free_name_in(taken, name, row.uid, names.fold)
    kind, status, minutes, broadcast, stream_url, notes = wanted
    significant = (
        row.name != name
        or row.kind != kind
        or row.start_wall != real_start
        or row.is_dst != kept_dst
        or row.duration_minutes != minutes
        or row.status != status
    )
    minor = row.broadcast != broadcast or row.stream_url != stream_url or row.notes != notes
    same_drivers = row.driver_ids == drivers
    if not significant and not minor and (same_drivers or not drivers):
        counts.unchanged.append(label)
        return
    _take(taken, row.uid, row.name, name, names.fold)
    row.name = name
    row.start_wall, row.is_dst = real_start, kept_dst
    row.kind, row.status, row.duration_minutes = kind, status, minutes
    row.broadcast, row.stream_url, row.notes = broadcast, stream_url, notes
    if drivers and not same_drivers:
        store.run(_DROP_STINTS, {"session_id": row.id})
        insert_values(
            store.run,
            store.dialect,
            "session_drivers",
            _STINT_COLUMNS,
            [(row.id, order, driver_id) for order, driver_id in enumerate(drivers, start=1)],
        )
        row.driver_ids = list(drivers)
    if significant:
        row.revision = max(row.revision + 1, sequence + 1)
    store.run(
        _UPDATE_SESSION,
        {
            "name": row.name,
            "kind": row.kind,
            "start_wall": store.value(row.start_wall),
            "is_dst": row.is_dst,
            "duration_minutes": row.duration_minutes,
            "status": row.status,
            "broadcast": row.broadcast,
            "stream_url": row.stream_url,
            "notes": row.notes,
            "revision": row.revision,
            "changed_utc": store.value(utc_now_naive()),
            "id": row.id,
        },
    )
    counts.updated.append(label)
