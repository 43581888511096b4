"""What an .ics import reads before it stores: circuits, series names, stored uids.

Each read is one hand-written SQL text run by a :data:`~planner.services.feeds.rows.Runner`:
on a SQLite file straight on its ``sqlite3`` connection, on a server through
SQLAlchemy's ``text()`` (:func:`~planner.services.feeds.rows.orm_runner`). Loading
every library circuit as an ORM row (and its lap records one query per circuit)
was a quarter of planning a 20,000-event import; here it is two queries of
plain tuples. ``tests/ical/test_ics_reads.py`` compares them with the ORM's view.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.services.sql_runner import Runner, in_batches
from planner.services.views import (
    TRACK_COLUMNS,
    LapRecordView,
    TrackView,
    track_view_from_row,
)

_TRACKS = f"SELECT {', '.join(TRACK_COLUMNS)} FROM tracks ORDER BY id"
_LAP_RECORDS = (
    "SELECT track_id, id, car_class, lap_time_ms, holder, year FROM lap_records ORDER BY id"
)
_SERIES_NAMES = "SELECT name, short_name FROM series ORDER BY id"
_STORED_UIDS = "SELECT uid FROM sessions WHERE uid IN {values}"
_SESSION_COUNT = "SELECT count(*) FROM sessions"
_EVERY_UID = "SELECT uid FROM sessions"


def library_circuits(run: Runner) -> list[TrackView]:
    """Every circuit of the library with its lap records, as ``convert.track_view`` gives it."""
    records: dict[int, list[LapRecordView]] = {}
    for track_id, record_id, car_class, lap_time_ms, holder, year in run(_LAP_RECORDS, {}):
        records.setdefault(track_id, []).append(
            LapRecordView(record_id, car_class, lap_time_ms, holder, year)
        )
    return [track_view_from_row(row, records.get(row[0], ())) for row in run(_TRACKS, {})]


def series_names(run: Runner) -> list[tuple[str, str]]:
    """(name, short name) of every series."""
    return [(name, short_name) for name, short_name in run(_SERIES_NAMES, {})]


def stored_uids(run: Runner, uids: Iterable[str]) -> set[str]:
    """Those of ``uids`` that are a stored session's uid.

    Asked about in batches, or, when no more sessions are stored than asked about
    (an import into a new or a small planner, or of the same file again), every
    stored uid read in one query (none for an empty planner)."""
    ((stored,),) = run(_SESSION_COUNT, {})
    if not stored:
        return set()
    asked = set(uids)
    if stored <= len(asked):
        return {uid for (uid,) in run(_EVERY_UID, {}) if uid in asked}
    return {uid for (uid,) in in_batches(run, _STORED_UIDS, sorted(asked))}
