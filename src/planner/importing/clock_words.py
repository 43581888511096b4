"""Clock times, time ranges, durations, race lengths and breaks as timetables write them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from planner.i18n import tr
from planner.importing.line_problem import LineReadError
from planner.importing.text_tools import DASH_CLASS, fold

_CLOCK = (
    r"(?<![\w.:/,])(?:kl\.?\s*|klockan\s+)?(?P<{g}hour>\d{{1,2}})[:.](?P<{g}minute>\d{{2}})"
    r"(?:\s*(?P<{g}half>[ap])\.?\s?m\b\.?)?"
    r"(?![.:/]?\d)(?!\.\s*\d)"  # not a date ("03.06.2022", "13.05. 16.20") nor a lap time
)
_RANGE_SEPARATOR = rf"(?:\s*{DASH_CLASS}+\s*|\s+(?:to|till|until|tills)\s+)"
_CLOCK_OR_RANGE = re.compile(
    _CLOCK.format(g="start_") + rf"(?:{_RANGE_SEPARATOR}" + _CLOCK.format(g="end_") + ")?",
    re.I,
)
_ANY_CLOCK = re.compile(_CLOCK.format(g=""), re.I)


@dataclass(frozen=True)
class ClockSpan:
    """A start clock time, maybe an end, and where they were written in the line."""

    start: time
    end: time | None
    begins_at: int
    ends_at: int


def find_clock_span(text: str) -> ClockSpan | None:
    """The first clock time or range in the text ("12:10", "10.00–10.40", "9:30 am to 10 am")."""
    match = _CLOCK_OR_RANGE.search(text)
    if match is None:
        return None
    start = _clock_time(match, "start_", allow_24=False)
    end = None if match.group("end_hour") is None else _clock_time(match, "end_", allow_24=True)
    return ClockSpan(start, end, match.start(), match.end())


def find_clock_times(text: str) -> list[time]:
    """Every single clock time written in the text."""
    return [_clock_time(match, "", allow_24=False) for match in _ANY_CLOCK.finditer(text)]


def _clock_time(match: re.Match[str], group: str, *, allow_24: bool) -> time:
    hour = int(match.group(f"{group}hour"))
    minute = int(match.group(f"{group}minute"))
    half = match.group(f"{group}half")
    if half is not None:
        if not 1 <= hour <= 12:
            raise _not_a_time(match, group)
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if allow_24 and hour == 24 and minute == 0:
        return time(0, 0)  # "22:00 - 24:00": midnight, the end of the day
    if hour > 23 or minute > 59:
        raise _not_a_time(match, group)
    return time(hour, minute)


def _not_a_time(match: re.Match[str], group: str) -> LineReadError:
    written = f"{match.group(f'{group}hour')}:{match.group(f'{group}minute')}"
    return LineReadError(tr("{time} is not a time of day.").format(time=written))


@dataclass(frozen=True)
class Duration:
    """A written length: "60 min", "1 h", "6 timmar", "2 x 20 min", "20 min each"."""

    minutes: int
    count: int | None
    each: bool
    text: str
    laps_note: str = ""


_DURATION = re.compile(
    r"(?:(?P<count>\d+)\s*[x×]\s*)?(?P<amount>\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>minutes|minute|minuter|minuten|mins|min|hours|hour|hrs|hr|h|timmar|timme|tim)\.?"
    r"(?:\s*(?P<extra>\d+)\s*(?:minutes|minuter|mins|min)\.?)?"
    r"(?:\s+(?P<each>each|vardera|var|per\s+session|per\s+pass|styck|st))?(?!\w)",
    re.I,
)
_TRAILING_DURATION = re.compile(r"(?P<head>.*\S)\s+(?P<duration>" + _DURATION.pattern + ")", re.I)
_TIMED_RACE = re.compile(r"(?P<duration>.+?)\s*\+\s*\d+\s*(?:laps?|varv)", re.I)
_LAPS = re.compile(r"\b\d+\s*(?:laps?|varv|rounds)\b", re.I)
_BREAK = re.compile(
    r"(?P<minutes>\d+)\s*min\w*\.?\s*(?:break|pause|paus|uppehall|gap)"
    r"|(?:break|pause|paus|uppehall)\s*(?:of\s+|pa\s+)?(?P<minutes_after>\d+)\s*min\w*"
)


def read_duration(text: str) -> Duration | None:
    """The duration the whole text states, or None."""
    match = _DURATION.fullmatch(text.strip())
    return None if match is None else _duration_from(match)


def read_timed_race(text: str) -> Duration | None:
    """A race run for a time and then some laps: "30 min + 1 lap" (the laps become a note)."""
    match = _TIMED_RACE.fullmatch(text.strip())
    if match is None:
        return None
    duration = read_duration(match.group("duration"))
    if duration is None:
        return None
    written = " ".join(match.group(0).split())
    return Duration(duration.minutes, duration.count, duration.each, written, laps_note=written)


def split_trailing_duration(text: str) -> tuple[str, Duration | None]:
    """("Race 1", 60 min) for "Race 1 60 min"; (text, None) when it does not end in one."""
    match = _TRAILING_DURATION.fullmatch(text.strip())
    if match is None:
        return text, None
    duration = read_duration(match.group("duration"))
    return match.group("head"), duration


def _duration_from(match: re.Match[str]) -> Duration:
    amount = float(match.group("amount").replace(",", "."))
    unit = fold(match.group("unit"))
    minutes = amount if unit.startswith("min") else amount * 60
    if match.group("extra"):
        minutes += int(match.group("extra"))
    count = int(match.group("count")) if match.group("count") else None
    return Duration(
        round(minutes), count, match.group("each") is not None, " ".join(match.group(0).split())
    )


def take_laps(text: str) -> tuple[str, list[str]]:
    """The text without race lengths in laps, and those lengths as written ("25 varv")."""
    found = [" ".join(match.group(0).split()) for match in _LAPS.finditer(text)]
    return _LAPS.sub(" ", text), found


def read_break(text: str) -> int | None:
    """Minutes of a break between sessions the whole text states ("10 min break", "paus 5 min")."""
    match = _BREAK.fullmatch(fold(text).strip())
    if match is None:
        return None
    return int(match.group("minutes") or match.group("minutes_after"))
