"""File → Import Calendar File and .ics files dropped on the window: a preview with
circuits picked for unknown places, then one undoable import."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from modal import when_shown
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.ics_import_dialog import IcsImportDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog, queries

FIXTURE = Path(__file__).parents[1] / "fixtures" / "ical" / "series_with_unknown_place.ics"


def _cup_sessions(window: MainWindow) -> dict[str, datetime]:
    return {
        item.session.name: item.session.start_wall
        for item in queries.scheduled_sessions(window.store.db)
        if item.round.track.name in ("Circuit de Spa-Francorchamps", "Hockenheimring")
        and item.session.start_wall.year == 2024
    }


def _fill_preview(qtbot: QtBot, seen_texts: list[str]) -> object:
    def act(dialog: IcsImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=20000)
        dialog.series.setCurrentText("Cup Series")
        dialog.year.setValue(2024)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.places_box.isVisible(), timeout=20000)
        assert not dialog.import_button.isEnabled()  # the unknown place is not settled
        seen_texts.append(dialog.summary.text())
        dialog.pick_circuit("Motodrom Baden, Germany", "hockenheimring")
        qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=20000)
        rounds = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        seen_texts.extend(item.text(0) for item in rounds if item is not None)
        spa = rounds[0]
        assert spa is not None
        race = spa.child(1)
        seen_texts.append(" | ".join(race.text(c) for c in range(5)))
        seen_texts.append(dialog.summary.text())
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    return when_shown(IcsImportDialog, act)


def test_import_calendar_file_previews_picks_the_unknown_circuit_and_undoes_in_one_step(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    seasons_before = len(catalog.list_seasons(window.store.db))
    path = tmp_path / "cup.ics"
    shutil.copy(FIXTURE, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(path), "")))
    texts: list[str] = []
    seen = _fill_preview(qtbot, texts)
    window.features.import_calendar_action.trigger()
    assert seen
    assert texts[0] == "Pick a circuit for each place above to import."
    assert texts[1].startswith("Cup Series 2024 · Circuit de Spa-Francorchamps")
    assert texts[2].startswith("Cup Series 2024 · Hockenheimring")
    # The race: New York 08:00 = 14:00 at Spa (CEST) = 13:00 in London (BST).
    assert texts[3].startswith("Race | Race | Sat 29 Jun 14:00 CEST | Sat 29 Jun 13:00 BST")
    assert texts[4] == "4 sessions to add, 0 to update, 0 unchanged; 2 new rounds."

    qtbot.waitUntil(
        lambda: "Imported cup.ics" in window.statusBar().currentMessage(), timeout=20000
    )
    assert _cup_sessions(window) == {
        "Free Practice": datetime(2024, 6, 28, 11, 0),
        "Race": datetime(2024, 6, 29, 14, 0),
        "Qualifying 1": datetime(2024, 9, 7, 11, 0),
        "Qualifying 2": datetime(2024, 9, 8, 14, 0),
    }
    assert len(catalog.list_seasons(window.store.db)) == seasons_before + 1
    assert window.undo_action.text() == "&Undo Import cup.ics"

    window.undo_action.trigger()
    assert _cup_sessions(window) == {}
    assert len(catalog.list_seasons(window.store.db)) == seasons_before
    assert "Cup Series" not in [s.name for s in catalog.list_series(window.store.db)]
    window.redo_action.trigger()
    assert len(_cup_sessions(window)) == 4


def test_an_ics_file_dropped_on_the_window_opens_the_same_preview(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    path = tmp_path / "dropped.ics"
    shutil.copy(FIXTURE, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    texts: list[str] = []
    seen = _fill_preview(qtbot, texts)
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert seen
    qtbot.waitUntil(
        lambda: "Imported dropped.ics" in window.statusBar().currentMessage(), timeout=20000
    )
    assert len(_cup_sessions(window)) == 4


def test_a_text_file_dropped_on_the_window_is_not_taken(
    demo_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        demo_window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(demo_window, enter)
    assert not enter.isAccepted()
