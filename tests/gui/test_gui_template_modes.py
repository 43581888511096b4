"""Apply Template on a round with sessions: add the missing ones or replace all,
drivers filled from the car's crew; driven through the real dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog, queries


def _gt4_round5(window: MainWindow) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)


def _answer_in_turn(answers: list[Callable[[QWidget], None]]) -> None:
    """Each modal dialog that opens gets the next answer."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or getattr(modal, "_answered", False):
            QTimer.singleShot(20, run)
            return
        modal._answered = True  # type: ignore[attr-defined]
        answers.pop(0)(modal)
        if answers:
            QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)


def _pick_gt4(modal: QWidget) -> None:
    assert isinstance(modal, QInputDialog)
    modal.setTextValue("GT4 European Series weekend")
    modal.accept()


def _click(name: str) -> Callable[[QWidget], None]:
    def click(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        next(b for b in modal.buttons() if b.objectName() == name).click()

    return click


def test_add_missing_brings_back_only_the_removed_race_with_the_crew(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    round_id = _gt4_round5(window)
    window.open_round(round_id)
    race2 = next(s for s in window.weekend_model.all_sessions() if s.name == "Race 2")
    window.session_actions.delete([race2.id])
    before = {s.name: s for s in queries.weekend(window.store.db, round_id).sessions}
    _answer_in_turn([_pick_gt4, _click("missing")])
    window.apply_template_action.trigger()
    after = {s.name: s for s in queries.weekend(window.store.db, round_id).sessions}
    assert set(after) == set(before) | {"Race 2"}
    assert after["Race 1"] == before["Race 1"]  # the others untouched
    assert [d.name for d in after["Race 2"].drivers] == ["Andreas Bäckman", "Jessica Bäckman"]
    window.undo_action.trigger()
    assert "Race 2" not in {s.name for s in queries.weekend(window.store.db, round_id).sessions}


def test_replace_all_puts_the_template_in_place_with_one_qualifying_driver(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    round_id = _gt4_round5(window)
    window.open_round(round_id)
    before = queries.weekend(window.store.db, round_id).sessions
    _answer_in_turn([_pick_gt4, _click("replace")])
    window.apply_template_action.trigger()
    after = {s.name: s for s in queries.weekend(window.store.db, round_id).sessions}
    assert len(after) == 6
    assert after["Race 1"].start_wall.hour == 17  # the template's time, not the demo's 16:55
    assert [d.name for d in after["Qualifying 1"].drivers] == ["Andreas Bäckman"]
    assert after["Free Practice 1"].drivers == ()
    window.undo_action.trigger()
    restored = queries.weekend(window.store.db, round_id).sessions
    assert sorted(s.start_wall for s in restored) == sorted(s.start_wall for s in before)


def test_cancel_on_the_question_changes_nothing(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    round_id = _gt4_round5(window)
    window.open_round(round_id)
    count = window.undo_stack.count()

    def cancel(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        modal.button(QMessageBox.StandardButton.Cancel).click()

    _answer_in_turn([_pick_gt4, cancel])
    window.apply_template_action.trigger()
    assert window.undo_stack.count() == count
