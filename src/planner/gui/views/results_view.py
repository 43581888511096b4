"""The results mode of the weekend: a table to type positions down a column, fast.

Type a number and press Enter: the value is stored (one undoable step) and
the cursor moves to the same column of the next row, ready for the next
number. Space ticks pole and fastest lap. The buttons open the standings
and the press kit of the round.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.gui.models.results_model import ResultColumn, ResultsModel


class ResultsTable(QTableView):
    """A table whose Enter stores the value and moves one row down, like a spreadsheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(True)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moves_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        current = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if moves_down and current.isValid():
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


class ResultsView(QWidget):
    standings_requested = Signal()
    press_kit_requested = Signal()

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel()
        self.title.setObjectName("ResultsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.table = ResultsTable(self)
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultColumn.REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ResultColumn.REASON, 200)
        header.setSectionResizeMode(ResultColumn.NOTES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.standings_button = QPushButton()
        self.press_button = QPushButton()
        self.standings_button.clicked.connect(self.standings_requested)
        self.press_button.clicked.connect(self.press_kit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.standings_button)
        buttons.addWidget(self.press_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        model.modelReset.connect(self._update_texts)
        model.dataChanged.connect(lambda *_: self._update_texts())
        self.retranslate()

    def retranslate(self) -> None:
        self.standings_button.setText(self.tr("Standings…"))
        self.press_button.setText(self.tr("Press Kit…"))
        self.hint.setText(
            self.tr(
                "Type a position and press Enter to go to the next session. Status: DNS, DNF, "
                "DSQ or NC, with the reason beside it. Space ticks pole and fastest lap. "
                "Points come from the season's points system unless you type them."
            )
        )
        self._update_texts()

    def _update_texts(self) -> None:
        data = self.model.data_
        if data is None:
            self.title.setText(self.tr("Results"))
            self.summary.clear()
            return
        round_ = data.round
        # One car (the usual case): its name is in the summary, not on every row.
        self.table.setColumnHidden(ResultColumn.CAR, len(data.entries) <= 1)
        self.title.setText(
            self.tr("Results · {series} {year} · Round {number} · {track}").format(
                series=round_.series_short_name or round_.series_name,
                year=round_.year,
                number=round_.number,
                track=round_.title,
            )
        )
        parts = []
        for entry in data.entries:
            crew = ", ".join(driver.name for driver in entry.crew)
            parts.append(
                self.tr("{car} ({crew}): {points} points this weekend").format(
                    car=entry.car.label,
                    crew=crew,
                    points=_points_text(data.entry_points(entry.id)),
                )
            )
        if not data.scale.race and not data.scale.qualifying:
            parts.append(self.tr("No points system for this season yet."))
        self.summary.setText("\n".join(parts))

    def start_typing_at(self, column: ResultColumn, row: int = 0) -> None:
        """Put the cursor where typing positions starts (the first session's position)."""
        index: QModelIndex = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.setFocus()


def _points_text(points: float) -> str:
    from planner.domain.results import format_points

    return format_points(points)
