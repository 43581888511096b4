"""Shared fixtures: every test gets its own database in a temp folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's files, whatever they call.
os.environ.pop("RACE_PLANNER_DB", None)

from planner.db.database import Database

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("RACE_PLANNER_DATA_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """A test that switches the message language does not leak it into the next."""
    from planner.i18n import set_language

    yield
    set_language("en")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty planner database with the circuit library installed."""
    from planner.services.tracks import install_circuit_library

    database = Database.open(tmp_path / "planner.sqlite3")
    install_circuit_library(database)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database.open(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, _demo_file: Path) -> Iterator[Database]:
    """A fresh copy of the demo seasons (built once per test run)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_file, path)
    database = Database.open(path)
    yield database
    database.close()
