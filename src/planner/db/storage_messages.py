"""The words for a database that refuses a unit of work, without SQLAlchemy.

Shared by the ORM's unit of work (:meth:`planner.db.database.Database.unit_of_work`,
which hands over SQLAlchemy's errors) and the standard library's on a SQLite
file (:func:`planner.db.file_unit.file_unit_of_work`, ``sqlite3``'s own
errors): both look at the driver's message, so one error reads the same
whichever way it came.
"""

from __future__ import annotations

from pathlib import Path

from planner.db.sqlite_file import disk_is_nearly_full
from planner.domain.errors import StorageError
from planner.i18n import tr


def storage_error(error: Exception, location: str, *, path: Path | None = None) -> StorageError:
    text = str(getattr(error, "orig", error)).lower()
    server = _server_error(str(getattr(error, "orig", error)), location)
    if server is not None and "://" in location:
        return server
    if "disk i/o" in text and path is not None and disk_is_nearly_full(path):
        text = "database or disk is full"
    if "locked" in text or "busy" in text:
        return StorageError(
            tr(
                "The database {location} is locked by another program (is Race Planner open "
                "twice?). Close the other program and try again; nothing was saved."
            ).format(location=location)
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            tr(
                "{location} is damaged or is not a Race Planner database. "
                "Nothing was changed; restore it from a backup or open another file."
            ).format(location=location)
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            tr(
                "The database {location} is read-only: it is open for reading and edits are "
                "off; nothing was saved."
            ).format(location=location)
        )
    if "disk" in text and "full" in text:
        return StorageError(
            tr("The disk is full; nothing was saved to {location}.").format(location=location)
        )
    return StorageError(
        tr("The database {location} could not be used: {reason}").format(
            location=location, reason=getattr(error, "orig", error)
        )
    )


def _server_error(reason: str, location: str) -> StorageError | None:
    """A database server that refuses or cannot be reached, in words (PostgreSQL's)."""
    text = reason.lower()
    reason = " ".join(reason.split())
    if "password authentication failed" in text or "no password supplied" in text:
        return StorageError(
            tr(
                "The server of {location} refused the login: wrong user name or password. "
                "Nothing was changed."
            ).format(location=location)
        )
    if "database" in text and "does not exist" in text:
        return StorageError(
            tr(
                "The server has no database named in {location}. Ask whoever runs the server "
                "to create it (see “A shared planner for the team” in the README)."
            ).format(location=location)
        )
    if "permission denied" in text or "no pg_hba.conf entry" in text:
        return StorageError(
            tr(
                "The server of {location} does not let this user or this computer in: {reason}"
            ).format(location=location, reason=reason)
        )
    unreachable = (
        "connection refused",
        "could not translate host name",
        "name or service not known",
        "timeout expired",
        "no route to host",
        "network is unreachable",
        "server closed the connection unexpectedly",
    )
    if any(words in text for words in unreachable):
        return StorageError(
            tr(
                "The server of {location} cannot be reached (is it running, and is this "
                "computer on its network?). Nothing was changed. {reason}"
            ).format(location=location, reason=reason)
        )
    return None


def integrity_message(error: Exception) -> str:
    """A rule of the schema was broken: say which, in words, not SQL (``error``:
    SQLAlchemy's IntegrityError or the ``sqlite3.IntegrityError`` it wraps)."""
    text = str(getattr(error, "orig", error)).lower()
    if "unique" in text:
        return tr("That already exists: names, numbers and years must be unique where they belong.")
    if "foreign key" in text:
        return tr("That refers to something that does not exist, or is still in use.")
    if "check" in text:
        return tr("A value is out of range (durations, lengths and numbers must be positive).")
    if "not null" in text:
        return tr("A required value is missing.")
    return tr("The change breaks a rule of the database and was not saved.")
