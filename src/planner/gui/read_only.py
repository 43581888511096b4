"""A planner file on read-only storage: edit actions off, and a word why when one is tried."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

# The window's actions that change the database (print, export and views stay on).
EDIT_ACTIONS = (
    "new_season_action",
    "new_round_action",
    "delete_round_action",
    "apply_template_action",
    "add_session_action",
    "remove_session_action",
    "assign_drivers_action",
    "move_weekend_action",
    "people_action",
    "import_action",
    "start_empty_action",
)


def is_read_only(window: MainWindow) -> bool:
    return window.store.is_open and window.store.db.read_only


def disable_edits(window: MainWindow) -> None:
    for name in EDIT_ACTIONS:
        getattr(window, name).setEnabled(False)


def refuse_edit(window: MainWindow) -> bool:
    """True (and a status message) when an edit must not even be tried."""
    if not is_read_only(window):
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "ReadOnly", "Edits are off: this planner is on read-only storage."
        ),
        8000,
    )
    return True
