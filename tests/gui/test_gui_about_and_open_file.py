"""Help → About names the version and where the data is; a calendar file given at start opens."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from app_process import run_app_script
from PySide6.QtCore import qVersion

from planner import __version__
from planner.gui.app import calendar_file_argument
from planner.gui.main_window import MainWindow
from planner.gui.translations import Translations
from planner.paths import user_data_dir


def test_about_shows_version_database_data_folder_and_qt_and_python(
    demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    demo_window.about_action.trigger()
    message = no_dialogs[-1]
    assert f"Race Planner {__version__}" in message
    assert f"Database: {demo_window.store.db.location}" in message
    assert f"Data folder: {user_data_dir()}" in message
    assert f"Qt {qVersion()} (PySide6 {PySide6.__version__})" in message
    assert f"Python {platform.python_version()}" in message


def test_about_reads_in_swedish(demo_window: MainWindow, no_dialogs: list[str]) -> None:
    demo_window.translations.switch("sv")
    demo_window.about_action.trigger()
    assert "Databas: " in no_dialogs[-1]
    assert "Datamapp: " in no_dialogs[-1]
    Translations().switch("en")


def test_a_calendar_file_given_to_the_window_is_offered_for_import(
    demo_window: MainWindow, no_dialogs: list[str], tmp_path: Path
) -> None:
    from modal import when_shown

    from planner.gui.dialogs.ics_import_dialog import IcsImportDialog

    calendar = tmp_path / "season.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    # the same preview as File → Import Calendar File (.ics)…, on the file given
    seen = when_shown(IcsImportDialog, lambda dialog: dialog.reject())
    demo_window.open_path(calendar)
    assert seen
    demo_window.open_path(tmp_path / "gone.ics")
    assert "not a file" in no_dialogs[-1]


def test_only_calendar_files_count_as_a_file_to_open(tmp_path: Path) -> None:
    assert calendar_file_argument(["--db", "x.sqlite3"]) is None
    assert calendar_file_argument([str(tmp_path / "a.ICS")]) == tmp_path / "a.ICS"
    assert calendar_file_argument(["file:///tmp/r%C3%A5.ics"]) == Path("/tmp/rå.ics")


SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.gui import app as app_module
from planner.gui.main_window import MainWindow

opened = []

def open_path(self, path):
    opened.append([str(path), self.store.is_open])
    self.close()

MainWindow.open_path = open_path
status = app_module.main(sys.argv[1], ["race-planner", sys.argv[2]])  # a file or a URL
print(json.dumps({"status": status, "opened": opened}))
"""


def test_the_window_started_with_an_ics_file_opens_it_once_the_database_is_open(
    tmp_path: Path, store_target: str
) -> None:
    calendar = tmp_path / "from the file manager.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    seen = run_app_script(SCRIPT, store_target, str(calendar), data_dir=tmp_path / "data")
    assert seen == {"status": 0, "opened": [[str(calendar), True]]}
