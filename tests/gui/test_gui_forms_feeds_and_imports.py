"""The feeds, feed editor, import and publishing dialogs are laid out by their forms in ui/.

Each check reaches a label, buddy or layout that only the ``.ui`` file makes, so a
dialog that went back to building its own widgets fails here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSplitter,
)
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.dialogs.caldav_dialog import CalDavPublishDialog
from planner.gui.dialogs.calendar_import_dialog import CalendarImportDialog
from planner.gui.dialogs.feed_editor import FeedEditorDialog
from planner.gui.dialogs.feeds_dialog import FeedsDialog
from planner.gui.dialogs.ics_import_dialog import IcsImportDialog
from planner.gui.forms import child
from planner.gui.main_window import MainWindow
from planner.gui.schedule_import_dialog import ScheduleImportDialog, WrittenZoneBox
from planner.gui.translations import Translations
from planner.services import catalog, feeds, queries
from planner.services.feeds import FeedSpec
from planner.services.tracks import list_tracks

ICS = Path(__file__).parents[1] / "fixtures" / "ical" / "series_with_unknown_place.ics"


def _feeds_dialog(window: MainWindow, folder: Path) -> FeedsDialog:
    window.settings.feed_folder = str(folder)
    window.features.feeds_action.trigger()
    dialog = window.features.feeds_dialog
    assert dialog is not None
    return dialog


def test_the_feeds_window_is_laid_out_by_its_form(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _feeds_dialog(demo_window, tmp_path)
    qtbot.waitUntil(dialog.isVisible)
    assert child(dialog, QLabel, "base_url_label").buddy() is dialog.base_url
    assert child(dialog, QLabel, "folder_label").buddy() is dialog.folder
    assert dialog.folder.text() == tmp_path.as_posix()
    lower_half = child(dialog, QSplitter, "splitter").widget(1)
    assert lower_half is not None and lower_half.isAncestorOf(dialog.changes)
    assert dialog.table.headerItem().text(dialog.EXPORTED) == "Last export"
    close = child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert not dialog.isVisible()


def test_the_feeds_window_form_reads_in_swedish(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    Translations().switch("sv")
    dialog = _feeds_dialog(demo_window, tmp_path)
    qtbot.waitUntil(dialog.isVisible)
    title = QCoreApplication.translate("FeedsDialog", "Phone Feeds")
    assert title != "Phone Feeds"
    assert dialog.windowTitle() == title
    assert dialog.table.headerItem().text(dialog.EXPORTED) == QCoreApplication.translate(
        "FeedsDialog", "Last export"
    )
    assert dialog.publish_button.text() == "&Publicera på kalenderserver…"


def _feed_editor(qtbot: QtBot, current: FeedSpec | None = None) -> FeedEditorDialog:
    dialog = FeedEditorDialog(
        [(1, "GT4 European Series 2023")], [(1, "GT4 European Series")], [], current, 30, "sv"
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_feed_editor_is_laid_out_by_its_form(qtbot: QtBot) -> None:
    editor = _feed_editor(qtbot)
    editor.show()
    assert editor.windowTitle() == "New Feed"
    assert child(editor, QLabel, "alarm_label").buddy() is editor.alarm
    assert child(editor, QGroupBox, "what_box").isAncestorOf(editor.series)
    group = child(editor, QButtonGroup, "what_group")
    assert set(group.buttons()) == {editor.by_season, editor.by_series}
    assert editor.language.currentData() == "sv"
    assert editor.alarm.value() == 30
    editor.by_series.click()
    assert editor.series.isVisible() and not editor.seasons.isVisible()
    assert editor.spec().alarm_minutes == 30
    edit = _feed_editor(qtbot, FeedSpec(name="Grandparents", language="en"))
    assert edit.windowTitle() == "Edit Feed"
    assert edit.language.currentData() == "en"


def test_the_feed_editor_form_reads_in_swedish(qtbot: QtBot) -> None:
    Translations().switch("sv")
    editor = _feed_editor(qtbot)
    title = QCoreApplication.translate("FeedEditorDialog", "New Feed")
    assert title != "New Feed"
    assert editor.windowTitle() == title
    assert child(editor, QGroupBox, "kinds_box").title() == QCoreApplication.translate(
        "FeedEditorDialog", "Session kinds (none ticked: all)"
    )
    assert editor.alarm.specialValueText() == "Inget larm"


def _schedule_import(qtbot: QtBot, db: Database) -> ScheduleImportDialog:
    season = next(s for s in catalog.list_seasons(db) if s.series_name.startswith("GT4"))
    first_round = queries.list_rounds(db, season.id)[0]
    dialog = ScheduleImportDialog(db, first_round.id)
    qtbot.addWidget(dialog)
    return dialog


def test_the_schedule_import_is_laid_out_by_its_form(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _schedule_import(qtbot, demo_db)
    assert child(dialog, QLabel, "paste_label").buddy() is dialog.text_edit
    assert isinstance(dialog.zone_box, WrittenZoneBox)  # the form's promoted combo box
    assert dialog.zone_label.buddy() is dialog.zone_box
    assert child(dialog, QSplitter, "splitter").count() == 3
    assert dialog.acceptDrops() and not dialog.text_edit.acceptDrops()
    assert dialog.import_button.text() == "&Import"
    assert dialog.title_label.text().startswith("Import a schedule into GT4")


def test_the_schedule_import_follows_a_language_change_while_open(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _schedule_import(qtbot, demo_db)
    dialog.show()
    Translations().switch("sv")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Import a schedule")
    context = "ScheduleImportDialog"
    assert dialog.windowTitle() == QCoreApplication.translate(context, "Import a schedule")
    assert dialog.zone_label.text() == "Tiderna är &skrivna i:"
    assert dialog.open_button.text() == QCoreApplication.translate(context, "Open text or PDF…")
    assert dialog.import_button.text() == "&Importera"  # code's text, kept over the box's
    assert dialog.text_edit.accessibleName() == "Tidtabellens text"
    # The code's own items are not the form's: the language change leaves them be.
    assert all(dialog.zone_box.itemText(index) for index in (0, 1, 2, 3, 5, 6))
    Translations().switch("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Import a schedule")
    assert dialog.zone_label.text() == "Times are &written in:"


def _ics_import(qtbot: QtBot, db: Database) -> IcsImportDialog:
    dialog = IcsImportDialog(
        db, ICS, ICS.read_bytes(), "Europe/London", ["Cup Series"], list_tracks(db), 2024
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    return dialog


def test_the_calendar_file_preview_is_laid_out_by_its_form(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _ics_import(qtbot, demo_db)
    assert child(dialog, QLabel, "series_label").buddy() is dialog.series
    assert child(dialog, QLabel, "year_label").buddy() is dialog.year
    assert dialog.file_label.text() == f"File: {ICS}"
    assert dialog.tree.headerItem().text(3) == "Home time (Europe/London)"
    assert dialog.places_box.isAncestorOf(dialog.places)
    assert dialog.series.itemText(0) == "As the file says (Race Planner exports)"
    assert dialog.chosen_series() is None
    dialog.series.setCurrentText("Cup Series")
    assert (dialog.chosen_series(), dialog.chosen_year()) == ("Cup Series", 2024)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)  # no reading outlives the test


def test_the_calendar_file_preview_form_reads_in_swedish(qtbot: QtBot, demo_db: Database) -> None:
    Translations().switch("sv")
    dialog = _ics_import(qtbot, demo_db)
    context = "IcsImportDialog"
    assert dialog.windowTitle() == QCoreApplication.translate(context, "Import Calendar File")
    assert dialog.windowTitle() != "Import Calendar File"
    assert dialog.tree.headerItem().text(3) == "Hemmatid (Europe/London)"
    assert dialog.places_box.title() == "Platser som inte motsvarar någon bana"


def _calendar_import(qtbot: QtBot, db: Database) -> CalendarImportDialog:
    season = catalog.list_seasons(db)[0]
    dialog = CalendarImportDialog(db, season.id, season.title)
    qtbot.addWidget(dialog)
    return dialog


def _header_texts(dialog: CalendarImportDialog) -> list[str]:
    items = [dialog.table.horizontalHeaderItem(column) for column in range(6)]
    return [item.text() if item is not None else "" for item in items]


def test_the_season_calendar_paste_is_laid_out_by_its_form(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _calendar_import(qtbot, demo_db)
    title = catalog.list_seasons(demo_db)[0].title
    assert dialog.windowTitle() == f"Paste Season Calendar into {title}"
    assert child(dialog, QLabel, "text_label").buddy() is dialog.text
    assert child(dialog, QSplitter, "splitter").indexOf(dialog.table) == 1
    assert _header_texts(dialog)[5] == "Action"
    assert dialog.summary.text() == "Paste a calendar to see its rounds."


def test_the_season_calendar_paste_form_reads_in_swedish(qtbot: QtBot, demo_db: Database) -> None:
    Translations().switch("sv")
    dialog = _calendar_import(qtbot, demo_db)
    title = catalog.list_seasons(demo_db)[0].title
    expected = QCoreApplication.translate(
        "CalendarImportDialog", "Paste Season Calendar into {season}"
    ).format(season=title)
    assert dialog.windowTitle() == expected
    assert not dialog.windowTitle().startswith("Paste")
    assert _header_texts(dialog)[5] == "Åtgärd"


def _caldav(qtbot: QtBot, window: MainWindow) -> CalDavPublishDialog:
    feeds.create_feed(window.store.db, FeedSpec(name="Grandparents", language="sv"))
    dialog = CalDavPublishDialog(window.store, window.settings, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_calendar_server_publishing_is_laid_out_by_its_form(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    dialog = _caldav(qtbot, demo_window)
    assert dialog.objectName() == "CalDavPublishDialog"
    assert child(dialog, QLabel, "url_label").buddy() is dialog.url
    assert child(dialog, QLabel, "feeds_label").buddy() is dialog.feeds
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.feeds.item(0).text() == "Grandparents"
    assert dialog.chosen_feed_ids() == [feeds.list_feeds(demo_window.store.db)[0].id]
    assert child(dialog, QDialogButtonBox, "buttons").buttonRole(dialog.publish_button) == (
        QDialogButtonBox.ButtonRole.ActionRole
    )


def test_the_calendar_server_publishing_form_reads_in_swedish(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    Translations().switch("sv")
    dialog = _caldav(qtbot, demo_window)
    assert dialog.windowTitle() == "Publicera flöden på en kalenderserver"
    assert child(dialog, QLabel, "intro").text().startswith("Varje sparat flöde")
    assert dialog.report.placeholderText() == QCoreApplication.translate(
        "CalDavPublishDialog", "What changed on the server shows here."
    )
    assert dialog.report.placeholderText() != "What changed on the server shows here."
