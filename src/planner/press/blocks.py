"""The four press-kit blocks of a round: schedule, track, results, standings.

Plain text to paste into a release, in English or Swedish, with the times
in the zone the family chooses and that zone named in words, as the
families' own releases do. Built from service views only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from planner.db.database import Database
from planner.domain.calendar_words import MONTHS, WEEKDAYS
from planner.domain.kinds import SessionKind, SessionStatus
from planner.domain.results import format_points, ordinal
from planner.i18n import Language, translator
from planner.press.zone_words import all_times_note
from planner.services.queries import weekend
from planner.services.results import ResultView, RoundResults, describe_result, round_results
from planner.services.standings import Standings, standings
from planner.services.views import EntryView, SessionView, WeekendView

Block = Literal["schedule", "track", "results", "standings"]
BLOCKS: tuple[Block, ...] = ("schedule", "track", "results", "standings")
Translate = Callable[[str], str]


@dataclass(frozen=True)
class PressOptions:
    language: Language = "en"
    zone_name: str = "Europe/Stockholm"  # the zone times are written in
    driver_name: str = ""  # only this driver's sessions and car ("" = everyone's)


def build_block(db: Database, round_id: int, block: Block, options: PressOptions) -> str:
    """One block for a round, loaded through the services."""
    if block == "schedule":
        return schedule_block(weekend(db, round_id), options)
    if block == "track":
        return track_block(weekend(db, round_id), options)
    if block == "results":
        return results_block(round_results(db, round_id), options)
    view = weekend(db, round_id)
    return standings_block(standings(db, view.round.season_id, view.round.number), options)


def day_heading(day: date, language: Language) -> str:
    """A day as releases head it: "Friday September 1st" / "Fredag 1 september"."""
    weekday = WEEKDAYS[language][day.weekday()]
    month = MONTHS[language][day.month - 1]
    if language == "sv":
        return f"{weekday.capitalize()} {day.day} {month}"
    return f"{weekday} {month} {ordinal(day.day, 'en')}"


_NAME_WORDS_SV: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bFree Practice\b", re.I), "Fri träning"),
    (re.compile(r"\bPractice\b", re.I), "Träning"),
    (re.compile(r"\bQualifying\b", re.I), "Kval"),
    (re.compile(r"\bWarm-?up\b", re.I), "Warm-up"),
    (re.compile(r"\bPart\b", re.I), "Del"),
)


def session_name(name: str, language: Language) -> str:
    """A session's name as a Swedish release writes it ("Qualifying 2" -> "Kval 2")."""
    if language != "sv":
        return name
    for pattern, swedish in _NAME_WORDS_SV:
        name = pattern.sub(swedish, name)
    return name


def _duration(minutes: int | None, tr: Translate) -> str:
    """A length as releases write it: "60 min", "90 min", "6 hours" / "6 timmar"."""
    if minutes is None:
        return ""
    if minutes >= 120 and minutes % 60 == 0:
        return tr("{hours} hours").format(hours=minutes // 60)
    return tr("{minutes} min").format(minutes=minutes)


def _drives(session: SessionView, driver_name: str) -> bool:
    if not driver_name or not session.drivers:
        return True
    wanted = driver_name.strip().casefold()
    return any(wanted in driver.name.casefold() for driver in session.drivers)


def schedule_block(view: WeekendView, options: PressOptions) -> str:
    language, zone_name = options.language, options.zone_name
    tr = translator(language)
    title = tr("Time schedule for this weekend's races ({series} Round {number}):").format(
        series=view.series.name, number=view.round.number
    )
    lines = [title, f"({all_times_note(zone_name, language)})"]
    current_day: date | None = None
    for session in view.sessions:
        if not _drives(session, options.driver_name):
            continue
        start = session.start_in(zone_name)
        if start.date() != current_day:
            current_day = start.date()
            lines.extend(["", f"{day_heading(current_day, language)}:"])
        text = f"{start:%H:%M} {session_name(session.name, language)}"
        length = _duration(session.duration_minutes, tr)
        if length:
            text += f" ({length})"
        extras = [tr(session.notes), tr(session.broadcast)]
        if session.status == SessionStatus.TENTATIVE:
            extras.append(tr("time to be confirmed"))
        elif session.status == SessionStatus.CANCELLED:
            extras.append(tr("cancelled"))
        for extra in extras:
            if extra:
                text += f" – {extra}"
        lines.append(text)
    if current_day is None:
        lines.extend(["", tr("No sessions entered yet.")])
    return "\n".join(lines) + "\n"


def _race_length(sessions: tuple[SessionView, ...], tr: Translate) -> str:
    lengths = [s.duration_minutes for s in sessions if s.kind == SessionKind.RACE]
    known = [minutes for minutes in lengths if minutes is not None]
    if not known:
        return ""
    if len(set(known)) == 1 and len(known) == len(lengths):
        one = _duration(known[0], tr)
        return one if len(known) == 1 else f"{len(known)} x {one}"
    return ", ".join(_duration(minutes, tr) for minutes in known)


def track_block(view: WeekendView, options: PressOptions) -> str:
    language = options.language
    tr = translator(language)
    track = view.round.track
    lines = [tr("About the track ({track}):").format(track=track.name)]
    place = ", ".join(part for part in (track.town, tr(track.country)) if part)
    facts = [
        (tr("Place"), place),
        (
            tr("Length"),
            ""
            if track.length_km is None
            else f"{track.length_km:.3f}".replace(".", "," if language == "sv" else ".") + " km",
        ),
        (tr("Corners"), "" if track.corners is None else str(track.corners)),
        (tr("Race length"), _race_length(view.sessions, tr)),
    ]
    for record in track.lap_records:
        facts.append(
            (
                tr("Lap record"),
                f"{record.lap_time_text} ({record.car_class})"
                if record.car_class
                else record.lap_time_text,
            )
        )
    lines.extend(f"{label}: {value}" for label, value in facts if value)
    return "\n".join(lines) + "\n"


def result_text(
    values_view: ResultView, car_class: str, language: Language, *, kind: SessionKind
) -> str:
    """One result in words: "3rd place in TCR", "DNS. Due to technical problems."."""
    return describe_result(values_view.values, car_class, language, kind=kind)


def _entries_for(data: RoundResults, driver_name: str) -> list[EntryView]:
    wanted = driver_name.strip().casefold()
    return [
        entry
        for entry in data.entries
        if not wanted or any(wanted in member.name.casefold() for member in entry.crew)
    ]


def results_block(data: RoundResults, options: PressOptions) -> str:
    language = options.language
    tr = translator(language)
    lines = [tr("Results from the weekend:")]
    entries = _entries_for(data, options.driver_name)
    for entry in entries:
        if len(entries) > 1:
            crew = ", ".join(member.name for member in entry.crew)
            lines.extend(["", f"{entry.car.label} ({crew}):"])
        found = False
        for session in data.sessions:
            result = data.result(session.id, entry.id)
            if result is None:
                continue
            found = True
            lines.append(
                f"{session_name(session.name, language)}: "
                + result_text(result, entry.car.car_class, language, kind=session.kind)
            )
        if not found:
            lines.append(tr("No results entered yet."))
    if not entries:
        lines.append(tr("No results entered yet."))
    return "\n".join(lines) + "\n"


def standings_block(table: Standings, options: PressOptions) -> str:
    language = options.language
    tr = translator(language)
    if table.after_round is None:
        title = tr("Championship standings ({season}):").format(season=table.season.title)
    else:
        title = tr("Championship standings after {done} of {total} rounds:").format(
            done=table.after_round, total=table.rounds_total
        )
    lines = [title]
    for row in table.rows:
        nationality = f" ({row.nationality})" if row.nationality else ""
        lines.append(f"{row.position}. {row.driver}{nationality}, {format_points(row.points)} p.")
    if not table.rows:
        lines.append(tr("No results entered yet."))
    return "\n".join(lines) + "\n"


def finished_session_text(data: RoundResults, session_id: int, language: Language) -> str:
    """A finished session's result in words, one car a line ("3rd place in TCR").

    Meant for the description of a session's calendar event; empty when no
    result is entered. With several cars, each line starts with the car.
    """
    session = next((item for item in data.sessions if item.id == session_id), None)
    if session is None:
        return ""
    lines = []
    for entry in data.entries:
        found = data.result(session_id, entry.id)
        if found is None:
            continue
        text = result_text(found, entry.car.car_class, language, kind=session.kind)
        lines.append(f"{entry.car.label}: {text}" if len(data.entries) > 1 else text)
    return "\n".join(lines)
