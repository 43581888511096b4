"""While the search is open, a change reads the search's index again off the GUI
thread, so the next search finds it ready; a change with the search closed
reads nothing until someone searches."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from searching import find, type_search

from planner.db.database import Database
from planner.gui import search_index_keeper
from planner.gui.commands import AddSessionCommand
from planner.gui.main_window import MainWindow
from planner.gui.settings import AppSettings
from planner.gui.startup import OpenedDatabase
from planner.gui.store import Store
from planner.services import catalog, queries
from planner.services.sessions import NewSession


def _gt4_hockenheim(window: MainWindow) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)


def _add_zebra(window: MainWindow) -> None:
    command = AddSessionCommand(
        window.store,
        _gt4_hockenheim(window),
        NewSession("Shakedown Zebra", "warmup", datetime(2023, 9, 2, 8, 0), 30),
    )
    assert window.perform(command)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads the search's index is read on, by name."""
    seen: list[str] = []
    real = search_index_keeper._read_index

    def recorded(db: object) -> object:
        seen.append(threading.current_thread().name)
        return real(db)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index_keeper, "_read_index", recorded)
    return seen


def test_an_edit_with_the_search_open_reads_the_index_ahead_off_the_gui_thread(
    qtbot: QtBot, demo_window: MainWindow, reads: list[str]
) -> None:
    window = demo_window
    panel = find(qtbot, window, "hockenheim")
    before = len(reads)
    _add_zebra(window)
    qtbot.waitUntil(lambda: len(reads) > before)  # no search typed yet
    type_search(qtbot, panel, "zebra", results=1)
    assert panel.results.item(0).text().startswith("Shakedown Zebra")
    # Every read since the edit was on the search's own thread, none on the GUI thread.
    assert all(name.startswith("search") for name in reads[before:])


def test_an_edit_with_the_search_closed_reads_nothing_until_a_search(
    qtbot: QtBot, demo_window: MainWindow, reads: list[str]
) -> None:
    window = demo_window
    _add_zebra(window)
    qtbot.wait(300)
    assert reads == []
    find(qtbot, window, "zebra", results=1)
    assert reads


def _search_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name.startswith("search")}


def test_the_search_reading_thread_ends_with_its_window(
    qtbot: QtBot, settings: AppSettings, demo_db: Database, no_dialogs: list[str]
) -> None:
    window = MainWindow(settings, Store(home_zone="Europe/London"))
    window.show()
    window.attach_database(OpenedDatabase(db=demo_db, path=demo_db.sqlite_path, created_demo=True))
    before = _search_threads()
    find(qtbot, window, "hockenheim")
    _add_zebra(window)  # with the search open: read again on the search's own thread
    qtbot.waitUntil(lambda: bool(_search_threads() - before))
    reading = _search_threads() - before

    QThreadPool.globalInstance().waitForDone()
    window.close()
    window.store.set_database(None)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    qtbot.waitUntil(lambda: not any(thread.is_alive() for thread in reading))
