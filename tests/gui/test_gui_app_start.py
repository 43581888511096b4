"""The app's entry point, run as the user runs it (in a process of its own, so its
event loop and its quit leave the test process alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_process import run_app_script

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.gui import app as app_module
from planner.gui.main_window import MainWindow

seen = {}

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].store.is_open:
        window = windows[0]
        seen["banner"] = window.banner.isVisibleTo(window)
        seen["title"] = window.season_view.header.title.text()
        seen["settings"] = str(window.settings.path)
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["icon_drawn"] = not window.windowIcon().pixmap(32, 32).toImage().isNull()
        window.close()
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
status = app_module.main(__import__("pathlib").Path(sys.argv[1]), ["race-planner"])
seen["status"] = status
print(json.dumps(seen))
"""


@pytest.mark.sqlite_only  # the first start's demo file; a shared planner gets no demo
def test_first_start_creates_the_demo_and_shows_the_banner(tmp_path: Path) -> None:
    db_path = tmp_path / "first" / "planner.sqlite3"
    data_dir = tmp_path / "data"
    seen = run_app_script(SCRIPT, str(db_path), data_dir=data_dir)
    assert seen["status"] == 0
    assert db_path.exists()
    assert seen["banner"] is True
    assert seen["title"].endswith("2023")  # the newest demo season opens first
    assert seen["menus"][0] == "&File"
    assert seen["icon_drawn"] is True  # the app's icon, set once the first screen is painted
    # Settings and the log live in the given data folder, never in the user's.
    assert Path(seen["settings"]).parent == data_dir
    assert (data_dir / "race-planner.log").exists()
