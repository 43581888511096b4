"""Shared fixtures: every test gets its own database in a temp folder."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's files, whatever they call.
os.environ.pop("RACE_PLANNER_DB", None)

from planner.db.database import Database
from postgres_server import PostgresServer, server_binaries
from shared_planners import demo_planner_on

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
def _collect_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Once Qt is loaded, Python's cyclic collector runs on the main thread only, as in
    the app (:mod:`planner.gui.gui_thread_collection`): from a timer while Qt's events
    run, and after each test. Left automatic, it ran on whichever worker thread
    allocated, and freed the Qt objects in a finished test's reference cycles there,
    off the thread they live on."""
    if "qapp" not in request.fixturenames and "PySide6.QtCore" not in sys.modules:
        yield  # no Qt object can exist yet: Python's own collector, as in the commands
        return
    from planner.gui.gui_thread_collection import GuiThreadCollector, collect_due_generations

    if "qapp" in request.fixturenames:
        app = request.getfixturevalue("qapp")
        collector = app.findChild(GuiThreadCollector, "gui-thread-collector")
        if collector is None:
            GuiThreadCollector(app).start()
    gc.disable()
    yield
    gc.disable()  # whatever the test switched on
    collect_due_generations()


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """A test that switches the message language does not leak it into the next."""
    from planner.i18n import set_language

    yield
    set_language("en")


#: Which store the ``db`` and ``demo_db`` fixtures use: "sqlite" (a file per test) or
#: "postgresql" (a database per test on a private server the tests start). CI runs the
#: suites once with each.
STORE = os.environ.get("RACE_PLANNER_TEST_STORE", "sqlite")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if STORE != "postgresql":
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself; this run is on PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the whole run (started on first use)."""
    if server_binaries() is None:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql)")
    server = PostgresServer()
    server.start()
    yield server
    server.remove()


@pytest.fixture
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's planner lives: a file path (SQLite) or a database URL (PostgreSQL)."""
    if STORE == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        return server.new_database()
    return str(tmp_path / "planner.sqlite3")


@pytest.fixture
def new_store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], str]:
    """Another planner's location for a test that needs more than one: a new file named
    ``name`` (SQLite) or a new, empty database on the tests' server (PostgreSQL)."""

    def new_target(name: str) -> str:
        if STORE == "postgresql":
            server: PostgresServer = request.getfixturevalue("postgres_server")
            return server.new_database()
        return str(tmp_path / name)

    return new_target


@pytest.fixture
def db(store_target: str) -> Iterator[Database]:
    """An empty planner database with the circuit library installed."""
    from planner.services.tracks import install_circuit_library

    database = Database.open(store_target)
    install_circuit_library(database)
    yield database
    database.close()


@pytest.fixture
def shared_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The planner both people use: SQLite unless the test asks (indirect parameter)
    for "postgresql" too."""
    return demo_planner_on(getattr(request, "param", "sqlite"), request, tmp_path)


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database.open(path)
    build_demo(database)
    database.close()
    return path


@pytest.fixture(scope="session")
def _demo_template(request: pytest.FixtureRequest) -> str:
    """The demo built once on the PostgreSQL server, to be copied as a template."""
    from planner.demo import build_demo

    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.new_database()
    database = Database.open(url)
    build_demo(database)
    database.close()
    return url


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo seasons (built once per test run)."""
    if STORE == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("_demo_template")
        database = Database.open(server.copy_database(template))
    else:
        path = tmp_path / "demo.sqlite3"
        shutil.copyfile(request.getfixturevalue("_demo_file"), path)
        database = Database.open(path)
    yield database
    database.close()
