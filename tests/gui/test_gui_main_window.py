"""The real window, driven like a user would: season, round, template, edit, undo."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialogButtonBox,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.new_round import NewRoundDialog
from planner.gui.dialogs.new_season import NewSeasonDialog
from planner.gui.main_window import SEASON_PAGE, WEEKEND_PAGE, MainWindow
from planner.gui.models.roles import CONFLICT_ROLE
from planner.gui.models.weekend_model import DRIVERS, NAME, START
from planner.gui.views.driver_picker import DriverPicker
from planner.services import catalog, queries, tracks
from planner.services.templates import TEMPLATES


def _session_index(window: MainWindow, name: str, column: int = NAME):  # type: ignore[no-untyped-def]
    model = window.weekend_model
    for session in model.all_sessions():
        if session.name == name:
            return model.index_of(session.id, column)
    raise AssertionError(f"no session {name}")


def _new_season_by_keyboard(qtbot: QtBot, window: MainWindow) -> int:
    dialog = NewSeasonDialog(catalog.list_series(window.store.db), None, window)
    qtbot.addWidget(dialog)
    dialog.series.setCurrentIndex(dialog.series.count() - 1)  # "New series…"
    qtbot.keyClicks(dialog.series_name, "GT4 European Series")
    qtbot.keyClicks(dialog.short_name, "GT4 Europe")
    dialog.year.setValue(2024)
    request = dialog.request()
    season_id = window.create_season(
        request.series_id, request.year, request.series_name, request.short_name, request.colour
    )
    assert season_id is not None
    return season_id


def _round_at_hockenheim(qtbot: QtBot, window: MainWindow) -> int:
    dialog = NewRoundDialog(
        tracks.list_tracks(window.store.db), [t.key for t in TEMPLATES], date(2024, 9, 6), window
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.circuit, "hock")
    assert dialog.circuit.suggestions()[0] == "Hockenheimring"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    request = dialog.request()
    assert request is not None
    round_id = window.create_round(
        request.track_id, request.first_day, request.last_day, request.name
    )
    assert round_id is not None
    return round_id


def test_a_new_season_round_and_template_by_keyboard(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    window = empty_window
    season_id = _new_season_by_keyboard(qtbot, window)
    assert window.pages.currentIndex() == SEASON_PAGE
    assert window.season_view.header.title.text() == "GT4 European Series 2024"

    round_id = _round_at_hockenheim(qtbot, window)
    assert window.pages.currentIndex() == WEEKEND_PAGE
    assert queries.list_rounds(window.store.db, season_id)[0].track.name == "Hockenheimring"

    assert window.apply_template("gt4-european-series")
    names = [s.name for s in window.weekend_model.all_sessions()]
    assert names == [
        "Free Practice 1",
        "Free Practice 2",
        "Qualifying 1",
        "Qualifying 2",
        "Race 1",
        "Race 2",
    ]
    assert window.weekend_model.rowCount() == 3  # Friday, Saturday, Sunday
    # The keyboard waits on the first start time: F2, type, Enter.
    current = window.weekend_view.tree.currentIndex()
    assert window.weekend_model.session_at(current).name == "Free Practice 1"  # type: ignore[union-attr]
    assert current.column() == START
    assert window.undo_action.text() == "&Undo Apply template GT4 European Series weekend"

    window.undo_stack.undo()
    assert queries.weekend(window.store.db, round_id).sessions == ()
    window.undo_stack.redo()
    assert len(queries.weekend(window.store.db, round_id).sessions) == 6


def test_editing_a_start_time_through_the_delegate_is_undoable(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    index = _session_index(window, "Race 1", START)
    tree = window.weekend_view.tree
    delegate = tree.itemDelegateForIndex(index)
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QDateTimeEdit)
    delegate.setEditorData(editor, index)
    assert editor.dateTime().toPython() == datetime(2023, 9, 2, 16, 55)
    editor.setDateTime(QDateTime.fromString("2023-09-02T17:05", Qt.DateFormat.ISODate))
    delegate.setModelData(editor, window.weekend_model, index)

    assert _session_index(window, "Race 1", START).data() == "17:05–18:05"
    assert window.undo_action.text() == "&Undo Change start of Race 1"
    window.undo_action.trigger()
    assert _session_index(window, "Race 1", START).data() == "16:55–17:55"
    assert window.redo_action.text() == "&Redo Change start of Race 1"
    window.redo_action.trigger()
    assert _session_index(window, "Race 1", START).data() == "17:05–18:05"


def _gt4_round5(window: MainWindow) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == 5)


def test_assigning_a_driver_with_the_picker(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    index = _session_index(window, "Qualifying 1", DRIVERS)
    assert index.data() == ""
    tree = window.weekend_view.tree
    delegate = tree.itemDelegateForIndex(index)
    picker = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(picker, DriverPicker)
    delegate.setEditorData(picker, index)
    names = [picker.item(row).text() for row in range(picker.count())]
    picker.item(names.index("Jessica Bäckman")).setCheckState(Qt.CheckState.Checked)
    delegate.setModelData(picker, window.weekend_model, index)
    assert _session_index(window, "Qualifying 1", DRIVERS).data() == "Jessica"
    window.undo_stack.undo()
    assert _session_index(window, "Qualifying 1", DRIVERS).data() == ""


def test_a_double_booked_driver_is_marked_where_the_session_shows(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    model = window.weekend_model
    andreas = next(d.id for d in catalog.list_drivers(window.store.db) if d.first_name == "Andreas")
    for name in ("Qualifying 1", "Qualifying 2"):
        assert model.setData(_session_index(window, name, DRIVERS), [andreas])
    assert _session_index(window, "Qualifying 2").data(CONFLICT_ROLE) == []
    # Qualifying 2 moved into Qualifying 1: Andreas cannot drive both.
    q2_start = _session_index(window, "Qualifying 2", START)
    assert model.setData(q2_start, QDateTime.fromString("2023-09-02T11:20", Qt.DateFormat.ISODate))
    index = _session_index(window, "Qualifying 2")
    assert any("two sessions at once" in text for text in index.data(CONFLICT_ROLE))
    assert "Andreas Bäckman" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    window.undo_stack.undo()
    assert _session_index(window, "Qualifying 2").data(CONFLICT_ROLE) == []


def test_a_refused_edit_shows_a_message_and_is_not_on_the_stack(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    before = window.undo_stack.count()
    index = _session_index(window, "Race 2", START)
    # A day outside the weekend is refused by the services with a clear message.
    assert not window.weekend_model.setData(
        index, QDateTime.fromString("2023-09-10T11:35", Qt.DateFormat.ISODate)
    )
    assert window.undo_stack.count() == before
    assert no_dialogs, "the user was told why"


def test_removing_and_restoring_a_session(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    window.weekend_view.tree.setCurrentIndex(_session_index(window, "Race 2"))
    window.remove_session_action.trigger()
    assert "Race 2" not in [s.name for s in window.weekend_model.all_sessions()]
    window.undo_stack.undo()
    assert "Race 2" in [s.name for s in window.weekend_model.all_sessions()]


def test_moving_a_weekend_and_back(qtbot: QtBot, demo_window: MainWindow) -> None:
    from planner.gui.commands import MoveRoundCommand

    window = demo_window
    round_id = _gt4_round5(window)
    window.open_round(round_id)
    window.perform(MoveRoundCommand(window.store, round_id, 7, "Hockenheim"))
    assert window.weekend_view.header.subtitle.text().startswith("8–10 Sep")
    window.undo_stack.undo()
    assert window.weekend_view.header.subtitle.text().startswith("1–3 Sep")


def test_switching_to_swedish_relabels_menus_and_headers(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_gt4_round5(window))
    window.set_language("sv")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Visa", "&Säsong", "H&elg", "&Hjälp"]
    model = window.weekend_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Bantid", "Hemmatid", "Pass"]
    friday = model.index(0, 0)
    assert friday.data().startswith("Fredag")
    assert model.index(0, 3, friday).data() == "Träning"
    assert window.settings.language == "sv"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_first_window_on_the_demo_shows_the_banner(qtbot: QtBot, demo_window: MainWindow) -> None:
    # The banner offers to move the demo file aside: a shared planner (PostgreSQL) has none.
    assert demo_window.banner.isVisible() == (demo_window.database_path is not None)
    assert "demo seasons" in demo_window.banner.text.text()
    assert demo_window.next_up_model.rowCount() > 0  # the siblings race at Hockenheim soon


def test_a_time_the_clocks_skip_is_explained_and_nothing_is_saved(
    qtbot: QtBot, empty_window: MainWindow, no_dialogs: list[str]
) -> None:
    from planner.gui.commands import AddSessionCommand
    from planner.services.sessions import NewSession

    window = empty_window
    series = catalog.add_series(window.store.db, "ADAC TCR Germany", colour="#2e7d32")
    season_id = window.create_season(series.id, 2024)
    assert season_id is not None
    hockenheim = tracks.search_tracks(tracks.list_tracks(window.store.db), "hock")[0]
    round_id = window.create_round(hockenheim.id, date(2024, 3, 29), date(2024, 3, 31))
    assert round_id is not None
    before = window.undo_stack.count()
    # 02:30 on 31 March 2024 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
    new = NewSession("Warm-up", "warmup", datetime(2024, 3, 31, 2, 30), 20)
    assert not window.perform(AddSessionCommand(window.store, round_id, new))
    assert "does not exist" in no_dialogs[-1]
    assert window.undo_stack.count() == before
    assert queries.weekend(window.store.db, round_id).sessions == ()


def test_a_start_time_typed_with_the_keyboard_alone(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    window = demo_window
    window.open_round(_gt4_round5(window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.weekend_view.tree
    tree.setCurrentIndex(_session_index(window, "Race 2", START))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDateTimeEdit)
    qtbot.keyClicks(editor, "12")  # the hour section is selected
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits a spin box editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert _session_index(window, "Race 2", START).data() == "12:35–13:35"
    assert window.undo_action.text() == "&Undo Change start of Race 2"
