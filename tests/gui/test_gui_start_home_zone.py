"""The start sets the home zone and resumes garbage collection once the first screen is
painted (start-up, issue 19): the window must end up as before, in a process of its own."""

from __future__ import annotations

from pathlib import Path

from app_process import run_app_script

SCRIPT = r"""
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from planner.gui import app as app_module
from planner.gui.gui_thread_collection import GuiThreadCollector
from planner.gui.main_window import MainWindow

seen = {}

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].store.is_open:
        seen["home_zone"] = windows[0].store.home_zone
        collector = QApplication.instance().findChild(GuiThreadCollector, "gui-thread-collector")
        # Collection runs again, from the GUI thread's timer, never Python's own.
        seen["collecting"] = collector.running and not gc.isenabled()
        windows[0].close()
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
seen["status"] = app_module.main(__import__("pathlib").Path(sys.argv[1]), ["race-planner"])
seen["collecting_after"] = gc.isenabled()
print(json.dumps(seen))
"""


def start(tmp_path: Path, settings: str | None, tz: str) -> dict[str, object]:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    if settings is not None:
        (data_dir / "race-planner.ini").write_text(settings, encoding="utf-8")
    seen = run_app_script(
        SCRIPT, str(tmp_path / "planner.sqlite3"), data_dir=data_dir, env={"TZ": tz}
    )
    assert seen["status"] == 0
    return seen


def test_without_a_saved_home_zone_the_window_uses_the_systems_zone(tmp_path: Path) -> None:
    seen = start(tmp_path, None, "America/New_York")

    assert seen["home_zone"] == "America/New_York"
    assert seen["collecting"] is True  # garbage collection runs again after the start
    assert seen["collecting_after"] is True  # Python's own once the window is gone


def test_a_saved_home_zone_wins_over_the_systems(tmp_path: Path) -> None:
    seen = start(
        tmp_path, "[preferences]\nhome_zone=Asia/Tokyo\n[meta]\nversion=2\n", "America/New_York"
    )

    assert seen["home_zone"] == "Asia/Tokyo"


def test_an_unknown_saved_home_zone_becomes_utc(tmp_path: Path) -> None:
    seen = start(
        tmp_path, "[preferences]\nhome_zone=Mars/Olympus\n[meta]\nversion=2\n", "Asia/Tokyo"
    )

    assert seen["home_zone"] == "UTC"
