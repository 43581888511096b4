"""GUI fixtures: a real main window over a temp database, settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.errors import Dialogs
from planner.gui.main_window import MainWindow
from planner.gui.settings import AppSettings
from planner.gui.startup import OpenedDatabase
from planner.gui.store import Store
from planner.gui.translations import Translations

# A fixed "now" a few days before the GT4 round at Hockenheim (1–3 Sep 2023).
FIXED_NOW = datetime(2023, 8, 30, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _english_first() -> Iterator[None]:
    """Every test starts (and ends) in English with the British English locale."""
    Translations().switch("en")
    yield
    Translations().switch("en")


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings" / "race-planner.ini")


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: they are recorded, and questions say yes."""
    shown: list[str] = []

    def record(_cls: object, _parent: object, message: str, title: str = "") -> None:
        shown.append(message)

    def yes(_cls: object, _parent: object, question: str, title: str = "") -> bool:
        shown.append(question)
        return True

    monkeypatch.setattr(Dialogs, "show_error", classmethod(record))
    monkeypatch.setattr(Dialogs, "show_info", classmethod(record))

    def crash(_cls: object, _parent: object, message: str, details: str) -> None:
        shown.append(f"{message}\n{details}")

    monkeypatch.setattr(Dialogs, "ask", classmethod(yes))
    monkeypatch.setattr(Dialogs, "show_crash", classmethod(crash))
    return shown


def _window(
    qtbot: QtBot, settings: AppSettings, db: Database, path: Path | None, *, demo: bool
) -> Iterator[MainWindow]:
    translations = Translations()
    translations.switch("en")
    store = Store(home_zone="Europe/London", clock=lambda: FIXED_NOW)
    window = MainWindow(settings, store, translations)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.attach_database(OpenedDatabase(db=db, path=path, created_demo=demo))
    yield window
    # No worker (a preview, an export) may outlive the database, as at the app's exit.
    QThreadPool.globalInstance().waitForDone()
    # Gone for good: a leftover window would still get every later LanguageChange.
    window.close()
    window.store.set_database(None)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translations.switch("en")


@pytest.fixture
def demo_window(
    qtbot: QtBot, settings: AppSettings, demo_db: Database, no_dialogs: list[str]
) -> Iterator[MainWindow]:
    # The file on SQLite; None on PostgreSQL (a shared planner, opened by its URL).
    yield from _window(qtbot, settings, demo_db, demo_db.sqlite_path, demo=True)


@pytest.fixture
def empty_window(
    qtbot: QtBot, settings: AppSettings, db: Database, no_dialogs: list[str]
) -> Iterator[MainWindow]:
    yield from _window(qtbot, settings, db, db.sqlite_path, demo=False)


@pytest.fixture
def shared_window(qtbot: QtBot, tmp_path: Path, shared_target: str) -> Iterator[MainWindow]:
    """A window on the planner several people share, its refresh timer stopped: the other
    person's change must not show before my edit (the conflict tests)."""
    settings = AppSettings(tmp_path / "settings" / "race-planner.ini")
    window = MainWindow(settings, Store(home_zone="Europe/London"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.shared.timer.stop()
    window.attach_database(
        OpenedDatabase(db=Database.open(shared_target), path=Path("shared"), created_demo=False)
    )
    yield window
    window.close()
    window.store.set_database(None)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def someone_else(shared_target: str) -> Iterator[Database]:
    """Another laptop's connection to the same planner."""
    other = Database.open(shared_target)
    yield other
    other.close()
