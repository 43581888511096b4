"""A season at a glance: the rounds in a table under a header band."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.delegates import ChoiceDelegate, round_status_choices
from planner.gui.models import season_model as columns
from planner.gui.models.season_model import SeasonModel
from planner.gui.views.column_widths import widest_hint
from planner.gui.views.header_band import HeaderBand
from planner.services.views import RoundView
from planner.services.views import SeasonView as SeasonData


class SeasonView(QWidget):
    round_opened = Signal(int)
    round_menu_requested = Signal(int, QPoint)  # round id, global position

    def __init__(self, model: SeasonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.header = HeaderBand(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(QCoreApplication.translate("SeasonView", "Rounds"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            columns.STATUS, ChoiceDelegate(round_status_choices, self.table)
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._set_resize_modes()
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_requested)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        self.retranslate()

    def _set_resize_modes(self) -> None:
        """Columns as wide as their contents (what ResizeToContents gives, measured once
        per load instead of at every layout); who races takes the rest."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(columns.DRIVERS, QHeaderView.ResizeMode.Stretch)
        for column in range(self.model.columnCount()):
            if column != columns.DRIVERS:
                header.resizeSection(column, self.content_width(column))

    def content_width(self, column: int) -> int:
        """``max(sizeHintForColumn, sectionSizeHint)``, as a ResizeToContents header."""
        return max(
            widest_hint(self.table, self.model.column_cells(column)),
            self.table.horizontalHeader().sectionSizeHint(column),
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        self.table.setAccessibleName(QCoreApplication.translate("SeasonView", "Rounds"))
        self.empty_hint.setText(
            QCoreApplication.translate(
                "SeasonView", "No rounds yet. Add one with Season → New Round (Ctrl+R)."
            )
        )

    def show_season(self, season: SeasonData, rounds: list[RoundView]) -> None:
        self.model.set_rounds(rounds)
        count = len(rounds)
        subtitle = self.tr("%n round(s)", "", count)  # self.tr: lupdate finds the plural
        if season.notes:
            subtitle = f"{subtitle} · {season.notes}"
        self.header.set_content(season.title, subtitle, season.series_colour)
        self.empty_hint.setVisible(count == 0)
        self._set_resize_modes()  # a model reset may have dropped them

    def current_round_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.round_at(index.row()).id

    def select_round(self, round_id: int) -> None:
        row = self.model.row_of(round_id)
        if row >= 0:
            self.table.selectRow(row)

    def _menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():  # the Menu key: the current row
            index = self.table.currentIndex()
            pos = self.table.visualRect(index).bottomLeft()
        if index.isValid():
            self.table.selectRow(index.row())
            self.round_menu_requested.emit(
                self.model.round_at(index.row()).id, self.table.viewport().mapToGlobal(pos)
            )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != columns.STATUS:
            self.round_opened.emit(self.model.round_at(index.row()).id)
