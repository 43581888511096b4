"""Finding sessions by what people remember: a driver, a series, a circuit, a name.

Used by the search box (across every season) and the agenda's filters. Matching
ignores case and accents ("backman" finds Bäckman); every word typed must
match somewhere in the session's words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.domain.memo import memoized
from planner.domain.zone_table import zone_table
from planner.services.view_rows import round_views, sessions_with_ids
from planner.services.views import DriverView, RoundView, ScheduledSession


def folded(text: str) -> str:
    """Lower case without accents, for matching what people type."""
    if text.isascii():  # nothing to decompose, no accents: the same answer, sooner
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def session_words(item: ScheduledSession) -> str:
    """Everything a session can be found by, folded: drivers, series, circuit, names."""
    return folded(
        " ".join(
            part
            for part in (
                *_round_parts(item.round),
                item.session.name,
                *(driver.name for driver in item.session.drivers),
            )
            if part
        )
    )


def _round_parts(round_view: RoundView) -> tuple[str, ...]:
    track = round_view.track
    return (
        round_view.name,
        round_view.series_name,
        round_view.series_short_name,
        track.name,
        track.short_name,
        track.town,
        track.country,
        *track.aliases,
        *(driver.name for driver in round_view.drivers),
    )


def matches(item: ScheduledSession, text: str) -> bool:
    haystack = session_words(item)
    return all(word in haystack for word in folded(text).split())


def search_sessions(db: Database, text: str, *, limit: int = 200) -> list[ScheduledSession]:
    """Sessions of every season matching all the words of ``text``, in start order.

    One search: the index is read for it and dropped. Whoever searches as
    people type keeps a ``SearchIndex`` (``build_search_index``) until the
    data changes, and calls ``SearchIndex.search``.
    """
    if not folded(text).split():
        return []
    return build_search_index(db).search(db, text, limit=limit)


@dataclass(frozen=True)
class IndexedSession:
    wall_start: datetime  # at the track, naive
    zone: str
    is_dst: bool | None
    session_id: int
    round_id: int
    words: str  # folded: the round's words, the session's name and drivers


@dataclass(frozen=True)
class SearchIndex:
    """Every session's folded words and track time, read once, by wall-clock start.

    A profile of a search on the archive (20,000 sessions): ~90 % reading
    every session and round and folding their words, again at every
    keystroke. With the index a search matches plain strings in memory and
    reads only the shown matches. It is a plain value: its keeper (the
    window's search) drops it when the data changes; ``search`` reads the
    shown sessions themselves from the database, so they are always current.
    """

    rounds: dict[int, RoundView]
    sessions: tuple[IndexedSession, ...]

    def search(self, db: Database, text: str, *, limit: int = 200) -> list[ScheduledSession]:
        """The sessions matching all the words of ``text``, the first ``limit`` by start."""
        words = folded(text).split()
        if not words:
            return []
        chosen = _first_by_start(self._matches_until_enough(words, limit), limit)
        if not chosen:
            return []
        with db.unit_of_work() as orm:
            result = [
                ScheduledSession(session=session, round=self.rounds[session.round_id])
                for session in sessions_with_ids(orm, chosen)
                if session.round_id in self.rounds
            ]
        result.sort(key=lambda item: (item.session.start_utc, item.session.id))
        return result

    def _matches_until_enough(self, words: list[str], limit: int) -> list[IndexedSession]:
        """The matches in wall-clock order, up to the widest offset gap past the
        ``limit``-th: all that ``_first_by_start`` can choose from.

        Filtering all 20,000 sessions was half of a search when the words match
        often (a family name): the sessions are scanned a chunk at a time (a list
        comprehension per word, as fast per session as filtering all) and the scan
        stops at the first chunk that ends past that horizon.
        """
        sessions = self.sessions
        found: list[IndexedSession] = []
        for begin in range(0, len(sessions), _SCAN_CHUNK):
            chunk: Sequence[IndexedSession] = sessions[begin : begin + _SCAN_CHUNK]
            last_wall_start = chunk[-1].wall_start
            for word in words:
                chunk = [item for item in chunk if word in item.words]
            found.extend(chunk)
            if (
                len(found) >= limit
                and last_wall_start > found[limit - 1].wall_start + _WIDEST_OFFSET_GAP
            ):
                break
        return found


_SCAN_CHUNK = 1000  # sessions matched at a time while looking for the first ``limit``


def build_search_index(db: Database) -> SearchIndex:
    """Read every session's words once (plain columns; a round's words folded once
    per distinct part, a session's name and drivers once per distinct text).

    Folding a text is folding its space-separated parts (a space is never
    decomposed nor combined with): the rounds of an archive repeat their
    series, circuits and towns, so each distinct part is folded once.
    """
    with db.unit_of_work() as orm:
        views = {view.id: view for view in round_views(orm)}
        fold_part = memoized(folded)

        round_words = {
            round_id: " ".join(fold_part(part) for part in _round_parts(view) if part)
            for round_id, view in views.items()
        }
        drivers: dict[int, list[str]] = {}
        for session_id, name in orm.execute(
            select(models.SessionDriver.session_id, models.Driver.name)
            .join(models.Driver)
            .order_by(models.SessionDriver.session_id, models.SessionDriver.stint_order)
        ).tuples():
            drivers.setdefault(session_id, []).append(name)
        # Session names repeat from round to round: fold each distinct text once.
        folded_texts: dict[tuple[str, ...], str] = {}
        sessions: list[IndexedSession] = []
        for session_id, round_id, name, start_wall, zone_name, is_dst in orm.execute(
            select(
                models.Session.id,
                models.Session.round_id,
                models.Session.name,
                models.Session.start_wall,
                models.Session.zone,
                models.Session.is_dst,
            )
        ).tuples():
            key = (name, *drivers.get(session_id, ()))
            own = folded_texts.get(key)
            if own is None:
                own = folded_texts[key] = folded(" ".join(part for part in key if part))
            # A space between: no typed word (words have no spaces) spans the two.
            words = f"{round_words[round_id]} {own}"
            sessions.append(
                IndexedSession(start_wall, zone_name, is_dst, session_id, round_id, words)
            )
    sessions.sort(key=attrgetter("wall_start", "session_id"))
    return SearchIndex(rounds=views, sessions=tuple(sessions))


_WIDEST_OFFSET_GAP = timedelta(days=2)  # UTC offsets span 26 hours (-12:00 to +14:00)


def _first_by_start(found: Sequence[IndexedSession], limit: int) -> list[int]:
    """The ids of the first ``limit`` sessions by (UTC start, id); ``found`` is in
    wall-clock order.

    Converting every match to UTC (pytz) took 1.2 s for 20,000 matches (now
    one bisect each, ``ZoneTable.utc_instant``, the same order); the
    order by wall time is the order by UTC to within the widest gap between
    two zones' offsets, so only the sessions up to that gap past the
    ``limit``-th wall time are converted.
    """
    if len(found) > limit:
        horizon = found[limit - 1].wall_start + _WIDEST_OFFSET_GAP
        found = [item for item in found if item.wall_start <= horizon]
    exact = sorted(
        (zone_table(item.zone).utc_instant(item.wall_start, item.is_dst), item.session_id)
        for item in found
    )
    return [session_id for _start, session_id in exact[:limit]]


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
