"""Finding sessions by what people remember: a driver, a series, a circuit, a name.

Used by the search box (across every season) and the agenda's filters. Matching
ignores case and accents ("backman" finds Bäckman); every word typed must
match somewhere in the session's words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.services.queries import scheduled_sessions
from planner.services.views import DriverView, ScheduledSession


def folded(text: str) -> str:
    """Lower case without accents, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def session_words(item: ScheduledSession) -> str:
    """Everything a session can be found by, folded: drivers, series, circuit, names."""
    round_view, session = item.round, item.session
    track = round_view.track
    parts: list[str] = [
        session.name,
        round_view.name,
        round_view.series_name,
        round_view.series_short_name,
        track.name,
        track.short_name,
        track.town,
        track.country,
        *track.aliases,
        *(driver.name for driver in session.drivers),
        *(driver.name for driver in round_view.drivers),
    ]
    return folded(" ".join(part for part in parts if part))


def matches(item: ScheduledSession, text: str) -> bool:
    haystack = session_words(item)
    return all(word in haystack for word in folded(text).split())


def search_sessions(db: Database, text: str, *, limit: int = 200) -> list[ScheduledSession]:
    """Sessions of every season matching all the words of ``text``, in start order."""
    if not text.strip():
        return []
    found = [item for item in scheduled_sessions(db) if matches(item, text)]
    return found[:limit]


@dataclass(frozen=True)
class AgendaFilter:
    """What the agenda shows; None or empty means everything."""

    series_id: int | None = None
    driver_id: int | None = None
    kind: SessionKind | None = None
    text: str = ""
    since: datetime | None = None  # aware: sessions still running at or after this moment


def filter_agenda(
    items: Iterable[ScheduledSession], wanted: AgendaFilter
) -> list[ScheduledSession]:
    """The sessions an agenda shows, in start order."""
    result: list[ScheduledSession] = []
    for item in items:
        if wanted.since is not None and item.session.busy_until_utc < wanted.since:
            continue
        if wanted.series_id is not None and item.round.series_id != wanted.series_id:
            continue
        if wanted.kind is not None and item.session.kind != wanted.kind:
            continue
        if wanted.driver_id is not None and all(
            driver.id != wanted.driver_id for driver in _drivers_of(item)
        ):
            continue
        if wanted.text.strip() and not matches(item, wanted.text):
            continue
        result.append(item)
    result.sort(key=lambda item: (item.session.start_utc, item.session.id))
    return result


def _drivers_of(item: ScheduledSession) -> Sequence[DriverView]:
    """Who drives the session; where nobody is set yet, the round's crew."""
    return item.session.drivers or item.round.drivers
