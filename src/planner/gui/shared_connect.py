"""File → Connect to a Shared Planner… and File → Copy Planner To…: the window's ways onto
a team's planner on a PostgreSQL server and of moving a whole planner there (or back).

Connecting and copying run on a worker thread (a server far away, and migrations, take
seconds) behind a busy indicator; the planner open before stays open until the other one
is open. A refused login or an unreachable server gets a message saying what and where.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog

from planner.gui.dialog_lifetime import delete_when_done
from planner.gui.errors import Dialogs
from planner.gui.icons import icon

if TYPE_CHECKING:
    from planner.gui.dialogs.copy_planner_dialog import CopyTarget
    from planner.gui.main_window import MainWindow
    from planner.gui.startup import OpenedDatabase
    from planner.services.shared_connection import ServerLogin
    from planner.services.store_copy import CopyReport

log = logging.getLogger("planner.gui")


class SharedPlannerActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.connect_action = QAction(icon("import"), "", window)
        self.connect_action.triggered.connect(lambda: self.ask_and_connect())
        self.copy_action = QAction(icon("export"), "", window)
        self.copy_action.triggered.connect(self.choose_and_copy)
        for action in (self.connect_action, self.copy_action):
            window.addAction(action)
        self.busy: QProgressDialog | None = None

    def retranslate(self) -> None:
        self.connect_action.setText(self.tr("Connect to a S&hared Planner…"))
        self.connect_action.setStatusTip(self.tr("Open the team's planner on a PostgreSQL server"))
        self.copy_action.setText(self.tr("Cop&y Planner To…"))
        self.copy_action.setStatusTip(
            self.tr("Copy the whole planner into a new file or onto a shared planner")
        )

    def update_actions(self) -> None:
        self.copy_action.setEnabled(self.window.store.is_open)

    # --- connecting ------------------------------------------------------------------

    def ask_and_connect(self, url: str = "", problem: str = "") -> None:
        """The Connect dialog (filled in with ``url`` and ``problem`` when given)."""
        from planner.gui.dialogs.connect_dialog import ConnectDialog

        dialog = delete_when_done(ConnectDialog(url, self.window))
        if problem:
            dialog.problem.setText(problem)
            dialog.problem.show()
        dialog.exec()
        login = dialog.login()
        if login is not None:
            self.connect_to(login)

    def open_url(self, url: str) -> None:
        """A shared planner from Open Recent: with the password the keyring (or
        ``~/.pgpass``) keeps; asked for in the Connect dialog when that does not do."""
        from planner.services.shared_connection import ServerAddress, ServerLogin

        if self.window.store.is_open and self.window.store.db.location == url:
            return
        self.connect_to(ServerLogin(ServerAddress(url)))

    def connect_to(self, login: ServerLogin) -> None:
        from planner.gui.startup import open_shared
        from planner.gui.workers import run_in_background

        def work() -> OpenedDatabase:
            opened = open_shared(login.connect_url())
            login.remember_if_asked()
            return opened

        def opened(result: object) -> None:
            self._done()
            self.window.features.databases.show_database(result)  # type: ignore[arg-type]
            self.window.statusBar().showMessage(
                self.tr("Connected to {url}.").format(url=login.url), 10000
            )

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            self._done()
            if not isinstance(error, PlannerError | OSError):
                log.error("connecting to a shared planner failed\n%s", details)
                raise error
            Dialogs.show_error(self.window, str(error), self.tr("Connect to a Shared Planner"))

        self._start(self.tr("Connecting to {url}…").format(url=login.url))
        run_in_background(work, opened, failed)

    # --- copying ---------------------------------------------------------------------

    def choose_and_copy(self) -> None:
        from planner.gui.dialogs.copy_planner_dialog import CopyPlannerDialog

        window = self.window
        if not window.store.is_open:
            return
        location = window.store.db.location
        folder = window.database_path.parent if window.database_path else Path.home()
        dialog = delete_when_done(
            CopyPlannerDialog(location, folder / "planner-copy.sqlite3", window)
        )
        dialog.exec()
        target = dialog.target()
        if target is not None:
            self.copy(target)

    def copy(self, target: CopyTarget) -> None:
        from planner.gui.workers import run_in_background

        source = self.window.store.db

        def work() -> CopyReport:
            return copy_into(source, target)

        def copied(result: object) -> None:
            self._done()
            report: CopyReport = result  # type: ignore[assignment]
            Dialogs.show_info(self.window, self.report_text(report), self.tr("Copy Planner To"))
            if target.open_copy:
                self._open_copy(target)

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            self._done()
            if not isinstance(error, PlannerError | OSError):
                log.error("copying the planner failed\n%s", details)
                raise error
            Dialogs.show_error(self.window, str(error), self.tr("Copy Planner To"))

        self._start(self.tr("Copying the planner to {target}…").format(target=target.shown))
        run_in_background(work, copied, failed)

    def report_text(self, report: CopyReport) -> str:
        return self.tr(
            "Copied {total} rows to {target}: {series} series, {seasons} seasons, "
            "{rounds} rounds, {sessions} sessions, {drivers} drivers, {cars} cars and "
            "{feeds} saved feeds, every identifier kept. {source} is unchanged."
        ).format(
            total=report.total,
            target=report.target,
            series=report.count("series"),
            seasons=report.count("seasons"),
            rounds=report.count("rounds"),
            sessions=report.count("sessions"),
            drivers=report.count("drivers"),
            cars=report.count("cars"),
            feeds=report.count("feeds"),
            source=report.source,
        )

    def _open_copy(self, target: CopyTarget) -> None:
        if target.file is not None:
            self.window.features.databases.open_path(target.file)
        elif target.server is not None:
            self.connect_to(target.server)

    # --- busy indicator ----------------------------------------------------------------

    def _start(self, text: str) -> None:
        self.window.statusBar().showMessage(text)
        busy = self.busy = QProgressDialog(text, "", 0, 0, self.window)
        busy.setWindowTitle(self.tr("Race Planner"))
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(400)
        busy.setAutoClose(False)
        busy.setValue(0)

    def _done(self) -> None:
        self.window.statusBar().clearMessage()
        if self.busy is not None:
            self.busy.reset()
            self.busy.close()  # now: a dialog shown next must not sit behind it
            self.busy.deleteLater()
            self.busy = None


def copy_into(source: object, target: CopyTarget) -> CopyReport:
    """Worker thread: open (or create) the target, copy into it, close it again."""
    from planner.db.database import Database
    from planner.services.store_copy import copy_planner

    assert isinstance(source, Database)
    if target.file is None:
        assert target.server is not None
        opened = Database.open(target.server.connect_url())
        try:
            return copy_planner(source, opened)
        finally:
            opened.close()
    opened = Database.open(target.file)
    try:
        return copy_planner(source, opened)
    except BaseException:
        opened.close()
        _remove_new_file(target.file)  # nothing half-made stays behind
        raise
    finally:
        opened.close()


def _remove_new_file(path: Path) -> None:
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        path.with_name(name).unlink(missing_ok=True)
