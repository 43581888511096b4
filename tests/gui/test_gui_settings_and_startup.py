"""Settings in a file of their own; first start, demo and starting empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from planner.gui.settings import SETTINGS_VERSION, AppSettings, system_zone_id
from planner.gui.startup import open_database, start_empty
from planner.services import catalog, tracks


def test_settings_round_trip_with_a_stored_version(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = AppSettings(path)
    assert settings.home_zone == system_zone_id()
    assert settings.language == "en"
    assert settings.paper_size == "A4"
    settings.home_zone = "Europe/Stockholm"
    settings.language = "sv"
    settings.default_alarm_minutes = 45
    settings.paper_size = "Letter"
    settings.window_geometry = QByteArray(b"geometry")
    settings.sync()
    again = AppSettings(path)
    assert again.version == SETTINGS_VERSION
    assert (again.home_zone, again.language, again.default_alarm_minutes, again.paper_size) == (
        "Europe/Stockholm",
        "sv",
        45,
        "Letter",
    )
    assert again.window_geometry == QByteArray(b"geometry")
    assert path.exists()


def test_unknown_stored_values_fall_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[general]\nlanguage=xx\n[printing]\npaper_size=A3\n", encoding="utf-8")
    settings = AppSettings(path)
    assert settings.language == "en"
    assert settings.paper_size == "A4"


@pytest.mark.sqlite_only
def test_first_start_builds_the_demo_and_start_empty_keeps_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    opened = open_database(path)
    assert opened.created_demo
    assert len(catalog.list_seasons(opened.db)) == 4
    opened.db.close()
    again = open_database(path)
    assert not again.created_demo
    again.db.close()

    empty = start_empty(path)
    assert catalog.list_seasons(empty.db) == []
    assert tracks.search_tracks(tracks.list_tracks(empty.db), "hock")[0].name == "Hockenheimring"
    empty.db.close()
    aside = [p for p in tmp_path.iterdir() if ".demo-" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1


def test_the_demo_banner_shows_for_the_demo_file_only(demo_window: object) -> None:
    """Its button moves the demo file aside: a shared planner (PostgreSQL) has none."""
    from planner.gui.main_window import MainWindow

    assert isinstance(demo_window, MainWindow)
    assert demo_window.banner.isVisible() == (demo_window.database_path is not None)


@pytest.mark.sqlite_only
def test_start_empty_from_the_banner(qtbot: QtBot, demo_window: object) -> None:
    from planner.gui.main_window import MainWindow

    assert isinstance(demo_window, MainWindow)
    demo_window.banner.button.click()
    assert not demo_window.banner.isVisible()
    assert catalog.list_seasons(demo_window.store.db) == []
    assert demo_window.settings.demo_database == ""
