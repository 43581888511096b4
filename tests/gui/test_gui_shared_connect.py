"""File → Connect to a Shared Planner… and File → Copy Planner To…, driven through the
menus and dialogs against the tests' own PostgreSQL server (a user with a real password)
and SQLite files. Passwords live in a test keyring, never in settings."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from keyring_backend import ENVIRONMENT_VARIABLE, FileKeyring
from planner.db.database import Database
from planner.gui.dialogs.connect_dialog import ConnectDialog
from planner.gui.dialogs.copy_planner_dialog import CopyPlannerDialog
from planner.gui.main_window import MainWindow
from planner.services import catalog, queries
from planner.services.shared_connection import KEYRING_SERVICE
from postgres_server import PostgresServer

TESTS = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class LockedPlanner:
    """An empty planner database whose user must give a password (scram-sha-256)."""

    server: PostgresServer
    user: str
    password: str
    database: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.server.port}/{self.database}"

    @property
    def typed_server(self) -> str:
        return f"127.0.0.1:{self.server.port}/{self.database}"


@pytest.fixture
def locked_planner(postgres_server: PostgresServer) -> LockedPlanner:
    import psycopg

    suffix = uuid.uuid4().hex[:10]
    planner = LockedPlanner(
        postgres_server, f"team_{suffix}", f"kitchen-{suffix}", f"team_{suffix}"
    )
    with psycopg.connect(
        f"host=127.0.0.1 port={postgres_server.port} user=planner dbname=postgres",
        autocommit=True,
    ) as connection:
        connection.execute(
            f"CREATE ROLE {planner.user} LOGIN PASSWORD '{planner.password}'"  # test data
        )
        connection.execute(f'CREATE DATABASE "{planner.database}" OWNER {planner.user}')
        hba = postgres_server.data / "pg_hba.conf"
        rule = f"host all {planner.user} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text(encoding="utf-8"), encoding="utf-8")
        connection.execute("SELECT pg_reload_conf()")
    return planner


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Passwords in a file of this test's, for this process and the ones it starts."""
    before = keyring.get_keyring()  # chosen before this test's keyring is viable
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(path))
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(before)


def _when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the dialog of ``kind`` as soon as it is the modal one."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def _fill_connect(
    server: str, user: str, password: str = "", password_file: str = ""
) -> Callable[[QWidget], None]:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, ConnectDialog)
        widget.server.setText(server)
        widget.user.setText(user)
        widget.password.setText(password)
        widget.password_file.setText(password_file)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return fill


def _wait_for_location(qtbot: QtBot, window: MainWindow, location: str) -> None:
    qtbot.waitUntil(
        lambda: window.store.is_open and window.store.db.location == location, timeout=30_000
    )


def test_connecting_through_the_file_menu_opens_the_planner_and_keeps_the_password_safe(
    qtbot: QtBot,
    demo_window: MainWindow,
    locked_planner: LockedPlanner,
    test_keyring: Path,
) -> None:
    window = demo_window
    features = window.features
    assert features.shared_planners.connect_action in window.file_menu.actions()
    _when_shown(
        ConnectDialog,
        _fill_connect(locked_planner.typed_server, locked_planner.user, locked_planner.password),
    )
    features.shared_planners.connect_action.trigger()
    _wait_for_location(qtbot, window, locked_planner.url)
    # The new planner got its tables; the window says which planner it shows.
    assert catalog.list_seasons(window.store.db) == []
    assert window.windowTitle() == f"{locked_planner.url} (shared) — Race Planner"
    assert locked_planner.password not in window.windowTitle()
    assert window.settings.recent_databases[0] == locked_planner.url
    settings_file = Path(window.settings._store.fileName())
    window.settings._store.sync()
    assert locked_planner.password not in settings_file.read_text(encoding="utf-8")
    assert keyring.get_password(KEYRING_SERVICE, locked_planner.url) == locked_planner.password


def test_a_wrong_password_is_named_and_the_open_planner_stays(
    qtbot: QtBot,
    demo_window: MainWindow,
    no_dialogs: list[str],
    locked_planner: LockedPlanner,
    test_keyring: Path,
) -> None:
    window = demo_window
    before = window.store.db.location
    _when_shown(ConnectDialog, _fill_connect(locked_planner.typed_server, locked_planner.user, "x"))
    window.features.shared_planners.connect_action.trigger()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=30_000)
    assert "wrong user name or password" in no_dialogs[0]
    assert locked_planner.url in no_dialogs[0]
    assert window.store.db.location == before
    assert keyring.get_password(KEYRING_SERVICE, locked_planner.url) is None


def test_a_mistyped_port_is_refused_in_the_dialog_and_an_unreachable_server_named(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str], test_keyring: Path
) -> None:
    dialog = ConnectDialog("", demo_window)
    qtbot.addWidget(dialog)
    dialog.server.setText("server.local:54x2/team")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.login() is None
    assert "“54x2” in server.local:54x2/team is not a port number" in dialog.problem.text()
    _when_shown(ConnectDialog, _fill_connect("127.0.0.1:1/nowhere", "nobody", "x"))
    demo_window.features.shared_planners.connect_action.trigger()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=30_000)
    assert "cannot be reached" in no_dialogs[0]
    assert "postgresql+psycopg://nobody@127.0.0.1:1/nowhere" in no_dialogs[0]


def test_a_password_file_logs_in_and_open_recent_comes_back_with_the_keyring(
    qtbot: QtBot,
    demo_window: MainWindow,
    no_dialogs: list[str],
    locked_planner: LockedPlanner,
    test_keyring: Path,
    tmp_path: Path,
) -> None:
    window = demo_window
    password_file = tmp_path / "planner-password"
    password_file.write_text(locked_planner.password + "\n", encoding="utf-8")
    _when_shown(
        ConnectDialog,
        _fill_connect(locked_planner.typed_server, locked_planner.user, "", str(password_file)),
    )
    window.features.shared_planners.connect_action.trigger()
    _wait_for_location(qtbot, window, locked_planner.url)
    assert keyring.get_password(KEYRING_SERVICE, locked_planner.url) is None  # a file's stays
    # Back to the demo planner (a file, or on PostgreSQL runs a shared planner), then the
    # locked planner again, both from Open Recent: the keyring now has its password (as
    # if remembered before), so no dialog is needed.
    demo_location = window.settings.recent_databases[1]
    menu = window.features.databases.recent_menu
    menu.aboutToShow.emit()
    [back] = [a for a in menu.actions() if a.toolTip() == demo_location]
    back.trigger()
    _wait_for_location(qtbot, window, demo_location)
    keyring.set_password(KEYRING_SERVICE, locked_planner.url, locked_planner.password)
    menu.aboutToShow.emit()
    [shared] = [a for a in menu.actions() if a.text() == f"{locked_planner.url} (shared)"]
    shared.trigger()
    _wait_for_location(qtbot, window, locked_planner.url)


def test_the_command_line_logs_in_with_the_password_the_window_kept(
    locked_planner: LockedPlanner, test_keyring: Path
) -> None:
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring_backend.FileKeyring",
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
        "RACE_PLANNER_DB": locked_planner.url,
    }
    command = [sys.executable, "-m", "planner", "list", "rounds", "--json"]
    refused = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert refused.returncode != 0
    assert "wrong user name or password" in refused.stderr
    keyring.set_password(KEYRING_SERVICE, locked_planner.url, locked_planner.password)
    listed = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"


def _fill_copy(
    to_file: str = "", server: str = "", user: str = "", password: str = "", open_copy: bool = True
) -> Callable[[QWidget], None]:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, CopyPlannerDialog)
        if to_file:
            widget.to_file.setChecked(True)
            widget.target_file.setText(to_file)
        else:
            widget.to_server.click()
            assert widget.server_fields.isEnabled() and not widget.target_file.isEnabled()
            widget.server.setText(server)
            widget.user.setText(user)
            widget.password.setText(password)
        widget.open_copy.setChecked(open_copy)
        widget.findChild(QDialogButtonBox, "buttons").button(
            QDialogButtonBox.StandardButton.Ok
        ).click()

    return fill


def _session_uids(db: Database) -> list[str]:
    return sorted(item.session.uid for item in queries.sessions_between(db, *_years()))


def _years() -> tuple[object, object]:
    from datetime import date

    return date(2000, 1, 1), date(2100, 1, 1)


def test_copying_to_a_new_file_reports_what_was_copied_and_opens_the_copy(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str], tmp_path: Path
) -> None:
    window = demo_window
    original = window.store.db
    uids = _session_uids(original)
    seasons = len(catalog.list_seasons(original))
    target = tmp_path / "copies" / "laptop-copy.sqlite3"
    _when_shown(CopyPlannerDialog, _fill_copy(to_file=str(target)))
    window.features.shared_planners.copy_action.trigger()
    qtbot.waitUntil(lambda: window.database_path == target, timeout=60_000)
    [report] = [text for text in no_dialogs if text.startswith("Copied")]
    assert f"{seasons} seasons" in report and f"{len(uids)} sessions" in report
    assert str(target) in report
    assert _session_uids(window.store.db) == uids
    assert window.windowTitle() == "laptop-copy.sqlite3 — Race Planner"


def test_copying_onto_a_planner_that_is_not_empty_is_refused_and_changes_nothing(
    qtbot: QtBot,
    demo_window: MainWindow,
    no_dialogs: list[str],
    locked_planner: LockedPlanner,
    test_keyring: Path,
) -> None:
    window = demo_window
    source = window.database_path
    _when_shown(
        CopyPlannerDialog,
        _fill_copy(
            server=locked_planner.typed_server,
            user=locked_planner.user,
            password=locked_planner.password,
            open_copy=False,
        ),
    )
    window.features.shared_planners.copy_action.trigger()
    qtbot.waitUntil(lambda: any(t.startswith("Copied") for t in no_dialogs), timeout=60_000)
    copy = Database.open(f"{locked_planner.url.replace('@', ':' + locked_planner.password + '@')}")
    try:
        assert _session_uids(copy) == _session_uids(window.store.db)
    finally:
        copy.close()
    assert window.database_path == source  # not opened: the box was not ticked
    # Again onto the same server: it holds a planner now.
    no_dialogs.clear()
    _when_shown(
        CopyPlannerDialog,
        _fill_copy(
            server=locked_planner.typed_server,
            user=locked_planner.user,
            password=locked_planner.password,
        ),
    )
    window.features.shared_planners.copy_action.trigger()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=60_000)
    assert "already holds a planner" in no_dialogs[0]
    assert "nothing was changed" in no_dialogs[0]
    assert window.database_path == source


def test_the_copy_dialog_refuses_a_file_that_exists(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"")
    dialog = CopyPlannerDialog("planner.sqlite3", tmp_path / "x.sqlite3", demo_window)
    qtbot.addWidget(dialog)
    dialog.target_file.setText(str(existing))
    dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.target() is None
    assert "already exists" in dialog.problem.text()
    assert isinstance(dialog.findChild(QLineEdit, "server"), QLineEdit)
