"""The session context menu and multi-select, driven through the real weekend table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.drivers_dialog import DriversDialog
from planner.gui.dialogs.session_dialog import SessionDialog
from planner.gui.main_window import MainWindow
from planner.gui.models.weekend_model import NAME, START
from planner.services import catalog, queries


def _gt4_round5(window: MainWindow) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)


def _sessions(window: MainWindow) -> dict[str, object]:
    assert window.round_id is not None
    return {s.name: s for s in queries.weekend(window.store.db, window.round_id).sessions}


def _pick(window: MainWindow, *names: str) -> None:
    """Click the first name, Ctrl+click the others, as a user picks rows."""
    tree = window.weekend_view.tree
    model = window.weekend_model
    ids = {s.name: s.id for s in model.all_sessions()}
    tree.setCurrentIndex(model.index_of(ids[names[0]], NAME))
    for name in names[1:]:
        tree.selectionModel().select(
            model.index_of(ids[name], NAME),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _open_menu(window: MainWindow, name: str) -> QMenu:
    """A right click on the session's row; the menu the window shows for it."""
    tree = window.weekend_view.tree
    model = window.weekend_model
    session_id = next(s.id for s in model.all_sessions() if s.name == name)
    point = tree.visualRect(model.index_of(session_id, NAME)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tree.viewport(), event)
    menu = window.session_actions.menu
    assert menu is not None and menu.isVisible()
    return menu


def _action(menu: QMenu, name: str):  # type: ignore[no-untyped-def]
    found = [action for action in menu.actions() if action.objectName() == name]
    assert found, f"no {name} in {[a.objectName() for a in menu.actions()]}"
    return found[0]


def _when_modal(qtbot: QtBot, handle: Callable[[QWidget], None]) -> None:
    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, run)
            return
        handle(modal)

    QTimer.singleShot(0, run)


def test_right_click_on_several_picked_sessions_cancels_them_in_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _pick(window, "Race 1", "Race 2")
    menu = _open_menu(window, "Race 2")
    _action(menu, "cancel").trigger()
    menu.close()
    sessions = _sessions(window)
    assert [sessions[n].status for n in ("Race 1", "Race 2")] == ["cancelled", "cancelled"]  # type: ignore[attr-defined]
    assert sessions["Qualifying 1"].status == "scheduled"  # type: ignore[attr-defined]
    assert window.undo_action.text() == "&Undo Cancel 2 sessions"
    window.undo_action.trigger()
    assert {_sessions(window)[n].status for n in ("Race 1", "Race 2")} == {"scheduled"}  # type: ignore[attr-defined]
    _pick(window, "Race 1", "Race 2")
    menu = _open_menu(window, "Race 1")
    assert _action(menu, "cancel").isVisible()


def test_a_cancelled_session_offers_reinstate(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _action(_open_menu(window, "Race 1"), "cancel").trigger()
    menu = _open_menu(window, "Race 1")
    _action(menu, "reinstate").trigger()
    assert _sessions(window)["Race 1"].status == "scheduled"  # type: ignore[attr-defined]


def test_time_to_be_confirmed_is_a_tick_in_the_menu(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _action(_open_menu(window, "Race 2"), "tentative").trigger()
    assert _sessions(window)["Race 2"].status == "tentative"  # type: ignore[attr-defined]
    assert _action(_open_menu(window, "Race 2"), "tentative").isChecked()


def test_shift_picked_sessions_by_minutes_through_the_question(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    before = {n: s.start_wall for n, s in _sessions(window).items()}  # type: ignore[attr-defined]
    _pick(window, "Qualifying 1", "Qualifying 2")
    menu = _open_menu(window, "Qualifying 1")

    def answer(modal: QWidget) -> None:
        assert isinstance(modal, QInputDialog)
        modal.setIntValue(-20)
        modal.accept()

    _when_modal(qtbot, answer)
    _action(menu, "shift").trigger()
    after = _sessions(window)
    for name in ("Qualifying 1", "Qualifying 2"):
        assert (before[name] - after[name].start_wall).total_seconds() == 20 * 60  # type: ignore[attr-defined]
    assert after["Race 1"].start_wall == before["Race 1"]  # type: ignore[attr-defined]
    window.undo_action.trigger()
    assert _sessions(window)["Qualifying 1"].start_wall == before["Qualifying 1"]  # type: ignore[attr-defined]


def test_assign_drivers_to_picked_sessions_with_ctrl_d(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    before = {n: s.drivers for n, s in _sessions(window).items()}  # type: ignore[attr-defined]
    _pick(window, "Race 1", "Race 2")

    def only_jessica(modal: QWidget) -> None:
        assert isinstance(modal, DriversDialog)
        picker = modal.picker
        for row in range(picker.count()):
            wanted = picker.item(row).text() == "Jessica Bäckman"
            picker.item(row).setCheckState(
                Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
            )
        modal.accept()

    _when_modal(qtbot, only_jessica)
    window.assign_drivers_action.trigger()
    sessions = _sessions(window)
    for name in ("Race 1", "Race 2"):
        assert [d.name for d in sessions[name].drivers] == ["Jessica Bäckman"]  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 1
    window.undo_action.trigger()
    assert _sessions(window)["Race 2"].drivers == before["Race 2"]  # type: ignore[attr-defined]
    assert _sessions(window)["Race 1"].drivers == before["Race 1"]  # type: ignore[attr-defined]


def test_delete_key_removes_all_picked_sessions_and_undo_brings_them_back(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _pick(window, "Free Practice 1", "Race 2")
    window.weekend_view.tree.setFocus()
    qtbot.keyClick(window.weekend_view.tree, Qt.Key.Key_Delete)
    assert {"Free Practice 1", "Race 2"}.isdisjoint(_sessions(window))
    window.undo_action.trigger()
    assert {"Free Practice 1", "Race 2"} <= set(_sessions(window))
    window.redo_action.trigger()
    assert {"Free Practice 1", "Race 2"}.isdisjoint(_sessions(window))


def test_duplicate_and_copy_as_text(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _action(_open_menu(window, "Race 1"), "duplicate").trigger()
    copy = _sessions(window)["Race 1 (copy)"]
    assert copy.start_wall == _sessions(window)["Race 1"].start_wall  # type: ignore[attr-defined]
    assert copy.drivers == _sessions(window)["Race 1"].drivers  # type: ignore[attr-defined]
    _action(_open_menu(window, "Race 1"), "copy").trigger()
    assert QGuiApplication.clipboard().text().startswith("Sat 2 Sep")
    assert "16:55–17:55 Race 1 · Jessica Bäckman, Andreas Bäckman" in (
        QGuiApplication.clipboard().text()
    )


def test_share_writes_a_one_event_file(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "race1.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window = demo_window
    window.open_round(_gt4_round5(window))
    _action(_open_menu(window, "Race 1"), "share").trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)  # written off the GUI thread
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1
    assert "Race 1" in text


def test_enter_opens_the_session_dialog_and_its_changes_are_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    before = _sessions(window)["Race 2"]
    _pick(window, "Race 2")
    tree = window.weekend_view.tree
    tree.setFocus()

    def edit(modal: QWidget) -> None:
        assert isinstance(modal, SessionDialog)
        assert modal.name.text() == "Race 2"
        modal.time.setTime(modal.time.time().addSecs(30 * 60))
        modal.broadcast.setText("Live on GT4 TV")
        modal.notes.setPlainText("Rolling start")
        modal.accept()

    _when_modal(qtbot, edit)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    race = _sessions(window)["Race 2"]
    assert (race.broadcast, race.notes) == ("Live on GT4 TV", "Rolling start")  # type: ignore[attr-defined]
    assert window.undo_action.text() == "&Undo Edit Race 2"
    window.undo_action.trigger()
    after = _sessions(window)["Race 2"]
    fields = ("start_wall", "broadcast", "notes", "drivers", "status", "duration_minutes")
    assert [getattr(after, f) for f in fields] == [getattr(before, f) for f in fields]


def test_double_click_on_a_time_edits_in_place_with_the_whole_date_showing(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    tree = window.weekend_view.tree
    model = window.weekend_model
    race = next(s for s in model.all_sessions() if s.name == "Race 1")
    index = model.index_of(race.id, START)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tree.indexWidget(index) or QApplication.focusWidget()
    assert editor is not None
    assert editor.width() >= editor.sizeHint().width()


def test_double_click_on_a_name_opens_the_dialog(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    tree = window.weekend_view.tree
    model = window.weekend_model
    race = next(s for s in model.all_sessions() if s.name == "Race 1")
    rect = tree.visualRect(model.index_of(race.id, NAME))
    seen: list[str] = []

    def close(modal: QWidget) -> None:
        assert isinstance(modal, QDialog)
        seen.append(modal.windowTitle())
        modal.reject()

    _when_modal(qtbot, close)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == ["Edit Session"]


def test_the_menu_key_opens_the_menu_at_the_current_row(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _pick(window, "Race 1")
    tree = window.weekend_view.tree
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(tree.viewport(), event)
    menu = window.session_actions.menu
    assert menu is not None and menu.isVisible()
    menu.close()


def test_a_column_hidden_from_the_header_menu_stays_hidden_after_a_restart(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from planner.gui.models.weekend_model import NOTES
    from planner.gui.settings import AppSettings

    window = demo_window
    window.open_round(_gt4_round5(window))
    view = window.weekend_view
    header = view.tree.header()
    header.customContextMenuRequested.emit(QPoint(5, 5))
    menu = view.header_menu
    assert menu is not None and menu.isVisible()
    notes = next(a for a in menu.actions() if a.objectName() == "notes")
    notes.trigger()  # untick
    menu.close()
    assert view.tree.isColumnHidden(NOTES)
    # What another start of the program reads from the same file:
    assert AppSettings(window.settings.path).weekend_hidden_columns == ["notes"]


def test_undo_texts_follow_a_switch_to_swedish(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _action(_open_menu(window, "Race 1"), "cancel").trigger()
    _pick(window, "Qualifying 1", "Qualifying 2")
    _action(_open_menu(window, "Qualifying 1"), "tentative").trigger()
    window.undo_action.trigger()  # one on each side of the stack
    assert window.undo_action.text() == "&Undo Cancel Race 1"
    window.set_language("sv")
    assert window.undo_action.text() == "&Ångra Ställ in Race 1"
    assert window.redo_action.text() == "&Gör om Markera 2 pass som ej bekräftad"
    menu = _open_menu(window, "Race 2")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Redigera…", "&Duplicera"]
    assert "&Ta bort" in texts


def test_the_weekend_menu_reaches_every_session_edit_by_keyboard(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    _pick(window, "Race 1", "Race 2")
    tree = window.weekend_view.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert [line.split(" ", 4)[-1].split(" · ")[0] for line in copied] == ["Race 1", "Race 2"]
    weekend_actions = [a.text() for a in window.weekend_menu.actions() if not a.isSeparator()]
    for entry in (
        "&Edit Session…",
        "D&uplicate Session",
        "Cancel or Re&instate",
        "S&hift by Minutes…",
        "Share as &One-Event File…",
    ):
        assert entry in weekend_actions
    window.session_actions.cancel_action.trigger()
    assert {_sessions(window)[n].status for n in ("Race 1", "Race 2")} == {"cancelled"}  # type: ignore[attr-defined]
    window.session_actions.cancel_action.trigger()
    assert {_sessions(window)[n].status for n in ("Race 1", "Race 2")} == {"scheduled"}  # type: ignore[attr-defined]
    assert "Ctrl+Shift+D" in window.session_actions.duplicate_action.toolTip()


def test_weekend_columns_can_be_hidden_from_the_view_menu(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from planner.gui.models.weekend_model import BROADCAST

    window = demo_window
    window.open_round(_gt4_round5(window))
    window.columns_menu.aboutToShow.emit()
    broadcast = next(a for a in window.columns_menu.actions() if a.objectName() == "broadcast")
    assert broadcast.text() == "Broadcast" and broadcast.isChecked()
    broadcast.trigger()
    assert window.weekend_view.tree.isColumnHidden(BROADCAST)
    assert window.settings.weekend_hidden_columns == ["broadcast"]
