"""File → Import Calendar File… and .ics files dropped on the window.

The preview dialog decides; the import runs on a worker thread and lands on the
undo stack as one step (``ImportIcsCommand``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from planner.gui.errors import Dialogs

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

log = logging.getLogger("planner.gui")


def _ics_paths(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical", ".ifb"))
    ]


class CalendarFileImport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)

    def choose_and_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Calendar File"),
            "",
            self.tr("Calendar files (*.ics *.ical);;All files (*)"),
        )
        if chosen:
            self.import_calendar_file(Path(chosen))

    def import_calendar_file(self, path: Path) -> None:
        """Preview ``path`` and import it if the user says so (packaging routes
        "open an .ics with Race Planner" here)."""
        from planner.gui.dialog_lifetime import delete_when_done
        from planner.gui.dialogs.ics_import_dialog import IcsImportDialog
        from planner.services import catalog
        from planner.services.tracks import list_tracks

        window = self.window
        if not window.store.is_open:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            Dialogs.show_error(
                window,
                self.tr("Cannot read {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return
        db = window.store.db
        dialog = delete_when_done(
            IcsImportDialog(
                db,
                Path(path),
                data,
                window.store.home_zone,
                [series.name for series in catalog.list_series(db)],
                list_tracks(db),
                window.store.clock().year,
                window,
            )
        )
        if dialog.exec():
            self._import(
                Path(path),
                data,
                dialog.chosen_series(),
                dialog.chosen_year(),
                dialog.chosen_places(),
            )

    def _import(
        self,
        path: Path,
        data: bytes,
        series: str | None,
        year: int | None,
        places: dict[str, str],
    ) -> None:
        from planner.gui.ics_import_command import ImportIcsCommand
        from planner.gui.workers import run_in_background

        window = self.window
        command = ImportIcsCommand(
            window.store.db,
            data,
            path.name,
            series=series,
            year=year,
            places=places,
            on_change=window.store.notify_changed,
        )
        window.statusBar().showMessage(self.tr("Importing {file}…").format(file=path.name))

        def done(_report: object) -> None:
            report = command.report
            assert report is not None
            window.undo_stack.push(command)  # already done: the push does not import again
            window.statusBar().showMessage(
                self.tr("Imported {file}: {added} added, {updated} updated.").format(
                    file=path.name, added=len(report.added), updated=len(report.updated)
                ),
                10000,
            )

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            window.statusBar().clearMessage()
            if isinstance(error, PlannerError):
                Dialogs.show_error(window, str(error))
            else:
                log.error("ics import failed\n%s", details)
                raise error

        def work() -> object:
            report = command.run_first()
            window.store.db.release_thread_connections()
            return report

        run_in_background(work, done, failed)

    # The window hands its drag and drop events here (MainWindow.dragEnterEvent, ...):
    # overriding those handlers costs nothing until a drag comes, where an event filter
    # on the window ran Python for every event it got (~190 before the first paint).

    def accept_drag(self, event: QDragMoveEvent) -> bool:
        """Accept a drag of .ics files over the window while a planner is open."""
        if _ics_paths(event) and self.window.store.is_open:
            event.acceptProposedAction()
            return True
        return False

    def drop(self, event: QDropEvent) -> bool:
        """Import the .ics files dropped on the window, one preview each."""
        paths = _ics_paths(event)
        if not paths or not self.window.store.is_open:
            return False
        event.acceptProposedAction()
        for path in paths:
            self.import_calendar_file(path)
        return True
