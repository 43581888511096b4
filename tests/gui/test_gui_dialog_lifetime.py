"""Dialogs the window opens with exec() are gone once closed, instead of piling up
hidden under the window (one more per opening) until it closes; and a dialog built
from a Designer form is not held by the loader that built it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from modal import when_shown
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.connect_dialog import ConnectDialog
from planner.gui.dialogs.copy_planner_dialog import CopyPlannerDialog
from planner.gui.dialogs.ics_import_dialog import IcsImportDialog
from planner.gui.dialogs.people import PeopleDialog
from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.main_window import MainWindow
from planner.gui.schedule_import_dialog import ScheduleImportDialog
from planner.services import catalog, queries

CALENDAR = Path(__file__).parents[1] / "fixtures" / "ical" / "series_with_unknown_place.ics"


def _open_a_round(window: MainWindow) -> None:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    window.open_round(queries.list_rounds(window.store.db, season.id)[0].id)


def test_closed_dialogs_do_not_stay_under_the_window(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    shared = window.features.shared_planners
    _open_a_round(window)  # Paste Schedule… pastes into the open round
    calendar = tmp_path / "cup.ics"
    shutil.copy(CALENDAR, calendar)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(calendar), ""))
    )
    for _ in range(3):
        for action, kind in (
            (window.people_action, PeopleDialog),
            (window.preferences_action, PreferencesDialog),
            (shared.connect_action, ConnectDialog),
            (shared.copy_action, CopyPlannerDialog),
            (window.import_action, ScheduleImportDialog),
            (window.features.import_calendar_action, IcsImportDialog),
        ):
            seen = when_shown(kind, QDialog.reject)
            action.trigger()
            assert seen
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(PeopleDialog) == []
    assert window.findChildren(PreferencesDialog) == []
    assert window.findChildren(ConnectDialog) == []
    assert window.findChildren(CopyPlannerDialog) == []
    assert window.findChildren(ScheduleImportDialog) == []
    assert window.findChildren(IcsImportDialog) == []


def test_closing_the_paste_dialog_while_its_preview_is_read_drops_the_preview(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """The preview's worker finishes after the dialog is gone: its answer must not reach
    the dialog's deleted widgets (an error in the event loop fails this test)."""
    window = demo_window
    _open_a_round(window)
    text = "Friday 29 September 2023\n" + "10:35 - 11:35   Free Practice 1\n" * 3000
    pending: list[bool] = []

    def paste_and_close(dialog: ScheduleImportDialog) -> None:
        dialog.set_text(text)
        dialog.refresh_preview()  # on a worker now, for a while
        pending.append(dialog.preview_pending)
        dialog.reject()

    seen = when_shown(ScheduleImportDialog, paste_and_close)
    window.import_action.trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert seen and pending == [True]
    assert window.findChildren(ScheduleImportDialog) == []  # gone before the answer
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # the worker's answer, had it been delivered


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
