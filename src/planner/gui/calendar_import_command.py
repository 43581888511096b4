"""A pasted season calendar as one undo step: redo applies it, undo takes it back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import ServiceCommand
from planner.gui.store import Store

if TYPE_CHECKING:
    from planner.services.schedule_import import CalendarResult, CalendarRow


class ImportCalendarCommand(ServiceCommand):
    def __init__(
        self, store: Store, season_id: int, rows: Sequence[CalendarRow], title: str
    ) -> None:
        super().__init__(
            store,
            QCoreApplication.translate(
                "ImportCalendarCommand", "Import calendar into {season}"
            ).format(season=title),
        )
        self.season_id = season_id
        self.rows = tuple(rows)
        self.result: CalendarResult | None = None

    def do(self) -> None:
        from planner.services.schedule_import import apply_calendar

        self.result = apply_calendar(self.store.db, self.season_id, self.rows)

    def undo_work(self) -> None:
        from planner.services.schedule_import import undo_calendar

        assert self.result is not None
        undo_calendar(self.store.db, self.result)
