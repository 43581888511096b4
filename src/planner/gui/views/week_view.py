"""A week on a time axis: each session a block from its start to its end, in home time.

Drag a block to another day or time to move the session, drag its lower edge to
change its length; the window turns either into one undo step. The track's own
time is in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.gui.icons import icon
from planner.gui.labels import clock_text, duration_text, qdate
from planner.gui.views.calendar_items import CalendarItem, SessionPainter, chip_label

GUTTER = 56  # the hours' column
SNAP_MINUTES = 5
EDGE = 6  # pixels at a block's lower edge that resize instead of move
UNKNOWN_LENGTH_MINUTES = 30  # drawn height of a session whose length is not published


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class PlacedBlock:
    item: CalendarItem
    rect: QRectF


class WeekGrid(QWidget):
    """Seven days side by side under a 24-hour axis."""

    sessionActivated = Signal(int)  # noqa: N815  (the Qt naming the views share)
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815
    session_moved = Signal(int, object)  # session id, naive home wall time of the new start
    session_resized = Signal(int, int)  # session id, new length in minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = week_start(date.today())
        self.today = date.today()
        self.items: list[CalendarItem] = []
        self.selected_id: int | None = None
        self.hour_height = 44
        self._blocks: list[PlacedBlock] = []
        self._press: QPoint | None = None
        self._drag: PlacedBlock | None = None
        self._mode = ""  # "move" or "resize" while a block is dragged
        self._ghost: QRectF | None = None
        self._target_start: datetime | None = None
        self._target_minutes: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(24 * self.hour_height + 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("WeekView", "Week calendar"))

    def sizeHint(self) -> QSize:
        return QSize(760, 24 * self.hour_height + 1)

    # --- content ------------------------------------------------------------------

    def set_week(self, monday: date, items: list[CalendarItem], today: date) -> None:
        self.monday, self.today = monday, today
        self.items = [i for i in items if monday <= i.day < monday + timedelta(days=7)]
        if self.selected_id is not None and self.item(self.selected_id) is None:
            self.selected_id = None
        self.setAccessibleDescription(
            self.tr("%n session(s) this week", "", len(self.items))  # plural: self.tr
        )
        self._layout_blocks()
        self.update()

    def item(self, session_id: int) -> CalendarItem | None:
        return next((i for i in self.items if i.session_id == session_id), None)

    def selected_session_ids(self) -> list[int]:
        return [] if self.selected_id is None else [self.selected_id]

    def select_session(self, session_id: int | None) -> None:
        self.selected_id = session_id
        self.update()

    # --- geometry -------------------------------------------------------------------

    def column_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def y_of(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def block_rect(self, session_id: int) -> QRect | None:
        for block in self._blocks:
            if block.item.session_id == session_id:
                return block.rect.toRect()
        return None

    def _layout_blocks(self) -> None:
        """Blocks side by side where sessions overlap on a day (lanes, as calendars do)."""
        self._blocks = []
        cw = self.column_width()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            left_edge = GUTTER + offset * cw + 2
            cluster: list[tuple[CalendarItem, int, int, int]] = []  # item, lane, start, end
            lanes: list[int] = []  # the end minute of each lane's last block
            cluster_end = -1
            for item in (i for i in self.items if i.day == day):
                start = item.home_start.hour * 60 + item.home_start.minute
                length = item.duration_minutes or UNKNOWN_LENGTH_MINUTES
                end = min(start + max(length, 15), 24 * 60)
                if cluster and start >= cluster_end:
                    self._place(cluster, left_edge, cw - 4)
                    cluster, lanes = [], []
                lane = next((n for n, until in enumerate(lanes) if until <= start), len(lanes))
                if lane == len(lanes):
                    lanes.append(end)
                else:
                    lanes[lane] = end
                cluster.append((item, lane, start, end))
                cluster_end = max(end, cluster_end) if len(cluster) > 1 else end
            if cluster:
                self._place(cluster, left_edge, cw - 4)

    def _place(
        self, cluster: list[tuple[CalendarItem, int, int, int]], left: float, width: float
    ) -> None:
        count = max(lane for _item, lane, _start, _end in cluster) + 1
        for item, lane, start, end in cluster:
            rect = QRectF(
                left + lane * width / count,
                self.y_of(start) + 1,
                width / count - (2 if count > 1 else 0),
                max(self.y_of(end - start) - 2, self._min_block_height()),
            )
            self._blocks.append(PlacedBlock(item, rect))

    def _min_block_height(self) -> float:
        """One line of text: a 20-minute qualifying must still be readable."""
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        return QFontMetrics(small).height() + 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_blocks()
        super().resizeEvent(event)

    def block_at(self, point: QPoint) -> PlacedBlock | None:
        for block in reversed(self._blocks):
            if block.rect.contains(point.toPointF()):
                return block
        return None

    def day_at(self, x: float) -> date:
        column = int((x - GUTTER) // self.column_width())
        return self.monday + timedelta(days=min(max(column, 0), 6))

    def minutes_at(self, y: float) -> int:
        minutes = round(y * 60 / self.hour_height / SNAP_MINUTES) * SNAP_MINUTES
        return min(max(minutes, 0), 24 * 60 - SNAP_MINUTES)

    def point_of(self, day: date, minutes: int) -> QPoint:
        """Where a day and a time of day are drawn (for tests and keyboard menus)."""
        x = GUTTER + ((day - self.monday).days + 0.5) * self.column_width()
        return QPoint(int(x), round(self.y_of(minutes)))

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        alt = palette.color(QPalette.ColorRole.AlternateBase)
        grid = palette.color(QPalette.ColorRole.Midlight)
        strong = palette.color(QPalette.ColorRole.Mid)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)
        cw = self.column_width()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            column = QRectF(GUTTER + offset * cw, 0, cw, self.height())
            if day.weekday() >= 5:
                painter.fillRect(column, alt)
            if day == self.today:
                tint = QColor(highlight)
                tint.setAlpha(22)
                painter.fillRect(column, tint)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        for hour in range(24):
            y = self.y_of(hour * 60)
            painter.setPen(strong if hour else grid)
            painter.drawLine(QPoint(GUTTER - 4, round(y)), QPoint(self.width(), round(y)))
            painter.setPen(grid)
            half = round(self.y_of(hour * 60 + 30))
            painter.drawLine(QPoint(GUTTER, half), QPoint(self.width(), half))
            if hour:
                painter.setPen(muted)
                label = clock_text(datetime.combine(self.today, time(hour)))
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, GUTTER - 8, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        painter.setPen(strong)
        for offset in range(8):
            x = round(GUTTER + offset * cw)
            painter.drawLine(QPoint(x, 0), QPoint(x, self.height()))
        sessions = SessionPainter(painter, small, palette)
        for block in self._blocks:
            dragged = self._drag is not None and block.item.session_id == self._drag.item.session_id
            if dragged and self._ghost is not None:
                continue
            sessions.paint(
                block.rect,
                block.item,
                self._block_lines(block),
                selected=block.item.session_id == self.selected_id,
            )
        if self._drag is not None and self._ghost is not None:
            painter.setOpacity(0.85)
            sessions.paint(self._ghost, self._drag.item, self._ghost_lines(), selected=True)
            painter.setOpacity(1.0)
        painter.end()

    def _block_lines(self, block: PlacedBlock) -> list[str]:
        item = block.item
        span = item.home_span_text()
        metrics = QFontMetrics(self.font())
        title = item.title
        if metrics.horizontalAdvance(title) > block.rect.width() - 8:
            title = item.short_title
        if block.rect.height() < 2.2 * metrics.height():
            return [chip_label(item, metrics, int(block.rect.width() - 8))]
        lines = [title, span]
        if item.drivers:
            lines.append(", ".join(name.split()[0] for name in item.drivers))
        return lines

    def _ghost_lines(self) -> list[str]:
        assert self._drag is not None
        item = self._drag.item
        if self._mode == "resize" and self._target_minutes is not None:
            return [item.short_title, duration_text(self._target_minutes)]
        if self._target_start is not None:
            return [item.short_title, clock_text(self._target_start)]
        return [item.short_title]

    # --- mouse --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        self.selected_id = None if block is None else block.item.session_id
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press, self._drag = point, block
            near_edge = block.rect.bottom() - point.y() <= EDGE
            self._mode = "resize" if near_edge else "move"
        self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None or self._press is None:
            block = self.block_at(point)
            near_edge = block is not None and block.rect.bottom() - point.y() <= EDGE
            if near_edge:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
            else:
                self.unsetCursor()
            return
        if self._ghost is None and (
            (point - self._press).manhattanLength() < QApplication.startDragDistance()
        ):
            return
        block = self._drag
        if self._mode == "resize":
            top = block.rect.top()
            length = block.item.duration_minutes or UNKNOWN_LENGTH_MINUTES
            stretched = length + (point.y() - self._press.y()) * 60 / self.hour_height
            minutes = max(round(stretched / SNAP_MINUTES) * SNAP_MINUTES, SNAP_MINUTES)
            self._target_minutes = minutes
            self._ghost = QRectF(block.rect.left(), top, block.rect.width(), self.y_of(minutes))
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            grab = self._press.y() - block.rect.top()
            minutes = self.minutes_at(point.y() - grab)
            day = self.day_at(point.x())
            self._target_start = datetime.combine(day, time()) + timedelta(minutes=minutes)
            cw = self.column_width()
            left = GUTTER + (day - self.monday).days * cw + 2
            self._ghost = QRectF(left, self.y_of(minutes) + 1, cw - 4, block.rect.height())
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        block, mode, ghost = self._drag, self._mode, self._ghost
        start, minutes = self._target_start, self._target_minutes
        self._press = self._drag = self._ghost = None
        self._target_start = self._target_minutes = None
        self._mode = ""
        self.unsetCursor()
        self.update()
        if block is None or ghost is None:
            return
        item = block.item
        if mode == "resize" and minutes is not None and minutes != item.duration_minutes:
            self.session_resized.emit(item.session_id, minutes)
        elif (
            mode == "move"
            and start is not None
            and start != item.home_start.replace(tzinfo=None, second=0, microsecond=0)
        ):
            self.session_moved.emit(item.session_id, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.sessionActivated.emit(block.item.session_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block = self.block_at(event.pos())
            if block is None:
                return
            self.selected_id = block.item.session_id
            self.update()
            position = event.globalPos()
        else:
            if self.selected_id is None:
                return
            rect = self.block_rect(self.selected_id)
            position = self.mapToGlobal(rect.center() if rect else QPoint(0, 0))
        self.sessionMenuRequested.emit(self.selected_session_ids(), position)

    # --- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ordered = [item.session_id for item in self.items]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and ordered:
            self._step_selection(Qt.Key(key), ordered)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.sessionActivated.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def _step_selection(self, key: Qt.Key, ordered: list[int]) -> None:
        current = self.item(self.selected_id) if self.selected_id is not None else None
        if current is None:
            self.selected_id = ordered[0]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            position = ordered.index(current.session_id) + (1 if key == Qt.Key.Key_Down else -1)
            self.selected_id = ordered[min(max(position, 0), len(ordered) - 1)]
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            day = current.day + timedelta(days=step)
            while self.monday <= day < self.monday + timedelta(days=7):
                on_day = [i for i in self.items if i.day == day]
                if on_day:
                    self.selected_id = on_day[0].session_id
                    break
                day += timedelta(days=step)
        self.update()
        rect = self.block_rect(self.selected_id) if self.selected_id is not None else None
        if rect is not None:
            self.scroll_into_view(rect)

    def scroll_into_view(self, rect: QRect) -> None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(rect.center().x(), rect.center().y(), 10, rect.height())

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is not None:
                QToolTip.showText(event.globalPos(), block.item.tooltip(), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


class WeekDayHeader(QWidget):
    """The days' names above the grid's columns (it stays put while the hours scroll)."""

    def __init__(self, grid: WeekGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setFixedHeight(QFontMetrics(self.font()).height() * 2 + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        locale = QLocale()
        cw = self.grid.column_width()
        bold = QFont(self.font())
        bold.setPointSizeF(self.font().pointSizeF() * 1.3)
        bold.setBold(True)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        line = QFontMetrics(self.font()).height()
        for offset in range(7):
            day = self.grid.monday + timedelta(days=offset)
            rect = QRectF(GUTTER + offset * cw, 4, cw, self.height() - 4)
            name = locale.toString(qdate(day), "ddd").capitalize()
            is_today = day == self.grid.today
            painter.setFont(self.font())
            painter.setPen(highlight if is_today else muted)
            painter.drawText(
                QRectF(rect.left(), rect.top(), cw, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                name,
            )
            painter.setFont(bold)
            painter.setPen(highlight if is_today else palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(rect.left(), rect.top() + line, cw, rect.height() - line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                str(day.day),
            )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class WeekView(QWidget):
    """The week grid with its bar: previous/next week, the dates, Today."""

    week_changed = Signal(object)  # the Monday shown
    sessionActivated = Signal(int)  # noqa: N815
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = WeekGrid()
        self.grid.sessionActivated.connect(self.sessionActivated)
        self.grid.sessionMenuRequested.connect(self.sessionMenuRequested)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.header = WeekDayHeader(self.grid, self)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAutoRaise(True)
        self.today_button = QToolButton(self)
        self.today_button.setIcon(icon("calendar"))
        self.today_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.today_button.setAutoRaise(True)
        self.zone_note = QLabel(self)
        muted = self.zone_note.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.zone_note.setPalette(muted)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.zone_note)
        bar.addSpacing(12)
        bar.addWidget(self.today_button)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(
            0, 0, self.scroll_area.verticalScrollBar().sizeHint().width(), 0
        )
        header_row.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(header_row)
        layout.addWidget(self.scroll_area, 1)
        self.monday = week_start(date.today())
        self.today = date.today()
        self._scrolled_for: date | None = None
        self.retranslate()

    @property
    def session_moved(self) -> SignalInstance:
        return self.grid.session_moved

    @property
    def session_resized(self) -> SignalInstance:
        return self.grid.session_resized

    def selected_session_ids(self) -> list[int]:
        return self.grid.selected_session_ids()

    def retranslate(self) -> None:
        self.previous_button.setToolTip(
            QCoreApplication.translate("WeekView", "Previous week (Page Up)")
        )
        self.previous_button.setAccessibleName(
            QCoreApplication.translate("WeekView", "Previous week")
        )
        self.next_button.setToolTip(QCoreApplication.translate("WeekView", "Next week (Page Down)"))
        self.next_button.setAccessibleName(QCoreApplication.translate("WeekView", "Next week"))
        self.today_button.setText(QCoreApplication.translate("WeekView", "Today"))
        self.today_button.setToolTip(QCoreApplication.translate("WeekView", "Go to this week (T)"))
        self.header.setAccessibleName(QCoreApplication.translate("WeekView", "Days of the week"))
        self.grid.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        locale = QLocale()
        sunday = self.monday + timedelta(days=6)
        if self.monday.month == sunday.month:
            first = str(self.monday.day)
        else:
            first = locale.toString(qdate(self.monday), "d MMM")
        if self.monday.year != sunday.year:
            first = locale.toString(qdate(self.monday), "d MMM yyyy")
        week = self.monday.isocalendar().week
        self.title.setText(
            QCoreApplication.translate("WeekView", "{first} – {last} · week {week}").format(
                first=first, last=locale.toString(qdate(sunday), "d MMM yyyy"), week=week
            )
        )

    def step(self, weeks: int) -> None:
        self.show_week(self.monday + timedelta(weeks=weeks))

    def go_today(self) -> None:
        self.show_week(self.today)

    def show_week(self, day: date) -> None:
        monday = week_start(day)
        if monday == self.monday:
            return
        self.monday = monday
        self._update_title()
        self.week_changed.emit(monday)

    def set_items(self, items: list[CalendarItem], home_zone: str, today: date) -> None:
        self.today = today
        self.zone_note.setText(
            QCoreApplication.translate("WeekView", "Times in home time ({zone})").format(
                zone=home_zone
            )
        )
        self.grid.set_week(self.monday, items, today)
        self.header.update()
        if self._scrolled_for != self.monday:
            self._scrolled_for = self.monday
            self._scroll_to_first_session()

    def _scroll_to_first_session(self) -> None:
        starts = [i.home_start.hour * 60 + i.home_start.minute for i in self.grid.items]
        first = min(starts, default=8 * 60)
        self.scroll_area.verticalScrollBar().setValue(int(self.grid.y_of(max(first - 60, 0))))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        elif event.key() == Qt.Key.Key_T and not event.modifiers():
            self.go_today()
        else:
            super().keyPressEvent(event)
