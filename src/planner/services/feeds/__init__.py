"""Calendar feeds: saved feed choices, sessions as feed events, exports and what changed.

A package of small modules, in the order the data flows:

* :mod:`.choices` — what a feed shows (:class:`FeedSpec`);
* :mod:`.spec` — saved feeds and storing them;
* :mod:`.rows` — the one read of everything a feed needs (SQL text);
* :mod:`.describe`, :mod:`.compose` — rows -> :class:`~planner.ical.FeedEvent` values;
* :mod:`.build` — rows -> the calendar's bytes, the way every export goes;
* :mod:`.files` — atomic file writes (addresses: :mod:`planner.services.feed_links`);
* :mod:`.changes` — the change record and what changed since;
* :mod:`.export` — exports, and :func:`prepare_export`/:func:`record_export`
  for a publisher that uploads instead of writing a file;
* :mod:`.file_export` — an ad-hoc export straight from a SQLite file (``sqlite3``);
* :mod:`.cache` — :class:`ExportCache`, the one cache, owned by the caller.

Our iCalendar words (UID domain, X- properties) live in :mod:`planner.ical.dialect`.

The names below are imported from their modules when first used: an export
straight from a SQLite file imports the package without SQLAlchemy and the
models, which take longer to import than the export takes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.ical.dialect import UID_DOMAIN, X_FACTS, X_WEEKEND
    from planner.services.feed_links import published_urls
    from planner.services.feeds.cache import ExportCache
    from planner.services.feeds.changes import ChangeKind, FeedChange
    from planner.services.feeds.choices import FeedSpec, parse_kinds
    from planner.services.feeds.compose import REFRESH_INTERVAL
    from planner.services.feeds.export import (
        FeedChoice,
        FeedExport,
        PreparedExport,
        export_all_feeds,
        export_feed,
        feed_events,
        prepare_export,
        record_export,
        single_event_file,
    )
    from planner.services.feeds.files import write_atomically
    from planner.services.feeds.spec import (
        MAX_FILE_NAME,
        FeedView,
        checked_file_name,
        create_feed,
        default_file_name,
        delete_feed,
        edit_feed,
        find_feed,
        get_feed,
        list_feeds,
        resolve_choice,
    )

#: Each public name and the module it comes from.
_SOURCES = {
    "UID_DOMAIN": "planner.ical.dialect",
    "X_FACTS": "planner.ical.dialect",
    "X_WEEKEND": "planner.ical.dialect",
    "published_urls": "planner.services.feed_links",
    "ExportCache": "planner.services.feeds.cache",
    "ChangeKind": "planner.services.feeds.changes",
    "FeedChange": "planner.services.feeds.changes",
    "FeedSpec": "planner.services.feeds.choices",
    "parse_kinds": "planner.services.feeds.choices",
    "REFRESH_INTERVAL": "planner.services.feeds.compose",
    "FeedChoice": "planner.services.feeds.export",
    "FeedExport": "planner.services.feeds.export",
    "PreparedExport": "planner.services.feeds.export",
    "export_all_feeds": "planner.services.feeds.export",
    "export_feed": "planner.services.feeds.export",
    "feed_events": "planner.services.feeds.export",
    "prepare_export": "planner.services.feeds.export",
    "record_export": "planner.services.feeds.export",
    "single_event_file": "planner.services.feeds.export",
    "write_atomically": "planner.services.feeds.files",
    "MAX_FILE_NAME": "planner.services.feeds.spec",
    "FeedView": "planner.services.feeds.spec",
    "checked_file_name": "planner.services.feeds.spec",
    "create_feed": "planner.services.feeds.spec",
    "default_file_name": "planner.services.feeds.spec",
    "delete_feed": "planner.services.feeds.spec",
    "edit_feed": "planner.services.feeds.spec",
    "find_feed": "planner.services.feeds.spec",
    "get_feed": "planner.services.feeds.spec",
    "list_feeds": "planner.services.feeds.spec",
    "resolve_choice": "planner.services.feeds.spec",
}


def __getattr__(name: str) -> Any:
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(source), name)
    globals()[name] = value  # the next use is a plain attribute
    return value


__all__ = [
    "MAX_FILE_NAME",
    "REFRESH_INTERVAL",
    "UID_DOMAIN",
    "X_FACTS",
    "X_WEEKEND",
    "ChangeKind",
    "ExportCache",
    "FeedChange",
    "FeedChoice",
    "FeedExport",
    "FeedSpec",
    "FeedView",
    "PreparedExport",
    "checked_file_name",
    "create_feed",
    "default_file_name",
    "delete_feed",
    "edit_feed",
    "export_all_feeds",
    "export_feed",
    "feed_events",
    "find_feed",
    "get_feed",
    "list_feeds",
    "parse_kinds",
    "prepare_export",
    "published_urls",
    "record_export",
    "resolve_choice",
    "single_event_file",
    "write_atomically",
]
