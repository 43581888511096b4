"""A round switch in a narrow window leaves the docks where they are (issue 19).

The weekend page's title and circuit box used to ask for their whole text as the
window's minimum width: switching from a round with a short title to one with a long
title re-laid out the main window, the docks jumped and the navigator repainted.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog, queries


def _gt4_round(window: MainWindow, number: int) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == number)


def _dock_widths(window: MainWindow) -> tuple[int, int]:
    return window.navigator_dock.width(), window.next_up_dock.width()


def test_docks_keep_their_width_when_the_round_title_grows(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(800, 600)
    short_round, long_round = _gt4_round(window, 3), _gt4_round(window, 5)  # Spa, Hockenheim
    window.navigator.setCurrentIndex(window.navigator_model.find("round", short_round))
    qtbot.wait(30)  # the layout settles
    before = _dock_widths(window)
    title = window.weekend_view.header.title

    window.navigator.setCurrentIndex(window.navigator_model.find("round", long_round))
    qtbot.wait(30)
    assert title.text() == "GT4 European Series 2023 · Round 5 · Hockenheim"
    assert _dock_widths(window) == before

    window.navigator.setCurrentIndex(window.navigator_model.find("round", short_round))
    qtbot.wait(30)
    assert _dock_widths(window) == before


def test_a_cut_title_keeps_its_whole_text_in_the_tooltip(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(800, 600)
    window.navigator.setCurrentIndex(window.navigator_model.find("round", _gt4_round(window, 5)))
    qtbot.wait(30)
    title = window.weekend_view.header.title
    whole = "GT4 European Series 2023 · Round 5 · Hockenheim"
    assert title.accessibleName() == whole
    title.resize(120, title.height())
    assert title.is_elided()
    assert title.toolTip() == whole
    title.resize(title.sizeHint().width(), title.height())
    assert not title.is_elided()
    assert title.toolTip() == ""
