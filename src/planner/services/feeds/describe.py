"""The texts of a feed event: summary, description, location, our facts as JSON.

The description keeps its ASCII separators: changing them would change
every event's text without a new SEQUENCE.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache as memoised
from typing import Any, NamedTuple

from planner.domain.calendar_abbreviations import MONTHS_SHORT, WEEKDAYS_SHORT
from planner.domain.kinds import RoundStatus, SessionStatus
from planner.domain.results import ResultStatus
from planner.domain.zone_table import zone_table
from planner.i18n import Language, translator
from planner.ical import EventStatus
from planner.ical.dialect import (
    X_BROADCAST,
    X_CAR_CLASS,
    X_CAR_MODEL,
    X_CAR_NUMBER,
    X_CAR_TEAM,
    X_DRIVERS,
    X_KIND,
    X_NOTES,
    X_ROUND,
    X_ROUND_DAYS,
    X_ROUND_NAME,
    X_SEASON,
    X_SERIES,
    X_SERIES_SHORT,
    X_SERIES_STREAM,
    X_SERIES_TIMING,
    X_SERIES_WEBSITE,
    X_SESSION,
    X_STREAM,
    X_TRACK,
)
from planner.ical.text import escape_plain, escape_text
from planner.ical.zone_clock import local_times
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.rows import Car, RoundFacts, Row
from planner.services.feeds.session_times import Period, ShownTimes
from planner.services.stored_values import as_date

_DAY_SECONDS = 86_400.0


@dataclass(frozen=True)
class Options:
    """The choices of a feed that change the text of its events (a cache key)."""

    language: Language
    alarm_minutes: int | None
    home_zone: str | None


def first_names(drivers: tuple[tuple[int, str], ...]) -> list[str]:
    names: list[str] = []
    for _id, name in drivers:
        first = name.split()[0] if name.split() else name
        if first not in names:
            names.append(first)
    return names


_ORDINAL_1970 = date(1970, 1, 1).toordinal()


class LocalDay(NamedTuple):
    """A local day as DTSTART digits and as the description shows it."""

    digits: str  # "20200201"
    text: str  # "Sat 1 Feb 2020"


class LocalClock(NamedTuple):
    """A local second of the day as DTSTART digits and as the description shows it."""

    digits: str  # "T081700"
    text: str  # "08:17"


def _local_day(days: int, language: Language, cache: ExportCache) -> LocalDay:
    """Day number ``days`` since 1970 (memoised in ``cache.local_days``)."""
    found = cache.local_days.get((language, days))
    if found is None:
        day = date.fromordinal(_ORDINAL_1970 + days)
        found = cache.local_days[language, days] = LocalDay(
            cache.digits.digits(days * 86_400)[:8],  # DigitMemo's, as the writer's
            f"{WEEKDAYS_SHORT[language][day.weekday()]} {day.day} "
            f"{MONTHS_SHORT[language][day.month - 1]} {day.year}",
        )
    return found


def _local_clock(seconds: int, cache: ExportCache) -> LocalClock:
    """Second ``seconds`` of a day (memoised in ``cache.local_clocks``)."""
    found = cache.local_clocks.get(seconds)
    if found is None:
        hours, rest = divmod(seconds, 3600)
        found = cache.local_clocks[seconds] = LocalClock(
            cache.digits.digits(seconds)[8:], f"{hours:02d}:{rest // 60:02d}"
        )
    return found


def _day_and_clock(local: float, language: Language, cache: ExportCache) -> tuple[int, str, str]:
    """(local day number, "Sat 1 Feb 2020", "08:17") of local POSIX seconds, from two
    small memos instead of a datetime per call."""
    days = int(local // _DAY_SECONDS)
    seconds = int(local - days * _DAY_SECONDS)
    return days, _local_day(days, language, cache).text, _local_clock(seconds, cache).text


def span_text(
    start: float, end: float | None, zone_name: str, language: Language, cache: ExportCache
) -> str:
    """ "Sat 1 Feb 2020 08:17-09:00 CET"; an end under another abbreviation than the
    start (the night the clocks change) is labelled with its own: "23:00 CEST - 02:00 CET"."""
    table = zone_table(zone_name)
    index = bisect_right(table.starts, start) - 1
    offset, name = table.offsets[index], table.names[index]
    start_day, day_text, clock = _day_and_clock(start + offset, language, cache)
    text = f"{day_text} {clock}"
    if end is None or end == start:
        return f"{text} {name}"
    following = index + 1
    if following < len(table.starts) and end >= table.starts[following]:
        end_offset, end_name = table.at(end)  # the clocks changed in between
    else:
        end_offset, end_name = offset, name
    end_day, end_day_text, end_clock = _day_and_clock(end + end_offset, language, cache)
    if end_name != name:
        end_text = end_clock if end_day == start_day else f"{end_day_text} {end_clock}"
        return f"{text} {name} - {end_text} {end_name}"
    if end_day == start_day:
        return f"{text}-{end_clock} {name}"
    return f"{text} - {end_day_text} {end_clock} {name}"


def same_clock(first: str, second: str, start: float, end: float | None) -> bool:
    """Do two zones show the same wall time and abbreviation from ``start`` to ``end``
    (Europe/Berlin and Europe/Stockholm: the same spans, word for word)?"""
    if first == second:
        return True
    one, other = zone_table(first), zone_table(second)
    index, other_index = one.index_at(start), other.index_at(start)
    if (one.offsets[index], one.names[index]) != (
        other.offsets[other_index],
        other.names[other_index],
    ):
        return False
    last = start if end is None else end
    return one.index_at(last) == index and other.index_at(last) == other_index


def shown_times(
    zone_name: str, start: float, end: float | None, options: Options, cache: ExportCache
) -> ShownTimes:
    """The local DTSTART/DTEND digits, track time and home time of POSIX seconds
    ``start``/``end`` at a track in ``zone_name``: what :func:`local_times`,
    :func:`span_text` and :func:`same_clock` answer, from one offset period per zone
    (``cache.periods``) when no change of the clocks is near, from them otherwise."""
    return times_in_period(
        cache.periods.period(zone_name, start), zone_name, start, end, options, cache
    )


def times_in_period(
    period: Period,
    zone_name: str,
    start: float,
    end: float | None,
    options: Options,
    cache: ExportCache,
) -> ShownTimes:
    """:func:`shown_times` of a start known to fall in ``period``."""
    # Answers are made as tuple.__new__(ShownTimes, ...) would be by ShownTimes(...),
    # without the Python-level __new__ a NamedTuple's call runs (~2,000 instructions
    # a session). The period, days and clocks are unpacked, not read by field name:
    # CPython 3.11 does not specialise a NamedTuple's field access (a generic lookup
    # of its descriptor each time, ~150 instructions; ~11 a session here).
    last = start if end is None else end
    language = options.language
    offset, name, plain_from, plain_until, _next_change, _begins = period
    if not plain_from <= start or not last < plain_until:
        track_time = span_text(start, end, zone_name, language, cache)
        return tuple.__new__(
            ShownTimes,
            (
                local_times(zone_name, start, end, cache.digits),
                track_time,
                _home_time(zone_name, start, end, track_time, options, cache),
            ),
        )
    # What _day_and_clock and DigitMemo give, from the same two memos for both.
    local_days, local_clocks = cache.local_days, cache.local_clocks
    days, seconds = divmod(int(start // 1) + offset, 86_400)
    day_digits, day_text = local_days.get((language, days)) or _local_day(days, language, cache)
    clock_digits, clock_text = local_clocks.get(seconds) or _local_clock(seconds, cache)
    if end is None:
        local_clock: tuple[str, str | None] = (day_digits + clock_digits, None)
        track_time = f"{day_text} {clock_text} {name}"
    else:
        end_days, end_seconds = divmod(int(end // 1) + offset, 86_400)
        end_day_digits, end_day_text = (
            (day_digits, day_text)
            if end_days == days
            else local_days.get((language, end_days)) or _local_day(end_days, language, cache)
        )
        end_clock_digits, end_clock_text = local_clocks.get(end_seconds) or _local_clock(
            end_seconds, cache
        )
        local_clock = (day_digits + clock_digits, end_day_digits + end_clock_digits)
        if end == start:
            track_time = f"{day_text} {clock_text} {name}"
        elif end_days == days:
            track_time = f"{day_text} {clock_text}-{end_clock_text} {name}"
        else:
            track_time = f"{day_text} {clock_text} - {end_day_text} {end_clock_text} {name}"
    home = options.home_zone
    if not home or home == zone_name:
        return tuple.__new__(ShownTimes, (local_clock, track_time, track_time if home else None))
    home_period = cache.periods.period(home, start)
    if home_period.offset == offset and home_period.name == name and last < home_period.next_change:
        return tuple.__new__(ShownTimes, (local_clock, track_time, track_time))  # the same clock
    return tuple.__new__(
        ShownTimes, (local_clock, track_time, span_text(start, end, home, language, cache))
    )


def _home_time(
    zone_name: str,
    start: float,
    end: float | None,
    track_time: str,
    options: Options,
    cache: ExportCache,
) -> str | None:
    home = options.home_zone
    if not home:
        return None
    if same_clock(zone_name, home, start, end):
        return track_time
    return span_text(start, end, home, options.language, cache)


def status_of(row: Row) -> EventStatus:
    return _status(row.status, row.round_status)


def _status(session_status: str, round_status: str) -> EventStatus:
    if session_status == SessionStatus.CANCELLED or round_status == RoundStatus.CANCELLED:
        return "CANCELLED"
    if session_status == SessionStatus.TENTATIVE or round_status == RoundStatus.POSTPONED:
        return "TENTATIVE"
    return "CONFIRMED"


#: (session status, round status) as stored -> the event's status (:func:`status_of`).
STATUS_OF: dict[tuple[str, str], EventStatus] = {
    (session.value, round_.value): _status(session, round_)
    for session in SessionStatus
    for round_ in RoundStatus
}


def location(row: Row) -> str:
    parts = [row.track_name]
    for part in (row.track_town, row.track_country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(part for part in parts if part)


@memoised
def kind_words(language: Language) -> dict[str, str]:
    tr = translator(language)
    return {
        "practice": tr("Practice"),
        "qualifying": tr("Qualifying"),
        "race": tr("Race"),
        "warmup": tr("Warm-up"),
        "test": tr("Test"),
        "other": tr("Other"),
    }


@memoised
def label_texts(language: Language) -> dict[str, str]:
    """The translated templates of an event's description, looked up once per language."""
    tr = translator(language)
    texts = (
        "Round {number}", "Drivers: {names}", "Driver: {name}", "Car: {car}",
        "Track time: {time}", "Home time ({zone}): {time}", "Length not published.",
        "Time not confirmed yet.", "This session is cancelled.", "Broadcast: {text}",
        "Stream: {url}", "Live timing: {url}", "Website: {url}", "Notes: {notes}",
        "Result: {result}",
    )  # fmt: skip
    return {text: tr(text) for text in texts}


@memoised
def time_labels(
    language: Language, home_zone: str | None
) -> tuple[tuple[str, str], tuple[str, str]]:
    """The track time's and the home time's label split where the time goes (each
    template holds ``{time}`` once): a line is ``before + time + after``, without
    parsing the template per event."""
    labels = label_texts(language)
    track = labels["Track time: {time}"].format(time="\x00").partition("\x00")
    home = (
        labels["Home time ({zone}): {time}"].format(zone=home_zone, time="\x00").partition("\x00")
    )
    return (track[0], track[2]), (home[0], home[2])


def result_lines(results: tuple[tuple[Any, ...], ...], kind: str, language: Language) -> list[str]:
    """A finished session's result per car, in words ("3rd place (1st in TCR)"); with
    several cars each line names its car."""
    # Imported here: few sessions have results, and most exports need none.
    from planner.services.result_words import ResultValues, describe_result

    lines = []
    for number, model, car_class, status, position, class_position, *rest in results:
        reason, pole, fastest_lap, best_lap_ms = rest
        values = ResultValues(
            status=ResultStatus(status),
            position=position,
            class_position=class_position,
            reason=reason or "",
            pole=bool(pole),
            fastest_lap=bool(fastest_lap),
            best_lap_ms=best_lap_ms,
        )
        text = describe_result(values, car_class or "", language, kind=kind)
        label = f"#{number} {model}".strip() if number else model
        lines.append(f"{label}: {text}" if len(results) > 1 else text)
    return lines


class RoundParts(NamedTuple):
    """What every session of a round shares in its event (per language)."""

    heading: str  # first description line
    place: str  # first words of the summary
    location: str
    geo: tuple[float, float] | None
    series_label: str  # first category
    categories: dict[str, tuple[str, str]]  # session kind -> (series label, kind's word)
    default_url: str | None
    stream_line: str  # description line for the series' stream ("" if none)
    tail_lines: str  # live timing and website lines, each after a newline
    facts_head: str  # the JSON facts up to the session's own ones (no closing brace)
    facts_round_name: str  # the round name's JSON member, if any


def round_parts(row: Row, token: int, language: Language, cache: ExportCache) -> RoundParts:
    """What the sessions of a round share, per language; tokens are never reused,
    so the cache's entries never go stale."""
    found = cache.round_parts.get((language, token))
    if found is not None:
        return found
    labels = label_texts(language)
    title = row.round_name or row.track_name
    heading = (
        f"{row.series_name} {row.year} - "
        + labels["Round {number}"].format(number=row.round_number)
        + f" - {title}"
    )
    tail = "".join(
        "\n" + labels[label].format(url=url)
        for label, url in (
            ("Live timing: {url}", row.series_live_timing_url),
            ("Website: {url}", row.series_website),
        )
        if url
    )
    facts = round_facts(row)
    series_label = row.series_short_name or row.series_name
    parts = RoundParts(
        heading=heading,
        place=row.track_short_name or row.track_town or row.track_name,
        location=location(row),
        geo=(
            (row.latitude, row.longitude)
            if row.latitude is not None and row.longitude is not None
            else None
        ),
        series_label=series_label,
        categories={kind: (series_label, word) for kind, word in kind_words(language).items()},
        default_url=row.series_stream_url or row.series_live_timing_url or None,
        stream_line=(
            labels["Stream: {url}"].format(url=row.series_stream_url)
            if row.series_stream_url
            else ""
        ),
        tail_lines=tail,
        facts_head=json.dumps(facts)[:-1],
        facts_round_name=(
            f', "{X_ROUND_NAME}": {json.dumps(row.round_name)}' if row.round_name else ""
        ),
    )
    cache.round_parts[language, token] = parts
    return parts


def round_facts(row: Row | RoundFacts) -> dict[str, str]:
    """Our facts of a round (and its series' links when it has them), as JSON members."""
    facts = {
        X_SERIES: row.series_name,
        X_SERIES_SHORT: row.series_short_name,
        X_SEASON: str(row.year),
        X_ROUND: str(row.round_number),
        X_ROUND_DAYS: f"{as_date(row.first_day).isoformat()}/{as_date(row.last_day).isoformat()}",
        X_TRACK: row.track_key,
    }
    links = (
        (X_SERIES_WEBSITE, row.series_website),
        (X_SERIES_TIMING, row.series_live_timing_url),
        (X_SERIES_STREAM, row.series_stream_url),
    )
    facts.update((key, url) for key, url in links if url)
    return facts


def crew_suffix(drivers: tuple[tuple[int, str], ...]) -> str:
    """What a crew adds to a session's summary ("Place · Name"): " — Jessica, Oliver"
    ("" without drivers)."""
    names = first_names(drivers)
    return " — " + ", ".join(names) if names else ""


def description_pieces(
    row: Row,
    drivers: tuple[tuple[int, str], ...],
    car: Car | None,
    times: ShownTimes,
    status: EventStatus,
    has_end: bool,
    options: Options,
    parts: RoundParts,
    results: tuple[tuple[Any, ...], ...],
    cache: ExportCache,
) -> tuple[str, str, str]:
    """The description as (lines before the times, the times, lines after them); ASCII
    separators, as always written (changing them would change every event's text
    without a new SEQUENCE). The lines before and after the times are joined
    (``cache.texts``) once per distinct crew, car and round, and per distinct notes."""
    language = options.language
    texts = cache.texts
    key: tuple[object, ...] = ("head", language, parts.heading, drivers, car)
    head = texts.get(key)
    if head is None:
        # Up to the track time: the track time's label before it is part of the head.
        head = texts[key] = (
            _head(parts.heading, drivers, car, language)
            + time_labels(language, options.home_zone)[0][0]
        )
    if results:
        tail = _tail(row, status, has_end, language, parts, results)
    else:
        key = (
            "tail", language, status, has_end, row.broadcast, row.stream_url, row.notes,
            parts.stream_line, parts.tail_lines,
        )  # fmt: skip
        found = texts.get(key)
        if found is None:
            found = texts[key] = _tail(row, status, has_end, language, parts, ())
        tail = found
    track_label, home_label = time_labels(language, options.home_zone)
    if times.home_time is None:
        return head, f"{times.track_time}{track_label[1]}", tail
    home_before, home_after = home_label
    return (
        head,
        f"{times.track_time}{track_label[1]}\n{home_before}{times.home_time}{home_after}",
        tail,
    )


def escaped_description(pieces: tuple[str, str, str], cache: ExportCache) -> tuple[str, str]:
    """The description of :func:`description_pieces` escaped as TEXT, as (its lines
    before the times, the rest): the lines before and after the times escaped once
    each (``cache.escaped``)."""
    head, times_text, tail = pieces
    # Escaping is character by character (no piece ends with a CR before a LF),
    # so the escaped pieces make the escaped whole.
    # The times are our own labels, days and zone names: no CR nor control character.
    return (
        escaped_piece(head, cache),
        f"{escape_plain(times_text)}{escaped_piece(tail, cache)}",
    )


def escaped_piece(piece: str, cache: ExportCache) -> str:
    """``piece`` escaped as TEXT (memoised in ``cache.escaped``)."""
    return cache.escaped.get(piece) or _escaped(piece, cache.escaped)


#: What TEXT escapes (:func:`~planner.ical.text.escape_plain`).
_ESCAPED = re.compile("[\\\\;,\n]")


def shows_plain(zone_name: str) -> bool:
    """Are the times shown in ``zone_name`` free of what TEXT escapes (no abbreviation of
    the zone holds a backslash, semicolon, comma or line break; none in the tz database
    does)? Then :func:`escaped_times` puts them in as they are."""
    return not any(_ESCAPED.search(name) for name in zone_table(zone_name).names)


def days_show_plain(language: Language) -> bool:
    """:func:`shows_plain` for the day and month names of ``language``."""
    return not any(
        _ESCAPED.search(name) for name in (*WEEKDAYS_SHORT[language], *MONTHS_SHORT[language])
    )


@memoised
def escaped_time_labels(language: Language, home_zone: str | None) -> tuple[str, str, str]:
    """The labels after the track time and around the home time
    (:func:`time_labels`), escaped as TEXT."""
    (_before, track_after), (home_before, home_after) = time_labels(language, home_zone)
    return escape_plain(track_after), escape_plain(home_before), escape_plain(home_after)


def escaped_times(
    times: ShownTimes, options: Options, plain: bool, labels: tuple[str, str, str]
) -> str:
    """The description's times (between :func:`description_pieces`' head and tail)
    escaped as TEXT. ``plain``: the track and home times hold nothing to escape
    (:func:`shows_plain`), so only the labels are, once: a scan of the whole less a
    session. ``labels``: :func:`escaped_time_labels` of ``options`` (the caller's, for
    all its sessions)."""
    _local_clock, track_time, home_time = times
    track_after, home_before, home_after = labels
    if not plain:
        track_label, home_label = time_labels(options.language, options.home_zone)
        if home_time is None:
            return escape_plain(f"{track_time}{track_label[1]}")
        return escape_plain(
            f"{track_time}{track_label[1]}\n{home_label[0]}{home_time}{home_label[1]}"
        )
    if home_time is None:
        return f"{track_time}{track_after}"
    return f"{track_time}{track_after}\\n{home_before}{home_time}{home_after}"


def _escaped(piece: str, memo: dict[str, str]) -> str:
    """``piece`` escaped as TEXT (memoised in ``memo``: the pieces repeat)."""
    found = memo[piece] = escape_text(piece)
    return found


def _head(
    heading: str, drivers: tuple[tuple[int, str], ...], car: Car | None, language: Language
) -> str:
    """The description's lines before the times (round, crew, car), each ending a line."""
    labels = label_texts(language)
    lines = [heading]
    if drivers:
        if len(drivers) > 1:
            stints = " → ".join(name.split()[0] if name.split() else name for _id, name in drivers)
            lines.append(labels["Drivers: {names}"].format(names=stints))
        elif first_names(drivers):
            lines.append(labels["Driver: {name}"].format(name=drivers[0][1]))
    if car is not None:
        car_parts = [f"#{car.number} {car.model}" if car.number else car.model]
        car_parts.extend(part for part in (car.car_class, car.team) if part)
        lines.append(labels["Car: {car}"].format(car=", ".join(car_parts)))
    return "".join(line + "\n" for line in lines)


def _tail(
    row: Row,
    status: EventStatus,
    has_end: bool,
    language: Language,
    parts: RoundParts,
    results: tuple[tuple[Any, ...], ...],
) -> str:
    """The description's lines after the times, each after a newline."""
    labels = label_texts(language)
    lines = []
    if not has_end:
        lines.append(labels["Length not published."])
    if status == "TENTATIVE":
        lines.append(labels["Time not confirmed yet."])
    elif status == "CANCELLED":
        lines.append(labels["This session is cancelled."])
    if results:
        lines.extend(
            labels["Result: {result}"].format(result=text)
            for text in result_lines(results, row.kind, language)
        )
    if row.broadcast:
        lines.append(labels["Broadcast: {text}"].format(text=row.broadcast))
    if row.stream_url:
        lines.append(labels["Stream: {url}"].format(url=row.stream_url))
    elif parts.stream_line:
        lines.append(parts.stream_line)
    text = "".join("\n" + line for line in lines) + parts.tail_lines
    if row.notes:
        text += "\n" + labels["Notes: {notes}"].format(notes=row.notes)
    return text


def escaped_facts(parts: RoundParts, text: str, cache: ExportCache) -> tuple[str, str]:
    """A session's facts (``parts.facts_head`` + its own members ``text``, see
    :func:`session_facts`) escaped as TEXT for the writer, as (the round's part, escaped
    once, the session's)."""
    # JSON holds no line break nor control character: escaping is per character.
    return escaped_piece(parts.facts_head, cache), escape_plain(text)


def session_facts(
    row: Row,
    drivers: tuple[tuple[int, str], ...],
    car: Car | None,
    parts: RoundParts,
    cache: ExportCache,
) -> str:
    """The members of a session's JSON facts after the round's (``parts.facts_head``),
    with the closing brace: the whole is exactly ``json.dumps`` of the dict (series,
    season, round, round days, track, series links, session, kind, then round name,
    drivers, broadcast, notes, stream, car when given)."""
    own = (row.name, row.kind, row.broadcast, row.notes, row.stream_url)
    return session_members(own, drivers, car, parts.facts_round_name, cache.json_members, _as_is)


def _as_is(text: str) -> str:
    return text


def session_members(
    own: tuple[str, str, str, str, str],
    drivers: tuple[tuple[int, str], ...],
    car: Car | None,
    round_name: str,
    members: dict[object, str],
    escape: Callable[[str], str],
) -> str:
    """:func:`session_facts` with the round name's member ``round_name``, each member
    passed through ``escape`` as it is memoised in ``members`` (a memo per ``escape``):
    with :func:`~planner.ical.text.escape_plain` (and ``round_name`` escaped), the facts
    escaped as TEXT, the escaping being per character, without a scan per session.
    ``own``: the session's name, kind, broadcast, notes and stream URL (a tuple the
    caller has at hand: a Row's fields read by name cost a generic lookup each)."""
    name, kind, broadcast, notes, stream_url = own
    # Keys tagged by what they hold: a (key, text) pair of _member never equals them.
    session = members.get(("session", name, kind))
    if session is None:
        session = members["session", name, kind] = escape(
            f"{_SESSION_KEY}{json.dumps(name)}{_KIND_KEY}{json.dumps(kind)}"
        )
    text = session + round_name
    if drivers:
        crew = members.get(("crew", drivers))
        if crew is None:
            names = "\n".join(name for _id, name in drivers)
            crew = members["crew", drivers] = _member(X_DRIVERS, names, members, escape)
        text += crew
    if broadcast:
        text += _member(X_BROADCAST, broadcast, members, escape)
    if notes:
        text += _member(X_NOTES, notes, members, escape)
    if stream_url:
        text += _member(X_STREAM, stream_url, members, escape)
    if car is not None:
        car_members = members.get(("car", car))
        if car_members is None:
            car_members = members["car", car] = "".join(
                _member(key, value, members, escape)
                for key, value in (
                    (X_CAR_NUMBER, car.number),
                    (X_CAR_MODEL, car.model),
                    (X_CAR_CLASS, car.car_class),
                    (X_CAR_TEAM, car.team),
                )
                if value
            )
        text += car_members
    return text + "}"


def _member(key: str, value: str, members: dict[object, str], escape: Callable[[str], str]) -> str:
    """``, "key": "value"`` as json.dumps writes a member, through ``escape`` (memoised in
    ``members``)."""
    found = members.get((key, value))
    if found is None:
        found = members[key, value] = escape(f', "{key}": {json.dumps(value)}')
    return found


_SESSION_KEY = f', "{X_SESSION}": '
_KIND_KEY = f', "{X_KIND}": '
