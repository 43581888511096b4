"""Championship tables as series and releases publish them.

"1: Martin Andersen (DKK), 65 p.", "1. Jessica Bäckman SWE 44p",
"3 Oliver Söderström 40 points", "2. Emil Sällberg (SWE) 38 poäng".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.i18n import tr
from planner.importing.text_tools import clean_line, strip_edges

__all__ = ["ParsedStanding", "ParsedStandings", "UnreadStandingLine", "parse_standings"]


@dataclass(frozen=True)
class ParsedStanding:
    line_number: int
    position: int
    driver_name: str
    nationality: str
    points: float


@dataclass(frozen=True)
class UnreadStandingLine:
    line_number: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParsedStandings:
    rows: tuple[ParsedStanding, ...]
    unread: tuple[UnreadStandingLine, ...]


_POSITION = re.compile(r"(?P<position>\d{1,3})\s*[.:)]?\s+(?P<rest>.+)")
_POINTS = re.compile(
    r"[,;\t ]*(?P<points>\d+(?:[.,]\d+)?)\s*(?:p|pts|points|poang|poäng|po)?\.?\s*$", re.I
)
_NATIONALITY = re.compile(r"[,\s]*\(?(?P<code>[A-Z]{3})\)?[,\s]*$")


def parse_standings(text: str) -> ParsedStandings:
    rows: list[ParsedStanding] = []
    unread: list[UnreadStandingLine] = []
    for line_number, raw in enumerate(text.splitlines(), start=1):
        line = clean_line(raw)
        if not strip_edges(line):
            continue
        row = _read_row(line_number, line)
        if row is None:
            unread.append(
                UnreadStandingLine(
                    line_number,
                    line,
                    tr("Not a table row “position, driver, points” (e.g. “1. Name SWE 44p”)."),
                )
            )
        else:
            rows.append(row)
    return ParsedStandings(tuple(rows), tuple(unread))


def _read_row(line_number: int, line: str) -> ParsedStanding | None:
    head = _POSITION.fullmatch(line)
    if head is None:
        return None
    rest = head.group("rest")
    points = _POINTS.search(rest)
    if points is None or points.start() == 0:
        return None
    before_points = rest[: points.start()]
    nationality = _NATIONALITY.search(before_points)
    code = ""
    if nationality is not None and nationality.start() > 0:
        code = nationality.group("code")
        before_points = before_points[: nationality.start()]
    name = strip_edges(before_points.strip().rstrip(",").strip())
    if not name or any(character.isdigit() for character in name):
        return None
    return ParsedStanding(
        line_number=line_number,
        position=int(head.group("position")),
        driver_name=name,
        nationality=code,
        points=float(points.group("points").replace(",", ".")),
    )
