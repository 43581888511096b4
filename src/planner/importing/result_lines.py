"""Results lines of a press release, in English or Swedish.

"Qualifying 1: 2nd place", "Race 2: 5th place", "Kval 2: DNS",
"Race – Del 1: 3:e plats", "Fri träning: 2:a", "Qualifying 2: DNS. Due to
technical problems.", "Race 1 (12 hours): 3rd place". Each readable line
gives a session name (as written), a position or a status, and a reason;
other lines come back as unread lines with why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus
from planner.i18n import tr
from planner.importing.session_words import session_kind
from planner.importing.text_tools import clean_line, fold, strip_edges

__all__ = ["ParsedResult", "ParsedResults", "UnreadResultLine", "name_numbers", "parse_results"]


@dataclass(frozen=True)
class ParsedResult:
    line_number: int
    source_text: str
    session_name: str  # as written, e.g. "Race – Del 1"
    kind: SessionKind
    status: ResultStatus
    position: int | None
    reason: str


@dataclass(frozen=True)
class UnreadResultLine:
    line_number: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParsedResults:
    results: tuple[ParsedResult, ...]
    unread: tuple[UnreadResultLine, ...]


_LINE = re.compile(r"(?P<name>[^:]+?)\s*:\s+(?P<rest>.+)")
_POSITION = re.compile(
    r"(?:p\s*)?(?P<number>\d{1,3})\s*(?:st|nd|rd|th|:a|:e|\.)?(?=\W|$)\s*(?:place|plats|plc)?"
)
# Folded (lower case, no accents) words for each status; checked before positions.
_STATUS_WORDS: tuple[tuple[ResultStatus, re.Pattern[str]], ...] = (
    (ResultStatus.DNS, re.compile(r"dns\b|did not start|startade (?:inte|ej)|ej start")),
    (
        ResultStatus.DNF,
        re.compile(r"dnf\b|did not finish|retired|brot\b|bröt\b|fullfoljde (?:inte|ej)|utgick"),
    ),
    (ResultStatus.DSQ, re.compile(r"dsq\b|disqualified|diskad|diskvalificera")),
    (ResultStatus.NC, re.compile(r"nc\b|not classified|ej klassad|inte klassad|oklassad")),
)
_PARENTHESES = re.compile(r"\([^)]*\)")
_NUMBER = re.compile(r"\d+")


def name_numbers(name: str) -> tuple[str, ...]:
    """The numbers of a session name, outside parentheses ("Race 1 (12 hours)" -> ("1",))."""
    return tuple(_NUMBER.findall(_PARENTHESES.sub(" ", name)))


def parse_results(text: str) -> ParsedResults:
    results: list[ParsedResult] = []
    unread: list[UnreadResultLine] = []
    for line_number, raw in enumerate(text.splitlines(), start=1):
        line = clean_line(raw)
        if not strip_edges(line):
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            if strip_edges(line) and session_kind(line) is None and line.rstrip().endswith(":"):
                continue  # a heading such as "Results from the weekend:"
            unread.append(
                UnreadResultLine(
                    line_number, line, tr("No “session: result” here (e.g. “Race 1: 3rd place”).")
                )
            )
            continue
        name = strip_edges(match.group("name"))
        kind = session_kind(_PARENTHESES.sub(" ", name))
        if kind is None:
            unread.append(
                UnreadResultLine(
                    line_number,
                    line,
                    tr("“{name}” does not name a session.").format(name=name),
                )
            )
            continue
        parsed = _read_outcome(match.group("rest"))
        if parsed is None:
            unread.append(
                UnreadResultLine(
                    line_number,
                    line,
                    tr("No position or status (DNS, DNF, DSQ, NC) after “{name}”.").format(
                        name=name
                    ),
                )
            )
            continue
        status, position, reason = parsed
        results.append(ParsedResult(line_number, line, name, kind, status, position, reason))
    return ParsedResults(tuple(results), tuple(unread))


def _read_outcome(rest: str) -> tuple[ResultStatus, int | None, str] | None:
    rest = rest.strip()
    folded = fold(rest)
    for status, pattern in _STATUS_WORDS:
        found = pattern.match(folded)
        if found is not None:
            return status, None, _reason(rest[found.end() :])
    found_position = _POSITION.match(folded)
    if found_position is not None:
        return (
            ResultStatus.CLASSIFIED,
            int(found_position.group("number")),
            _reason(rest[found_position.end() :]),
        )
    return None


def _reason(text: str) -> str:
    """The reason alone, from "Due to technical problems.", "(engine)" or "– gearbox"."""
    cleaned = strip_edges(text.strip().strip("()").strip())
    return cleaned.rstrip(".").strip()
