"""How a sheet reaches paper: a painter, a printer (print preview, Print) or a PDF file.

The layouts live in ``weekend_layout`` and ``overview_layout``, drawn with the
point-based ``canvas``. A sheet is measured at full size first; when it does
not fit one page, spacing and type shrink in steps down to a floor, and only
past that floor does it continue on a second page.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from planner.domain.errors import PlannerError
from planner.i18n import tr
from planner.printing.canvas import Canvas
from planner.printing.content import SeasonOverview, WeekendSheet
from planner.printing.overview_layout import paint_overview
from planner.printing.pages import Frame
from planner.printing.pdf_check import disk_is_nearly_full, flush_to_disk, pdf_is_complete
from planner.printing.qt_setup import (
    ensure_gui_application,
    load_bundled_fonts,
)
from planner.printing.weekend_layout import paint_weekend

Paper = Literal["a4", "letter"]
PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
MARGIN_PT = 34.0  # 12 mm: inside what office printers can reach
PDF_RESOLUTION = 1200

__all__ = [
    "Canvas",
    "Paper",
    "Sheet",
    "configure_printer",
    "ensure_gui_application",
    "page_layout",
    "paint",
    "print_to_printer",
    "render_season_pdf",
    "render_weekend_pdf",
]


Sheet = WeekendSheet | SeasonOverview


def paint(
    painter: QPainter,
    sheet: Sheet,
    page_rect: QRectF,
    *,
    new_page: Callable[[], object] | None = None,
) -> int:
    """Draw ``sheet`` into ``page_rect`` (device pixels of the painter's device).

    ``page_rect`` is the area the sheet may use, margins already taken off.
    Returns the number of pages drawn; ``new_page`` starts the next one (a
    QPrinter's or QPdfWriter's ``newPage``) and is needed only when a sheet
    does not fit one page.
    """
    return _paint(painter, sheet, page_rect, new_page)


def _paint(
    painter: QPainter,
    sheet: Sheet,
    page_rect: QRectF,
    new_page: Callable[[], object] | None,
) -> int:
    load_bundled_fonts()
    device = painter.device()
    canvas = Canvas(painter, device)
    k = canvas.k
    frame = Frame(
        page_rect.left() / k, page_rect.top() / k, page_rect.width() / k, page_rect.height() / k
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    def next_page() -> None:
        if new_page is None:
            raise RuntimeError("the sheet needs another page but no new_page was given")
        new_page()

    if isinstance(sheet, WeekendSheet):
        return paint_weekend(sheet, canvas, frame, next_page)
    return paint_overview(sheet, canvas, frame, next_page)


def print_to_printer(sheet: Sheet, printer: QPrinter) -> int:
    """Print (or preview) ``sheet`` on ``printer``: the slot for ``paintRequested``.

    The sheet keeps its own 12 mm margins from the paper's edge, or the
    printer's, where the printer cannot reach that far. Returns the pages drawn.
    """
    return _print(sheet, printer)


def _print(sheet: Sheet, printer: QPrinter) -> int:
    ensure_gui_application()
    painter = QPainter()
    if not painter.begin(printer):
        raise PlannerError(tr("The printer could not be started."))
    try:
        unit = QPrinter.Unit.DevicePixel
        paper = printer.paperRect(unit)
        printable = printer.pageRect(unit)
        k = printer.logicalDpiY() / 72.0
        margin = MARGIN_PT * k
        wanted = paper.adjusted(margin, margin, -margin, -margin)
        area = wanted.intersected(printable)
        # the painter's origin is the printable area's corner (unless full-page mode)
        if not printer.fullPage():
            area.translate(-printable.left(), -printable.top())
        return paint(painter, sheet, area, new_page=printer.newPage)
    finally:
        painter.end()


def configure_printer(
    printer: QPrinter, paper: Paper | str = "a4", *, landscape: bool = False
) -> None:
    """Set a printer's paper size and orientation (from the preferences), keeping its
    own margins; the sheet adds its 12 mm inside whatever the printer can reach."""
    layout = page_layout(paper, landscape=landscape)
    printer.setPageSize(layout.pageSize())
    printer.setPageOrientation(layout.orientation())


def page_layout(paper: Paper | str = "a4", *, landscape: bool = False) -> QPageLayout:
    """The page layout for a paper name, with no margins (the sheet keeps its own)."""
    key = paper.strip().lower()
    if key not in PAPER_SIZES:
        raise PlannerError(
            tr("Unknown paper size “{paper}”: choose a4 or letter.").format(paper=paper)
        )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(PAPER_SIZES[key]), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
    )


def _render_pdf(sheet: Sheet, path: Path | str, paper: Paper | str, landscape: bool) -> int:
    return _write_pdf(sheet, path, paper, landscape)


def _write_pdf(sheet: Sheet, path: Path | str, paper: Paper | str, landscape: bool) -> int:
    ensure_gui_application()
    load_bundled_fonts()
    target = Path(path)
    layout = page_layout(paper, landscape=landscape)
    folder = target.parent if str(target.parent) else Path()
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise PlannerError(
            tr("Could not write the PDF to {path}: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout)
        writer.setTitle(sheet.document_title)
        writer.setCreator("Race Planner")
        painter = QPainter()
        if not painter.begin(writer):
            raise PlannerError(
                tr("Could not write the PDF to {path}: {reason}").format(
                    path=target, reason="Qt could not open the file"
                )
            )
        try:
            size = layout.fullRectPoints().size()
            k = PDF_RESOLUTION / 72.0
            page = QRectF(QPointF(0, 0), QSizeF(size.width() * k, size.height() * k))
            margin = MARGIN_PT * k
            pages = paint(
                painter,
                sheet,
                page.adjusted(margin, margin, -margin, -margin),
                new_page=writer.newPage,
            )
        finally:
            finished = painter.end()
        if not finished or not pdf_is_complete(temp):
            # Qt hides write errors: a truncated file is what a full disk looks like.
            code = errno.ENOSPC if disk_is_nearly_full(temp) else errno.EIO
            raise OSError(code, os.strerror(code))
        flush_to_disk(temp)
        temp.chmod(0o644)
        temp.replace(target)
    except OSError as error:
        raise PlannerError(
            tr("Could not write the PDF to {path}: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    finally:
        if temp.exists():
            temp.unlink()
    return pages


def render_weekend_pdf(
    sheet: WeekendSheet, path: Path | str, paper: Paper | str = "a4", *, landscape: bool = False
) -> int:
    """Write the weekend sheet to a PDF (atomically); returns the number of pages."""
    return _render_pdf(sheet, path, paper, landscape)


def render_season_pdf(
    overview: SeasonOverview,
    path: Path | str,
    paper: Paper | str = "a4",
    *,
    landscape: bool = False,
) -> int:
    """Write the season (or year) overview to a PDF (atomically); returns the pages."""
    return _render_pdf(overview, path, paper, landscape)
