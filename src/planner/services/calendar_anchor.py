"""Which day a calendar view opens on for what is selected in the navigator."""

from __future__ import annotations

from datetime import date

from planner.db.database import Database
from planner.services.queries import list_rounds
from planner.services.rounds import get_round


def anchor_day(
    db: Database, *, today: date, season_id: int | None = None, round_id: int | None = None
) -> date | None:
    """A round's first day; for a season, its next round from ``today`` (else its
    last one); None when nothing with dates is selected."""
    if round_id is not None:
        return get_round(db, round_id).first_day
    if season_id is None:
        return None
    rounds = list_rounds(db, season_id)
    if not rounds:
        return None
    coming = [item for item in rounds if item.last_day >= today]
    if coming:
        return min(item.first_day for item in coming)
    return max(rounds, key=lambda item: item.last_day).first_day
