"""File → Print Season / Year and their PDF exports: the season overview sheet.

The same options as the weekend sheet: a print preview (print from there, on the
paper size of the preferences) or a PDF written on a worker thread; in the UI
language. The year is the open season's year: every season of it on one page.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from planner.gui.errors import Dialogs

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow
    from planner.printing.content import SeasonOverview

log = logging.getLogger("planner.gui")


class OverviewPrinting(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _language(self) -> str:
        return "sv" if self.window.translations.language == "sv" else "en"

    def open_season_title(self) -> tuple[int, str, int] | None:
        """(id, title, year) of the open season, None when none is open."""
        from planner.domain.errors import NotFoundError
        from planner.services import catalog

        if not self.window.store.is_open or self.window.season_id is None:
            return None
        try:
            season = catalog.get_season(self.window.store.db, self.window.season_id)
        except NotFoundError:
            return None
        return season.id, season.title, season.year

    def season_overview(self) -> SeasonOverview | None:
        from planner.printing.content import build_season_overview
        from planner.services import queries

        found = self.open_season_title()
        if found is None:
            return None
        rounds = queries.list_rounds(self.window.store.db, found[0])
        return build_season_overview(rounds, language=self._language())  # type: ignore[arg-type]

    def year_overview(self) -> SeasonOverview | None:
        from planner.printing.content import build_season_overview
        from planner.services import catalog, queries

        found = self.open_season_title()
        if found is None:
            return None
        year = found[2]
        db = self.window.store.db
        rounds = [
            item
            for season in catalog.list_seasons(db)
            if season.year == year
            for item in queries.list_rounds(db, season.id)
        ]
        return build_season_overview(rounds, language=self._language(), year=year)  # type: ignore[arg-type]

    def print_season(self) -> None:
        self._preview(self.season_overview(), self.tr("Print Season"))

    def print_year(self) -> None:
        self._preview(self.year_overview(), self.tr("Print Year"))

    def export_season_pdf(self) -> None:
        found = self.open_season_title()
        if found is not None:
            self._export(self.season_overview(), f"{found[1]}.pdf", self.tr("Export Season as PDF"))

    def export_year_pdf(self) -> None:
        found = self.open_season_title()
        if found is not None:
            self._export(self.year_overview(), f"{found[2]}.pdf", self.tr("Export Year as PDF"))

    def _preview(self, overview: SeasonOverview | None, title: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from planner.printing.render import configure_printer, print_to_printer

        if overview is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.window.settings.paper_size.lower())
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(title)
        preview.paintRequested.connect(lambda target: print_to_printer(overview, target))
        preview.exec()

    def _export(self, overview: SeasonOverview | None, name: str, title: str) -> None:
        from planner.gui.workers import run_in_background
        from planner.printing.render import render_season_pdf

        if overview is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window, title, name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        paper = self.window.settings.paper_size.lower()
        status = self.window.statusBar()
        status.showMessage(self.tr("Saving…"))

        def done(_pages: object) -> None:
            status.showMessage(self.tr("Saved {path}.").format(path=path), 8000)

        def failed(error: BaseException, details: str) -> None:
            from planner.domain.errors import PlannerError

            status.clearMessage()
            if isinstance(error, PlannerError | OSError):
                Dialogs.show_error(self.window, str(error))
            else:
                log.error("writing a PDF failed\n%s", details)
                raise error

        run_in_background(lambda: render_season_pdf(overview, path, paper), done, failed)
