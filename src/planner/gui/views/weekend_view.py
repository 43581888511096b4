"""A race weekend: header band, track box, entries, and the sessions by day."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.gui import labels
from planner.gui.delegates import (
    ChoiceDelegate,
    DateTimeDelegate,
    DriverPickerDelegate,
    MinutesDelegate,
    kind_choices,
    session_status_choices,
)
from planner.gui.models import weekend_model as columns
from planner.gui.models.weekend_model import WeekendModel
from planner.gui.views.column_widths import content_width
from planner.gui.views.header_band import HeaderBand
from planner.services.views import SessionView
from planner.services.views import WeekendView as WeekendData


class _Box(QFrame):
    """A quiet panel with a small bold caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(self)
        font = QFont(self.caption.font())
        font.setBold(True)
        self.caption.setFont(font)
        self.body = QFormLayout()
        self.body.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.body.setHorizontalSpacing(16)
        self.body.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.body.rowCount():
            self.body.removeRow(0)
        for label, value in rows:
            if not value:  # a line of its own: a heading over the rows below
                heading = QLabel(label, self)
                heading.setWordWrap(True)
                self.body.addRow(heading)
                continue
            name = QLabel(label, self)
            muted = name.palette()
            muted.setColor(
                QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
            )
            name.setPalette(muted)
            text = QLabel(value, self)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            self.body.addRow(name, text)


class WeekendView(QWidget):
    def __init__(
        self,
        model: WeekendModel,
        drivers: Callable[[], list[tuple[int, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.round_id: int | None = None
        self.header = HeaderBand(self)
        self.track_box = _Box(self)
        self.entry_box = _Box(self)
        boxes = QHBoxLayout()
        boxes.setSpacing(10)
        boxes.addWidget(self.track_box, 3)
        boxes.addWidget(self.entry_box, 2)

        self.tree = QTreeView(self)
        self.tree.setModel(model)
        self.tree.setAccessibleName(QCoreApplication.translate("WeekendView", "Sessions by day"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")  # air, no colours
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setItemDelegateForColumn(columns.START, DateTimeDelegate(self.tree))
        self.tree.setItemDelegateForColumn(columns.DURATION, MinutesDelegate(self.tree))
        self.tree.setItemDelegateForColumn(columns.KIND, ChoiceDelegate(kind_choices, self.tree))
        self.tree.setItemDelegateForColumn(
            columns.STATUS, ChoiceDelegate(session_status_choices, self.tree)
        )
        self.tree.setItemDelegateForColumn(
            columns.DRIVERS, DriverPickerDelegate(drivers, self.tree)
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self._after_reset)

        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(boxes)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.track_box.caption.setText(QCoreApplication.translate("WeekendView", "Circuit"))
        self.entry_box.caption.setText(QCoreApplication.translate("WeekendView", "Entry"))
        self.empty_hint.setText(
            QCoreApplication.translate(
                "WeekendView",
                "No sessions yet. Apply a weekend template (Ctrl+T) or add a session "
                "(Ctrl+Shift+N), then type the times.",
            )
        )

    def show_weekend(self, weekend: WeekendData, conflicts: dict[int, list[str]]) -> None:
        round_view = weekend.round
        self.round_id = round_view.id
        title = QCoreApplication.translate(
            "WeekendView", "{series} {year} · Round {number}"
        ).format(series=round_view.series_name, year=round_view.year, number=round_view.number)
        title = f"{title} · {round_view.title}"
        subtitle = labels.date_range_text(round_view.first_day, round_view.last_day)
        if round_view.status != "scheduled":
            subtitle = f"{subtitle} · {labels.round_status_label(round_view.status)}"
        if round_view.notes:
            subtitle = f"{subtitle}\n{round_view.notes}"
        self.header.set_content(title, subtitle, round_view.series_colour)

        track = round_view.track
        rows = [
            (QCoreApplication.translate("WeekendView", "Circuit"), track.name),
            (QCoreApplication.translate("WeekendView", "Location"), track.place or "–"),
            (
                QCoreApplication.translate("WeekendView", "Length"),
                labels.length_text(track.length_m),
            ),
            (
                QCoreApplication.translate("WeekendView", "Corners"),
                str(track.corners) if track.corners else "–",
            ),
        ]
        for record in track.lap_records:
            holder = f" ({record.holder})" if record.holder else ""
            rows.append(
                (
                    QCoreApplication.translate("WeekendView", "Lap record {car_class}").format(
                        car_class=record.car_class
                    ),
                    f"{record.lap_time_text}{holder}",
                )
            )
        rows.append((QCoreApplication.translate("WeekendView", "Track time"), track.timezone))
        self.track_box.set_rows(rows)

        entry_rows: list[tuple[str, str]] = []
        for entry in weekend.entries:
            car = f"<b>{entry.car.label}</b>"
            if entry.car.car_class:
                car = f"{car} · {entry.car.car_class}"
            if entry.car.team_name:
                car = f"{car} · {entry.car.team_name}"
            entry_rows.append((car, ""))
            for position, driver in enumerate(entry.crew, start=1):
                entry_rows.append((f"{position}.", driver.name))
        if not entry_rows:
            entry_rows.append(
                (
                    QCoreApplication.translate(
                        "WeekendView", "No car entered yet (Season → People and Cars)."
                    ),
                    "",
                )
            )
        self.entry_box.set_rows(entry_rows)
        self.model.set_sessions(weekend.sessions, conflicts)
        self.empty_hint.setVisible(not weekend.sessions)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.setColumnHidden(columns.HOME, not self.model.shows_home_time())
        metrics = self.tree.fontMetrics()
        header = self.tree.header()
        least = {
            # Sessions sit one indentation step in; the item padding comes on top.
            columns.START: metrics.horizontalAdvance("00:00–00:00") + self.tree.indentation() + 28,
            columns.NAME: metrics.horizontalAdvance("Free Practice 1") + 40,
        }
        hidden = self.tree.isColumnHidden(columns.HOME)
        for column in range(self.model.columnCount() - 1):
            # Day headers span the first column: measure times, not day names, there.
            skip = column == columns.START or (column == columns.HOME and hidden)
            content = 0 if skip else self.content_width(column) + 12
            title = header.sectionSizeHint(column)
            wanted = max(content, title, least.get(column, 0))
            # Long texts (broadcast notes) elide; their tooltip shows them whole.
            cap = 200 if column == columns.BROADCAST else 280
            self.tree.setColumnWidth(column, min(wanted, cap))

    def content_width(self, column: int) -> int:
        """What ``QTreeView.sizeHintForColumn`` gives for the session rows, sooner."""
        model = self.model
        days = [model.index(day_row, 0) for day_row in range(model.rowCount())]
        return content_width(
            self.tree,
            (model.index(row, column, day) for day in days for row in range(model.rowCount(day))),
        )

    def current_session(self) -> SessionView | None:
        return self.model.session_at(self.tree.currentIndex())

    def select_session(self, session_id: int) -> None:
        index = self.model.index_of(session_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
