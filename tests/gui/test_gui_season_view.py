"""The season view's table: columns as wide as their contents in every season and
language, only the status edited in place, every cell's text read aloud and its
tooltips (the cells are kept by Qt and sized from one cell per distinct text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.gui.models import season_model
from planner.gui.models.roles import EDIT_VALUE_ROLE, ID_ROLE
from planner.services import catalog


def _choose_season(window: MainWindow, season_id: int) -> None:
    """As a click in the navigator does."""
    window.navigator.setCurrentIndex(window.navigator_model.find("season", season_id))
    assert window.season_id == season_id


@pytest.mark.parametrize("language", ["en", "sv"])
def test_columns_are_as_wide_as_qt_sizes_them_to_their_contents(
    qtbot: QtBot, demo_window: MainWindow, language: str
) -> None:
    """What a header in ResizeToContents mode gives (every cell's size hint and the
    column title's), in every season; who races takes the rest of the width."""
    window = demo_window
    window.set_language(language)
    table = window.season_view.table
    header = table.horizontalHeader()
    measured = 0
    for season in catalog.list_seasons(window.store.db):
        _choose_season(window, season.id)
        assert header.sectionResizeMode(season_model.DRIVERS) == QHeaderView.ResizeMode.Stretch
        for column in range(window.season_model.columnCount()):
            if column == season_model.DRIVERS:
                continue
            expected = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert table.columnWidth(column) == expected, (season.title, column)
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed
            measured += 1
    assert measured >= 24
    window.set_language("en")


def test_only_the_status_is_edited_in_the_table(qtbot: QtBot, demo_window: MainWindow) -> None:
    """F2 on a round's circuit edits nothing; on its status it opens the choice of
    statuses (the rest is edited in the round's dialog)."""
    window = demo_window
    table = window.season_view.table
    model = window.season_model
    assert model.rowCount() > 0
    for column in range(model.columnCount()):
        editable = bool(model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)
        assert editable == (column == season_model.STATUS), column
    table.setFocus()
    table.setCurrentIndex(model.index(0, season_model.TRACK))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != QAbstractItemView.State.EditingState
    table.setCurrentIndex(model.index(0, season_model.STATUS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.findChildren(QComboBox)
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)


def test_cells_are_read_aloud_as_shown_and_carry_their_round(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    model = window.season_model
    table = QAccessible.queryAccessibleInterface(window.season_view.table)
    children = [table.child(number) for number in range(table.childCount())]
    heard = [child.text(QAccessible.Text.Name) for child in children]
    roles = [child.role() for child in children]
    cells = [text for text, role in zip(heard, roles, strict=True) if role == QAccessible.Role.Cell]
    shown = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert cells == shown
    # No row numbers are read before each round (the row header is hidden).
    assert all(
        not text
        for text, role in zip(heard, roles, strict=True)
        if role == QAccessible.Role.RowHeader
    )
    for row in range(model.rowCount()):
        item = model.round_at(row)
        for column in range(model.columnCount()):
            assert model.index(row, column).data(ID_ROLE) == item.id
        assert model.index(row, season_model.NUMBER).data() == str(item.number)
        tip = model.index(row, season_model.DRIVERS).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == ", ".join(driver.name for driver in item.drivers)
        assert model.index(row, season_model.STATUS).data(EDIT_VALUE_ROLE) == str(item.status)
        centred = model.index(row, season_model.SESSIONS).data(Qt.ItemDataRole.TextAlignmentRole)
        assert centred == int(Qt.AlignmentFlag.AlignCenter)
        assert model.index(row, season_model.DATES).data(Qt.ItemDataRole.ToolTipRole) is None
        assert not model.headerData(row, Qt.Orientation.Vertical)  # no row numbers


def test_the_column_titles_follow_the_language(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    model = window.season_model

    def titles() -> list[str]:
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]

    english = titles()
    assert english[:3] == ["No.", "Dates", "Circuit"]
    window.set_language("sv")
    assert titles() != english
    assert titles()[1] == "Datum"
    window.set_language("en")
    assert titles() == english
