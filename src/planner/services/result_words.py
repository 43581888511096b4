"""A session result's values and its words ("3rd place (2nd in TCR)"), without the database.

Apart from :mod:`planner.services.results` so that a feed export can describe
results without importing SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.kinds import SessionKind
from planner.domain.results import STATUS_ABBREVIATIONS, ResultStatus, ordinal
from planner.i18n import Language, translator


@dataclass(frozen=True)
class ResultValues:
    """What a user enters for one car in one session."""

    status: ResultStatus = ResultStatus.CLASSIFIED
    position: int | None = None
    class_position: int | None = None
    reason: str = ""
    pole: bool = False
    fastest_lap: bool = False
    best_lap_ms: int | None = None
    laps: int | None = None
    points: float | None = None  # typed points; None: computed from the points system
    notes: str = ""

    @property
    def is_empty(self) -> bool:
        return self == ResultValues()


def describe_result(
    values: ResultValues, car_class: str, language: Language, *, kind: SessionKind | str
) -> str:
    """One result in words: "3rd place (2nd in TCR)", "DNS. Due to technical problems."."""
    tr = translator(language)
    if values.status != ResultStatus.CLASSIFIED:
        text = STATUS_ABBREVIATIONS[values.status]
        if values.position is not None:
            text += (
                " (" + tr("{place} place").format(place=ordinal(values.position, language)) + ")"
            )
        return f"{text}. {values.reason.rstrip('.')}." if values.reason else text
    parts: list[str] = []
    if values.position is not None:
        parts.append(tr("{place} place").format(place=ordinal(values.position, language)))
        if values.class_position is not None and car_class:
            parts.append(
                "("
                + tr("{place} in {car_class}").format(
                    place=ordinal(values.class_position, language), car_class=car_class
                )
                + ")"
            )
    elif values.class_position is not None:
        place = tr("{place} place").format(place=ordinal(values.class_position, language))
        parts.append(
            tr("{place} in {car_class}").format(place=place, car_class=car_class)
            if car_class
            else place
        )
    if values.pole and kind == SessionKind.QUALIFYING:
        parts.append("(" + tr("pole position") + ")")
    if values.fastest_lap and kind == SessionKind.RACE:
        parts.append("(" + tr("fastest lap") + ")")
    if values.best_lap_ms is not None:
        from planner.services.views import format_lap_time  # rare: not at import

        parts.append(tr("best lap {time}").format(time=format_lap_time(values.best_lap_ms)))
    return " ".join(parts) or tr("classified")
