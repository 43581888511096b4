"""Clock times, time ranges, durations, race lengths and breaks as timetables write them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from planner.i18n import tr
from planner.importing.line_problem import LineReadError
from planner.importing.text_tools import DASH_CLASS, fold

# "12:10", "9.30", "kl. 16.10", "1:05 p.m.", and a whole hour only with a.m./p.m. ("6pm").
_CLOCK = (
    r"(?<![\w.:/,])(?:kl\.?\s*|klockan\s+)?(?P<{g}hour>\d{{1,2}})(?:[:.](?P<{g}minute>\d{{2}}))?"
    r"(?:\s*(?P<{g}half>[ap])\.?\s?m\b\.?)?(?({g}minute)|(?({g}half)|(?!)))"
    r"(?![.:/]?\d)(?!\.\s*\d)"  # not a date ("03.06.2022", "13.05. 16.20") nor a lap time
)
_RANGE_SEPARATOR = rf"(?:\s*{DASH_CLASS}+\s*|\s+(?:to|till|until|tills)\s+)"
_CLOCK_OR_RANGE = re.compile(
    _CLOCK.format(g="start_") + rf"(?:{_RANGE_SEPARATOR}" + _CLOCK.format(g="end_") + ")?",
    re.I,
)
_ANY_CLOCK = re.compile(_CLOCK.format(g=""), re.I)
# An end time in its own column right after the start ("10:35   11:35   Free Practice 1").
_END_IN_NEXT_CELL = re.compile(r"(?:[ \t]+|[ \t]*\|[ \t]*)" + _CLOCK.format(g="end_"), re.I)
# Words for times, and a whole start hour before a written end ("8-8:20 a.m."), as clocks.
_NOON = re.compile(r"\b(?:12\s*)?noon\b", re.I)
_MIDNIGHT = re.compile(r"\b(?:12\s*)?midnight\b", re.I)
_BARE_START_HOUR = re.compile(
    rf"(?<![\w.:/,])(?P<hour>\d{{1,2}})(?P<separator>\s*{DASH_CLASS}\s*|\s+to\s+)"
    r"(?=\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b)",
    re.I,
)


_WHOLE_HOUR_WORD = re.compile(
    r"(?:(?<=\bkl\. )|(?<=\bkl\.)|(?<=\bkl )|(?<=\bklockan ))(?P<hour>\d{1,2})\b(?![:.]\d)"
    r"|(?<![\w.:/,])(?P<uhr_hour>\d{1,2})(?P<uhr_minute>[:.]\d{2})?\s*uhr\b",
    re.I,
)


def clock_words_as_digits(text: str) -> str:
    """The text with "noon" and "midnight" as 12:00 and 00:00, "8-8:20 a.m." as
    "8:00-8:20 a.m.", "kl. 14" and "14 Uhr" as 14:00, so that the clock patterns read them."""
    text = _NOON.sub("12:00", text)
    text = _MIDNIGHT.sub("00:00", text)
    text = _WHOLE_HOUR_WORD.sub(_whole_hour, text)
    return _BARE_START_HOUR.sub(lambda match: f"{match['hour']}:00{match['separator']}", text)


def _whole_hour(match: re.Match[str]) -> str:
    if match["hour"] is not None:
        return f"{match['hour']}:00"
    return f"{match['uhr_hour']}{match['uhr_minute'] or ':00'}"


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
    ends_at = match.end()
    end_match: re.Match[str] | None = match
    if match.group("end_hour") is None:
        end_match = _END_IN_NEXT_CELL.match(text, ends_at)
        ends_at = ends_at if end_match is None else end_match.end()
    end = None if end_match is None else _clock_time(end_match, "end_", allow_24=True)
    start = _clock_time(match, "start_", allow_24=False)
    if end is not None and match.group("start_half") is None and end_match is not None:
        start = _with_end_half(start, end, end_match.group("end_half"))
    return ClockSpan(start, end, match.start(), ends_at)


def _with_end_half(start: time, end: time, end_half: str | None) -> time:
    """ "1:05 – 1:55 p.m.": the a.m./p.m. of the end is the start's too, unless that would put
    the start after the end ("11:30 – 1:30 p.m." starts in the morning)."""
    if end_half is None or start.hour > 12 or start.hour == 0:
        return start
    hour = start.hour % 12
    pm_start = time(hour + 12, start.minute)
    am_start = time(hour, start.minute)
    preferred, other = (pm_start, am_start) if end_half.lower() == "p" else (am_start, pm_start)
    return preferred if preferred <= end else other


def find_clock_times(text: str) -> list[time]:
    """Every single clock time written in the text."""
    return [_clock_time(match, "", allow_24=False) for match in _ANY_CLOCK.finditer(text)]


def _clock_time(match: re.Match[str], group: str, *, allow_24: bool) -> time:
    hour = int(match.group(f"{group}hour"))
    minute = int(match.group(f"{group}minute") or 0)
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
    written = f"{match.group(f'{group}hour')}:{match.group(f'{group}minute') or '00'}"
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
