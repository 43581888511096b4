"""File → Phone Feeds: saved feeds made with pickers, exported with progress, what
changed since the last export, links and the folder; every edit undoable."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from modal import when_shown
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QListWidget
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.feed_editor import FeedEditorDialog
from planner.gui.dialogs.feeds_dialog import FeedsDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog, feeds, queries
from planner.services.sessions import edit_session


def _tick(listing: QListWidget, label: str) -> None:
    for row in range(listing.count()):
        if listing.item(row).text() == label:
            listing.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(
        f"{label} not offered: {[listing.item(r).text() for r in range(listing.count())]}"
    )


def _open_feeds(qtbot: QtBot, window: MainWindow, folder: Path) -> FeedsDialog:
    window.settings.feed_folder = str(folder)
    window.features.feeds_action.trigger()
    dialog = window.features.feeds_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _gt4_title(window: MainWindow) -> str:
    return next(
        s.title for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )


def _add_feed_through_the_editor(qtbot: QtBot, window: MainWindow, dialog: FeedsDialog) -> None:
    driver = catalog.list_drivers(window.store.db)[0].name

    def fill(editor: FeedEditorDialog) -> None:
        qtbot.keyClicks(editor.name, "Family races")
        editor.language.setCurrentIndex(editor.language.findData("sv"))
        _tick(editor.seasons, _gt4_title(window))
        _tick(editor.drivers, driver)
        _tick(editor.kinds, "Race")
        _tick(editor.kinds, "Qualifying")
        editor.alarm.setValue(45)
        editor.all_day.setChecked(True)
        editor.cancelled.setChecked(False)
        qtbot.mouseClick(
            editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    seen = when_shown(FeedEditorDialog, fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert seen


def test_a_feed_made_with_pickers_is_saved_exported_and_reports_what_moved(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    folder = tmp_path / "feeds"
    dialog = _open_feeds(qtbot, window, folder)
    _add_feed_through_the_editor(qtbot, window, dialog)

    saved = feeds.find_feed(window.store.db, "Family races")
    assert saved.language == "sv"
    assert [label for _id, label in saved.seasons] == [_gt4_title(window)]
    assert len(saved.drivers) == 1
    assert set(saved.kinds) == {"race", "qualifying"}
    assert (saved.alarm_minutes, saved.all_day_events, saved.include_cancelled) == (45, True, False)
    assert saved.file_name == "family-races.ics"
    names = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
    assert "Family races" in names
    assert window.undo_action.text() == "&Undo Add feed “Family races”"

    # Export now: off the GUI thread, the progress bar shows, the file is written.
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=20000)
    written = folder / "family-races.ics"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "First export" in dialog.changes_title.text()

    # A session moves; the next export lists it, in words and home time (London).
    season_id = next(s for s, _label in saved.seasons)
    session = next(
        item
        for r in queries.list_rounds(window.store.db, season_id)
        for item in queries.weekend(window.store.db, r.id).sessions
        if item.uid in text and item.kind == "race"
    )
    edit_session(window.store.db, session.id, start_wall=session.start_wall + timedelta(hours=1))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=20000)
    rows = [
        [dialog.changes.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.changes.topLevelItemCount())
    ]
    assert len(rows) == 1
    change, summary, when, before = rows[0]
    assert change == "Moved"
    assert session.name in summary
    old_home = session.start_in("Europe/London")
    assert old_home.strftime("%H:%M") in before
    assert (old_home + timedelta(hours=1)).strftime("%H:%M") in when
    dialog.close()


def test_edit_export_all_links_folder_and_remove_with_undo(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    window = demo_window
    db = window.store.db
    feeds.create_feed(db, feeds.FeedSpec(name="Everything"))
    feeds.create_feed(db, feeds.FeedSpec(name="Races", kinds=frozenset({"race"})))  # type: ignore[arg-type]
    folder = tmp_path / "out"
    dialog = _open_feeds(qtbot, window, folder)
    assert dialog.table.topLevelItemCount() == 2

    # Edit: the editor opens with the feed's choices; switch to whole series.
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    assert dialog.current_feed() is not None and dialog.current_feed().name == "Races"  # type: ignore[union-attr]
    series_name = catalog.list_series(db)[0].name

    def edit(editor: FeedEditorDialog) -> None:
        assert editor.name.text() == "Races"
        assert [editor.kinds.item(r).checkState() for r in range(editor.kinds.count())].count(
            Qt.CheckState.Checked
        ) == 1
        editor.by_series.setChecked(True)
        _tick(editor.series, series_name)
        editor.accept()

    assert when_shown(FeedEditorDialog, edit) is not None
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    races = feeds.find_feed(db, "Races")
    assert [label for _id, label in races.series] == [series_name]
    assert races.seasons == ()
    assert "All seasons of" in dialog.table.currentItem().text(dialog.SHOWS)

    # Export all: one file per feed.
    qtbot.mouseClick(dialog.export_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=30000)
    assert sorted(p.name for p in folder.glob("*.ics")) == ["everything.ics", "races.ics"]

    # Links: none until the published address is given.
    assert not dialog.copy_webcal_button.isEnabled()
    dialog.base_url.setText("calendars.example.org/family")
    dialog.base_url.editingFinished.emit()
    assert window.settings.feed_base_url == "calendars.example.org/family"
    qtbot.mouseClick(dialog.copy_webcal_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "webcal://calendars.example.org/family/races.ics"
    qtbot.mouseClick(dialog.copy_https_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "https://calendars.example.org/family/races.ics"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]

    other = tmp_path / "synced"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(other)))
    qtbot.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)
    assert window.settings.feed_folder == str(other)

    # Remove (asked first), then Edit → Undo brings it back.
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert any("Remove the feed “Races”" in text for text in no_dialogs)
    assert [f.name for f in feeds.list_feeds(db)] == ["Everything"]
    assert dialog.table.topLevelItemCount() == 1
    dialog.close()
    window.undo_action.trigger()
    assert [f.name for f in feeds.list_feeds(db)] == ["Everything", "Races"]
    assert [label for _id, label in feeds.find_feed(db, "Races").series] == [series_name]


def test_a_feed_needs_a_name(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    dialog = _open_feeds(qtbot, demo_window, tmp_path)

    def try_empty(editor: FeedEditorDialog) -> None:
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert editor.isVisible()
        assert editor.problem.text() == "Give the feed a name."
        editor.reject()

    seen = when_shown(FeedEditorDialog, try_empty)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert seen
    assert feeds.list_feeds(demo_window.store.db) == []
    dialog.close()
