"""How much text the importers read, and the line form their patterns are applied to.

A timetable or a season calendar is a few hundred lines. A text far longer
than that is something else pasted by mistake (a whole web page, a log
file), and reading it line by line would keep the user waiting: it is
refused with a message saying so. A single line longer than any timetable
line is listed as unread rather than read.

Runs of spaces and tabs only ever separate columns, so before a line is
read each run longer than :data:`_LONGEST_SPACE_RUN` is shortened (a run
with a tab becomes one tab). However a pattern treats such runs, the work
per line then stays bounded.
"""

from __future__ import annotations

import re

from planner.domain.errors import ImportFormatError
from planner.i18n import tr

MAX_TEXT_LINES = 3_000
MAX_TEXT_CHARACTERS = 200_000
MAX_LINE_CHARACTERS = 1_000
_LONGEST_SPACE_RUN = 4
_LONG_SPACE_RUN = re.compile(rf"\s{{{_LONGEST_SPACE_RUN + 1},}}")


def check_text_size(text: str) -> None:
    """Refuse a text too long to be a timetable or a calendar, saying how long it is."""
    if len(text) > MAX_TEXT_CHARACTERS:
        raise ImportFormatError(
            tr(
                "The text is {count} characters long; a timetable or calendar is read only up "
                "to {limit}. Paste only the timetable."
            ).format(count=f"{len(text):,}", limit=f"{MAX_TEXT_CHARACTERS:,}")
        )
    lines = text.count("\n") + 1
    if lines > MAX_TEXT_LINES:
        raise ImportFormatError(
            tr(
                "The text has {count} lines; a timetable or calendar is read only up to "
                "{limit}. Paste only the timetable."
            ).format(count=f"{lines:,}", limit=f"{MAX_TEXT_LINES:,}")
        )


def too_long_reason(line: str) -> str | None:
    """Why a line is not read because of its length, or None when it can be read."""
    if len(line) <= MAX_LINE_CHARACTERS:
        return None
    return tr(
        "This line is {count} characters long, longer than any timetable line "
        "(at most {limit}); it was not read."
    ).format(count=len(line), limit=MAX_LINE_CHARACTERS)


def reading_form(line: str) -> str:
    """The line with long runs of spaces shortened; a run holding a tab becomes one tab."""
    return _LONG_SPACE_RUN.sub(_short_run, line)


def _short_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return "\t" if "\t" in run else run[:_LONGEST_SPACE_RUN]
