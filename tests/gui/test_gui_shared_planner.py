"""Several windows on one planner: each sees the others' changes within 2 seconds, keeps
its place while reloading, and rides out a server that goes away and comes back."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from app_process import run_app_script
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.demo import build_demo
from planner.gui.main_window import WEEKEND_PAGE, MainWindow
from planner.gui.models.weekend_model import NAME
from planner.gui.settings import AppSettings
from planner.gui.startup import OpenedDatabase
from planner.gui.store import Store
from planner.gui.translations import Translations
from planner.services import catalog, queries
from planner.services.tracks import install_circuit_library
from postgres_server import PostgresServer
from shared_planners import demo_planner_on

# A fixed "now" a few days before the GT4 round at Hockenheim, as in the other GUI tests.
FIXED_NOW = datetime(2023, 8, 30, 9, 0, tzinfo=UTC)


def _fill_with_demo(target: str) -> None:
    db = Database.open(target)
    install_circuit_library(db)
    build_demo(db)
    db.close()


@pytest.fixture
def open_window(
    qtbot: QtBot, tmp_path: Path, no_dialogs: list[str]
) -> Iterator[Callable[[str], MainWindow]]:
    """Open another window (its own settings, its own connection) on a planner."""
    windows: list[MainWindow] = []

    def open_on(target: str) -> MainWindow:
        settings = AppSettings(tmp_path / f"settings-{len(windows)}" / "race-planner.ini")
        window = MainWindow(settings, Store(home_zone="Europe/London", clock=lambda: FIXED_NOW))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        path = Path(target) if "://" not in target else None  # None: a shared planner
        window.attach_database(
            OpenedDatabase(db=Database.open(target), path=path, created_demo=False)
        )
        windows.append(window)
        return window

    yield open_on
    for window in windows:
        window.close()
        window.store.set_database(None)
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    Translations().switch("en")


def _gt4_round5(window: MainWindow) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)


def _session_names(window: MainWindow) -> list[str]:
    return [session.name for session in window.weekend_model.all_sessions()]


def _rename_in_window(window: MainWindow, old: str, new: str) -> bool:
    """What the name cell's editor does when the user types a new name."""
    model = window.weekend_model
    session = next(s for s in model.all_sessions() if s.name == old)
    return model.setData(model.index_of(session.id, NAME), new)


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_a_change_in_one_window_shows_in_the_other_within_two_seconds(
    store: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    qtbot: QtBot,
    open_window: Callable[[str], MainWindow],
) -> None:
    target = demo_planner_on(store, request, tmp_path)
    kitchen, office = open_window(target), open_window(target)
    for window in (kitchen, office):
        window.open_round(_gt4_round5(window))
        assert window.pages.currentIndex() == WEEKEND_PAGE
    office.weekend_view.select_session(
        next(s.id for s in office.weekend_model.all_sessions() if s.name == "Race 2")
    )
    assert _rename_in_window(kitchen, "Free Practice 1", "Free Practice One")
    qtbot.waitUntil(lambda: "Free Practice One" in _session_names(office), timeout=2000)
    current = office.weekend_view.current_session()
    assert current is not None and current.name == "Race 2"  # the place is kept


def test_a_change_from_the_command_line_shows_in_an_open_window(
    store_target: str, qtbot: QtBot, open_window: Callable[[str], MainWindow]
) -> None:
    """SQLite: the file's data version; PostgreSQL: the command's NOTIFY."""
    target = store_target
    _fill_with_demo(target)
    window = open_window(target)
    window.open_round(_gt4_round5(window))
    session = next(s for s in window.weekend_model.all_sessions() if s.name == "Qualifying 2")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--db",
            target,
            "edit",
            "session",
            str(session.id),
            "--name",
            "Qualifying 2 (cron)",
        ],
        check=True,
        capture_output=True,
        env=os.environ.copy(),
    )
    qtbot.waitUntil(lambda: "Qualifying 2 (cron)" in _session_names(window), timeout=2000)


def test_a_window_rides_out_a_stopped_server_and_edits_again(
    qtbot: QtBot,
    tmp_path: Path,
    open_window: Callable[[str], MainWindow],
    no_dialogs: list[str],
) -> None:
    server = PostgresServer()  # its own server: stopping the shared one would hurt others
    server.start()
    try:
        target = server.new_database()
        db = Database.open(target)
        install_circuit_library(db)
        build_demo(db)
        db.close()
        window = open_window(target)
        window.open_round(_gt4_round5(window))
        qtbot.wait(1000)  # the watcher is connected
        server.stop()
        banner = window.shared.banner
        qtbot.waitUntil(banner.isVisible, timeout=3000)
        assert "cannot be reached" in banner.text.text()
        # An edit now is refused with a message; nothing is half-written.
        assert not _rename_in_window(window, "Free Practice 1", "Lost in the tunnel")
        assert no_dialogs and "cannot be reached" in no_dialogs[-1]
        server.start()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
        assert _rename_in_window(window, "Free Practice 1", "Back online")
        check = Database.open(target)
        try:
            stored = {
                item.session.name
                for item in queries.sessions_between(
                    check,
                    window.weekend_model.all_sessions()[0].start_wall.date(),
                    window.weekend_model.all_sessions()[-1].start_wall.date(),
                )
            }
        finally:
            check.close()
        assert "Back online" in stored and "Lost in the tunnel" not in stored
    finally:
        server.remove()


SHARED_START = r"""
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
        seen["title"] = window.windowTitle()
        seen["seasons"] = window.navigator_model.rowCount()
        window.close()
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(0, check)
# No argument: what the race-planner launcher does (RACE_PLANNER_DB names the planner).
seen["status"] = app_module.main(sys.argv[1] if len(sys.argv) > 1 else None, ["race-planner"])
print(json.dumps(seen))
"""


@pytest.mark.parametrize("given_by", ["argument", "RACE_PLANNER_DB"])
def test_the_app_opens_a_shared_planner_given_as_a_url(
    postgres_server: PostgresServer, tmp_path: Path, given_by: str
) -> None:
    url = postgres_server.new_database()
    _fill_with_demo(url)
    by_argument = given_by == "argument"
    seen = run_app_script(
        SHARED_START,
        *([url] if by_argument else []),
        data_dir=tmp_path / "data",
        env={} if by_argument else {"RACE_PLANNER_DB": url},
    )
    assert seen["status"] == 0
    assert seen["title"].startswith("postgresql+psycopg://planner@")
    assert seen["title"].endswith("(shared) — Race Planner")
    assert seen["seasons"] > 0  # the demo seasons put there, read from the server
    assert not (tmp_path / "data" / "planner.sqlite3").exists()  # no local file instead
