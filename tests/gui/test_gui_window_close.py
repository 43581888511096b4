"""Closing the window ends its background work: a shared planner is no longer checked."""

from __future__ import annotations

from planner.gui.main_window import MainWindow


def test_closing_the_window_stops_checking_the_planner_for_changes(
    demo_window: MainWindow,
) -> None:
    link = demo_window.shared
    assert link.timer.isActive()

    demo_window.close()

    assert not link.timer.isActive()
