"""Dialogs the window opens with exec() are gone once closed, instead of piling up
hidden under the window (one more per opening) until it closes; and a dialog built
from a Designer form is not held by the loader that built it."""

from __future__ import annotations

from modal import when_shown
from PySide6.QtCore import QEvent
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.connect_dialog import ConnectDialog
from planner.gui.dialogs.copy_planner_dialog import CopyPlannerDialog
from planner.gui.dialogs.people import PeopleDialog
from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.main_window import MainWindow


def test_closed_dialogs_do_not_stay_under_the_window(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    shared = window.features.shared_planners
    for _ in range(3):
        for action, kind in (
            (window.people_action, PeopleDialog),
            (window.preferences_action, PreferencesDialog),
            (shared.connect_action, ConnectDialog),
            (shared.copy_action, CopyPlannerDialog),
        ):
            seen = when_shown(kind, QDialog.reject)
            action.trigger()
            assert seen
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(PeopleDialog) == []
    assert window.findChildren(PreferencesDialog) == []
    assert window.findChildren(ConnectDialog) == []
    assert window.findChildren(CopyPlannerDialog) == []


def test_a_form_dialog_keeps_no_loader_that_refers_back_to_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    # The loader was once the dialog's child and held the dialog: a cycle that
    # Python's collector broke at a moment of its choosing, on whichever thread
    # allocated then (a worker connecting to a server), and the window crashed.
    loaders: list[list[QUiLoader]] = []

    def look(dialog: ConnectDialog) -> None:
        loaders.append(dialog.findChildren(QUiLoader))
        dialog.reject()

    shown = when_shown(ConnectDialog, look)
    demo_window.features.shared_planners.connect_action.trigger()
    assert shown
    assert loaders == [[]]
