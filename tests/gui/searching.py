"""Searching as a user does: Edit → Find…, type words, wait for the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from planner.gui.main_window import MainWindow
    from planner.gui.views.search_panel import SearchPanel


def type_search(qtbot: QtBot, panel: SearchPanel, words: str, results: int | None = None) -> None:
    """Type ``words`` into the search (after clearing it) and wait for ``results`` results,
    or for any when ``results`` is None."""
    panel.line.clear()
    QTest.keyClicks(panel.line, words)
    if results is None:
        qtbot.waitUntil(lambda: panel.results.count() > 0)
    else:
        qtbot.waitUntil(lambda: panel.results.count() == results)


def find(qtbot: QtBot, window: MainWindow, words: str, results: int | None = None) -> SearchPanel:
    """Edit → Find…, then ``words`` typed as in ``type_search``."""
    window.find_action.trigger()
    panel = window.calendar.search_panel()
    type_search(qtbot, panel, words, results)
    return panel
