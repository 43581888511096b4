"""Calendar feeds: saved feed choices, sessions as feed events, exports and what changed.

A package of small modules, in the order the data flows:

* :mod:`.spec` — what a saved feed selects (:class:`FeedSpec`) and storing it;
* :mod:`.rows` — the one read of everything a feed needs;
* :mod:`.describe`, :mod:`.compose` — rows -> :class:`~planner.ical.FeedEvent` values;
* :mod:`.files` — atomic file writes (addresses: :mod:`planner.services.feed_links`);
* :mod:`.changes` — the change record and what changed since;
* :mod:`.export` — exports, and :func:`prepare_export`/:func:`record_export`
  for a publisher that uploads instead of writing a file;
* :mod:`.cache` — :class:`ExportCache`, the one cache, owned by the caller.

Our iCalendar words (UID domain, X- properties) live in :mod:`planner.ical.dialect`.
"""

from planner.ical.dialect import UID_DOMAIN, X_FACTS, X_WEEKEND
from planner.services.feed_links import published_urls
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.changes import ChangeKind, FeedChange
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
    FeedSpec,
    FeedView,
    checked_file_name,
    create_feed,
    default_file_name,
    delete_feed,
    edit_feed,
    find_feed,
    get_feed,
    list_feeds,
    parse_kinds,
    resolve_choice,
)

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
