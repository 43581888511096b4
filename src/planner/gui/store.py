"""What the views share: the open database, the home zone, the clock and one
"something changed" signal that makes every view reload from the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from planner.db.database import Database


def system_now() -> datetime:
    return datetime.now(UTC)


class Store(QObject):
    """Not a god object: no rules, no SQL; only shared context and a change signal."""

    changed = Signal()  # data in the database changed (an edit, undo or redo)
    home_zone_changed = Signal(str)

    def __init__(
        self,
        db: Database | None = None,
        *,
        home_zone: str = "UTC",
        clock: Callable[[], datetime] = system_now,
    ) -> None:
        super().__init__()
        self._db = db
        self._home_zone = home_zone
        self.clock = clock
        # A restored session or round gets a new id; older undo commands still
        # name the first one. These maps lead from the first id to the current.
        self._aliases: dict[tuple[str, int], int] = {}

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("no database is open yet")
        return self._db

    def set_database(self, db: Database | None) -> None:
        old, self._db = self._db, db
        if old is not None and old is not db:
            old.close()
        self.changed.emit()

    @property
    def home_zone(self) -> str:
        return self._home_zone

    def set_home_zone(self, zone_id: str) -> None:
        if zone_id != self._home_zone:
            self._home_zone = zone_id
            self.home_zone_changed.emit(zone_id)

    def notify_changed(self) -> None:
        self.changed.emit()

    def alias(self, kind: str, first_id: int, current_id: int) -> None:
        """Remember that what was ``first_id`` is now ``current_id`` (after a restore)."""
        if first_id != current_id:
            self._aliases[(kind, first_id)] = current_id

    def current_id(self, kind: str, first_id: int) -> int:
        seen = {first_id}
        current = first_id
        while (kind, current) in self._aliases:
            current = self._aliases[(kind, current)]
            if current in seen:  # defensive: ids are never reused in a cycle
                break
            seen.add(current)
        return current
