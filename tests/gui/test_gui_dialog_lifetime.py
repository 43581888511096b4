"""Dialogs the window opens with exec() are gone once closed, instead of piling up
hidden under the window (one more per opening) until it closes."""

from __future__ import annotations

from modal import when_shown
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.people import PeopleDialog
from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.main_window import MainWindow


def test_closed_dialogs_do_not_stay_under_the_window(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    for _ in range(3):
        for action, kind in (
            (window.people_action, PeopleDialog),
            (window.preferences_action, PreferencesDialog),
        ):
            seen = when_shown(kind, QDialog.reject)
            action.trigger()
            assert seen
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(PeopleDialog) == []
    assert window.findChildren(PreferencesDialog) == []
