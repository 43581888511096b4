"""Stored dates and date-times as Python values, from whichever driver read them.

SQLAlchemy's rows carry ``date``/``datetime`` objects; plain ``sqlite3`` rows (the
SQL-text reads of the views, feeds and imports) carry SQLite's ISO text. Kept apart
from those readers so the views and the feed pipeline share them without importing
each other.
"""

from __future__ import annotations

from datetime import date, datetime


def as_datetime(value: object) -> datetime:
    """A stored naive date-time: a datetime as it is, ISO text parsed."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def as_date(value: object) -> date:
    """A stored day as a date (called per round, not per session: nothing to memoise)."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def sqlite_value(value: object) -> object:
    """A value as SQLAlchemy writes it into SQLite (what the readers above parse): a
    date-time as ``YYYY-MM-DD HH:MM:SS.ffffff``, a day as ``YYYY-MM-DD``, anything
    else as it is (``sqlite3`` stores a bool as 1 or 0, as SQLAlchemy does)."""
    if isinstance(value, datetime):
        # isoformat leaves out a zero fraction (and is a third of strftime's cost)
        text = value.isoformat(" ")
        return text if value.microsecond else text + ".000000"
    if isinstance(value, date):
        return value.isoformat()
    return value
