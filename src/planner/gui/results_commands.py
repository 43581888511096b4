"""Undo commands for results and published standings: redo and undo each call one service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.gui.commands import ServiceCommand
from planner.gui.store import Store

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the first paint (issue 7)
    from planner.services.points import PointsScale
    from planner.services.results import ResultChange
    from planner.services.standings import PublishedRow


class SetResultsCommand(ServiceCommand):
    """Store or clear results; undo puts back what each one was (one service call each way)."""

    def __init__(self, store: Store, changes: Sequence[ResultChange], text: str) -> None:
        super().__init__(store, text)
        self.changes = tuple(changes)
        self.undo_changes: tuple[ResultChange, ...] = ()

    def _current(self, changes: Sequence[ResultChange]) -> list[ResultChange]:
        from planner.services.results import ResultChange

        return [
            ResultChange(
                self.store.current_id("session", change.session_id),
                change.entry_id,
                change.values,
            )
            for change in changes
        ]

    def do(self) -> None:
        from planner.services.results import set_results

        self.undo_changes = set_results(self.store.db, self._current(self.changes))

    def undo_work(self) -> None:
        from planner.services.results import set_results

        set_results(self.store.db, self._current(self.undo_changes))


class SetPublishedTableCommand(ServiceCommand):
    """Replace the published standings after a round; undo puts the old table back."""

    def __init__(
        self, store: Store, season_id: int, after_round: int, rows: Sequence[PublishedRow]
    ) -> None:
        super().__init__(
            store,
            QCoreApplication.translate(
                "ResultsCommands", "Paste standings after round {number}"
            ).format(number=after_round),
        )
        self.season_id = season_id
        self.after_round = after_round
        self.rows = tuple(rows)
        self.previous: tuple[PublishedRow, ...] = ()

    def do(self) -> None:
        from planner.services.standings import set_published_table

        self.previous = set_published_table(
            self.store.db, self.season_id, self.after_round, self.rows
        )

    def undo_work(self) -> None:
        from planner.services.standings import set_published_table

        set_published_table(self.store.db, self.season_id, self.after_round, self.previous)


class SetPointsSystemCommand(ServiceCommand):
    """Store a season's points system; undo stores the one it replaced."""

    def __init__(self, store: Store, season_id: int, scale: PointsScale) -> None:
        super().__init__(
            store, QCoreApplication.translate("ResultsCommands", "Change the points system")
        )
        self.season_id = season_id
        self.scale = scale
        self.previous: PointsScale | None = None

    def do(self) -> None:
        from planner.services.points import set_points_system

        self.previous = set_points_system(self.store.db, self.season_id, self.scale)

    def undo_work(self) -> None:
        from planner.services.points import set_points_system

        assert self.previous is not None
        set_points_system(self.store.db, self.season_id, self.previous)
