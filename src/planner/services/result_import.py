"""Pasted results lines -> results of one driver's car in a round, previewed then applied.

Session names as releases write them are paired with the round's sessions:
the same name first ("Qualifying 2"), else the same kind and number
("Kval 2" -> "Qualifying 2", "Race – Del 1" -> "Race – Part 1"). A race run
in parts ("Race – Part 1", "Race – Part 2") is scored at its finish: a line
naming the race without a part ("Race 1 (12 hours)") goes to the last part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.db import models
from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus
from planner.i18n import tr
from planner.importing.result_lines import ParsedResult, name_numbers, parse_results
from planner.importing.text_tools import fold
from planner.services.lookup import get_or_fail
from planner.services.results import (
    ResultChange,
    ResultValues,
    entry_of_driver,
    set_results,
)

_PART_WORD = re.compile(r"\b(?:part|del|deel|teil)\b")


@dataclass(frozen=True)
class ResultImportRow:
    line_number: int
    source_text: str
    written_name: str
    session_id: int | None
    session_name: str  # the round's session it goes to ("" when none)
    values: ResultValues
    problem: str  # why it cannot be imported ("" when it can)


@dataclass(frozen=True)
class UnreadLine:
    line_number: int
    text: str
    reason: str


@dataclass(frozen=True)
class ResultImportPreview:
    round_id: int
    entry_id: int
    car_label: str
    crew: tuple[str, ...]
    rows: tuple[ResultImportRow, ...]
    unread: tuple[UnreadLine, ...]

    @property
    def importable(self) -> tuple[ResultImportRow, ...]:
        return tuple(row for row in self.rows if not row.problem and row.session_id is not None)

    @property
    def changes(self) -> tuple[ResultChange, ...]:
        return tuple(
            ResultChange(row.session_id, self.entry_id, row.values)
            for row in self.importable
            if row.session_id is not None
        )


def preview_results(
    db: Database, round_id: int, driver_name: str, text: str, *, class_positions: bool = False
) -> ResultImportPreview:
    """What the text would store for the car ``driver_name`` races in the round."""
    parsed = parse_results(text)
    with db.unit_of_work() as orm:
        round_row = get_or_fail(orm, models.Round, round_id, "round")
        entry = entry_of_driver(orm, round_row, driver_name)
        sessions = list(round_row.sessions)
        rows: list[ResultImportRow] = []
        taken: set[int] = set()
        for item in parsed.results:
            session, problem = _match(sessions, item)
            if session is not None and session.id in taken:
                problem = tr("“{name}” already has a result earlier in this text.").format(
                    name=session.name
                )
            if session is not None and not problem:
                taken.add(session.id)
            rows.append(
                ResultImportRow(
                    line_number=item.line_number,
                    source_text=item.source_text,
                    written_name=item.session_name,
                    session_id=None if session is None else session.id,
                    session_name="" if session is None else session.name,
                    values=_values(item, class_positions),
                    problem=problem,
                )
            )
        return ResultImportPreview(
            round_id=round_row.id,
            entry_id=entry.id,
            car_label=(f"#{entry.car.number} " if entry.car.number else "") + entry.car.model,
            crew=tuple(member.driver.name for member in entry.crew),
            rows=tuple(rows),
            unread=tuple(
                UnreadLine(line.line_number, line.text, line.reason) for line in parsed.unread
            ),
        )


def apply_results(db: Database, preview: ResultImportPreview) -> tuple[ResultChange, ...]:
    """Store every importable row in one step; returns the changes that undo it."""
    return set_results(db, preview.changes)


def _values(item: ParsedResult, class_positions: bool) -> ResultValues:
    position = item.position if not class_positions else None
    class_position = item.position if class_positions else None
    pole = item.kind == SessionKind.QUALIFYING and item.position == 1
    return ResultValues(
        status=item.status,
        position=position,
        class_position=class_position,
        reason=item.reason if item.status != ResultStatus.CLASSIFIED else "",
        notes=item.reason if item.status == ResultStatus.CLASSIFIED else "",
        pole=pole,
    )


def _match(sessions: list[models.Session], item: ParsedResult) -> tuple[models.Session | None, str]:
    wanted = fold(item.session_name).strip()
    for session in sessions:
        if fold(session.name) == wanted:
            return session, ""
    same_kind = [session for session in sessions if session.kind == item.kind.value]
    if not same_kind:
        return None, tr("This round has no session of that kind for “{name}”.").format(
            name=item.session_name
        )
    parts = [session for session in same_kind if _PART_WORD.search(fold(session.name))]
    numbers = name_numbers(item.session_name)
    if parts and not _PART_WORD.search(fold(item.session_name)):
        return parts[-1], ""  # a race in parts is scored at its finish
    fitting = [
        session
        for session in same_kind
        if not numbers or not name_numbers(session.name) or name_numbers(session.name) == numbers
    ]
    if numbers:
        exact = [session for session in fitting if name_numbers(session.name) == numbers]
        fitting = exact or fitting
    if len(fitting) == 1:
        return fitting[0], ""
    if not fitting:
        return None, tr("No session of this round matches “{name}”.").format(name=item.session_name)
    return None, tr("“{name}” could be any of: {names}.").format(
        name=item.session_name, names=", ".join(session.name for session in fitting)
    )


__all__ = [
    "ResultImportPreview",
    "ResultImportRow",
    "UnreadLine",
    "apply_results",
    "preview_results",
]
