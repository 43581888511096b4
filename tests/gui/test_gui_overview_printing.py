"""File → Print Season Overview / Print Year and their PDFs, like the weekend sheet."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from modal import when_shown
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog


def _open_gt4(window: MainWindow) -> None:
    window.open_season(
        next(s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4"))
    )


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_season_overview_and_year_export_as_pdf(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    _open_gt4(window)
    features = window.features
    assert features.print_year_action.text() == "Print &Year 2023…"
    season_pdf = tmp_path / "season.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(season_pdf), ""))
    )
    features.export_season_pdf_action.trigger()
    qtbot.waitUntil(lambda: season_pdf.exists(), timeout=20000)
    text = _pdf_text(season_pdf)
    assert "GT4 European Series 2023" in text
    assert "Hockenheim" in text

    year_pdf = tmp_path / "year.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(year_pdf), ""))
    )
    features.export_year_pdf_action.trigger()
    qtbot.waitUntil(lambda: year_pdf.exists(), timeout=20000)
    year_text = _pdf_text(year_pdf)
    assert year_text.startswith("2023")
    seasons_2023 = [s for s in catalog.list_seasons(window.store.db) if s.year == 2023]
    for season in seasons_2023:
        assert season.series_name.split()[0] in year_text


def test_season_overview_prints_through_a_preview_in_swedish(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.set_language("sv")
    _open_gt4(window)
    pages: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10000)
        pages.append(preview.pageCount())
        assert dialog.windowTitle() == "Skriv ut säsongen"
        dialog.reject()

    seen = when_shown(QPrintPreviewDialog, look)
    assert window.features.print_season_action.text() == "Skriv ut säsongs&översikt…"
    window.features.print_season_action.trigger()
    assert seen and pages == [1]
