"""How long do the text importers take on hostile and on large input? (issue 18)

Prints, for each shape, the time to read it with ``parse_schedule`` and with
``parse_season_calendar``: lines of the longest length read (1,000
characters) made of long runs of spaces, tabs, digits, dashes and letters,
and a text at the line limit (5,000 timetable lines). Reading must grow
linearly with the text: doubling a line's length should about double its
time, never quadruple it.

Usage::

    python benchmarks/text_import_speed.py
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from planner.domain.errors import PlannerError
from planner.importing.schedule_text import parse_schedule
from planner.importing.season_calendar import parse_season_calendar
from planner.importing.text_limits import MAX_LINE_CHARACTERS, MAX_TEXT_LINES


def _shapes(length: int) -> dict[str, str]:
    filler = length - 20
    return {
        "spaces after a time": "12:10 Practice" + " " * filler + "x",
        "tabs after a time": "12:10" + "\t" * filler + "Race",
        "spaces after a day": "Fri 1 Sep" + " " * filler + "y",
        "spaces between words": "a" + " " * filler + "b",
        "digits": "1" * filler,
        "dashes and digits": "12:10 " + "-1" * (filler // 2),
        "times in a row": "12:10 " * (filler // 6),
        "brackets": "12:10 Race (" * (filler // 12),
    }


def _seconds(read: Callable[[], object]) -> float:
    started = time.perf_counter()
    with contextlib.suppress(PlannerError):
        read()
    return time.perf_counter() - started


def main() -> None:
    print(f"{'shape':<24} {'chars':>6} {'schedule s':>11} {'calendar s':>11}")
    for length in (MAX_LINE_CHARACTERS // 2, MAX_LINE_CHARACTERS):
        for name, line in _shapes(length).items():
            text = "\n".join([line] * 50)
            schedule = _seconds(lambda text=text: parse_schedule(text, year=2023))
            calendar = _seconds(lambda text=text: parse_season_calendar(text, year=2023))
            print(f"{name:<24} {length:>6} {schedule / 50:>11.5f} {calendar / 50:>11.5f}")
    lines = ["Friday 1 September 2023"] + ["12:10 Free Practice 1 (60 min)"] * (MAX_TEXT_LINES - 1)
    text = "\n".join(lines)
    print(f"{MAX_TEXT_LINES:,} timetable lines: {_seconds(lambda: parse_schedule(text)):.2f} s")
    refused = "\n".join(["12:10 Free Practice 1 (60 min)"] * 100_000)
    print(f"100,000 lines refused in {_seconds(lambda: parse_schedule(refused)):.4f} s")


if __name__ == "__main__":
    main()
