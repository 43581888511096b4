"""A planner file on read-only storage opens read-only: a banner says so, edits are off."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.main_window import MainWindow
from planner.gui.read_only import EDIT_ACTIONS
from planner.gui.settings import AppSettings
from planner.gui.startup import OpenedDatabase
from planner.gui.store import Store
from planner.gui.translations import Translations


@pytest.fixture
def read_only_folder(tmp_path: Path, _demo_file: Path) -> Iterator[Path]:
    """The demo file seen through a read-only bind mount (as on a read-only disk)."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(_demo_file, source / "planner.sqlite3")
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root (root also ignores file permissions)")
    for step in (
        ["mount", "--bind", str(source), str(mounted)],
        ["mount", "-o", "remount,ro,bind", str(mounted)],
    ):
        result = subprocess.run(step, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            subprocess.run(["umount", str(mounted)], capture_output=True, check=False)
            pytest.skip(f"cannot mount read-only here: {result.stderr.strip()}")
    yield mounted
    subprocess.run(["umount", str(mounted)], check=False)


@pytest.mark.sqlite_only  # a file on read-only storage
def test_window_on_read_only_storage_shows_why_and_turns_edits_off(
    qtbot: QtBot, settings: AppSettings, read_only_folder: Path, no_dialogs: list[str]
) -> None:
    path = read_only_folder / "planner.sqlite3"
    db = Database.open(path)
    assert db.read_only
    translations = Translations()
    translations.switch("en")
    window = MainWindow(settings, Store(home_zone="Europe/Stockholm"), translations)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.attach_database(OpenedDatabase(db=db, path=path, created_demo=False))
    try:
        qtbot.waitUntil(lambda: window.season_id is not None)
        assert window.read_only_banner.isVisible()
        assert str(path) in window.read_only_banner.text.text()
        for name in EDIT_ACTIONS:
            assert not getattr(window, name).isEnabled(), name
        assert window.export_action.isEnabled()  # looking, printing, exporting stay on
        before = path.read_bytes()
        window.new_season_action.trigger()  # disabled: nothing happens, nothing is asked
        assert no_dialogs == []
        assert path.read_bytes() == before
        window.grab().save(str(read_only_folder.parent / "read-only-window.png"))
    finally:
        window.close()
        window.store.set_database(None)
        db.close()


def test_writable_planner_shows_no_read_only_banner(demo_window: MainWindow) -> None:
    assert not demo_window.read_only_banner.isVisible()
    assert demo_window.add_session_action.isEnabled() or demo_window.round_id is None
