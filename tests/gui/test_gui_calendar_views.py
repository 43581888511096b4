"""Month, week and agenda views and the search, driven like a user would: keys,
clicks, drags with QTest mouse events; the database says what happened."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from searching import find, type_search

from planner.domain.kinds import SessionStatus
from planner.gui.commands import AddSessionCommand
from planner.gui.main_window import AGENDA_PAGE, MONTH_PAGE, WEEK_PAGE, WEEKEND_PAGE, MainWindow
from planner.gui.views.agenda_view import AgendaView
from planner.gui.views.month_view import MonthView
from planner.gui.views.week_view import WeekView
from planner.services import catalog, queries, tracks
from planner.services.sessions import NewSession, get_session


def _gt4_rounds(window: MainWindow) -> dict[int, int]:
    gt4 = next(s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4"))
    return {r.number: r.id for r in queries.list_rounds(window.store.db, gt4.id)}


def _session_id(window: MainWindow, round_id: int, name: str) -> int:
    weekend = queries.weekend(window.store.db, round_id)
    return next(s.id for s in weekend.sessions if s.name == name)


def _drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press, move in steps (as a hand does) and release, with QTest mouse events."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(widget, point)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _month(window: MainWindow) -> MonthView:
    window.month_page_action.trigger()
    view = window.month_view
    view.grid.repaint()
    return view


def _week(window: MainWindow) -> WeekView:
    window.week_page_action.trigger()
    view = window.calendar.week_view()
    view.grid.repaint()
    return view


def _agenda(window: MainWindow) -> AgendaView:
    window.agenda_page_action.trigger()
    return window.calendar.agenda_view()


# --- month ------------------------------------------------------------------------------


def test_month_opens_on_the_navigators_round_and_follows_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[1])  # Monza, April 2023
    view = _month(window)
    assert view.title.text() == "April 2023"
    navigator = window.navigator
    navigator.setCurrentIndex(window.navigator_model.find("round", rounds[5]))
    assert window.pages.currentIndex() == MONTH_PAGE  # the month stays and follows
    assert view.title.text() == "September 2023"
    assert window.round_id == rounds[5]


def test_arrow_keys_walk_the_days_and_enter_opens_the_session(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _month(window)
    grid = view.grid
    grid.setFocus()
    assert grid.current_day == date(2023, 9, 1)
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_day == date(2023, 9, 2)
    qualifying = _session_id(window, rounds[5], "Qualifying 1")
    assert view.selected_session_ids() == [qualifying]
    QTest.keyClick(grid, Qt.Key.Key_Tab)  # the day's next session
    assert view.selected_session_ids() == [_session_id(window, rounds[5], "Qualifying 2")]
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert grid.current_day == date(2023, 8, 26)
    assert view.title.text() == "August 2023"  # the month follows the keyboard
    QTest.keyClick(grid, Qt.Key.Key_Down)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == WEEKEND_PAGE
    assert window.weekend_view.current_session().id == qualifying


def test_the_month_and_year_jump_and_today(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    view = _month(window)
    view.year_box.setFocus()
    view.year_box.lineEdit().selectAll()
    QTest.keyClicks(view.year_box, "2022")
    QTest.keyClick(view.year_box, Qt.Key.Key_Return)
    assert (view.year, view.month) == (2022, 9)
    view.month_box.setFocus()
    QTest.keyClick(view.month_box, Qt.Key.Key_Up)  # a closed combo steps on Up/Down
    assert view.title.text() == "August 2022"
    QTest.keyClicks(view.month_box, "May")  # and jumps to what is typed
    assert view.title.text() == "May 2022"
    view.grid.repaint()
    assert view.grid.items  # the 12-hour race at Hockenheim
    QTest.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "August 2023"  # the window's clock: 30 August 2023


def test_a_day_opens_in_the_week_view_and_t_goes_to_today(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _month(window)
    empty_day = view.grid.cell_rect(date(2023, 9, 13)).center().toPoint()
    QTest.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=empty_day)
    assert window.pages.currentIndex() == WEEK_PAGE
    assert window.calendar.week_view().monday == date(2023, 9, 11)
    window.month_page_action.trigger()
    QTest.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.title.text() == "October 2023"
    QTest.keyClick(view.grid, Qt.Key.Key_T)
    assert view.title.text() == "August 2023"


def test_a_chip_dragged_to_another_day_moves_the_session_once_undoably(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _month(window)
    fp1 = _session_id(window, rounds[5], "Free Practice 1")
    before = get_session(window.store.db, fp1).start_wall
    chip = view.grid.chip_rect(fp1)
    assert chip is not None
    saturday = view.grid.cell_rect(date(2023, 9, 2)).center().toPoint()
    steps = window.undo_stack.count()
    _drag(view.grid, chip.center(), saturday)
    assert get_session(window.store.db, fp1).start_wall == datetime(2023, 9, 2, 12, 10)
    assert window.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Move Free Practice 1 to Sat 2 Sept"
    view.grid.repaint()
    assert view.grid.item(fp1) is not None and view.grid.item(fp1).day == date(2023, 9, 2)
    window.undo_stack.undo()
    assert get_session(window.store.db, fp1).start_wall == before


def _round_over_the_clock_change(window: MainWindow, start: datetime) -> tuple[int, int]:
    """A TCR round at Hockenheim over the night the clocks go forward (31 March 2024)."""
    series = catalog.add_series(window.store.db, "ADAC TCR Germany", colour="#2e7d32")
    season_id = window.create_season(series.id, 2024)
    assert season_id is not None
    hockenheim = tracks.search_tracks(tracks.list_tracks(window.store.db), "hock")[0]
    round_id = window.create_round(hockenheim.id, date(2024, 3, 29), date(2024, 3, 31))
    assert round_id is not None
    command = AddSessionCommand(window.store, round_id, NewSession("Warm-up", "warmup", start, 30))
    assert window.perform(command)
    assert command.session_id is not None
    return round_id, command.session_id


def test_a_chip_dropped_on_the_day_its_time_does_not_exist_is_refused(
    qtbot: QtBot, empty_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = empty_window
    _round, warmup = _round_over_the_clock_change(window, datetime(2024, 3, 30, 2, 30))
    view = _month(window)
    assert view.title.text() == "March 2024"
    chip = view.grid.chip_rect(warmup)
    assert chip is not None
    steps = window.undo_stack.count()
    _drag(view.grid, chip.center(), view.grid.cell_rect(date(2024, 3, 31)).center().toPoint())
    assert "does not exist" in no_dialogs[-1]  # 02:30 on 31 March: clocks go 02:00 → 03:00
    assert get_session(window.store.db, warmup).start_wall == datetime(2024, 3, 30, 2, 30)
    assert window.undo_stack.count() == steps


# --- week -------------------------------------------------------------------------------


def test_week_opens_on_the_rounds_week_with_blocks_in_home_time(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _week(window)
    assert view.monday == date(2023, 8, 28)
    assert view.title.text() == "28 Aug – 3 Sept 2023 · week 35"
    fp1 = _session_id(window, rounds[5], "Free Practice 1")
    item = view.grid.item(fp1)
    assert item is not None and item.home_span_text() == "11:10–12:10"  # London
    assert "12:10 track time (Europe/Berlin)" in item.tooltip()
    rect = view.grid.block_rect(fp1)
    assert rect is not None
    assert view.grid.point_of(date(2023, 9, 1), 11 * 60 + 10).y() - rect.top() in range(-2, 3)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.monday == date(2023, 9, 4) and view.grid.items == []
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.grid.item(fp1) is not None


def test_a_block_dragged_to_another_day_and_time_moves_in_home_time(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _week(window)
    grid = view.grid
    fp1 = _session_id(window, rounds[5], "Free Practice 1")
    rect = grid.block_rect(fp1)
    assert rect is not None
    grab = QPoint(rect.center().x(), rect.top() + 8)
    target = grid.point_of(date(2023, 9, 2), 14 * 60) + QPoint(0, 8)
    _drag(grid, grab, target)
    # 14:00 in London on Saturday is 15:00 at the track in Germany.
    assert get_session(window.store.db, fp1).start_wall == datetime(2023, 9, 2, 15, 0)
    assert window.undo_action.text() == "&Undo Move Free Practice 1 to Sat 2 Sept 14:00"
    window.undo_stack.undo()
    assert get_session(window.store.db, fp1).start_wall == datetime(2023, 9, 1, 12, 10)


def test_dragging_a_blocks_lower_edge_changes_its_length(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _week(window)
    grid = view.grid
    race = _session_id(window, rounds[5], "Race 2")
    assert get_session(window.store.db, race).duration_minutes == 60
    rect = grid.block_rect(race)
    assert rect is not None
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    half_hour = round(grid.y_of(30))
    _drag(grid, edge, edge + QPoint(0, half_hour))
    assert get_session(window.store.db, race).duration_minutes == 90
    assert window.undo_action.text() == "&Undo Make Race 2 1 h 30 min long"
    window.undo_stack.undo()
    assert get_session(window.store.db, race).duration_minutes == 60


def test_a_block_dropped_on_a_home_time_the_clocks_skip_is_refused(
    qtbot: QtBot, empty_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = empty_window
    _round, warmup = _round_over_the_clock_change(window, datetime(2024, 3, 30, 10, 0))
    view = _week(window)
    assert view.monday == date(2024, 3, 25)
    grid = view.grid
    rect = grid.block_rect(warmup)
    assert rect is not None
    steps = window.undo_stack.count()
    grab = QPoint(rect.center().x(), rect.top() + 5)
    # 01:30 on Sunday 31 March does not exist in London (home): 01:00 GMT → 02:00 BST.
    target = grid.point_of(date(2024, 3, 31), 90) + QPoint(0, 5)
    _drag(grid, grab, target)
    assert "does not exist" in no_dialogs[-1]
    assert "Europe/London" in no_dialogs[-1]
    assert get_session(window.store.db, warmup).start_wall == datetime(2024, 3, 30, 10, 0)
    assert window.undo_stack.count() == steps
    grid.repaint()
    assert grid.block_rect(warmup) == rect  # drawn where it was


def test_week_keys_pick_sessions_and_enter_opens_one(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    rounds = _gt4_rounds(window)
    window.open_round(rounds[5])
    view = _week(window)
    grid = view.grid
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert view.selected_session_ids() == [_session_id(window, rounds[5], "Free Practice 1")]
    QTest.keyClick(grid, Qt.Key.Key_Right)  # the next day's first session
    qualifying = _session_id(window, rounds[5], "Qualifying 1")
    assert view.selected_session_ids() == [qualifying]
    with qtbot.waitSignal(view.sessionMenuRequested) as menu:
        grid.contextMenuEvent(_context_event(grid, grid.block_rect(qualifying).center()))
    assert menu.args is not None and menu.args[0] == [qualifying]
    # the window answers with the same session menu as the weekend table
    shown = window.session_actions.menu
    assert shown is not None and shown.isVisible()
    assert {"edit", "cancel", "share", "delete"} <= {a.objectName() for a in shown.actions()}
    shown.close()
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == WEEKEND_PAGE
    assert window.weekend_view.current_session().id == qualifying


def _context_event(widget: QWidget, point: QPoint) -> QContextMenuEvent:
    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point))


# --- agenda -----------------------------------------------------------------------------


def test_agenda_lists_coming_sessions_by_day_and_filters_them(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    view = _agenda(window)
    model = view.model
    days = [model.item(row, 0).text() for row in range(model.rowCount())]
    assert days == [
        "Friday 1 September 2023",
        "Saturday 2 September 2023",
        "Sunday 3 September 2023",
    ]
    assert len(view.shown) == 6
    view.kind_filter.setFocus()
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Race"))
    assert [item.title for item in view.shown] == ["Race 1", "Race 2"]
    view.kind_filter.setCurrentIndex(0)
    QTest.keyClicks(view.text_filter, "qualifying 2")
    qtbot.waitUntil(lambda: len(view.shown) == 1)
    assert view.shown[0].title == "Qualifying 2"
    view.text_filter.clear()
    qtbot.waitUntil(lambda: len(view.shown) == 6)
    QTest.mouseClick(view.past_box, Qt.MouseButton.LeftButton)
    assert len(view.shown) == 10  # the 12-hour race of 2022 too
    view.series_filter.setCurrentIndex(view.series_filter.findText("24H"))
    assert {item.series for item in view.shown} == {"24H"}


def test_agenda_selects_several_sessions_and_asks_for_their_menu(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    view = _agenda(window)
    tree = view.tree
    rows = [view.session_row_index(item.session_id) for item in view.shown]
    first, third = tree.visualRect(rows[0]).center(), tree.visualRect(rows[2]).center()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=first)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, third
    )
    chosen = [item.session_id for item in view.shown[:3]]
    assert sorted(view.selected_session_ids()) == sorted(chosen)
    with qtbot.waitSignal(view.sessionMenuRequested) as menu:
        tree.contextMenuEvent(_context_event(tree.viewport(), third))
    assert menu.args is not None and sorted(menu.args[0]) == sorted(chosen)
    # the window's session menu acts on all three: cancelled in one undo step
    shown = window.session_actions.menu
    assert shown is not None and shown.isVisible()
    depth = window.undo_stack.count()
    next(a for a in shown.actions() if a.objectName() == "cancel").trigger()
    statuses = {get_session(window.store.db, i).status for i in chosen}
    assert statuses == {SessionStatus.CANCELLED}
    assert window.undo_stack.count() == depth + 1
    window.undo_stack.undo()
    assert SessionStatus.CANCELLED not in {get_session(window.store.db, i).status for i in chosen}
    view.tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == WEEKEND_PAGE
    assert window.weekend_view.current_session().id == view.shown[2].session_id


def test_cancelled_and_to_be_confirmed_sessions_look_different_everywhere(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from planner.gui.commands import EditSessionCommand

    window = demo_window
    rounds = _gt4_rounds(window)
    q1 = _session_id(window, rounds[5], "Qualifying 1")
    q2 = _session_id(window, rounds[5], "Qualifying 2")
    for session_id, status in ((q1, "cancelled"), (q2, "tentative")):
        window.perform(
            EditSessionCommand(
                window.store, session_id, {"status": status}, {"status": "scheduled"}, "status"
            )
        )
    view = _agenda(window)
    cancelled = view.session_row_index(q1)
    tentative = view.session_row_index(q2)
    assert cancelled.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert tentative.data(Qt.ItemDataRole.FontRole).italic()
    assert cancelled.siblingAtColumn(5).data() == "Cancelled"
    assert tentative.siblingAtColumn(5).data() == "To be confirmed"
    window.open_round(rounds[5])
    week = _week(window)
    assert week.grid.item(q1).cancelled and week.grid.item(q2).tentative
    assert "To be confirmed" in week.grid.item(q2).tooltip()


def test_a_clash_is_marked_in_the_agenda_and_the_calendars(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from planner.gui.commands import EditSessionCommand, SetDriversCommand

    window = demo_window
    rounds = _gt4_rounds(window)
    q1 = _session_id(window, rounds[5], "Qualifying 1")
    q2 = _session_id(window, rounds[5], "Qualifying 2")
    andreas = next(d.id for d in catalog.list_drivers(window.store.db) if d.first_name == "Andreas")
    for session_id in (q1, q2):
        window.perform(SetDriversCommand(window.store, session_id, [andreas], [], "Q"))
    window.perform(
        EditSessionCommand(
            window.store,
            q2,
            {"start_wall": datetime(2023, 9, 2, 11, 20)},
            {"start_wall": datetime(2023, 9, 2, 11, 30)},
            "overlap",
        )
    )
    view = _agenda(window)
    assert "Conflict" in view.session_row_index(q2).siblingAtColumn(5).data()
    window.open_round(rounds[5])
    assert _week(window).grid.item(q2).conflict
    assert _month(window).grid.item(q2).conflict
    assert "two sessions at once" in window.month_view.grid.item(q2).tooltip()


# --- search and the menus ---------------------------------------------------------------


def test_ctrl_f_finds_sessions_in_every_season_and_jumps_to_one(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.find_action.trigger()
    panel = window.calendar.search_panel()
    assert window.calendar.search_dock.isVisible()
    QTest.keyClicks(panel.line, "backman hockenheim")
    qtbot.waitUntil(lambda: panel.results.count() > 0)
    years = {
        panel.results.item(row).text().split("\n")[1][:20] for row in range(panel.results.count())
    }
    assert any("2022" in text for text in years) and any("2023" in text for text in years)
    type_search(qtbot, panel, "race 2 gt4", results=1)
    QTest.keyClick(panel.line, Qt.Key.Key_Down)
    QTest.keyClick(panel.results, Qt.Key.Key_Return)
    rounds = _gt4_rounds(window)
    assert window.pages.currentIndex() == WEEKEND_PAGE
    assert window.round_id == rounds[5]
    assert window.weekend_view.current_session().name == "Race 2"


def test_search_finds_a_session_added_after_the_last_search_and_not_once_undone(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """The search keeps its index between keystrokes; an edit or undo drops it."""
    window = demo_window
    panel = find(qtbot, window, "hockenheim")
    before = panel.results.count()
    round_id = _gt4_rounds(window)[5]
    start = datetime(2023, 9, 2, 8, 0)
    command = AddSessionCommand(
        window.store, round_id, NewSession("Shakedown Zebra", "warmup", start, 30)
    )
    assert window.perform(command)
    panel.run()
    assert panel.results.count() == before + 1
    type_search(qtbot, panel, "zebra", results=1)
    assert panel.results.item(0).text().startswith("Shakedown Zebra")
    window.undo_action.trigger()
    panel.run()
    assert panel.results.count() == 0


def test_week_and_agenda_sit_in_the_view_menu_and_toolbar_with_shortcuts(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    names = [action.text() for action in window.view_menu.actions() if action.text()]
    assert names[:5] == ["Season", "Month", "Week", "Agenda", "Weekend"]
    assert window.week_page_action.toolTip() == "Week (Ctrl+4)"
    assert window.agenda_page_action.toolTip() == "Agenda (Ctrl+5)"
    assert window.week_page_action in window.toolbar.actions()
    assert window.agenda_page_action in window.toolbar.actions()
    assert window.calendar.week is None  # built when first wanted
    QTest.keySequence(window, QKeySequence("Ctrl+4"))
    assert window.pages.currentIndex() == WEEK_PAGE
    assert window.calendar.week_view().grid.accessibleName() == "Week calendar"
    QTest.keySequence(window, QKeySequence("Ctrl+5"))
    assert window.pages.currentIndex() == AGENDA_PAGE
    window.set_language("sv")
    assert window.week_page_action.text() == "Vecka"
    assert window.calendar.agenda_view().past_box.text() == "Tidigare pass också"
    assert window.calendar.week_view().grid.accessibleName() == "Veckokalender"
