"""File menu exports: the weekend sheet as PDF and the season as .ics, written
on a worker thread; the window says when it is done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog, queries


def _gt4(window: MainWindow) -> int:
    return next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(path), ""))
    )


def test_weekend_sheet_exports_as_pdf(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    hockenheim = next(
        r for r in queries.list_rounds(window.store.db, _gt4(window)) if r.number == 5
    )
    window.open_round(hockenheim.id)
    target = tmp_path / "hockenheim.pdf"
    _save_as(monkeypatch, target)
    window.export_pdf_action.trigger()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")


def test_season_exports_as_an_ics_calendar(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    window.open_season(_gt4(window))
    target = tmp_path / "gt4.ics"
    _save_as(monkeypatch, target)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=20000)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") == 6  # the six sessions at Hockenheim
