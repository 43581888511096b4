"""VTIMEZONE blocks built from the tz database, in the RRULE style Outlook expects.

icalendar's ``add_missing_timezones()`` writes RDATE lists that stop in 2038
and that Outlook mishandles, so the blocks are derived here from pytz's
transition table (:mod:`planner.domain.zone_table`):

* every transition is an *onset* (DAYLIGHT if it enters summer time,
  STANDARD otherwise) with its local time, offsets and abbreviation;
* consecutive yearly onsets that follow one rule ("last Sunday of March at
  02:00", "second Sunday of March", "Sunday on or after the 8th", or a fixed
  date) become one block with a yearly RRULE and its historical DTSTART; a
  rule that ended gets an UNTIL (a day after its last onset), one still in
  force is left open (pytz's table stops in 2037, the real rule does not);
* onsets that fit no yearly rule are written as single-onset blocks;
* only the blocks that govern the covered years are written: the onsets
  inside them plus the one in force when they begin.

Zones without transitions (UTC, fixed offsets) get one STANDARD block.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from planner.domain.zone_table import zone_table
from planner.ical.text import format_local, format_offset, format_utc

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# pytz writes transitions up to 2037 for rules still in force.
_PYTZ_LAST_YEAR = 2037
_EPOCH_ONSET = datetime(1970, 1, 1)

# ("last", weekday, 0) | ("from", first_day, weekday) | ("date", day_of_month, 0)
Rule = tuple[str, int, int]


class _Onset(NamedTuple):
    """A change of a zone's offset or abbreviation (a tuple: a zone has hundreds, and a
    frozen dataclass's __init__ cost more than the rest of its VTIMEZONE)."""

    utc: datetime  # naive UTC
    offset_from: timedelta
    offset_to: timedelta
    is_daylight: bool
    name: str

    @property
    def local(self) -> datetime:
        """The wall time at which it happens, read on the clock before the change."""
        return self.utc + self.offset_from

    def signature(self) -> tuple[bool, timedelta, timedelta, str, int, object]:
        local = self.local
        return (
            self.is_daylight,
            self.offset_from,
            self.offset_to,
            self.name,
            local.month,
            local.time(),
        )

    def rules(self) -> frozenset[Rule]:
        """Every yearly rule this onset is an instance of."""
        local = self.local
        last_week = local.day + 7 > _days_in_month(local.year, local.month)
        return _rules(local.day, local.weekday(), last_week)


@cache
def _rules(day: int, weekday: int, last_week: bool) -> frozenset[Rule]:
    """The yearly rules of a day of the month on ``weekday`` (in its month's last week or
    not): worked out once per distinct answer, not per onset (a zone has hundreds)."""
    found: set[Rule] = {("date", day, 0)}
    if last_week:
        found.add(("last", weekday, 0))
    for first_day in range(max(1, day - 6), day + 1):
        if first_day + 6 <= 28:  # a 7-day window that exists in every month
            found.add(("from", first_day, weekday))
    return frozenset(found)


@dataclass(frozen=True)
class _Observance:
    onsets: tuple[_Onset, ...]
    rule: Rule | None
    open_ended: bool

    def lines(self) -> list[str]:
        first = self.onsets[0]
        kind = "DAYLIGHT" if first.is_daylight else "STANDARD"
        lines = [
            f"BEGIN:{kind}",
            f"TZOFFSETFROM:{format_offset(first.offset_from)}",
            f"TZOFFSETTO:{format_offset(first.offset_to)}",
            f"TZNAME:{first.name}",
            f"DTSTART:{format_local(first.local)}",
        ]
        if self.rule is not None:
            rrule = f"RRULE:FREQ=YEARLY;BYMONTH={first.local.month};{_rule_text(self.rule)}"
            if not self.open_ended:
                # Any bound before next year's onset is right; a day after the
                # last one also suits readers that compare UNTIL with local
                # times (icalendar/dateutil), which would drop it east of UTC.
                until = self.onsets[-1].utc.replace(tzinfo=UTC) + timedelta(days=1)
                rrule += f";UNTIL={format_utc(until)}"
            lines.append(rrule)
        lines.append(f"END:{kind}")
        return lines


@cache
def _days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` (the calendar module is not imported for it)."""
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - date(year, month, 1)).days


def _rule_text(rule: Rule) -> str:
    kind, number, weekday = rule
    if kind == "last":
        return f"BYDAY=-1{_WEEKDAYS[number]}"
    if kind == "from":
        if number in (1, 8, 15, 22):
            return f"BYDAY={(number - 1) // 7 + 1}{_WEEKDAYS[weekday]}"
        days = ",".join(str(day) for day in range(number, number + 7))
        return f"BYMONTHDAY={days};BYDAY={_WEEKDAYS[weekday]}"
    return f"BYMONTHDAY={number}"


def _preferred_rule(rules: frozenset[Rule]) -> Rule:
    """Last-weekday rules first (the EU style), then nth weekday, then ranges, then dates."""

    def rank(rule: Rule) -> tuple[int, int, int]:
        kind, number, weekday = rule
        if kind == "last":
            return (0, number, weekday)
        if kind == "from":
            return (1 if number in (1, 8, 15, 22) else 2, number, weekday)
        return (3, number, weekday)

    return min(rules, key=rank)


def _fixed_offset(tzid: str) -> tuple[timedelta, str]:
    offset, _dst, name = zone_table(tzid).infos[0]
    return offset, name or tzid


def _onsets(tzid: str) -> list[_Onset]:
    table = zone_table(tzid)
    infos, utc_starts = table.infos, table.utc_starts
    onsets = []
    # The first entry is "since the beginning of time", not a transition. Read from the
    # table's tuples as pytz gives them: (offset, summer part, abbreviation) per period.
    for index in range(1, len(infos)):
        before, after = infos[index - 1], infos[index]
        if before == after:
            continue
        utc = utc_starts[index]
        assert utc is not None
        onsets.append(_Onset(utc, before[0], after[0], bool(after[1]), after[2]))
    return onsets


def _observances(onsets: list[_Onset]) -> list[_Observance]:
    """Group each kind's onsets into runs of consecutive years under one yearly rule."""
    observances: list[_Observance] = []
    for daylight in (True, False):
        kind = [onset for onset in onsets if onset.is_daylight == daylight]
        run: list[_Onset] = []
        run_rules: frozenset[Rule] = frozenset()
        run_signature: object = None  # every onset of a run has the same
        for onset in kind:
            rules, signature = onset.rules(), onset.signature()  # once per onset
            if run:
                shared = run_rules & rules
                if onset.utc.year == run[-1].utc.year + 1 and signature == run_signature and shared:
                    run.append(onset)
                    run_rules = shared
                    continue
                observances.append(_close_run(run, run_rules, kind))
            run, run_rules, run_signature = [onset], rules, signature
        if run:
            observances.append(_close_run(run, run_rules, kind))
    return observances


def _close_run(run: list[_Onset], rules: frozenset[Rule], kind: list[_Onset]) -> _Observance:
    if len(run) == 1:
        return _Observance(tuple(run), None, open_ended=False)
    open_ended = run[-1] is kind[-1] and run[-1].utc.year >= _PYTZ_LAST_YEAR
    return _Observance(tuple(run), _preferred_rule(rules), open_ended)


def _needed(onsets: list[_Onset], first_year: int, last_year: int) -> set[datetime]:
    """UTC times of the onsets that decide any local time in the covered years."""
    window_start = datetime(first_year, 1, 1) - timedelta(days=2)
    window_end = datetime(last_year + 1, 1, 1) + timedelta(days=2)
    times = [onset.utc for onset in onsets]
    start_index = max(bisect_right(times, window_start) - 1, 0)
    return {t for t in times[start_index:] if t <= window_end}


def _fixed_block(offset: timedelta, name: str, onset_local: datetime) -> list[str]:
    return [
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{format_offset(offset)}",
        f"TZOFFSETTO:{format_offset(offset)}",
        f"TZNAME:{name}",
        f"DTSTART:{format_local(max(onset_local, _EPOCH_ONSET))}",
        "END:STANDARD",
    ]


@cache
def vtimezone_lines(tzid: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The unfolded lines of one VTIMEZONE valid for local times in the given years."""
    header = ("BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}")
    onsets = _onsets(tzid)
    needed = _needed(onsets, first_year, last_year)
    if not needed:
        offset, name = _fixed_offset(tzid)
        return (*header, *_fixed_block(offset, name, _EPOCH_ONSET), "END:VTIMEZONE")
    if len(needed) == 1:
        # One offset for all the covered years (Asia/Dubai since 1920): write it
        # the way readers and Outlook know, without the rounded local mean time
        # or a long-finished rule.
        (only,) = needed
        onset = next(onset for onset in onsets if onset.utc == only)
        block = _fixed_block(onset.offset_to, onset.name, onset.utc + onset.offset_to)
        return (*header, *block, "END:VTIMEZONE")
    chosen = [
        observance
        for observance in _observances(onsets)
        if any(onset.utc in needed for onset in observance.onsets)
    ]
    chosen.sort(key=lambda observance: observance.onsets[0].utc)
    body = [line for observance in chosen for line in observance.lines()]
    return (*header, *body, "END:VTIMEZONE")
