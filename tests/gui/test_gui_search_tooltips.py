"""A search result's tooltip is written when it is pointed at, and says what the
month and week views' tooltips say."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from searching import find

from planner.gui.main_window import MainWindow


def test_pointing_at_a_search_result_shows_its_session_in_home_and_track_time(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    panel = find(qtbot, window, "race 2 gt4", results=1)
    entry = panel.results.item(0)
    assert entry.toolTip() == ""  # not written before anyone points at it
    viewport = panel.results.viewport()
    where = panel.results.visualItemRect(entry).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, viewport.mapToGlobal(where))
    QApplication.sendEvent(viewport, event)
    tooltip = entry.toolTip()
    assert tooltip.startswith("<b>Race 2</b>")
    assert "home time" in tooltip and "track time (Europe/" in tooltip
    assert tooltip == panel.results.found[0].tooltip()
    # Pointing at the empty space below the results writes nothing.
    below = QPoint(where.x(), viewport.height() - 2)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, below, viewport.mapToGlobal(below))
    )
    assert panel.results.itemAt(below) is None
