"""Driving dialogs that a window opens with exec(): act once the dialog is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

D = TypeVar("D", bound=QDialog)


def when_shown(kind: type[D], act: Callable[[D], None], *, tries: int = 250) -> list[D]:
    """Call ``act`` with the first ``kind`` dialog that becomes the active modal widget.

    Returns a list that holds the dialog once seen (a test asserts it was).
    """
    seen: list[D] = []

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            try:
                act(dialog)
            finally:  # a failed check must not leave the dialog's exec() waiting
                if dialog.isVisible():
                    dialog.reject()
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))
    return seen
