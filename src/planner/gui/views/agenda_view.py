"""The agenda: coming sessions as a list grouped by day, with filters.

Filtering is the core's (``services.search.filter_agenda``); this view shows
the result, one row per session under a heading per day, and lets several
sessions be selected for bulk actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.kinds import SessionKind
from planner.gui.icons import icon
from planner.gui.labels import (
    clock_text,
    day_text,
    kind_label,
    session_status_label,
    short_day_text,
)
from planner.gui.views.calendar_items import CONFLICT_COLOUR, CalendarItem, calendar_items
from planner.services.search import AgendaFilter, filter_agenda
from planner.services.views import DriverView, ScheduledSession, SeriesView

AnyIndex = QModelIndex | QPersistentModelIndex
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 40
TIME, SESSION, EVENT, DRIVERS, TRACK_TIME, STATUS = range(6)


class RoomyRows(QStyledItemDelegate):
    """Rows with air, as calendar lists have (the contents' width is kept)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 6, max(size.height(), QFontMetrics(option.font).height() + 10))


class AgendaTree(QTreeView):
    """The list itself: Enter opens, the context-menu key asks for the session menu."""

    sessionActivated = Signal(int)  # noqa: N815
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815

    def selected_session_ids(self) -> list[int]:
        ids = []
        for index in self.selectionModel().selectedRows(SESSION):
            value = index.data(SESSION_ID_ROLE)
            if value is not None:
                ids.append(int(value))
        return ids

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            value = self.currentIndex().siblingAtColumn(SESSION).data(SESSION_ID_ROLE)
            if value is not None:
                self.sessionActivated.emit(int(value))
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            value = index.siblingAtColumn(SESSION).data(SESSION_ID_ROLE)
            if value is None:
                return
            if not self.selectionModel().isRowSelected(index.row(), index.parent()):
                self.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            position = event.globalPos()
        else:
            rect = self.visualRect(self.currentIndex())
            position = self.viewport().mapToGlobal(rect.center())
        ids = self.selected_session_ids()
        if ids:
            self.sessionMenuRequested.emit(ids, position)


class AgendaView(QWidget):
    """Filters above, the grouped list below."""

    sessionActivated = Signal(int)  # noqa: N815
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815
    past_wanted = Signal(bool)  # the window reads the archive only when past sessions are wanted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheduled: list[ScheduledSession] = []
        self._conflicts: Mapping[int, Sequence[str]] = {}
        self._home_zone = "UTC"
        self._now: datetime | None = None
        self.shown: list[CalendarItem] = []
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.zone_note = QLabel(self)
        muted = self.zone_note.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.zone_note.setPalette(muted)
        self.text_filter = QLineEdit(self)
        self.text_filter.setClearButtonEnabled(True)
        self.series_filter = QComboBox(self)
        self.driver_filter = QComboBox(self)
        self.kind_filter = QComboBox(self)
        self.past_box = QCheckBox(self)
        for combo in (self.series_filter, self.driver_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._refilter)
        self.past_box.toggled.connect(self.past_wanted)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._refilter)
        self.text_filter.textChanged.connect(lambda _text: self._typing.start())
        self.model = QStandardItemModel(self)
        self.tree = AgendaTree(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(RoomyRows(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.sessionActivated.connect(self.sessionActivated)
        self.tree.sessionMenuRequested.connect(self.sessionMenuRequested)
        self.empty_note = QLabel(self)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setPalette(muted)
        self.empty_note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.zone_note)
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 2)
        filters.addWidget(self.series_filter)
        filters.addWidget(self.driver_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.past_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_note, 1)
        self._series: list[SeriesView] = []
        self._drivers: list[DriverView] = []
        self.retranslate()

    # --- what the window gives --------------------------------------------------------

    def set_choices(self, series: Sequence[SeriesView], drivers: Sequence[DriverView]) -> None:
        """The series and drivers the filters offer (the current choice is kept)."""
        self._series, self._drivers = list(series), list(drivers)
        self._fill_choices()

    def set_sessions(
        self,
        scheduled: Sequence[ScheduledSession],
        conflicts: Mapping[int, Sequence[str]],
        home_zone: str,
        now: datetime,
    ) -> None:
        self._scheduled = list(scheduled)
        self._conflicts = conflicts
        self._home_zone = home_zone
        self._now = now
        self.zone_note.setText(
            QCoreApplication.translate("AgendaView", "Times in home time ({zone})").format(
                zone=home_zone
            )
        )
        self._refilter()

    def selected_session_ids(self) -> list[int]:
        return self.tree.selected_session_ids()

    def select_sessions(self, session_ids: Sequence[int]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        for index in self._session_indexes():
            if index.data(SESSION_ID_ROLE) in session_ids:
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.setCurrentIndex(index)

    def session_row_index(self, session_id: int) -> QModelIndex:
        for index in self._session_indexes():
            if index.data(SESSION_ID_ROLE) == session_id:
                return index
        return QModelIndex()

    def scroll_to_day(self, day: date) -> None:
        for row in range(self.model.rowCount()):
            heading = self.model.item(row, 0)
            if heading is not None and heading.data(Qt.ItemDataRole.UserRole) >= day.toordinal():
                self.tree.scrollTo(heading.index(), QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def _session_indexes(self) -> list[QModelIndex]:
        found = []
        for row in range(self.model.rowCount()):
            heading = self.model.index(row, 0)
            for child in range(self.model.rowCount(heading)):
                found.append(self.model.index(child, SESSION, heading))
        return found

    # --- text -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("AgendaView", "Agenda"))
        self.text_filter.setPlaceholderText(
            QCoreApplication.translate("AgendaView", "Filter: driver, series, circuit…")
        )
        self.text_filter.setAccessibleName(QCoreApplication.translate("AgendaView", "Filter text"))
        self.series_filter.setAccessibleName(QCoreApplication.translate("AgendaView", "Series"))
        self.driver_filter.setAccessibleName(QCoreApplication.translate("AgendaView", "Driver"))
        self.kind_filter.setAccessibleName(QCoreApplication.translate("AgendaView", "Session kind"))
        self.past_box.setText(QCoreApplication.translate("AgendaView", "Past sessions too"))
        self.tree.setAccessibleName(QCoreApplication.translate("AgendaView", "Sessions by day"))
        self.empty_note.setText(
            QCoreApplication.translate(
                "AgendaView", "No sessions to show. Clear the filters or show past sessions."
            )
        )
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AgendaView", "Time"),
                QCoreApplication.translate("AgendaView", "Session"),
                QCoreApplication.translate("AgendaView", "Event"),
                QCoreApplication.translate("AgendaView", "Drivers"),
                QCoreApplication.translate("AgendaView", "Track time"),
                QCoreApplication.translate("AgendaView", "Status"),
            ]
        )
        self._fill_choices()
        self._refilter()

    def _fill_choices(self) -> None:
        choices: list[tuple[QComboBox, str, list[tuple[str, object]]]] = [
            (
                self.series_filter,
                QCoreApplication.translate("AgendaView", "All series"),
                [(series.label, series.id) for series in self._series],
            ),
            (
                self.driver_filter,
                QCoreApplication.translate("AgendaView", "All drivers"),
                [(driver.name, driver.id) for driver in self._drivers],
            ),
            (
                self.kind_filter,
                QCoreApplication.translate("AgendaView", "All kinds"),
                [(kind_label(kind), kind.value) for kind in SessionKind],
            ),
        ]
        for combo, everything, options in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for label, value in options:
                combo.addItem(label, value)
            position = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)

    # --- filtering and showing ------------------------------------------------------------

    def current_filter(self) -> AgendaFilter:
        kind = self.kind_filter.currentData()
        return AgendaFilter(
            series_id=self.series_filter.currentData(),
            driver_id=self.driver_filter.currentData(),
            kind=None if kind is None else SessionKind(kind),
            text=self.text_filter.text(),
            since=None if self.past_box.isChecked() else self._now,
        )

    def _refilter(self) -> None:
        chosen = filter_agenda(self._scheduled, self.current_filter())
        selected = self.selected_session_ids()
        self.shown = calendar_items(chosen, self._home_zone, self._conflicts)
        self._fill_rows()
        if selected:
            self.select_sessions(selected)
        self.tree.setVisible(bool(self.shown))
        self.empty_note.setVisible(not self.shown)

    def _fill_rows(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_brush = QBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        current_day: date | None = None
        heading: QStandardItem | None = None
        for item in self.shown:
            if item.day != current_day:
                current_day = item.day
                heading = QStandardItem(day_text(item.day) + f" {item.day.year}")
                heading.setData(item.day.toordinal(), Qt.ItemDataRole.UserRole)
                heading.setFont(heading_font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.setBackground(heading_brush)
                self.model.appendRow(heading)
                self.tree.setFirstColumnSpanned(heading.row(), QModelIndex(), True)
            assert heading is not None
            heading.appendRow(self._row(item))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)

    def _row(self, item: CalendarItem) -> list[QStandardItem]:
        time_cell = QStandardItem(item.home_span_text())
        time_cell.setData(QColor(item.colour), Qt.ItemDataRole.DecorationRole)
        name_cell = QStandardItem(item.title)
        name_cell.setData(item.session_id, SESSION_ID_ROLE)
        event_cell = QStandardItem(f"{item.series} · {item.round_title}")
        drivers_cell = QStandardItem(first_names(item.drivers))
        track_cell = QStandardItem(
            f"{short_day_text(item.track_start.date())} {clock_text(item.track_start)}"
        )
        track_cell.setToolTip(item.track_zone)
        status_text = "" if item.status == "scheduled" else session_status_label(item.status)
        status_cell = QStandardItem(status_text)
        if item.conflict:
            status_cell.setText(
                ", ".join(
                    part
                    for part in (status_text, QCoreApplication.translate("AgendaView", "Conflict"))
                    if part
                )
            )
            status_cell.setIcon(icon("warning"))
            status_cell.setForeground(QColor(CONFLICT_COLOUR))
        cells = [time_cell, name_cell, event_cell, drivers_cell, track_cell, status_cell]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for cell in cells:
            cell.setToolTip(item.tooltip())
            cell.setData(item.accessible_text(), Qt.ItemDataRole.AccessibleTextRole)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if item.cancelled:
                font = QFont(self.font())
                font.setStrikeOut(True)
                cell.setFont(font)
                if cell is not status_cell:
                    cell.setForeground(muted)
            elif item.tentative:
                font = QFont(self.font())
                font.setItalic(True)
                cell.setFont(font)
        return cells

    def _activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(SESSION).data(SESSION_ID_ROLE)
        if value is not None:
            self.sessionActivated.emit(int(value))


def first_names(names: Sequence[str]) -> str:
    """'Andreas, Jessica' where first names tell the drivers apart, else full names."""
    firsts = [name.split()[0] if name.split() else name for name in names]
    return ", ".join(firsts if len(set(firsts)) == len(firsts) else names)
