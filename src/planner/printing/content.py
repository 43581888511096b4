"""What goes on a printed sheet, in plain dataclasses (no Qt here).

The builders turn service views (``WeekendView``, ``RoundView``) into sheets
whose every text is already translated and formatted in the sheet's own
language, so the renderer only places text and never decides what it says,
and these values can be tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from planner.domain.calendar_words import (
    MONTHS_SHORT,
    WEEKDAYS_SHORT,
    format_date_range,
    format_day,
)
from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.domain.results import format_points
from planner.domain.track_time import zone
from planner.i18n import Language, translator
from planner.press.blocks import result_text, session_name
from planner.services.results import RoundResults
from planner.services.views import (
    DriverView,
    EntryView,
    RoundView,
    SessionView,
    TrackView,
    WeekendView,
)

DASH = "—"
ARROW = " → "
NBSP = "\u00a0"
DEFAULT_SERIES_COLOUR = "#3465a4"

Translate = Callable[[str], str]


# --- the weekend sheet --------------------------------------------------------


@dataclass(frozen=True)
class SheetHeader:
    series_name: str
    series_colour: str  # "#rrggbb"
    season_label: str  # "Round 5 · 2023"
    title: str  # the event: "Hankook 12h Hockenheimring" or the circuit
    date_range: str  # "1–3 September 2023"
    circuit: str  # "Hockenheimring"
    place: str  # "Hockenheim, Germany"
    status: str = ""  # "POSTPONED" / "CANCELLED" when the round is not on as planned


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class FactBox:
    title: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class CarCrew:
    title: str  # "#120 Audi RS 3 LMS TCR"
    facts: tuple[Fact, ...]  # class, team
    drivers: tuple[str, ...]  # full names in crew order


@dataclass(frozen=True)
class CrewBox:
    title: str
    cars: tuple[CarCrew, ...]
    drivers_label: str


@dataclass(frozen=True)
class Link:
    label: str  # "Live timing"
    url: str  # what the QR code holds
    text: str  # the URL as printed, without the scheme


@dataclass(frozen=True)
class ScheduleRow:
    track_time: str  # "12:10"
    home_time: str  # "06:10", "Sat 01:10" when the day differs; "" without a home column
    name: str
    duration: str  # "60 min", "6 h", "—"
    drivers: str  # "Jessica → Andreas"
    broadcast: str
    notes: str = ""
    status: str = ""  # "time to be confirmed" / "cancelled"
    cancelled: bool = False
    kind: str = SessionKind.OTHER.value
    track_end: str = ""  # "13:10"; "" when the length was never published
    track_days: str = ""  # "Sat–Sun" when the session runs past midnight at the track
    home_clock: str = ""  # "06:10": the home start without its weekday
    home_end: str = ""  # "07:10"
    home_days: str = ""  # "Sat" / "Sat–Sun" when home days differ from the track's

    @property
    def track_span(self) -> str:
        """``12:10–13:10``, or the start alone when the length is not known."""
        return f"{self.track_time}–{self.track_end}" if self.track_end else self.track_time

    @property
    def home_span(self) -> str:
        if not self.home_clock:
            return ""
        return f"{self.home_clock}–{self.home_end}" if self.home_end else self.home_clock

    @property
    def logistics(self) -> bool:
        """Scrutineering, briefings, track walks: entered as sessions of kind "other"."""
        return self.kind == SessionKind.OTHER.value


@dataclass(frozen=True)
class ScheduleDay:
    heading: str  # "Friday 1 September" / "fredag 1 september"
    rows: tuple[ScheduleRow, ...]


@dataclass(frozen=True)
class ScheduleColumns:
    track_time: str  # "Track" + zone abbreviation below
    track_zone: str  # "CEST"
    home_time: str  # "New York"
    home_zone: str  # "EDT"
    session: str
    duration: str
    drivers: str
    broadcast: str


@dataclass(frozen=True)
class Schedule:
    title: str
    note: str  # "Times are local at the track (Europe/Berlin)."
    columns: ScheduleColumns
    show_home: bool
    days: tuple[ScheduleDay, ...]  # the days of the weekend, without rows when none is entered
    empty_text: str = ""
    zones: tuple[str, ...] = ()  # "Track time: Central European Summer Time, UTC+2 — …"
    as_of: str = ""  # "Schedule as of 28 August 14:05"
    legend: str = ""  # "→ driver change, in stint order" when a race has stints
    blank: bool = False  # no session entered: a timetable to fill in by hand

    @property
    def rows(self) -> tuple[ScheduleRow, ...]:
        return tuple(row for day in self.days for row in day.rows)


@dataclass(frozen=True)
class NotesArea:
    title: str
    text: str  # what the user wrote, printed as plain text
    min_lines: int = 3  # ruled lines for results and remarks


@dataclass(frozen=True)
class WeekendSheet:
    language: Language
    header: SheetHeader
    track: FactBox
    crew: CrewBox | None
    links_title: str
    links: tuple[Link, ...]
    schedule: Schedule
    notes: NotesArea
    footer_left: str  # "Printed 23 November 2026 14:05"
    footer_right: str  # "Race Planner"
    document_title: str  # PDF metadata
    links_hint: str = ""  # "Scan with a phone camera"
    continued: str = "continued"  # on a page that carries on from the one before


# --- the season overview ------------------------------------------------------


@dataclass(frozen=True)
class OverviewRow:
    number: str  # "5"
    dates: str  # "1–3 Sep"
    weekday_span: str  # "Fri–Sun"
    series: str  # short name
    series_colour: str
    event: str
    circuit: str
    place: str
    drivers: tuple[str, ...]  # each name with no-break spaces: never split over lines
    status: str = ""
    past: bool = False
    times: tuple[str, ...] = ()  # "Sat 16:55 Race 1", in home time when one is given
    result: str = ""  # "32 points" once results are entered


@dataclass(frozen=True)
class OverviewColumns:
    number: str
    dates: str
    series: str
    event: str
    circuit: str
    drivers: str
    times: str = ""  # "Races (Stockholm time)"


@dataclass(frozen=True)
class SeasonOverview:
    language: Language
    title: str  # "GT4 European Series 2023" or "2023: Andreas and Jessica"
    subtitle: str
    colour: str  # the band; the series colour, or a neutral one for a whole year
    columns: OverviewColumns
    rows: tuple[OverviewRow, ...]
    show_series: bool
    empty_text: str
    footer_left: str
    footer_right: str
    document_title: str
    legend: tuple[tuple[str, str], ...] = field(default=())  # (series, colour) for a year


# --- small formatters ---------------------------------------------------------


def format_decimal(value: float, decimals: int, language: Language) -> str:
    """``4.574`` in English, ``4,574`` in Swedish."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language == "sv" else text


def format_length(length_km: float | None, language: Language) -> str:
    return DASH if length_km is None else f"{format_decimal(length_km, 3, language)} km"


def format_duration(minutes: int | None) -> str:
    """``60 min``, ``6 h``, ``1 h 30 min``; ``—`` when the length is not published."""
    if minutes is None:
        return DASH
    if minutes <= 90 or (minutes < 120 and minutes % 60):
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h" if rest == 0 else f"{hours} h {rest} min"


def format_coordinates(latitude: float, longitude: float, language: Language) -> str:
    """``49.3278° N, 8.5656° E``; Swedish uses Ö (öst) and V (väst)."""
    east, west = ("Ö", "V") if language == "sv" else ("E", "W")
    north_south = "N" if latitude >= 0 else "S"
    east_west = east if longitude >= 0 else west
    lat = format_decimal(abs(latitude), 4, language)
    lon = format_decimal(abs(longitude), 4, language)
    return f"{lat}° {north_south}, {lon}° {east_west}"


def format_printed(moment: datetime, language: Language) -> str:
    month = format_day(moment.date(), language).split(" ", 2)[2]
    return f"{moment.day} {month} {moment.year} {moment:%H:%M}"


def zone_city(zone_name: str) -> str:
    """``America/New_York`` -> ``New York``."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def join_names(names: Sequence[str], tr: Translate) -> str:
    """``Andreas``, ``Andreas and Jessica``, ``A, B and C`` (no serial comma: sv has none)."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {tr('and')} {names[-1]}"


def url_text(url: str) -> str:
    """The URL as people read it: no scheme, no trailing slash."""
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


def _display_names(drivers: Iterable[DriverView]) -> dict[int, str]:
    """First names where they tell the drivers apart, full names where they do not."""
    unique = {driver.id: driver for driver in drivers}
    firsts = [driver.first_name for driver in unique.values()]
    return {
        driver.id: driver.first_name if firsts.count(driver.first_name) == 1 else driver.name
        for driver in unique.values()
    }


# --- the weekend sheet builder ------------------------------------------------


def build_weekend_sheet(
    weekend: WeekendView,
    *,
    language: Language = "en",
    home_zone: str | None = None,
    notes: str | None = None,
    printed_at: datetime | None = None,
    app_name: str = "Race Planner",
    results: RoundResults | None = None,
) -> WeekendSheet:
    """The sheet for one round.

    ``home_zone`` adds a home-time column when any session's clock there
    differs from the track's; ``notes`` replaces the round's own notes;
    ``printed_at`` (aware or naive local time) defaults to now. ``results``
    (once entered) head the notes area, with the points of the weekend.
    """
    tr = translator(language)
    round_ = weekend.round
    track = round_.track
    series = weekend.series
    moment = printed_at or datetime.now().astimezone()

    header = SheetHeader(
        series_name=series.name,
        series_colour=_colour(series.colour),
        season_label=tr("Round {number} · {year}").format(number=round_.number, year=round_.year),
        title=round_.title,
        date_range=format_date_range(round_.first_day, round_.last_day, language),
        circuit=track.name,
        place=", ".join(part for part in (track.town, tr(track.country)) if part),
        status=_round_status(round_.status, tr),
    )
    sheet_notes = round_.notes if notes is None else notes
    if results is not None and results.results:
        sheet_notes = "\n".join([*results_lines(results, language), "", sheet_notes.strip()])
    return WeekendSheet(
        language=language,
        header=header,
        track=_track_box(track, language, tr),
        crew=_crew_box(weekend.entries, tr),
        links_title=tr("Follow live"),
        links=_links(weekend, tr),
        links_hint=tr("Scan the code with a phone camera"),
        continued=tr("continued"),
        schedule=_schedule(weekend, home_zone, language, tr),
        notes=NotesArea(title=tr("Notes and results"), text=sheet_notes.strip()),
        footer_left=tr("Printed {when}").format(when=format_printed(moment, language)),
        footer_right=app_name,
        document_title=f"{series.name} {round_.year} · {round_.title}",
    )


def results_lines(results: RoundResults, language: Language) -> list[str]:
    """One line per result ("Qualifying: 1st place in TCR · 0 p"), then the points."""
    tr = translator(language)
    lines: list[str] = []
    for entry in results.entries:
        entered = [
            (session, found)
            for session in results.sessions
            if (found := results.result(session.id, entry.id)) is not None
        ]
        if not entered:
            continue
        if len(results.entries) > 1:
            lines.append(f"{entry.car.label}:")
        for session, found in entered:
            text = result_text(found, entry.car.car_class, language, kind=session.kind)
            lines.append(f"{session_name(session.name, language)}: {text} · {found.points_text} p")
        lines.append(
            tr("Points this weekend: {points}").format(
                points=format_points(results.entry_points(entry.id))
            )
        )
    return lines


def _colour(text: str) -> str:
    text = text.strip()
    if len(text) == 7 and text.startswith("#"):
        try:
            int(text[1:], 16)
        except ValueError:
            return DEFAULT_SERIES_COLOUR
        return text.lower()
    return DEFAULT_SERIES_COLOUR


def _round_status(status: RoundStatus, tr: Translate) -> str:
    if status == RoundStatus.POSTPONED:
        return tr("Postponed")
    if status == RoundStatus.CANCELLED:
        return tr("Cancelled")
    return ""


def _track_box(track: TrackView, language: Language, tr: Translate) -> FactBox:
    facts = [
        Fact(tr("Length"), format_length(track.length_km, language)),
        Fact(tr("Corners"), DASH if track.corners is None else str(track.corners)),
    ]
    records = [
        " ".join(
            part
            for part in (
                record.car_class,
                record.lap_time_text,
                _record_holder(record.holder, record.year),
            )
            if part
        )
        for record in track.lap_records
    ]
    if records:
        label = tr("Lap record") if len(records) == 1 else tr("Lap records")
        facts.append(Fact(label, "\n".join(records)))
    if track.latitude is not None and track.longitude is not None:
        facts.append(
            Fact(tr("Location"), format_coordinates(track.latitude, track.longitude, language))
        )
    facts.append(Fact(tr("Time zone"), track.timezone))
    return FactBox(title=tr("Circuit"), facts=tuple(facts))


def _record_holder(holder: str, year: int | None) -> str:
    details = ", ".join(part for part in (holder, str(year) if year else "") if part)
    return f"({details})" if details else ""


def _crew_box(entries: Sequence[EntryView], tr: Translate) -> CrewBox | None:
    if not entries:
        return None
    cars = []
    for entry in entries:
        car = entry.car
        facts = []
        if car.car_class:
            facts.append(Fact(tr("Class"), car.car_class))
        if car.team_name:
            facts.append(Fact(tr("Team"), car.team_name))
        cars.append(
            CarCrew(
                title=car.label or tr("Car"),
                facts=tuple(facts),
                drivers=tuple(driver.name for driver in entry.crew),
            )
        )
    title = tr("Car and crew") if len(cars) == 1 else tr("Cars and crews")
    return CrewBox(title=title, cars=tuple(cars), drivers_label=tr("Drivers"))


def _links(weekend: WeekendView, tr: Translate) -> tuple[Link, ...]:
    series = weekend.series
    wanted: list[tuple[str, str]] = [
        (tr("Live timing"), series.live_timing_url),
        (tr("Stream"), series.stream_url),
    ]
    wanted.extend((tr("Stream"), session.stream_url) for session in weekend.sessions)
    if not series.live_timing_url and not series.stream_url:
        wanted.append((tr("Website"), series.website))
    links: list[Link] = []
    seen: set[str] = set()
    for label, url in wanted:
        url = url.strip()
        if url and url not in seen:
            seen.add(url)
            links.append(Link(label=label, url=url, text=url_text(url)))
    return tuple(links[:3])  # more QR codes than that crowd the page


def _schedule(
    weekend: WeekendView,
    home_zone: str | None,
    language: Language,
    tr: Translate,
) -> Schedule:
    sessions = weekend.sessions
    track_zone = weekend.round.track.timezone
    show_home = bool(home_zone) and any(
        session.start_in(track_zone).utcoffset() != session.start_in(str(home_zone)).utcoffset()
        for session in sessions
    )
    names = _display_names(driver for session in sessions for driver in session.drivers)
    days: dict[date, list[ScheduleRow]] = {}
    weekdays = WEEKDAYS_SHORT[language]
    for session in sessions:
        track_start = session.start_wall
        track_end = session.end_wall
        home_text = home_clock = home_end_text = home_days = ""
        if show_home and home_zone:
            home_start = session.start_in(home_zone)
            home_clock = home_text = f"{home_start:%H:%M}"
            if home_start.date() != track_start.date():
                home_text = f"{weekdays[home_start.weekday()]} {home_text}"
            home_end = session.end_in(home_zone)
            home_last = home_start.date() if home_end is None else home_end.date()
            if home_end is not None:
                home_end_text = f"{home_end:%H:%M}"
            if home_start.date() != track_start.date() or home_last != home_start.date():
                home_days = _weekday_span(home_start.date(), home_last, language)
        track_last = track_start.date() if track_end is None else track_end.date()
        days.setdefault(track_start.date(), []).append(
            ScheduleRow(
                track_time=f"{track_start:%H:%M}",
                home_time=home_text,
                name=session.name,
                duration=format_duration(session.duration_minutes),
                drivers=_who_drives(session, names),
                broadcast=_broadcast(session),
                notes=session.notes.strip(),
                status=_session_status(session.status, tr),
                cancelled=session.status == SessionStatus.CANCELLED,
                kind=session.kind.value,
                track_end="" if track_end is None else f"{track_end:%H:%M}",
                track_days=""
                if track_last == track_start.date()
                else _weekday_span(track_start.date(), track_last, language),
                home_clock=home_clock,
                home_end=home_end_text,
                home_days=home_days,
            )
        )
    blank = not sessions
    if blank:
        # a timetable to fill in by hand: every day of the weekend, no rows
        span = (weekend.round.last_day - weekend.round.first_day).days
        for offset in range(max(0, min(span, 6)) + 1):
            days.setdefault(weekend.round.first_day + timedelta(days=offset), [])
    track_abbreviation = _zone_abbreviation(sessions, track_zone)
    home_abbreviation = _zone_abbreviation(sessions, home_zone) if show_home and home_zone else ""
    columns = ScheduleColumns(
        track_time=tr("At the track"),
        track_zone=track_abbreviation,
        home_time=zone_city(home_zone) if show_home and home_zone else "",
        home_zone=home_abbreviation,
        session=tr("Session"),
        duration=tr("Length"),
        drivers=tr("Driver"),
        broadcast=tr("Broadcast"),
    )
    if show_home and home_zone:
        note = tr("Times at the track ({track}) and at home ({home}).").format(
            track=track_zone, home=home_zone
        )
    else:
        note = tr("Times are local at the track ({zone}).").format(zone=track_zone)
    has_stints = any(
        session.kind == SessionKind.RACE and len(session.drivers) > 1 for session in sessions
    )
    return Schedule(
        title=tr("Schedule"),
        note=note,
        columns=columns,
        show_home=show_home,
        days=tuple(
            ScheduleDay(heading=heading_case(format_day(day, language)), rows=tuple(rows))
            for day, rows in sorted(days.items())
        ),
        empty_text=tr("No sessions entered yet: fill in the times by hand."),
        zones=_zone_lines(weekend, home_zone if show_home else None, home_zone, language, tr),
        as_of=_as_of(sessions, home_zone or track_zone, language, tr),
        legend=tr("→ driver change, in stint order") if has_stints else "",
        blank=blank,
    )


def heading_case(text: str) -> str:
    """A heading starts with a capital in both languages: "Fredag 1 september"."""
    return text[:1].upper() + text[1:]


def _broadcast(session: SessionView) -> str:
    """What to watch: the channel as published, and the stream's address when there is one."""
    parts = [session.broadcast.strip()]
    stream = url_text(session.stream_url.strip())
    if stream and stream not in parts[0]:
        parts.append(stream)
    return "\n".join(part for part in parts if part)


def clock_in_words(zone_name: str, moment: datetime, language: Language) -> str:
    """``Central European Summer Time, UTC+2`` / ``centraleuropeisk sommartid, UTC+2``
    (CLDR names through Babel) for the clock in ``zone_name`` at ``moment``."""
    from babel.dates import get_timezone_name

    local = moment.astimezone(zone(zone_name))
    try:
        words = get_timezone_name(local, "long", locale="sv_SE" if language == "sv" else "en_GB")
    except (LookupError, ValueError):
        words = zone_city(zone_name)
    return f"{words}, {format_utc_offset(local.utcoffset())}"


def format_utc_offset(offset: timedelta | None) -> str:
    """``UTC+2``, ``UTC−4``, ``UTC+5:30``, ``UTC`` (a real minus sign, as printed timetables do)."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _zone_lines(
    weekend: WeekendView,
    shown_home: str | None,
    home_zone: str | None,
    language: Language,
    tr: Translate,
) -> tuple[str, ...]:
    """The clocks the sheet uses, named in words: track time first, then home time."""
    track_zone = weekend.round.track.timezone
    moments = [session.start_utc for session in weekend.sessions] or [
        zone(track_zone).localize(datetime.combine(weekend.round.first_day, datetime.min.time()))
    ]
    track_words = " / ".join(
        dict.fromkeys(clock_in_words(track_zone, moment, language) for moment in moments)
    )
    town = weekend.round.track.town or zone_city(track_zone)
    track_line = tr("Track time ({place}): {words}").format(place=town, words=track_words)
    if shown_home:
        home_words = " / ".join(
            dict.fromkeys(clock_in_words(shown_home, moment, language) for moment in moments)
        )
        home_line = tr("Home time ({place}): {words}").format(
            place=zone_city(shown_home), words=home_words
        )
        return (track_line, home_line)
    if home_zone and home_zone != track_zone:
        return (tr("{line} — same as {place}").format(line=track_line, place=zone_city(home_zone)),)
    return (track_line,)


def _as_of(
    sessions: Sequence[SessionView], zone_name: str, language: Language, tr: Translate
) -> str:
    """When the timetable last changed, in the reader's clock: "Schedule as of 28 Aug 14:05"."""
    if not sessions:
        return ""
    changed = max(session.changed_utc for session in sessions)
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=UTC)
    local = changed.astimezone(zone(zone_name))
    month = MONTHS_SHORT[language][local.month - 1]
    return tr("Schedule as of {when}").format(when=f"{local.day} {month} {local:%H:%M}")


def _zone_abbreviation(sessions: Sequence[SessionView], zone_name: str | None) -> str:
    if not zone_name or not sessions:
        return ""
    names = []
    for session in sessions:
        abbreviation = session.start_in(zone_name).tzname() or ""
        if abbreviation and abbreviation not in names:
            names.append(abbreviation)
    # pytz gives numeric names ("+04") for zones without letters: print them as UTC offsets.
    return "/".join(f"UTC{name}" if name[:1] in "+-" else name for name in names)


def _who_drives(session: SessionView, names: dict[int, str]) -> str:
    drivers = [names.get(driver.id, driver.name) for driver in session.drivers]
    if not drivers:
        return ""
    separator = ARROW if session.kind == SessionKind.RACE else " / "
    return separator.join(drivers)


def _session_status(status: SessionStatus, tr: Translate) -> str:
    if status == SessionStatus.TENTATIVE:
        return tr("time to be confirmed")
    if status == SessionStatus.CANCELLED:
        return tr("cancelled")
    return ""


# --- the season overview builder ---------------------------------------------


def build_season_overview(
    rounds: Sequence[RoundView],
    *,
    language: Language = "en",
    title: str | None = None,
    year: int | None = None,
    today: date | None = None,
    printed_at: datetime | None = None,
    app_name: str = "Race Planner",
    home_zone: str | None = None,
    sessions: Mapping[int, Sequence[SessionView]] | None = None,
    points_by_round: Mapping[int, tuple[float, ...]] | None = None,
) -> SeasonOverview:
    """All rounds of one season, or (``year`` given) of every season of that year.

    One season: titled "GT4 European Series 2023". A year: "2023: Andreas and
    Jessica" after the followed drivers of its rounds, with a series column.
    ``sessions`` (by round id) adds each round's race starts, in ``home_zone``
    when given, else at the track.
    """
    tr = translator(language)
    moment = printed_at or datetime.now().astimezone()
    ordered = sorted(rounds, key=lambda item: (item.first_day, item.series_name, item.number))
    series_names = list(dict.fromkeys(item.series_name for item in ordered))
    show_series = year is not None or len(series_names) > 1
    followed = _followed_first_names(ordered)
    colour = _colour(ordered[0].series_colour) if ordered and not show_series else "#37474f"
    if title is None:
        if year is not None:
            together = [keep_together(name) for name in followed]
            title = f"{year}: {join_names(together, tr)}" if followed else str(year)
        elif ordered:
            title = f"{ordered[0].series_name} {ordered[0].year}"
        else:
            title = tr("Season")
    all_drivers = list(
        dict.fromkeys(keep_together(d.name) for item in ordered for d in item.drivers)
    )
    count = len(ordered)
    rounds_text = tr("1 round") if count == 1 else tr("{count} rounds").format(count=count)
    if ordered:
        span = format_date_range(ordered[0].first_day, ordered[-1].last_day, language)
        subtitle = f"{rounds_text} · {span}"
        if all_drivers and not show_series:
            subtitle += f" · {join_names(all_drivers, tr)}"
    else:
        subtitle = rounds_text
    today_date = today or moment.date()
    # grey out what is over, unless all of it is (then nothing stands out)
    upcoming = any(item.last_day >= today_date for item in ordered)
    rows = tuple(
        OverviewRow(
            number=str(item.number),
            dates=_short_range(item.first_day, item.last_day, language),
            weekday_span=_weekday_span(item.first_day, item.last_day, language),
            series=item.series_short_name or item.series_name,
            series_colour=_colour(item.series_colour),
            event=item.name,
            circuit=item.track.name,
            place=", ".join(part for part in (item.track.town, tr(item.track.country)) if part),
            drivers=tuple(keep_together(driver.name) for driver in item.drivers),
            status=_round_status(item.status, tr),
            past=upcoming and item.last_day < today_date,
            times=_race_starts((sessions or {}).get(item.id, ()), home_zone, language),
            result=_points_text((points_by_round or {}).get(item.id, ()), tr),
        )
        for item in ordered
    )
    if home_zone:
        times_label = tr("Races ({place} time)").format(place=zone_city(home_zone))
    else:
        times_label = tr("Races (track time)")
    legend = tuple(
        dict.fromkeys(
            (item.series_short_name or item.series_name, _colour(item.series_colour))
            for item in ordered
        )
    )
    return SeasonOverview(
        language=language,
        title=title,
        subtitle=subtitle,
        colour=colour,
        columns=OverviewColumns(
            number=tr("Round"),
            dates=tr("Dates"),
            series=tr("Series"),
            event=tr("Event and circuit"),
            circuit=tr("Circuit"),
            drivers=tr("Drivers"),
            times=times_label if any(row.times for row in rows) else "",
        ),
        rows=rows,
        show_series=show_series,
        empty_text=tr("No rounds entered yet."),
        footer_left=tr("Printed {when}").format(when=format_printed(moment, language)),
        footer_right=app_name,
        document_title=title,
        legend=legend if show_series else (),
    )


def keep_together(name: str) -> str:
    """A person's name with no-break spaces, so a line never ends between first name and
    surname ("Andreas / Bäckman" read as two people)."""
    return NBSP.join(name.split())


def _race_starts(
    sessions: Sequence[SessionView], home_zone: str | None, language: Language
) -> tuple[str, ...]:
    """``Sat 16:55 Race 1`` for each race that is on, in home time when one is given."""
    starts = []
    for session in sorted(sessions, key=lambda item: item.start_utc):
        if session.kind != SessionKind.RACE or session.status == SessionStatus.CANCELLED:
            continue
        moment = session.start_in(home_zone) if home_zone else session.start_wall
        day = WEEKDAYS_SHORT[language][moment.weekday()]
        starts.append(f"{day} {moment:%H:%M} {session.name}")
    return tuple(starts)


def _points_text(points: tuple[float, ...], tr: Translate) -> str:
    if not points:
        return ""
    return tr("{points} points").format(points=" / ".join(format_points(p) for p in points))


def _followed_first_names(rounds: Sequence[RoundView]) -> list[str]:
    followed = [driver for item in rounds for driver in item.drivers if driver.followed]
    names = _display_names(followed)
    return sorted(dict.fromkeys(names[driver.id] for driver in followed), key=str.casefold)


def _short_range(first: date, last: date, language: Language) -> str:
    months = MONTHS_SHORT[language]
    if first == last:
        return f"{first.day} {months[first.month - 1]}"
    if first.month == last.month and first.year == last.year:
        return f"{first.day}–{last.day} {months[last.month - 1]}"
    return f"{first.day} {months[first.month - 1]} – {last.day} {months[last.month - 1]}"


def _weekday_span(first: date, last: date, language: Language) -> str:
    days = WEEKDAYS_SHORT[language]
    if first == last:
        return days[first.weekday()]
    return f"{days[first.weekday()]}–{days[last.weekday()]}"
