"""Results through the window: the results mode, the standings dialog and the press kit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.results import ResultStatus
from planner.gui.main_window import MainWindow
from planner.gui.models.results_model import ResultColumn
from planner.services import catalog, queries, results, standings


def _round(window: MainWindow, series_prefix: str, number: int) -> int:
    season = next(
        s for s in catalog.list_seasons(window.store.db) if s.series_name.startswith(series_prefix)
    )
    return next(r.id for r in queries.list_rounds(window.store.db, season.id) if r.number == number)


def _stored(window: MainWindow, round_id: int) -> dict[str, results.ResultValues]:
    data = results.round_results(window.store.db, round_id)
    names = {session.id: session.name for session in data.sessions}
    return {names[session_id]: view.values for (session_id, _), view in data.results.items()}


def _type_and_enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the current cell as a user does, then Enter (the view commits it queued)."""
    table = window.results.view.table
    QTest.keyClicks(table, text[0])  # the first key opens the editor with it
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)


def test_typing_positions_down_the_column_stores_each_and_undo_takes_them_back(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    round_id = _round(window, "GT4", 5)
    window.open_round(round_id)
    window.results.mode_action.trigger()
    assert window.pages.currentWidget() is window.results.view
    table = window.results.view.table
    assert table.currentIndex().column() == ResultColumn.POSITION
    assert table.currentIndex().row() == 0

    # FP1, FP2, Q1, Q2, Race 1, Race 2: the rows of the one shared car, in order.
    for position in ("7", "5", "1", "", "2", "4"):
        if position:
            _type_and_enter(qtbot, window, position)
        else:
            table.setCurrentIndex(window.results.model.index(table.currentIndex().row() + 1, 2))
    stored = _stored(window, round_id)
    assert {name: values.position for name, values in stored.items()} == {
        "Free Practice 1": 7,
        "Free Practice 2": 5,
        "Qualifying 1": 1,
        "Race 1": 2,
        "Race 2": 4,
    }
    # Qualifying 2: DNS with its reason, typed in the status and reason columns.
    model = window.results.model
    q2 = model.row_of("Qualifying 2")
    table.setCurrentIndex(model.index(q2, ResultColumn.STATUS))
    _type_and_enter(qtbot, window, "dns")
    table.setCurrentIndex(model.index(q2, ResultColumn.REASON))
    _type_and_enter(qtbot, window, "Technical problems")
    stored = _stored(window, round_id)
    assert (stored["Qualifying 2"].status, stored["Qualifying 2"].reason) == (
        ResultStatus.DNS,
        "Technical problems",
    )
    # Points: race 2nd 18 + race 4th 12 + qualifying 1st 1; shown in the table.
    race_1 = model.row_of("Race 1")
    assert model.index(race_1, ResultColumn.POINTS).data() == "18"
    season_id = window.season_id
    assert season_id is not None
    table_after_5 = standings.standings(window.store.db, season_id, 5)
    assert [(row.driver, row.points) for row in table_after_5.rows] == [
        ("Andreas Bäckman", 31.0),
        ("Jessica Bäckman", 31.0),
    ]

    assert window.undo_action.text() == "&Undo Result of Qualifying 2"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert "Qualifying 2" not in _stored(window, round_id)
    window.undo_action.trigger()
    assert "Race 2" not in _stored(window, round_id)
    window.redo_action.trigger()
    assert _stored(window, round_id)["Race 2"].position == 4


def test_a_bad_position_is_explained_and_nothing_is_stored(
    qtbot: QtBot, demo_window: MainWindow, no_dialogs: list[str]
) -> None:
    window = demo_window
    round_id = _round(window, "GT4", 5)
    window.open_round(round_id)
    window.results.mode_action.trigger()
    _type_and_enter(qtbot, window, "x")
    assert no_dialogs and "“x” is not a position" in no_dialogs[-1]
    assert _stored(window, round_id) == {}


def test_ticking_pole_scores_the_bonus_of_the_points_system(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    round_id = _round(window, "24H", 4)
    window.open_round(round_id)
    window.results.mode_action.trigger()
    model = window.results.model
    qualifying = model.row_of("Qualifying")
    index = model.index(qualifying, ResultColumn.POLE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not _stored(window, round_id)["Qualifying"].pole
    window.undo_action.trigger()
    assert _stored(window, round_id)["Qualifying"].pole


def test_the_results_mode_follows_the_opened_round_and_turns_off(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_round(window, "24H", 4))
    window.results.mode_action.trigger()
    assert window.results.view.title.text().startswith("Results · 24H 2022 · Round 4")
    assert window.results.model.rowCount() == 4
    window.open_round(_round(window, "GT4", 5))
    assert window.pages.currentWidget() is window.results.view
    assert window.results.model.rowCount() == 6
    window.results.mode_action.trigger()
    assert window.pages.currentWidget() is window.weekend_view


def test_pasting_a_published_table_in_the_standings_dialog_is_undoable(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_round(window, "24H", 4))
    window.results.standings_action.trigger()
    dialog = window.results.standings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.after_round.value() == 4
    assert dialog.rounds_label.text() == "after 4 of 7 rounds"
    assert dialog.table.rowCount() == 4  # the crew of #120, computed
    dialog.paste.setPlainText("1: Martin Andersen (DKK), 65 p.\n2. Sven Berg SWE 44p\nnonsense")
    assert dialog.paste_status.text() == "2 rows read · 1 lines not read: 3"
    qtbot.mouseClick(dialog.use_paste, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 6
    assert [dialog.table.item(row, 1).text() for row in range(2)] == [
        "Martin Andersen",
        "Sven Berg",
    ]
    assert dialog.table.item(2, 4).text() == "−33"
    assert dialog.table.item(2, 5).text() == "our results"
    window.undo_action.trigger()
    assert dialog.table.rowCount() == 4
    dialog.close()


def test_changing_the_points_system_in_the_dialog_rescores_the_standings(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_round(window, "24H", 4))
    window.results.standings_action.trigger()
    dialog = window.results.standings_dialog
    assert dialog is not None
    assert dialog.race_points.text() == "40 36 32 28 24 20 16 12 8 4"
    dialog.race_points.setText("25 18 15")
    dialog.pole_points.setValue(2)
    qtbot.mouseClick(dialog.save_points, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 3).text() == "17"  # 3rd in class 15 + pole 2
    window.undo_action.trigger()
    assert dialog.table.item(0, 3).text() == "32"
    dialog.close()


def test_the_press_kit_previews_each_block_and_copies_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.open_round(_round(window, "GT4", 5))
    window.results.press_action.trigger()
    dialog = window.results.press_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.zone.setCurrentIndex(dialog.zone.findData("Europe/Berlin"))
    text = dialog.preview.toPlainText()
    assert "(all times are Central European time)" in text
    assert "16:55 Race 1 (60 min)" in text
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert "(alla tidsangivelser avser centraleuropeisk tid)" in dialog.preview.toPlainText()
    assert dialog.zone_words.text() == "“centraleuropeisk tid”"
    dialog.block.setCurrentIndex(dialog.block.findData("track"))
    assert "Längd: 4,574 km" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.preview.toPlainText()
    dialog.close()


def test_the_results_mode_in_swedish_takes_swedish_and_short_statuses(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    round_id = _round(window, "GT4", 5)
    window.open_round(round_id)
    window.set_language("sv")
    # The window retranslates the feature, again at the LanguageChange Qt posts to it.
    qtbot.waitUntil(lambda: window.results.mode_action.text() == "&Resultatläge")
    window.results.mode_action.trigger()
    model = window.results.model
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal)
        for column in (ResultColumn.POSITION, ResultColumn.STATUS, ResultColumn.POINTS)
    ]
    assert headers == ["Placering", "Status", "Poäng"]
    table = window.results.view.table
    race_2 = model.row_of("Race 2")
    table.setCurrentIndex(model.index(race_2, ResultColumn.STATUS))
    _type_and_enter(qtbot, window, "dnf")
    table.setCurrentIndex(model.index(race_2, ResultColumn.REASON))
    _type_and_enter(qtbot, window, "Motorstopp")
    assert model.index(race_2, ResultColumn.STATUS).data() == "DNF"
    table.setCurrentIndex(model.index(race_2, ResultColumn.STATUS))
    _type_and_enter(qtbot, window, "Klassad")
    stored = _stored(window, round_id)["Race 2"]
    assert (stored.status, stored.reason) == (ResultStatus.CLASSIFIED, "Motorstopp")
    assert window.undo_action.text() == "&Ångra Resultat i Race 2"

    qtbot.mouseClick(window.results.view.press_button, Qt.MouseButton.LeftButton)
    dialog = window.results.press_dialog
    assert dialog is not None and dialog.language.currentData() == "sv"
    dialog.block.setCurrentIndex(dialog.block.findData("results"))
    assert dialog.preview.toPlainText().splitlines()[0] == "Resultat från helgen:"
    dialog.close()
    window.set_language("en")
