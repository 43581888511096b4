"""Importing a schedule as one step on the undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.db.database import Database
from planner.services.schedule_import import ImportResult, ScheduleRow


class ImportScheduleCommand(QUndoCommand):
    """Redo imports the rows; undo puts the round's sessions back as they were before.

    Two ways to build one:

    - ``ImportScheduleCommand(db, round_id, rows)``: the first ``redo()``
      (``QUndoStack.push``) runs ``apply_schedule``;
    - ``ImportScheduleCommand.already_applied(db, result)`` for an import the
      dialog has done: the push does not import a second time.

    A later redo (after an undo) restores the sessions as the import left
    them, with the same identifiers, so phones subscribed to the feed see
    the same events come back rather than new ones.
    """

    def __init__(
        self,
        db: Database,
        round_id: int,
        rows: Sequence[ScheduleRow],
        *,
        on_change: Callable[[], None] | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ImportScheduleCommand", "Import schedule"), parent
        )
        self._db = db
        self._round_id = round_id
        self._rows = tuple(rows)
        self._on_change = on_change
        self._result: ImportResult | None = None
        self._skip_next_redo = False

    @classmethod
    def already_applied(
        cls,
        db: Database,
        result: ImportResult,
        *,
        on_change: Callable[[], None] | None = None,
    ) -> ImportScheduleCommand:
        command = cls(db, result.round_id, (), on_change=on_change)
        command._result = result
        command._skip_next_redo = True
        command.setText(command._summary(result))
        return command

    @property
    def result(self) -> ImportResult | None:
        return self._result

    def redo(self) -> None:
        from planner.services.schedule_import import apply_schedule
        from planner.services.sessions import replace_round_sessions

        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if self._result is None:
            self._result = apply_schedule(self._db, self._round_id, self._rows)
            self.setText(self._summary(self._result))
        else:
            replace_round_sessions(self._db, self._round_id, self._result.after)
        self._changed()

    def undo(self) -> None:
        from planner.services.sessions import replace_round_sessions

        if self._result is None:
            return
        replace_round_sessions(self._db, self._round_id, self._result.before)
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    @staticmethod
    def _summary(result: ImportResult) -> str:
        return (
            QCoreApplication.translate(
                "ImportScheduleCommand", "Import schedule (%1 added, %2 updated)"
            )
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
        )
