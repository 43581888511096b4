"""One timetable line -> what it says about one or more sessions (no dates resolved yet).

A line is a session line when it has a clock time, and what comes before
that time is nothing, a day ("Fri 1 Sep 12:10 ..."), or a session name
followed by a separator ("Kval: 13.15"). Everything after the time is cut
into pieces at separators (dashes with spaces, "|", tabs, runs of spaces,
commas); each piece is a duration, a race length, a broadcast note, the
session's name, or a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from planner.domain.kinds import SessionKind
from planner.i18n import tr
from planner.importing.clock_words import (
    Duration,
    find_clock_span,
    find_clock_times,
    read_break,
    read_duration,
    read_timed_race,
    split_trailing_duration,
    take_laps,
)
from planner.importing.day_heading import WrittenDay, read_written_day
from planner.importing.line_problem import LineReadError
from planner.importing.session_words import (
    is_session_code,
    looks_like_session_name,
    number_the_sessions,
    session_kind,
    split_off_broadcast,
    split_session_names,
)
from planner.importing.text_tools import DASH_CLASS, DASHES, collapse_spaces, fold, strip_edges
from planner.importing.written_zone import WrittenZone, read_zone_after_clock


@dataclass(frozen=True)
class SessionLine:
    """What one line says; ``later_starts`` are the written starts of sessions 2, 3, ..."""

    written_day: WrittenDay | None
    start: time
    end: time | None
    names: tuple[str, ...]
    kind: SessionKind
    each_minutes: int | None
    written_duration: Duration | None
    later_starts: tuple[time, ...]
    break_minutes: int
    broadcast: str
    notes: str
    zone: WrittenZone | None


@dataclass
class _Pieces:
    """What has been taken out of the text after the clock time so far."""

    durations: list[Duration] = field(default_factory=list)
    broadcasts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    days: list[WrittenDay] = field(default_factory=list)
    break_minutes: int = 0

    def take(self, piece: str) -> bool:
        """Keep a piece that is a duration, race length, break or broadcast note."""
        if not piece:
            return True
        duration = read_duration(piece) or read_timed_race(piece)
        if duration is not None:
            self.durations.append(duration)
            if duration.laps_note:
                self.notes.append(duration.laps_note)
            return True
        without_laps, laps = take_laps(piece)
        if laps and not strip_edges(without_laps):
            self.notes.extend(laps)
            return True
        break_minutes = read_break(piece)
        if break_minutes is not None:
            self.break_minutes = break_minutes
            return True
        before, broadcast = split_off_broadcast(piece)
        if broadcast and not before:
            self.broadcasts.append(broadcast)
            return True
        return False


_BRACKETS = re.compile(r"\(([^()]*)\)")
_SQUARE_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_SEPARATOR = rf"(\s+{DASH_CLASS}+\s+|\s*\|\s*|\t+|\s{{2,}}|,\s+|;\s*|:\s+|^\s*{DASH_CLASS}+\s*)"
_JOINS_PREVIOUS = re.compile(r"\d+|(?:del|part|teil|deel)\s*\d+")
_OTHER_CLOCK = re.compile(r"\s*(?:/|\||\bor\b|\beller\b|\boder\b)\s*", re.I)
_CELL_SEPARATOR = re.compile(r"\t+|\s*\|\s*|\s{2,}")
# A name written right before the time without a separator: words that are not prose (no
# "at", "from", "starts" before the time), ending in a word or a number.
_NAME_BEFORE_CLOCK = re.compile(
    r"(?!.*\b(?:at|from|on|starts?|begins?|is|are|the|och|kl|klockan|um|ab|vid|fran"
    r"|startar|borjar|kors|gar|inleds|avgors|beginnt|startet)\b)"
    r"[^\W\d_][\w&+/ -]*",
    re.I,
)
_BEFORE_CLOCK = re.compile(r"(?:\bkl\.?|\bklockan)\s*$", re.I)
_ENDS_WITH_SEPARATOR = re.compile(rf"(?:[{DASHES}:|.\t]|\s{{2,}}|\bkl\.?|\bklockan)\s*$", re.I)


def read_session_line(text: str) -> SessionLine | None:
    """The sessions a line describes, or None when it is not a session line.

    Raises LineReadError for a session line that cannot be used as it is.
    """
    span = find_clock_span(text)
    if span is None:
        return None
    prefix = text[: span.begins_at]
    written_day, name_first = _read_prefix(prefix)
    if written_day is None and name_first is None and strip_edges(prefix):
        return None
    zone, rest = read_zone_after_clock(text[span.ends_at :])
    start, end, zone, rest, other_clock = _one_of_two_clocks(span.start, span.end, zone, rest)
    pieces = _Pieces()
    if other_clock:
        pieces.notes.append(tr("also written as {time}").format(time=other_clock))
    remaining = _remaining_segments(rest, pieces)
    if written_day is None and pieces.days:
        written_day = pieces.days[0]  # "Practice 1 6:50pm Friday September 6"
    name, others = _choose_name(remaining, name_first)
    names = split_session_names(name)
    count = _session_count(names, pieces.durations)
    names = number_the_sessions(names, count)
    later_starts, others = _later_starts(others, count)
    each_minutes = _each_minutes(pieces.durations, count)
    return SessionLine(
        written_day=written_day,
        start=start,
        end=end,
        names=names,
        kind=session_kind(name) or SessionKind.OTHER,
        each_minutes=each_minutes,
        written_duration=pieces.durations[0] if pieces.durations else None,
        later_starts=later_starts,
        break_minutes=pieces.break_minutes,
        broadcast="; ".join(dict.fromkeys(pieces.broadcasts)),
        notes="; ".join(pieces.notes + others + _unused_durations(pieces.durations, each_minutes)),
        zone=zone,
    )


def _one_of_two_clocks(
    start: time, end: time | None, zone: WrittenZone | None, rest: str
) -> tuple[time, time | None, WrittenZone | None, str, str]:
    """ "14:00 local / 11:00 GMT": the time on the track's clock when one of the two is
    (else the first), the rest of the line, and the other time as written, for a note."""
    if zone is None:
        return start, end, zone, rest, ""
    other = _OTHER_CLOCK.match(rest)
    if other is None:
        return start, end, zone, rest, ""
    span = find_clock_span(rest[other.end() :])
    if span is None or span.begins_at != 0:
        return start, end, zone, rest, ""
    after = rest[other.end() + span.ends_at :]
    other_zone, after_zone = read_zone_after_clock(after)
    if other_zone is None:
        return start, end, zone, rest, ""
    written_other = collapse_spaces(rest[other.end() : len(rest) - len(after_zone)])
    if zone.kind != "track" and other_zone.kind == "track":
        written_first = f"{start:%H:%M} {zone.phrase}"
        return span.start, span.end, other_zone, after_zone, written_first
    return start, end, zone, after_zone, written_other


def _read_prefix(prefix: str) -> tuple[WrittenDay | None, str | None]:
    """A day written before the time, a session name written before it, or both in
    their own cells of a table row ("Free Practice 1 <tab> Friday <tab> 11:05")."""
    core = strip_edges(_BEFORE_CLOCK.sub("", prefix.strip()))
    if not core:
        return None, None
    written_day = read_written_day(core)
    if written_day is not None:
        return written_day, None
    cells = [strip_edges(cell) for cell in _CELL_SEPARATOR.split(core) if strip_edges(cell)]
    if len(cells) == 2:
        for day_cell, name_cell in (cells, cells[::-1]):
            day = read_written_day(day_cell)
            if day is not None and looks_like_session_name(name_cell):
                return day, collapse_spaces(name_cell)
    if looks_like_session_name(core) and (
        _ENDS_WITH_SEPARATOR.search(prefix) or _NAME_BEFORE_CLOCK.fullmatch(fold(core))
    ):
        return None, collapse_spaces(core)
    return None, None


def _remaining_segments(rest: str, pieces: _Pieces) -> list[str]:
    """The pieces of text after the time that are not durations, lengths or broadcasts."""
    rest = _SQUARE_BRACKETS.sub(lambda match: _channel_in_brackets(match, pieces), rest)
    rest = _BRACKETS.sub(lambda match: _reduce_brackets(match, pieces), rest)
    remaining: list[str] = []
    for segment in _segments(rest):
        if pieces.take(strip_edges(segment)):
            continue
        day = read_written_day(segment)
        if day is not None:
            pieces.days.append(day)
            continue
        segment, laps = take_laps(segment)
        pieces.notes.extend(laps)
        segment = strip_edges(segment)
        if not segment or pieces.take(segment):
            continue
        segment, duration = split_trailing_duration(segment)
        if duration is not None:
            pieces.durations.append(duration)
        segment, broadcast = split_off_broadcast(segment)
        if broadcast:
            pieces.broadcasts.append(broadcast)
        segment = strip_edges(collapse_spaces(segment))
        if segment and segment != "()":
            remaining.append(segment)
    return remaining


def _channel_in_brackets(match: re.Match[str], pieces: _Pieces) -> str:
    """ "[Viasat Sport]" after a session: where it is shown, not part of its name."""
    inside = match.group(1).strip()
    if not inside or session_kind(inside) is not None:
        return f" {inside} "
    pieces.broadcasts.append(inside)
    return " | "


def _reduce_brackets(match: re.Match[str], pieces: _Pieces) -> str:
    parts = [part.strip() for part in re.split(r";|,\s+", match.group(1))]
    kept = [part for part in parts if part and not pieces.take(part)]
    return f" ({', '.join(kept)}) " if kept else " | "


def _segments(text: str) -> list[str]:
    """Cut at separators; a lone number or "Del 2" stays with the piece before it."""
    parts = re.split(_SEPARATOR, text)
    segments: list[str] = []
    separator = ""
    for index, part in enumerate(parts):
        if index % 2 == 1:
            separator = part
            continue
        piece = part.strip()
        if not piece:
            continue
        if segments and _JOINS_PREVIOUS.fullmatch(fold(piece)):
            glue = f" {separator.strip()} " if separator.strip() else " "
            segments[-1] = f"{segments[-1]}{glue}{piece}"
        else:
            segments.append(piece)
    return segments


def _choose_name(remaining: list[str], name_first: str | None) -> tuple[str, list[str]]:
    """The session's name and the other pieces (notes).

    The name is the first of the first two pieces that names a kind of
    session ("GT4 European Series – Free Practice 1" has the series first);
    a code followed by the name spelled out ("Q1/Q2 – Qualifying 1 & 2")
    gives way to the spelled-out name.
    """
    if name_first is not None:
        return name_first, remaining
    if not remaining:
        raise LineReadError(tr("There is a time on this line but no session name."))
    candidates = [
        index
        for index, piece in enumerate(remaining[:2])
        if looks_like_session_name(piece) or is_session_code(piece)
    ]
    index = candidates[0] if candidates else 0
    others = remaining[:index]
    if _spelled_out_next(remaining, index):
        index += 1
    return remaining[index], others + remaining[index + 1 :]


def _spelled_out_next(remaining: list[str], index: int) -> bool:
    if index + 1 >= len(remaining) or not is_session_code(remaining[index]):
        return False
    following = remaining[index + 1]
    return (
        looks_like_session_name(following)
        and not is_session_code(following)
        and not find_clock_times(following)
        and session_kind(following) == session_kind(remaining[index])
    )


def _session_count(names: tuple[str, ...], durations: list[Duration]) -> int:
    counted = next((duration.count for duration in durations if duration.count), None)
    if counted is None or len(names) == 1 or counted == len(names):
        return counted or len(names)
    raise LineReadError(
        tr("This line names {names} sessions but gives {count} durations.").format(
            names=len(names), count=counted
        )
    )


def _each_minutes(durations: list[Duration], count: int) -> int | None:
    if not durations:
        return None
    first = durations[0]
    if count == 1 or first.count or first.each:
        return first.minutes
    return None  # "Q1 & Q2 (40 min)": the split between them is not written


def _unused_durations(durations: list[Duration], each_minutes: int | None) -> list[str]:
    used = 1 if each_minutes is not None else 0
    return [duration.text for duration in durations[used:]]


def _later_starts(others: list[str], count: int) -> tuple[tuple[time, ...], list[str]]:
    """Start times written for sessions 2, 3, ... ("Q2 11:40"), and the pieces left."""
    if count < 2:
        return (), others
    with_times = [(piece, find_clock_times(piece)) for piece in others]
    starts = [start for _, found in with_times for start in found]
    if len(starts) != count - 1:
        return (), others
    return tuple(starts), [piece for piece, found in with_times if not found]
