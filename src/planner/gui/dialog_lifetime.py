"""Dialogs the window opens with ``exec()`` go when they are done.

A dialog made with the window as its parent lives, hidden, as long as the window
unless it is deleted: every opening of People and Cars… or Preferences… left one
more behind, with its models.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def delete_when_done(dialog: D) -> D:
    """Delete ``dialog`` once its ``exec()`` has returned and the window's event loop
    runs again: read what it holds right after ``exec()``, before anything that
    processes events."""
    dialog.finished.connect(dialog.deleteLater)
    return dialog
