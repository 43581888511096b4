"""Preferences, the season table, the month grid, errors and translations."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from planner.domain.errors import StorageError
from planner.gui.dialogs.preferences import Preferences, PreferencesDialog
from planner.gui.errors import CrashHandler
from planner.gui.main_window import MONTH_PAGE, MainWindow
from planner.gui.models import season_model
from planner.gui.settings import AppSettings
from planner.paths import resource_path
from planner.services import catalog, queries


def _gt4(window: MainWindow) -> int:
    return next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )


def test_preferences_dialog_changes_zone_language_alarm_and_paper(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    dialog = PreferencesDialog(Preferences("Europe/London", "en", 30, "A4"), window)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Europe/Stockholm")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.alarm.setValue(15)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    window.apply_preferences(dialog.chosen())
    assert window.store.home_zone == "Europe/Stockholm"
    assert window.menuBar().actions()[0].text() == "&Arkiv"
    again = AppSettings(window.settings.path)
    assert (again.home_zone, again.language, again.default_alarm_minutes, again.paper_size) == (
        "Europe/Stockholm",
        "sv",
        15,
        "Letter",
    )


def test_an_unknown_zone_falls_back_to_the_systems(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences("Europe/London", "en", 30, "A4"))
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Mars/Olympus")
    assert dialog.chosen().home_zone != "Mars/Olympus"


def test_round_status_is_edited_with_a_combo_and_undone(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_season(_gt4(window))
    table = window.season_view.table
    index = window.season_model.index(5, season_model.STATUS)
    delegate = table.itemDelegateForIndex(index)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData("postponed"))
    delegate.setModelData(editor, window.season_model, index)
    assert window.season_model.index(5, season_model.STATUS).data() == "Postponed"
    assert window.undo_action.text() == "&Undo Mark Barcelona as postponed"
    window.undo_stack.undo()
    assert window.season_model.index(5, season_model.STATUS).data() == "Scheduled"


def test_month_view_starts_on_the_next_sessions_and_opens_a_weekend(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.show_page(MONTH_PAGE)
    view = window.month_view
    assert (view.year, view.month) == (2023, 9)
    assert window.month_view.title.text() == "September 2023"
    items = view.grid.items
    assert [i.title for i in items][:2] == ["Free Practice 1", "Free Practice 2"]
    assert items[0].home_span_text().startswith("11:10")  # home time: London
    view.grid.repaint()
    rect, item = view.grid._hit[0]
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_session_ids() == [item.session_id]  # a click selects
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.round_id == item.round_id  # a double click opens
    assert window.weekend_view.current_session().id == item.session_id
    window.show_page(MONTH_PAGE)
    view.step(1)
    assert window.month_view.title.text() == "October 2023"
    assert view.grid.items == []
    assert view.grid.block_at(QPoint(1, 1)) is None


def test_window_geometry_is_remembered(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.resize(1000, 700)
    demo_window.close()
    assert not AppSettings(demo_window.settings.path).window_geometry.isEmpty()


def test_known_problems_and_bugs_reach_the_user(
    qtbot: QtBot, tmp_path: Path, no_dialogs: list[str]
) -> None:
    handler = CrashHandler(tmp_path / "race-planner.log")
    handler.handle(StorageError, StorageError("The database is locked."), None)
    assert no_dialogs[-1] == "The database is locked."
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        kind, error, trace = sys.exc_info()
    assert kind is not None and error is not None
    handler.handle(kind, error, trace)
    assert "race-planner.log" in no_dialogs[-1]
    assert "ZeroDivisionError: a bug" in no_dialogs[-1]


def _messages(path: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(path).getroot().iter("message"))


def test_swedish_translation_is_complete_and_keeps_placeholders() -> None:
    ts_file = resource_path("translations", "race_planner_sv.ts")
    assert resource_path("translations", "race_planner_sv.qm").exists()
    for message in _messages(ts_file):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form, source
            for placeholder in (r"\{\w+\}", r"%\d"):
                assert set(re.findall(placeholder, form)) == set(re.findall(placeholder, source))
            assert ("%n" in form) == ("%n" in source)


def test_season_subtitle_uses_english_plurals(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.open_season(_gt4(demo_window))
    assert demo_window.season_view.header.subtitle.text() == "6 rounds"
    assert len(queries.list_rounds(demo_window.store.db, _gt4(demo_window))) == 6
