"""Preferences outlive the process: chosen in the dialog, found by the next start."""

from __future__ import annotations

from pathlib import Path

from app_process import run_app_script
from pytestqt.qtbot import QtBot

from planner.gui.settings import SETTINGS_VERSION, AppSettings

FIRST_RUN = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.gui import app as app_module
from planner.gui.dialogs.preferences import PreferencesDialog
from planner.gui.main_window import MainWindow

seen = {}

def fill_preferences():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, PreferencesDialog):
        QTimer.singleShot(20, fill_preferences)
        return
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.zone.setCurrentText("America/New_York")
    dialog.accept()

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not (windows and windows[0].store.is_open):
        QTimer.singleShot(20, check)
        return
    window = windows[0]
    QTimer.singleShot(0, fill_preferences)
    window.preferences_action.trigger()
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    window.close()

QTimer.singleShot(0, check)
seen["status"] = app_module.main(sys.argv[1], ["race-planner"])  # a file or a URL
print(json.dumps(seen))
"""

SECOND_RUN = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.gui import app as app_module
from planner.gui.main_window import MainWindow

seen = {}

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not (windows and windows[0].store.is_open):
        QTimer.singleShot(20, check)
        return
    window = windows[0]
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    seen["zone"] = window.store.home_zone
    seen["language"] = window.translations.language
    window.close()

QTimer.singleShot(0, check)
seen["status"] = app_module.main(sys.argv[1], ["race-planner"])  # a file or a URL
print(json.dumps(seen))
"""


def _run(script: str, db_path: str, data_dir: Path) -> dict[str, object]:
    seen = run_app_script(script, db_path, data_dir=data_dir)
    assert seen["status"] == 0
    return seen


def test_language_and_home_zone_chosen_in_preferences_survive_a_restart(
    tmp_path: Path, store_target: str
) -> None:
    db_path = store_target  # a file, or a shared planner's URL on PostgreSQL
    data_dir = tmp_path / "data"
    first = _run(FIRST_RUN, db_path, data_dir)
    assert first["menus"][0] == "&Arkiv"  # type: ignore[index]  (switched live)
    second = _run(SECOND_RUN, db_path, data_dir)
    assert second["language"] == "sv"
    assert second["menus"][0] == "&Arkiv"  # type: ignore[index]
    assert second["zone"] == "America/New_York"


def test_preferences_written_under_the_general_group_are_recovered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """What version 1 wrote ("general/..." became [%General]) is moved, not lost."""
    path = tmp_path / "race-planner.ini"
    path.write_text(
        "[%General]\nhome_zone=Europe/Stockholm\nlanguage=sv\ndefault_alarm_minutes=45\n"
        "demo_database=/tmp/demo.sqlite3\n\n[meta]\nversion=1\n",
        encoding="utf-8",
    )
    settings = AppSettings(path)
    assert settings.version == SETTINGS_VERSION
    assert settings.language == "sv"
    assert settings.home_zone == "Europe/Stockholm"
    assert settings.default_alarm_minutes == 45
    assert settings.demo_database == "/tmp/demo.sqlite3"
    settings.sync()
    assert "%General" not in path.read_text(encoding="utf-8")
