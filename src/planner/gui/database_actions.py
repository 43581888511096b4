"""File menu: which planner file is open, and new, open, recent, back up and restore.

Opening, creating, backing up and restoring run on a worker thread; the window
switches to the opened file only once it opened (a file that cannot be opened,
e.g. one written by a newer version, leaves the current one open and says why,
with the same message as the command line).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from planner.gui.errors import Dialogs
from planner.gui.icons import icon
from planner.paths import is_database_url

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow
    from planner.gui.startup import OpenedDatabase

log = logging.getLogger("planner.gui")


def open_existing(path: Path) -> OpenedDatabase:
    """Worker thread: open a planner file that must exist (migrating an older one)."""
    from planner.db.database import Database
    from planner.gui.startup import OpenedDatabase

    db = Database.open(path, create=False)
    db.engine.dispose()  # connections were made on this thread; the GUI thread makes its own
    return OpenedDatabase(db=db, path=path, created_demo=False)


def create_new(path: Path) -> OpenedDatabase:
    """Worker thread: a new, empty planner with the circuit library."""
    from planner.db.database import Database
    from planner.gui.startup import OpenedDatabase
    from planner.services.tracks import install_circuit_library

    db = Database.open(path)
    install_circuit_library(db)
    db.engine.dispose()
    return OpenedDatabase(db=db, path=path, created_demo=False)


def _restore_and_open(backup: Path, target: Path) -> tuple[OpenedDatabase, Path]:
    from planner.services.backups import restore

    kept = restore(backup, target)
    return open_existing(target), kept


class DatabaseActions(QObject):
    """The actions naming, switching, backing up and restoring the open planner file."""

    FILTER = "Race Planner (*.sqlite3 *.db *.sqlite);;*"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_planner_action = self._action("add", self.new_planner)
        self.open_action = self._action("import", self.open_planner)
        self.open_action.setShortcut("Ctrl+O")
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.back_up_action = self._action("export", self.back_up)
        self.restore_action = self._action("import", self.restore_backup)

    def _action(self, icon_name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.new_planner_action.setText(self.tr("&New Planner…"))
        self.open_action.setText(self.tr("&Open Planner…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.back_up_action.setText(self.tr("&Back Up…"))
        self.restore_action.setText(self.tr("Restore from Bac&kup…"))
        self.update_title()
        self.update_actions()  # the status tips in the new language

    def update_title(self) -> None:
        """The window title names the open file; its full path is in the status tip."""
        path = self.window.database_path
        store = self.window.store
        if path is None and store.is_open:
            # a shared planner on a server: its URL, never with a password
            self.window.setWindowTitle(
                self.tr("{location} (shared) — Race Planner").format(location=store.db.location)
            )
        elif path is None:
            self.window.setWindowTitle(self.tr("Race Planner"))
        else:
            self.window.setWindowTitle(self.tr("{file} — Race Planner").format(file=path.name))
            self.window.setWindowFilePath(str(path))

    def update_actions(self) -> None:
        is_open = self.window.store.is_open
        # A shared planner on a server has no file to copy or replace: its server keeps
        # the backups (and File → Copy Planner To… makes a file of it).
        is_file = is_open and self.window.database_path is not None
        shared_tip = (
            self.tr("A shared planner is backed up on its database server.")
            if is_open and not is_file
            else ""
        )
        for action in (self.back_up_action, self.restore_action):
            action.setEnabled(is_file)
            action.setStatusTip(shared_tip)

    def attached(self, path: Path | None) -> None:
        """The window now shows ``path`` (None: a shared planner): name it, and put a
        file first in the recent list."""
        if path is not None:
            self.window.settings.remember_database(str(path))
        elif self.window.store.is_open:  # a shared planner: its URL, never a password
            self.window.settings.remember_database(self.window.store.db.location)
        self.update_title()

    # --- switching files ------------------------------------------------------------

    def _dialog_folder(self) -> str:
        path = self.window.database_path
        return str(path.parent) if path is not None else ""

    def new_planner(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New Planner"),
            str(Path(self._dialog_folder()) / "planner.sqlite3"),
            self.FILTER,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.exists():
            Dialogs.show_error(
                self.window,
                self.tr(
                    "{path} already exists. Choose another name, or open it with File → Open."
                ).format(path=path),
            )
            return
        self._switch(lambda: create_new(path), self.tr("Creating {path}…").format(path=path))

    def open_planner(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Planner"), self._dialog_folder(), self.FILTER
        )
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> None:
        """Open the planner file ``path`` in the window (the current one stays if it fails)."""
        if self.window.database_path is not None and path == self.window.database_path:
            return
        self._switch(lambda: open_existing(path), self.tr("Opening {path}…").format(path=path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.window.database_path or "")
        paths = [p for p in self.window.settings.recent_databases if p != current]
        if self.window.store.is_open and self.window.database_path is None:
            paths = [p for p in paths if p != self.window.store.db.location]
        shared = self.window.features.shared_planners
        for text in paths:
            if is_database_url(text):  # a shared planner, opened by Connect
                action = self.recent_menu.addAction(self.tr("{url} (shared)").format(url=text))
                action.triggered.connect(lambda _checked=False, u=text: shared.open_url(u))
            else:
                action = self.recent_menu.addAction(Path(text).name)
                action.triggered.connect(lambda _checked=False, p=text: self.open_path(Path(p)))
            action.setToolTip(text)
            action.setStatusTip(text)
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No other planners yet"))
            empty.setEnabled(False)

    def _switch(
        self,
        work: Callable[[], OpenedDatabase],
        busy_text: str,
        done: Callable[[], None] | None = None,
    ) -> None:
        from planner.gui.workers import run_in_background

        self.window.statusBar().showMessage(busy_text)

        def opened(result: object) -> None:
            self.window.statusBar().clearMessage()
            self.show_database(result)  # type: ignore[arg-type]
            if done is not None:
                done()

        run_in_background(work, opened, self._failed)

    def show_database(self, opened: OpenedDatabase) -> None:
        """Close the file shown and show ``opened`` (undo history belongs to a file)."""
        window = self.window
        window.store.set_database(None)
        window.season_id = window.round_id = None
        window.undo_stack.clear()
        window.attach_database(opened)

    def _failed(self, error: BaseException, details: str) -> None:
        from planner.domain.errors import PlannerError

        self.window.statusBar().clearMessage()
        if isinstance(error, PlannerError | OSError):
            Dialogs.show_error(self.window, str(error))
        else:
            log.error("opening a planner failed\n%s", details)
            raise error

    # --- backups ----------------------------------------------------------------------

    def back_up(self) -> None:
        from planner.gui.workers import run_in_background
        from planner.services.backups import back_up

        path = self.window.database_path
        if path is None or not self.window.store.is_open:
            return
        suggested = path.with_name(f"{path.stem}-backup-{date.today().isoformat()}{path.suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Back Up Planner"), str(suggested), self.FILTER
        )
        if not chosen:
            return
        target = Path(chosen)
        db = self.window.store.db
        self.window.statusBar().showMessage(self.tr("Backing up…"))

        def done(_result: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backed up to {path}.").format(path=target), 10000
            )

        run_in_background(lambda: back_up(db, target), done, self._failed)

    def restore_backup(self) -> None:
        path = self.window.database_path
        if path is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from Backup"), self._dialog_folder(), self.FILTER
        )
        if not chosen:
            return
        backup = Path(chosen)
        if backup == path:
            return
        question = self.tr(
            "Replace the open planner {current} with the backup {backup}?\n\n"
            "The planner as it is now is kept beside it under a dated name "
            "(…before-restore-…), so you can restore it the same way to go back."
        ).format(current=path.name, backup=backup)
        if not Dialogs.ask(self.window, question, self.tr("Restore from Backup")):
            return
        from PySide6.QtCore import QThreadPool

        from planner.gui.workers import run_in_background

        # Every connection to the file closes before it is moved aside.
        QThreadPool.globalInstance().waitForDone()
        self.window.store.set_database(None)
        self.window.undo_stack.clear()
        self.window.statusBar().showMessage(self.tr("Restoring…"))

        def restored(result: object) -> None:
            assert isinstance(result, tuple)
            opened, kept = result
            self.window.statusBar().clearMessage()
            self.show_database(opened)
            Dialogs.show_info(
                self.window,
                self.tr(
                    "Restored {backup}. The planner you had is kept as {kept}; "
                    "restore that file to go back."
                ).format(backup=backup.name, kept=kept),
            )

        def failed(error: BaseException, details: str) -> None:
            # Nothing was replaced: show the file that was open again.
            self._failed(error, details)
            self._switch(lambda: open_existing(path), self.tr("Opening {path}…").format(path=path))

        run_in_background(lambda: _restore_and_open(backup, path), restored, failed)
