"""Errors meant for users: each carries a message a non-programmer understands."""

from __future__ import annotations


class PlannerError(Exception):
    """A known problem of the world (bad input, a locked database, ...).

    The GUI shows ``str(error)`` in a dialog; the CLI prints it on stderr and
    exits with status 1. Bugs are never PlannerErrors.
    """

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ValidationError(PlannerError):
    """Input that breaks a rule of the planner (a negative duration, a bad date)."""


class NotFoundError(PlannerError):
    """A series, season, round, session or person that does not exist."""


class TimeRuleError(ValidationError):
    """A wall-clock time that does not exist or is ambiguous at the track."""


class NonExistentTimeError(TimeRuleError):
    """The clocks skip this local time (spring forward)."""


class AmbiguousTimeError(TimeRuleError):
    """The clocks show this local time twice (fall back)."""


class ConflictError(PlannerError):
    """Someone else changed the same thing since the revision an edit was made from."""


class StorageError(PlannerError):
    """The database file is locked, corrupt, from a newer version, or unwritable."""


class ImportFormatError(PlannerError):
    """A file or pasted text that cannot be read; ``where`` names the line or event."""
