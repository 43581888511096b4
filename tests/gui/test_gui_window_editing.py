"""Window behaviour around rounds: selection after delete and undo, new round defaults,
restored geometry, steady toolbar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.gui.models.roles import ID_ROLE, KIND_ROLE
from planner.services import catalog, queries


def _gt4_season(window: MainWindow) -> int:
    return next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )


def _navigator_current(window: MainWindow) -> tuple[str, int]:
    index = window.navigator.currentIndex()
    return str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))


def test_removing_a_round_and_undoing_it_stays_on_its_season(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    season_id = _gt4_season(window)
    round_id = next(r.id for r in queries.list_rounds(window.store.db, season_id) if r.number == 5)
    window.open_round(round_id)
    window.navigator.setFocus()
    window.delete_round_action.trigger()
    assert window.season_id == season_id
    assert _navigator_current(window) == ("season", season_id)
    assert window.season_view.header.title.text().startswith("GT4")
    window.undo_action.trigger()
    assert window.season_id == season_id
    assert _navigator_current(window)[0] in ("season", "round")
    assert window.season_view.header.title.text().startswith("GT4")
    window.redo_action.trigger()
    assert window.season_id == season_id
    assert window.season_view.header.title.text().startswith("GT4")


def test_new_round_starts_the_weekend_after_the_last_round_and_asks_about_long_ones(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner.gui.dialogs.new_round import NewRoundDialog
    from planner.gui.errors import Dialogs

    window = demo_window
    season_id = _gt4_season(window)
    window.open_season(season_id)
    last = max(r.last_day for r in queries.list_rounds(window.store.db, season_id))
    asked: list[str] = []
    monkeypatch.setattr(
        Dialogs, "ask", classmethod(lambda _c, _p, question, _t="": asked.append(question) or False)
    )
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewRoundDialog):
            QTimer.singleShot(20, fill)
            return
        first = dialog.first_day.date().toPython()
        seen["first"] = first
        seen["last"] = dialog.last_day.date().toPython()
        dialog.first_day.setDate(dialog.first_day.date().addDays(7))
        seen["follows"] = dialog.last_day.date().toPython()
        qtbot.keyClicks(dialog.circuit, "hock")
        dialog.last_day.setDate(dialog.first_day.date().addDays(14))
        dialog.accept()  # a 15-day round: asked, and the answer is no
        seen["still_open"] = dialog.isVisible()
        dialog.last_day.setDate(dialog.first_day.date().addDays(2))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.new_round_action.trigger()
    first = seen["first"]
    assert isinstance(first, date) and first > last and first.weekday() == 4
    assert (seen["last"] - first).days == 2  # type: ignore[operator]
    assert (seen["follows"] - first).days == 9  # type: ignore[operator]
    assert seen["still_open"] is True
    assert asked and "15 days" in asked[0]
    added = max(queries.list_rounds(window.store.db, season_id), key=lambda r: r.first_day)
    assert added.track.name == "Hockenheimring"
    assert (added.last_day - added.first_day).days == 2
    assert added.first_day == first + (date(2000, 1, 8) - date(2000, 1, 1))


def test_a_window_saved_bigger_than_the_screen_is_fitted_on_restore(
    qtbot: QtBot,
    settings,
    no_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QRect

    from planner.gui.settings import AppSettings
    from planner.gui.store import Store
    from planner.gui.window_geometry import fitted

    first = MainWindow(settings, Store())
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    first.setGeometry(QRect(-300, -200, available.width() * 2, available.height() * 2))
    first.navigator_dock.show()
    first.resizeDocks([first.navigator_dock], [75], Qt.Orientation.Horizontal)
    first.close()  # saves geometry and dock state

    again = MainWindow(AppSettings(settings.path), Store())
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(50)
    # Within the screen, give or take the few pixels of the (platform's) frame.
    assert available.adjusted(-4, -4, 4, 4).contains(again.frameGeometry())
    assert again.width() <= available.width() and again.height() <= available.height()
    assert fitted(QRect(0, 0, 5000, 5000), available) == available
    assert again.navigator_dock.width() >= 180


def test_toolbar_undo_keeps_its_width_when_the_undo_text_changes(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QToolButton

    from planner.gui.commands import MoveRoundCommand

    window = demo_window
    button = window.toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton)
    before = button.sizeHint().width()
    round_id = next(r.id for r in queries.list_rounds(window.store.db, _gt4_season(window)))
    window.perform(MoveRoundCommand(window.store, round_id, 7, "A very long round name indeed"))
    assert window.undo_action.text().startswith("&Undo Move")
    assert button.sizeHint().width() == before
    assert "Ctrl+Z" in window.undo_action.toolTip()
