"""View → Conflicts: every clash in home time; double-click goes to the session."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog, rounds, sessions, tracks


def _two_races_at_once(window: MainWindow) -> tuple[int, int]:
    """Jessica at Hockenheim and Andreas at Zandvoort, both on track at 14:00 CEST."""
    db = window.store.db
    library = tracks.list_tracks(db)
    hockenheim = next(t for t in library if t.name == "Hockenheimring")
    zandvoort = next(t for t in library if "Zandvoort" in t.name)
    jessica = catalog.add_driver(db, "Jessica Bäckman", followed=True)
    andreas = catalog.add_driver(db, "Andreas Bäckman", followed=True)
    found = []
    for series_name, track, driver in (
        ("GT4 European Series", hockenheim, jessica),
        ("TCR Europe", zandvoort, andreas),
    ):
        series = catalog.add_series(db, series_name)
        season = catalog.add_season(db, series.id, 2024)
        weekend = rounds.add_round(
            db,
            season.id,
            number=None,
            track_id=track.id,
            first_day=date(2024, 9, 6),
            last_day=date(2024, 9, 8),
        )
        race = sessions.add_session(
            db,
            weekend.id,
            sessions.NewSession("Race 1", "race", datetime(2024, 9, 7, 14, 0), 60),
            driver_ids=[driver.id],
        )
        found.append((weekend.id, race.id))
    window.store.notify_changed()
    return found[1]


def test_conflicts_panel_lists_the_clash_in_home_time_and_goes_to_the_session(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    window = empty_window
    round_id, session_id = _two_races_at_once(window)
    dock = window.features.conflicts_dock
    assert dock.toggleViewAction() in window.view_menu.actions()
    dock.show()
    dock.raise_()
    QApplication.processEvents()
    tree = window.features.conflicts.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=5000)
    clash = tree.topLevelItem(0)
    assert clash is not None
    assert clash.text(1) == "Family on track at once"
    # Home is London: 14:00 CEST is 13:00 BST.
    assert clash.text(0) == "Sat 7 Sept 13:00"
    texts = sorted(clash.child(i).text(1) for i in range(clash.childCount()))
    assert texts == [
        "GT4 European Series · Hockenheim · Race 1 (Jessica Bäckman)",
        "TCR Europe · Zandvoort · Race 1 (Andreas Bäckman)",
    ]
    tcr = next(clash.child(i) for i in range(clash.childCount()) if "TCR" in clash.child(i).text(1))
    tree.scrollToItem(tcr)
    rect = tree.visualItemRect(tcr)
    # A real double-click: press and release first, then the double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.round_id == round_id
    current = window.weekend_view.current_session()
    assert current is not None and current.id == session_id

    window.store.set_home_zone("Europe/Stockholm")
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(0) == "Sat 7 Sept 14:00", timeout=5000)  # type: ignore[union-attr]
