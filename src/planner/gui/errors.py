"""Problems the user can fix become a calm dialog; bugs go to one crash handler."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

# QMessageBox is imported by each message, not with the window: PySide builds its enums
# (~45 members) as Python classes when the class is first imported, and no message
# shows before the first paint (issue 19).

if TYPE_CHECKING:
    from planner.services.edit_conflicts import EditConflict

log = logging.getLogger("planner.gui")


class Dialogs:
    """Every message box of the app goes through here, so tests can replace it."""

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str, title: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Race Planner"))
        box.setText(message)
        box.exec()

    @classmethod
    def show_info(cls, parent: QWidget | None, message: str, title: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Race Planner"))
        box.setText(message)
        box.exec()

    @classmethod
    def show_crash(cls, parent: QWidget | None, message: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Something went wrong"))
        box.setText(message)
        box.setDetailedText(details)
        box.exec()

    @classmethod
    def ask(cls, parent: QWidget | None, question: str, title: str = "") -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Race Planner"))
        box.setText(question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def resolve_conflict(cls, parent: QWidget | None, conflict: EditConflict) -> set[str]:
        """Both versions side by side: the fields whose value of mine to store (empty:
        keep theirs)."""
        from planner.gui.dialog_lifetime import delete_when_done
        from planner.gui.dialogs.conflict_dialog import ConflictDialog

        dialog = delete_when_done(ConflictDialog(conflict, parent))
        dialog.exec()
        return dialog.keep_mine()


def report_planner_error(parent: QWidget | None, error: Exception) -> None:
    """A PlannerError's message, as written for users, in a dialog."""
    log.info("shown to the user: %s", error)
    Dialogs.show_error(parent, str(error))


class CrashHandler:
    """sys.excepthook for bugs: log the traceback and show it with the log's path."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        from planner.domain.errors import PlannerError

        if isinstance(error, PlannerError):  # a known problem that escaped a slot
            report_planner_error(QApplication.activeWindow(), error)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", text)
        if self._showing or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        self._showing = True
        try:
            message = QCoreApplication.translate(
                "Dialogs",
                "Race Planner hit a bug. Your data is safe: every change is stored "
                "when you make it. The details are in the log:\n{path}",
            ).format(path=self.log_path)
            Dialogs.show_crash(QApplication.activeWindow(), message, text)
        finally:
            self._showing = False
