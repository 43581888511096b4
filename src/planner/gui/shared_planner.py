"""The window's side of a planner shared with others: see their changes, notice a lost
connection, and come back by itself.

Every ~0.7 s a background check (:mod:`planner.services.change_watch`) asks whether
anyone changed the data; when so, the window reloads with its selection and scroll
position kept. A failing check shows the connection banner; the next successful one
hides it and reloads. The GUI thread never waits on the network.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QWidget,
)

from planner.gui.workers import run_in_background

if TYPE_CHECKING:
    from planner.db.database import Database
    from planner.gui.main_window import MainWindow
    from planner.gui.views.connection_banner import ConnectionBanner
    from planner.services.change_watch import ChangeWatcher

log = logging.getLogger("planner.gui")

CHECK_INTERVAL_MS = 700


class SharedPlannerLink(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._banner: ConnectionBanner | None = None  # made when first needed
        self.connected = True
        self._watcher: ChangeWatcher | None = None
        self._watched: Database | None = None
        self._checking = False
        self._pending_refresh = False
        self._stopped = False
        self._first_check = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    @property
    def banner(self) -> ConnectionBanner:
        """The note on top of the window, made the first time the connection is lost
        (the first paint does without it and its module: ~15 ms at every start)."""
        if self._banner is None:
            from planner.gui.views.connection_banner import ConnectionBanner

            self._banner = ConnectionBanner()
            self._banner.hide()
            central = self.window.centralWidget()
            layout = central.layout() if central is not None else None
            assert isinstance(layout, QBoxLayout)
            layout.insertWidget(0, self._banner)
        return self._banner

    def retranslate(self) -> None:
        if self._banner is not None:
            self._banner.retranslate()

    def stop(self) -> None:
        """No more checks (the window calls this when it closes)."""
        self._stopped = True
        self.timer.stop()
        if not self._checking:
            self._close_watcher()

    # --- the check, off the GUI thread ---------------------------------------------

    def _tick(self) -> None:
        if self._checking or self._stopped:
            return
        store = self.window.store
        if not store.is_open:
            self._close_watcher()
            return
        if store.db is not self._watched:
            self._close_watcher()
            from planner.domain.errors import StorageError
            from planner.services.change_watch import watch

            try:
                self._watcher = watch(store.db)
            except StorageError as error:  # e.g. an in-memory database: nothing to watch
                log.info("not watching for changes: %s", error)
                self._watcher = None
            self._watched = store.db
            # Its first check only learns where the data stands: what changed between the
            # window's load and that moment must still show, so reload once after it.
            self._first_check = True
        if self._pending_refresh and self._can_refresh():
            self._refresh()
        watcher = self._watcher
        if watcher is None:
            return
        self._checking = True
        run_in_background(watcher.check, self._checked, self._failed)

    def _close_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = None
        self._watched = None

    def _checked(self, changed: object) -> None:
        self._checking = False
        if self._stopped:
            self._close_watcher()
            return
        if not self.connected:
            self.connected = True
            if self._banner is not None:
                self._banner.hide()
            self.window.statusBar().showMessage(self.tr("Connected to the planner again."), 5000)
            changed = True  # whatever happened while we were away
        if self._first_check:
            self._first_check = False
            changed = True
        if changed:
            self._pending_refresh = True
            if self._can_refresh():
                self._refresh()

    def _failed(self, error: BaseException, details: str) -> None:
        from planner.domain.errors import StorageError

        self._checking = False
        if self._stopped:
            self._close_watcher()
            return
        if not isinstance(error, StorageError):
            log.error("watching for changes failed\n%s", details)
            return
        if self.connected:
            log.warning("%s", error)
        self.connected = False
        self.banner.show_lost(self.window.store.db.location if self.window.store.is_open else "")

    # --- reloading without losing the user's place ------------------------------------

    def _can_refresh(self) -> bool:
        """Not while the user types in a cell or answers a dialog: that would lose it."""
        if QApplication.activeModalWidget() is not None:
            return False
        for view in self.window.findChildren(QAbstractItemView):
            if view.state() == QAbstractItemView.State.EditingState:
                return False
        return True

    def _refresh(self) -> None:
        self._pending_refresh = False
        places = _scroll_places(self.window)
        self.window.refresh()
        for area, horizontal, vertical in places:
            area.horizontalScrollBar().setValue(horizontal)
            area.verticalScrollBar().setValue(vertical)


def _scroll_places(root: QWidget) -> list[tuple[QAbstractScrollArea, int, int]]:
    return [
        (area, area.horizontalScrollBar().value(), area.verticalScrollBar().value())
        for area in root.findChildren(QAbstractScrollArea)
        if area.isVisible()
    ]
