"""What a feed shows (:class:`FeedSpec`): a plain value, free of the database layer.

Apart from :mod:`.spec` (storing saved feeds through the ORM) so that an
export straight from a SQLite file never imports SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.kinds import SessionKind
from planner.i18n import Language
from planner.services import validation


@dataclass(frozen=True)
class FeedSpec:
    """What a feed shows. Empty ``series_ids``, ``season_ids``, ``driver_ids`` or
    ``kinds`` mean "all"; series and seasons add up (a series means all its seasons).
    ``file_name`` empty: the name as a file name (``jessica-races.ics``)."""

    name: str
    language: Language = "en"
    series_ids: frozenset[int] = frozenset()
    season_ids: frozenset[int] = frozenset()
    driver_ids: frozenset[int] = frozenset()
    kinds: frozenset[SessionKind] = frozenset()
    alarm_minutes: int | None = None
    all_day_events: bool = False
    only_broadcast: bool = False
    include_cancelled: bool = True
    file_name: str = ""


def parse_kinds(text: str) -> frozenset[SessionKind]:
    """'qualifying,race' -> the kinds; a clear error for an unknown word."""
    return frozenset(
        validation.session_kind(word.strip()) for word in text.split(",") if word.strip()
    )
