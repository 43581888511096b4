"""File menu: the title names the file; new, open, recent, back up and restore."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.main_window import MainWindow
from planner.services import catalog


def _choose(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_args: (str(path), "")))


def _wait_for_file(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: window.database_path == path and window.store.is_open, timeout=20000)


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.file_menu.actions()]


def test_the_title_names_the_open_planner(demo_window: MainWindow) -> None:
    path = demo_window.database_path
    if path is None:  # a shared planner on PostgreSQL: its URL, without a password
        location = demo_window.store.db.location
        assert location.startswith("postgresql+psycopg://planner@")
        assert demo_window.windowTitle() == f"{location} (shared) — Race Planner"
    else:
        assert demo_window.windowTitle() == f"{path.name} — Race Planner"


def test_back_up_and_restore_are_for_planner_files_only(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """A shared planner has no file to copy or replace: its server keeps the backups."""
    actions = demo_window.features.databases
    both = (actions.back_up_action, actions.restore_action)
    if demo_window.database_path is None:  # the run on PostgreSQL
        assert [action.isEnabled() for action in both] == [False, False]
        assert {action.statusTip() for action in both} == {
            "A shared planner is backed up on its database server."
        }
        demo_window.translations.switch("sv")
        swedish = "En delad planerare säkerhetskopieras på sin databasserver."
        qtbot.waitUntil(lambda: {action.statusTip() for action in both} == {swedish})
    else:
        assert [action.isEnabled() for action in both] == [True, True]
        assert {action.statusTip() for action in both} == {""}


def test_new_planner_creates_an_empty_file_with_circuits_and_opens_it(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    target = tmp_path / "family" / "2024.sqlite3"
    _choose(monkeypatch, "getSaveFileName", target)
    window.features.databases.new_planner_action.trigger()
    _wait_for_file(qtbot, window, target)
    assert window.windowTitle().startswith("2024.sqlite3")
    assert catalog.list_seasons(window.store.db) == []
    assert window.store.db.sqlite_path == target
    again = Database.open(target, create=False)
    try:
        from planner.services.tracks import list_tracks

        assert len(list_tracks(again)) > 20
    finally:
        again.close()
    assert not window.banner.isVisibleTo(window)


@pytest.mark.sqlite_only
def test_open_and_open_recent_switch_between_planners(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    demo_path = window.database_path
    assert demo_path is not None
    other = tmp_path / "other.sqlite3"
    Database.open(other).close()
    _choose(monkeypatch, "getOpenFileName", other)
    window.features.databases.open_action.trigger()
    _wait_for_file(qtbot, window, other)
    assert window.settings.recent_databases[:2] == [str(other), str(demo_path)]
    assert catalog.list_seasons(window.store.db) == []
    # Back through File → Open Recent.
    menu = window.features.databases.recent_menu
    assert menu.menuAction() in window.file_menu.actions()
    menu.aboutToShow.emit()
    names = [action.text() for action in menu.actions()]
    assert names == [demo_path.name]
    menu.actions()[0].trigger()
    _wait_for_file(qtbot, window, demo_path)
    assert len(catalog.list_seasons(window.store.db)) == 4


def test_a_planner_from_a_newer_version_is_refused_like_on_the_command_line(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    window = demo_window
    demo_path = window.database_path
    newer = tmp_path / "newer.sqlite3"
    Database.open(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fff9'")
    _choose(monkeypatch, "getOpenFileName", newer)
    window.features.databases.open_action.trigger()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=20000)
    cli = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(newer), "list", "rounds"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "newer version of Race Planner" in no_dialogs[-1]
    assert cli.stderr.strip() == f"planner: {no_dialogs[-1]}"
    assert window.database_path == demo_path and window.store.is_open


@pytest.mark.sqlite_only
def test_back_up_makes_a_consistent_copy_and_restore_keeps_the_replaced_file(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    window = demo_window
    path = window.database_path
    assert path is not None
    backup = tmp_path / "backups" / "planner-backup.sqlite3"
    _choose(monkeypatch, "getSaveFileName", backup)
    window.features.databases.back_up_action.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=20000)
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM seasons").fetchone() == (4,)

    # A change after the backup, through the window: a new season.
    window.create_season(None, 2031, "Future Cup", "FC")
    assert len(catalog.list_seasons(window.store.db)) == 5

    _choose(monkeypatch, "getOpenFileName", backup)
    window.features.databases.restore_action.trigger()
    qtbot.waitUntil(lambda: any("Restored" in text for text in no_dialogs), timeout=20000)
    assert any(text.startswith("Replace the open planner") for text in no_dialogs)
    _wait_for_file(qtbot, window, path)
    assert len(catalog.list_seasons(window.store.db)) == 4
    kept = list(path.parent.glob(f"{path.stem}.before-restore-*{path.suffix}"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as connection:
        assert connection.execute("SELECT count(*) FROM seasons").fetchone() == (5,)


@pytest.mark.sqlite_only
def test_restoring_something_that_is_no_planner_changes_nothing(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: list[str],
) -> None:
    window = demo_window
    path = window.database_path
    assert path is not None
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    _choose(monkeypatch, "getOpenFileName", junk)
    window.features.databases.restore_action.trigger()
    qtbot.waitUntil(lambda: any("damaged" in text for text in no_dialogs), timeout=20000)
    _wait_for_file(qtbot, window, path)
    assert len(catalog.list_seasons(window.store.db)) == 4
    assert not list(path.parent.glob("*before-restore*"))


def test_file_menu_lists_the_planner_actions_first(demo_window: MainWindow) -> None:
    texts = _menu_texts(demo_window)
    assert texts[:3] == ["&New Planner…", "&Open Planner…", "Open &Recent"]
    assert "&Back Up…" in texts and "Restore from Bac&kup…" in texts
