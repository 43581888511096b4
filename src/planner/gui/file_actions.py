"""The File menu's outside parts: printing, PDF and calendar exports, schedule import.

They come from other packages (``planner.printing``, ``planner.services.feeds``,
the schedule import dialog) and are imported only when asked for; a missing
one gives a calm message, so wiring a new one is one import here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from planner.gui.errors import Dialogs

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow

log = logging.getLogger("planner.gui")


class FileActions(QObject):
    """Print, export and import for the main window (which owns the actions)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _weekend_sheet(self) -> object | None:
        """The printed sheet of the open round, in the UI language and home time."""
        from planner.printing.content import build_weekend_sheet
        from planner.services.queries import weekend
        from planner.services.results import round_results

        if self.window.round_id is None:
            return None
        round_id = self.window.store.current_id("round", self.window.round_id)
        return build_weekend_sheet(
            weekend(self.window.store.db, round_id),
            language="sv" if self.window.translations.language == "sv" else "en",
            home_zone=self.window.store.home_zone,
            results=round_results(self.window.store.db, round_id),
        )

    def print_weekend(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from planner.domain.errors import PlannerError
        from planner.printing.render import configure_printer, print_to_printer

        try:
            sheet = self._weekend_sheet()
        except PlannerError as error:
            Dialogs.show_error(self.window, str(error))
            return
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.window.settings.paper_size.lower())
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(self.tr("Print Weekend"))
        preview.paintRequested.connect(lambda target: print_to_printer(sheet, target))  # type: ignore[arg-type]
        preview.exec()

    def export_weekend_pdf(self) -> None:
        from planner.domain.errors import PlannerError
        from planner.printing.render import render_weekend_pdf

        current = self.window._current_round()
        if current is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Weekend as PDF"),
            f"{current.title}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            sheet = self._weekend_sheet()
        except PlannerError as error:
            Dialogs.show_error(self.window, str(error))
            return
        paper = self.window.settings.paper_size.lower()
        self._write_in_background(
            lambda: render_weekend_pdf(sheet, path, paper),  # type: ignore[arg-type]
            self.tr("Saved {path}.").format(path=path),
        )

    def export_feeds(self) -> None:
        """The open season as an .ics calendar file, with the default alarm."""
        from planner.services import catalog, feeds

        if self.window.season_id is None:
            return
        season = next(
            (
                s
                for s in catalog.list_seasons(self.window.store.db)
                if s.id == self.window.season_id
            ),
            None,
        )
        if season is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export Season Calendar"),
            f"{season.title}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        spec = feeds.FeedSpec(
            name=season.title,
            language="sv" if self.window.translations.language == "sv" else "en",
            season_ids=frozenset({season.id}),
            alarm_minutes=self.window.settings.default_alarm_minutes or None,
        )
        db, home = self.window.store.db, self.window.store.home_zone
        self._write_in_background(
            lambda: feeds.export_feed(db, spec, path, home_zone=home),
            self.tr("Saved {path}.").format(path=path),
        )

    def _write_in_background(self, work: Callable[[], object], done_text: str) -> None:
        """File writing off the GUI thread; the status bar says when it is done."""
        from planner.gui.workers import run_in_background

        self.window.statusBar().showMessage(self.tr("Saving…"))

        def succeeded(_result: object) -> None:
            self.window.statusBar().showMessage(done_text, 8000)

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            self.window.statusBar().clearMessage()
            if isinstance(error, PlannerError | OSError):
                Dialogs.show_error(self.window, str(error))
            else:
                log.error("writing failed\n%s", details)
                raise error

        run_in_background(work, succeeded, failed)

    def import_schedule_pdf(self) -> None:
        """Open an official timetable PDF in the schedule import dialog of the current round."""
        if self.window.round_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a schedule from a PDF"),
            str(Path.home()),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if path:
            self.import_schedule(Path(path))

    def import_schedule_text(self) -> None:
        """File → Import Schedule Text…: an empty dialog to paste into (a QAction's
        ``triggered`` would hand :meth:`import_schedule` its ``checked`` as the file)."""
        self.import_schedule()

    def import_schedule(self, file: Path | None = None) -> None:
        """Paste a published timetable into the current round (one undo step).

        With ``file``, the dialog opens with that file's text (a text file or a PDF).
        """
        from planner.gui.dialog_lifetime import delete_when_done
        from planner.gui.schedule_import_command import ImportScheduleCommand
        from planner.gui.schedule_import_dialog import ScheduleImportDialog

        if self.window.round_id is None:
            return
        db = self.window.store.db

        def imported(result: object) -> None:
            command = ImportScheduleCommand.already_applied(
                db,
                result,  # type: ignore[arg-type]
                on_change=self.window.store.notify_changed,
            )
            self.window.undo_stack.push(command)
            self.window.store.notify_changed()

        dialog = delete_when_done(
            ScheduleImportDialog(
                db, self.window.store.current_id("round", self.window.round_id), self.window
            )
        )
        dialog.imported.connect(imported)
        if file is not None:
            dialog.open_text_file(file)
        dialog.exec()

    def import_calendar_file(self, path: Path) -> None:
        """Preview an .ics file and import it as one undo step (File → Import Calendar File)."""
        self.window.features.import_calendar_file(path)
