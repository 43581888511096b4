"""The one cache of the feed pipeline, owned by whoever exports (not a module global).

What it keeps between exports: built events keyed by everything they are
made of, their rendered text, what the sessions of a round share, small
memos of texts, the last export of each choice (whose bytes are reused when
nothing changed) and the change records as last read. A caller that exports
again and again (the GUI's feeds window, a benchmark, ``export feeds`` with
many feeds) keeps one and passes it; a one-off export makes its own with
``remember=False``: built events and their text are then not kept (hashing
20,000 events to keep them for no second export costs a tenth of the export).

Thread-safe: an export holds :attr:`lock` from start to end, so a worker
thread and the GUI thread may share one cache (the second waits).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

from planner.i18n import Language
from planner.ical import FeedEvent, RenderedEvent
from planner.ical.text import FoldedStart
from planner.ical.zone_clock import DigitMemo
from planner.services.feeds.session_times import PeriodMemo

if TYPE_CHECKING:
    from datetime import datetime

    from planner.services.feeds.build import PreparedData
    from planner.services.feeds.choices import FeedSpec
    from planner.services.feeds.describe import LocalClock, LocalDay, Options, RoundParts

#: Entries kept per memo before it is emptied (memory stays bounded).
CACHE_LIMIT = 200_000
#: Last exports kept (each holds a whole feed's bytes).
LAST_EXPORTS_KEPT = 4


class ExportCache:
    """Everything the feed pipeline may remember between exports; see the module text."""

    def __init__(self, *, remember: bool = True) -> None:
        #: Keep built events and their rendered text for the next export?
        self.remember = remember
        self.lock = threading.RLock()
        #: Built events per feed options, keyed by everything an event is made of.
        self.events: dict[Options, dict[tuple[object, ...], tuple[FeedEvent, datetime]]] = {}
        #: Rendered VEVENTs of events, encoded (the writer's event cache).
        self.rendered: dict[FeedEvent, RenderedEvent] = {}
        #: Lines whose values repeat from event to event, encoded (the writer's line cache).
        self.lines: dict[tuple[str, object], bytes] = {}
        #: Round facts -> a small number that stays the same while they do.
        self._round_tokens: dict[tuple[object, ...], int] = {}
        # Never reused, not even after clearing: cached events and round parts are
        # keyed by tokens, and a reused one would bring back another round's text.
        self._next_token = itertools.count(1)
        #: (language, round token) -> what every session of that round shares.
        self.round_parts: dict[tuple[Language, int], RoundParts] = {}
        #: Stored change times -> aware UTC datetimes.
        self.stamps: dict[object, datetime] = {}
        #: (language, days since 1970) -> its digits and "Sat 1 Feb 2020"; second of
        #: the day -> its digits and "08:17".
        self.local_days: dict[tuple[Language, int], LocalDay] = {}
        self.local_clocks: dict[int, LocalClock] = {}
        #: Local days and seconds of the day -> DTSTART/DTEND digits.
        self.digits = DigitMemo()
        #: Offset periods of the zones met (a session's times within one are plain).
        self.periods = PeriodMemo()
        #: Members of our JSON facts by what they are made of (a session's name and
        #: kind, a crew, a car, a (key, text) pair): they repeat from session to session.
        self.json_members: dict[object, str] = {}
        #: Pieces of summaries and descriptions by what they are made of (a crew's
        #: summary suffix; the lines before and after a description's times).
        self.texts: dict[object, str] = {}
        #: Those pieces (and a round's JSON facts) escaped as TEXT, by piece: the writer
        #: gets a session's description and facts escaped piece by piece.
        self.escaped: dict[str, str] = {}
        #: (property, escaped start) -> the start of a content line folded once (a round's
        #: description heading and JSON facts begin the lines of all its sessions).
        self.line_starts: dict[tuple[str, str], FoldedStart] = {}
        #: (spec, home zone) -> its last export, reused while its data is unchanged.
        self.last_exports: dict[tuple[FeedSpec, str | None], PreparedData] = {}
        #: feed id -> (change record rows as last read, the state they meant).
        self.state_rows: dict[int, tuple[list[tuple[Any, ...]], dict[str, Any]]] = {}

    def round_token(self, facts: tuple[object, ...]) -> int:
        token = self._round_tokens.get(facts)
        if token is None:
            if len(self._round_tokens) > CACHE_LIMIT:
                self._round_tokens.clear()
            token = self._round_tokens[facts] = next(self._next_token)
        return token

    def bound(self) -> None:
        """Empty any memo that grew past :data:`CACHE_LIMIT` (called after each export)."""
        memos: tuple[MutableMapping[Any, Any], ...] = (
            self.rendered,
            self.lines,
            self.round_parts,
            self.stamps,
            self.local_days,
            self.local_clocks,
            self.json_members,
            self.texts,
            self.escaped,
            self.line_starts,
        )
        for memo in memos:
            if len(memo) > CACHE_LIMIT:
                memo.clear()
        if len(self.digits) > CACHE_LIMIT:
            self.digits.clear()
        if len(self.periods) > CACHE_LIMIT:
            self.periods.clear()
        if sum(len(built) for built in self.events.values()) > CACHE_LIMIT:
            self.events.clear()
        while len(self.last_exports) > LAST_EXPORTS_KEPT:
            del self.last_exports[next(iter(self.last_exports))]

    def clear(self) -> None:
        """Forget everything (memory; a benchmark timing a cold export)."""
        with self.lock:
            self.events.clear()
            self.rendered.clear()
            self.lines.clear()
            self._round_tokens.clear()
            self.round_parts.clear()
            self.stamps.clear()
            self.local_days.clear()
            self.local_clocks.clear()
            self.json_members.clear()
            self.texts.clear()
            self.escaped.clear()
            self.line_starts.clear()
            self.last_exports.clear()
            self.state_rows.clear()
            self.digits.clear()
            self.periods.clear()
