"""The Qt side on its own: QR codes that scan, printers, fonts."""

from __future__ import annotations

from pathlib import Path

import segno
from printing_helpers import page_count, pdf_text
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QRawFont
from PySide6.QtPrintSupport import QPrinter

from planner.paths import resource_path
from planner.printing.canvas import Canvas
from planner.printing.content import build_weekend_sheet
from planner.printing.qt_setup import FAMILY, FONT_FILES, load_bundled_fonts
from planner.printing.render import print_to_printer
from planner.services.views import WeekendView

URL = "https://livetiming.getraceresults.com/24hseries"


def test_qr_code_modules_match_segno() -> None:
    load_bundled_fonts()
    matrix = segno.make(URL, error="m", micro=False).matrix
    modules = len(matrix)
    pixels_per_module = 6
    image = QImage(
        modules * pixels_per_module, modules * pixels_per_module, QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(int(72 / 0.0254))  # 72 dpi: one point is one pixel
    image.setDotsPerMeterY(int(72 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    canvas = Canvas(painter, image)
    canvas.qr_code(URL, 0, 0, modules * pixels_per_module / canvas.k)
    painter.end()
    for row in range(modules):
        for column in range(modules):
            centre = QPointF((column + 0.5) * pixels_per_module, (row + 0.5) * pixels_per_module)
            dark = image.pixelColor(centre.toPoint()).lightness() < 128
            assert dark == bool(matrix[row][column]), (row, column)


def test_bundled_font_covers_swedish_letters() -> None:
    families = load_bundled_fonts()
    assert FAMILY in families
    assert QFontDatabase.hasFamily(FAMILY)
    for name in FONT_FILES:
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        assert raw.isValid(), name
        for letter in "åäöÅÄÖéüßøæ→–—·°":
            assert raw.supportsCharacter(ord(letter)), (name, letter)


def test_print_to_printer_draws_one_page(gt4_hockenheim: WeekendView, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    sheet = build_weekend_sheet(gt4_hockenheim, language="sv")
    assert print_to_printer(sheet, printer) == 1
    assert page_count(out) == 1
    assert "Lördag 2 september" in pdf_text(out)


def test_rendering_gives_back_every_reference_to_none(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    # PySide6 6.12.0 on Python 3.11 lost a reference to None per void call (pyproject pins
    # it out); this catches such a Qt build before the interpreter aborts in the field.
    import sys

    from planner.printing.render import render_weekend_pdf

    sheet = build_weekend_sheet(gt4_hockenheim)
    render_weekend_pdf(sheet, tmp_path / "warm-up.pdf")
    before = sys.getrefcount(None)
    for index in range(5):
        render_weekend_pdf(sheet, tmp_path / f"sheet-{index}.pdf")
    assert sys.getrefcount(None) >= before - 50


def test_configure_printer_sets_paper_and_orientation(
    hockenheim_12h: WeekendView, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize

    from planner.printing.qt_setup import ensure_gui_application
    from planner.printing.render import configure_printer

    ensure_gui_application()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # like a print preview
    configure_printer(printer, "letter", landscape=True)
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(out))
    assert print_to_printer(build_weekend_sheet(hockenheim_12h), printer) == 1
    assert "Race – Part 2" in pdf_text(out)
