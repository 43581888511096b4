"""A race weekend: header band, track box, entries, and the sessions by day."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
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
from planner.gui.views.column_widths import widest_hint
from planner.gui.views.header_band import HeaderBand
from planner.services.views import SessionView
from planner.services.views import WeekendView as WeekendData

LEAST_WIDTH_CHARACTERS = 70  # the page's minimum width, in average characters


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
        self._rows: list[tuple[str, str]] = []
        self._labels: list[tuple[QLabel, ...]] = []  # by row: (heading,) or (name, text)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Show these rows. Going from round to round the rows mostly keep their
        shape (a circuit has more or fewer lap records, the entries often stay the
        same): the labels made before are kept and only their texts change, rows not
        needed are removed, and only a row of another shape (a heading where a name
        and its text were) or one more than before is made: making and laying out
        new word-wrapped labels was a fifth of a round switch (profiles, issue 19)."""
        if rows == self._rows:
            return
        for row, (label, value) in enumerate(rows):
            shown = self._labels[row] if row < len(self._labels) else None
            if shown is not None and (len(shown) == 1) == (not value):
                shown[0].setText(label)
                if value:
                    shown[1].setText(value)
                continue
            while self.body.rowCount() > row:  # another shape from here: made anew
                self.body.removeRow(row)
            del self._labels[row:]
            self._labels.append(self._add_row(label, value))
        while self.body.rowCount() > len(rows):  # rows no longer needed
            self.body.removeRow(len(rows))
        del self._labels[len(rows) :]
        self._rows = list(rows)
        # The page lays out again in this turn of the event loop: else a box that
        # lost a row could keep its old height until the next.
        self.updateGeometry()

    def _add_row(self, label: str, value: str) -> tuple[QLabel, ...]:
        if not value:  # a line of its own: a heading over the rows below
            heading = QLabel(label, self)
            heading.setWordWrap(True)
            self.body.addRow(heading)
            return (heading,)
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
        return (name, text)


class SessionTree(QTreeView):
    """The sessions by day; picks several with Ctrl/Shift, asks for menus and the dialog."""

    # The name is shared with the other session views (month, week, agenda).
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815  (session ids, global position)
    session_edit_requested = Signal(int)  # Enter, or a double-click on the name
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def session_model(self) -> WeekendModel:
        model = self.model()
        assert isinstance(model, WeekendModel)
        return model

    def selected_session_ids(self) -> list[int]:
        """The picked sessions in table order; the current one when none is picked."""
        model = self.session_model()
        picked = {
            session.id
            for index in self.selectionModel().selectedRows()
            if (session := model.session_at(index)) is not None
        }
        ordered = [session.id for session in model.all_sessions() if session.id in picked]
        if not ordered:
            current = model.session_at(self.currentIndex())
            if current is not None:
                ordered = [current.id]
        return ordered

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        model = self.session_model()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            session = model.session_at(index)
            if session is None:
                return
            if not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)
            position = event.globalPos()
        else:  # the Menu key or Shift+F10: at the current row
            rect = self.visualRect(self.currentIndex())
            position = self.viewport().mapToGlobal(rect.bottomLeft())
        chosen = self.selected_session_ids()
        if chosen:
            self.sessionMenuRequested.emit(chosen, position)

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        """A double-click on the name opens the session dialog; elsewhere it edits in place."""
        if trigger is None:  # the public edit(index): start the cell's editor
            super().edit(index)
            return True
        double_click = trigger == QAbstractItemView.EditTrigger.DoubleClicked
        if double_click and index.column() == columns.NAME:
            session = self.session_model().session_at(index)
            if session is not None:
                self.session_edit_requested.emit(session.id)
                return True
        return super().edit(index, trigger, event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            session = self.session_model().session_at(self.currentIndex())
            if session is not None:
                self.session_edit_requested.emit(session.id)
                return
        super().keyPressEvent(event)


# Where the table is narrower than its texts, these columns give up width in this
# order, down to the least width each keeps (still readable); their texts elide
# and the tooltip shows them whole. Narrower still, the table scrolls sideways.
SHRINK_ORDER = (
    (columns.NOTES, 80),
    (columns.BROADCAST, 70),
    (columns.STATUS, 60),
    (columns.NAME, 100),
    (columns.KIND, 80),
    (columns.DRIVERS, 110),
)


def fitted_widths(wanted: dict[int, int], available: int) -> dict[int, int]:
    """Column widths that add up to no more than ``available`` where they can."""
    widths = dict(wanted)
    excess = sum(widths.values()) - available
    for column, least in SHRINK_ORDER:
        if excess <= 0:
            break
        if column in widths:
            give = min(excess, max(widths[column] - least, 0))
            widths[column] -= give
            excess -= give
    return widths


# Columns the user may hide (header context menu), by the key kept in the settings.
HIDEABLE_COLUMNS = {
    columns.HOME: "home",
    columns.KIND: "kind",
    columns.DURATION: "duration",
    columns.DRIVERS: "drivers",
    columns.BROADCAST: "broadcast",
    columns.STATUS: "status",
    columns.NOTES: "notes",
}


class WeekendView(QWidget):
    hidden_columns_changed = Signal(list)  # the keys of the columns the user hid

    def __init__(
        self,
        model: WeekendModel,
        drivers: Callable[[], list[tuple[int, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.round_id: int | None = None
        self.user_hidden: set[int] = set()
        self.header_menu: QMenu | None = None
        self.header = HeaderBand(self)
        self.track_box = _Box(self)
        self.entry_box = _Box(self)
        boxes = QHBoxLayout()
        boxes.setSpacing(10)
        boxes.addWidget(self.track_box, 3)
        boxes.addWidget(self.entry_box, 2)

        self.tree = SessionTree(self)
        self.tree.setModel(model)
        self.tree.setAccessibleName(QCoreApplication.translate("WeekendView", "Sessions by day"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")  # air, no colours
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.show_header_menu(header.mapToGlobal(pos))
        )
        model.modelReset.connect(self._after_reset)
        self._natural_widths: dict[int, int] = {}
        self.tree.resized.connect(self.fit_columns)

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
        # A fixed least width, not its content's: a long round title or circuit name
        # would otherwise raise the window's minimum on a round switch, and the docks
        # beside the page would jump and repaint (issue 19). The title elides instead,
        # the boxes wrap a long value at its spaces.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * LEAST_WIDTH_CHARACTERS)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.tree.setAccessibleName(QCoreApplication.translate("WeekendView", "Sessions by day"))
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
        self._apply_hidden_columns()
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
            self._natural_widths[column] = min(wanted, cap)
        last = self.model.columnCount() - 1
        self._natural_widths[last] = max(
            header.sectionSizeHint(last), min(self.content_width(last) + 12, 280)
        )
        self.fit_columns()

    def fit_columns(self) -> None:
        """The visible columns as wide as their texts, but never wider than the table."""
        if not self._natural_widths:
            return
        wanted = {
            column: width
            for column, width in self._natural_widths.items()
            if not self.tree.isColumnHidden(column)
        }
        for column, width in fitted_widths(wanted, self.tree.viewport().width()).items():
            self.tree.setColumnWidth(column, width)

    def _apply_hidden_columns(self) -> None:
        for column in HIDEABLE_COLUMNS:
            hidden = column in self.user_hidden
            if column == columns.HOME:  # shown only where home and track clocks differ
                hidden = hidden or not self.model.shows_home_time()
            self.tree.setColumnHidden(column, hidden)

    def set_hidden_columns(self, keys: list[str]) -> None:
        """Hide the columns with these keys (from the settings); the others show."""
        self.user_hidden = {column for column, key in HIDEABLE_COLUMNS.items() if key in keys}
        self._apply_hidden_columns()

    def hidden_column_keys(self) -> list[str]:
        return [key for column, key in HIDEABLE_COLUMNS.items() if column in self.user_hidden]

    def build_header_menu(self) -> QMenu:
        """A tick per column the user may hide; the time and the name always show."""
        menu = QMenu(self)
        menu.setObjectName("ColumnMenu")
        for column, key in HIDEABLE_COLUMNS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setObjectName(key)
            action.setCheckable(True)
            action.setChecked(column not in self.user_hidden)
            action.toggled.connect(
                lambda shown, column=column: self._set_column_shown(column, shown)
            )
        return menu

    def show_header_menu(self, global_pos: QPoint) -> None:
        self.header_menu = self.build_header_menu()
        self.header_menu.popup(global_pos)

    def _set_column_shown(self, column: int, shown: bool) -> None:
        if shown:
            self.user_hidden.discard(column)
        else:
            self.user_hidden.add(column)
        self._apply_hidden_columns()
        self.fit_columns()
        self.hidden_columns_changed.emit(self.hidden_column_keys())

    def content_width(self, column: int) -> int:
        """What ``QTreeView.sizeHintForColumn`` gives for the session rows, sooner."""
        return widest_hint(self.tree, self.model.column_cells(column))

    def selected_session_ids(self) -> list[int]:
        return self.tree.selected_session_ids()

    def current_session(self) -> SessionView | None:
        return self.model.session_at(self.tree.currentIndex())

    def select_session(self, session_id: int) -> None:
        index = self.model.index_of(session_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def select_sessions(self, session_ids: list[int]) -> None:
        """Pick these rows again (after a reload), keeping the current one."""
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for session_id in session_ids:
            index = self.model.index_of(session_id)
            if index.isValid():
                self.tree.selectionModel().select(index, flags)
