"""Undo commands over several sessions at once (multi-select, context menus).

Each redo calls one bulk service and each undo one service that puts the
sessions back from the snapshot taken before the first run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import ServiceCommand
from planner.gui.store import Store


def _what(names: Sequence[str]) -> str:
    """“Race 1”, or “3 sessions”, for an undo text."""
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("BulkCommands", "{count} sessions").format(count=len(names))


class _SessionsCommand(ServiceCommand):
    """Remembers the sessions as they were, so undo is one ``put_sessions_back``."""

    def __init__(
        self, store: Store, session_ids: Sequence[int], text: str | Callable[[], str]
    ) -> None:
        super().__init__(store, text)
        self.session_ids = list(session_ids)
        self.before: tuple[Any, ...] = ()

    def current_ids(self) -> list[int]:
        return [self.store.current_id("session", first) for first in self.session_ids]

    def first_run(self) -> None:
        from planner.services.sessions import sessions_snapshot

        self.before = sessions_snapshot(self.store.db, self.current_ids())
        super().first_run()

    def undo_work(self) -> None:
        from planner.services.sessions import put_sessions_back

        put_sessions_back(self.store.db, self.before)


class ShiftSessionsCommand(_SessionsCommand):
    def __init__(
        self, store: Store, session_ids: Sequence[int], minutes: int, names: Sequence[str]
    ) -> None:
        super().__init__(
            store,
            session_ids,
            lambda: QCoreApplication.translate(
                "BulkCommands", "Shift {what} by {minutes} min"
            ).format(what=_what(names), minutes=minutes),
        )
        self.minutes = minutes

    def do(self) -> None:
        from planner.services.sessions import shift_sessions

        shift_sessions(self.store.db, self.current_ids(), self.minutes)


class SetSessionsStatusCommand(_SessionsCommand):
    def __init__(
        self, store: Store, session_ids: Sequence[int], status: str, text: Callable[[], str]
    ) -> None:
        super().__init__(store, session_ids, text)
        self.status = status

    def do(self) -> None:
        from planner.services.sessions import set_status_of_sessions

        set_status_of_sessions(self.store.db, self.current_ids(), self.status)


class SetSessionsDriversCommand(_SessionsCommand):
    def __init__(
        self,
        store: Store,
        session_ids: Sequence[int],
        driver_ids: Sequence[int],
        names: Sequence[str],
    ) -> None:
        super().__init__(
            store,
            session_ids,
            lambda: QCoreApplication.translate("BulkCommands", "Assign drivers to {what}").format(
                what=_what(names)
            ),
        )
        self.driver_ids = list(driver_ids)

    def do(self) -> None:
        from planner.services.sessions import set_drivers_of_sessions

        set_drivers_of_sessions(self.store.db, self.current_ids(), self.driver_ids)


class DeleteSessionsCommand(ServiceCommand):
    def __init__(self, store: Store, session_ids: Sequence[int], names: Sequence[str]) -> None:
        super().__init__(
            store,
            lambda: QCoreApplication.translate("BulkCommands", "Remove {what}").format(
                what=_what(names)
            ),
        )
        self.session_ids = list(session_ids)
        self.snapshots: tuple[Any, ...] = ()

    def do(self) -> None:
        from planner.services.sessions import delete_sessions

        current = [self.store.current_id("session", first) for first in self.session_ids]
        self.snapshots = delete_sessions(self.store.db, current)

    def undo_work(self) -> None:
        from planner.services.sessions import restore_sessions

        restored = restore_sessions(self.store.db, self.snapshots)
        for first, view in zip(self.session_ids, restored, strict=True):
            self.store.alias("session", first, view.id)
