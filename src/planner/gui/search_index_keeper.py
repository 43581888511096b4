"""The search's index of every session's words, kept until the data changes.

Reading the index is ~0.4 s for a 20,000-session archive. While the search is
open, a change (an edit, an undo, another laptop's change) starts reading it
again on a thread of its own at once, so the next search, typed a moment
later, finds it ready instead of reading it on the GUI thread. A search that
comes before that read is done waits for it (the same work, never twice); one
with no read under way reads it itself, as before.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # concurrent.futures only once a read ahead is wanted (start-up time)
    from concurrent.futures import Future, ThreadPoolExecutor

    from planner.db.database import Database
    from planner.services.search import SearchIndex

log = logging.getLogger(__name__)


def _read_index(db: Database) -> SearchIndex:
    from planner.services.search import build_search_index

    return build_search_index(db)


class SearchIndexKeeper:
    """Owns one index (or the read of one under way) for one window's search."""

    def __init__(self) -> None:
        self._index: SearchIndex | None = None
        self._reading: Future[SearchIndex] | None = None
        self._reader: ThreadPoolExecutor | None = None  # made when first needed

    def index(self, db: Database) -> SearchIndex:
        """The current index: kept, read ahead since the last change, or read now."""
        if self._index is None:
            reading, self._reading = self._reading, None
            if reading is not None and not reading.cancel():  # under way or done
                try:
                    self._index = reading.result()
                except Exception:  # the database went away meanwhile: read it here
                    log.debug("reading the search index ahead failed", exc_info=True)
            if self._index is None:
                self._index = _read_index(db)
        return self._index

    def forget(self, read_again_from: Database | None = None) -> None:
        """The data changed: drop the index; with a database, read it again ahead."""
        self._index = None
        if self._reading is not None:
            self._reading.cancel()  # a read of the old data, if it has not started
            self._reading = None
        if read_again_from is not None:
            if self._reader is None:
                from concurrent.futures import ThreadPoolExecutor

                self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
            self._reading = self._reader.submit(_read_index, read_again_from)

    def close(self) -> None:
        """Drop everything; a read under way finishes on its own, unused."""
        self.forget()
        if self._reader is not None:
            self._reader.shutdown(wait=False, cancel_futures=True)
            self._reader = None
