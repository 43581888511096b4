"""A month on one page: every session a chip in its series colour, in home time.

Click selects, double-click or Enter opens; the arrow keys walk the days; a chip
dragged onto another day moves the session there (one undo step, done by the
window through a service).
"""

from __future__ import annotations

from datetime import date, timedelta

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
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.gui.icons import icon
from planner.gui.labels import day_text, qdate
from planner.gui.views.calendar_items import CalendarItem, SessionPainter, chip_label


def first_grid_day(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())  # weeks start on Monday


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


class MonthGrid(QWidget):
    """Six weeks of days; chips are hit-tested for clicks, drags and tooltips."""

    sessionActivated = Signal(int)  # noqa: N815  (the Qt naming the views share)
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815
    session_dropped = Signal(int, int)  # session id, days moved
    day_activated = Signal(object)  # a date without sessions, or its "+N more"
    current_day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.month = date.today().month
        self.items: list[CalendarItem] = []
        self.today = date.today()
        self.current_day = date(self.year, self.month, 1)
        self.selected_id: int | None = None
        self._hit: list[tuple[QRect, CalendarItem]] = []
        self._more: list[tuple[QRect, date]] = []
        self._press: QPoint | None = None
        self._drag_item: CalendarItem | None = None
        self._drop_day: date | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("MonthView", "Month calendar"))

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 320)

    # --- content ------------------------------------------------------------------

    def set_month(self, year: int, month: int, items: list[CalendarItem], today: date) -> None:
        self.year, self.month, self.items, self.today = year, month, items, today
        if (self.current_day.year, self.current_day.month) != (year, month):
            self.current_day = date(year, month, 1)
        if self.selected_id is not None and self.item(self.selected_id) is None:
            self.selected_id = None
        self.setAccessibleDescription(
            # self.tr: pyside6-lupdate 6.11 sees plurals only there
            self.tr(
                "%n session(s) this month",
                "",
                len([i for i in items if i.day.month == month]),
            )
        )
        self.update()

    def item(self, session_id: int) -> CalendarItem | None:
        return next((i for i in self.items if i.session_id == session_id), None)

    def items_on(self, day: date) -> list[CalendarItem]:
        return [item for item in self.items if item.day == day]

    def selected_session_ids(self) -> list[int]:
        return [] if self.selected_id is None else [self.selected_id]

    def select_session(self, session_id: int | None) -> None:
        self.selected_id = session_id
        chosen = None if session_id is None else self.item(session_id)
        if chosen is not None:
            self.current_day = chosen.day
        self.update()

    # --- geometry -------------------------------------------------------------------

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def cell_rect(self, day: date) -> QRectF:
        return self._cell_rect(
            (day - first_grid_day(self.year, self.month)).days, self._header_height()
        )

    def _cell_rect(self, index: int, header: int) -> QRectF:
        row, column = divmod(index, 7)
        cell_w = self.width() / 7
        cell_h = (self.height() - header) / 6
        return QRectF(column * cell_w, header + row * cell_h, cell_w, cell_h)

    def day_at(self, point: QPoint) -> date | None:
        header = self._header_height()
        if point.y() < header or not self.rect().contains(point):
            return None
        column = min(int(point.x() / (self.width() / 7)), 6)
        row = min(int((point.y() - header) / ((self.height() - header) / 6)), 5)
        return first_grid_day(self.year, self.month) + timedelta(days=row * 7 + column)

    def block_at(self, point: QPoint) -> CalendarItem | None:
        for rect, item in self._hit:
            if rect.contains(point):
                return item
        return None

    def chip_rect(self, session_id: int) -> QRect | None:
        for rect, item in self._hit:
            if item.session_id == session_id:
                return rect
        return None

    # --- painting ---------------------------------------------------------------------

    def _weekday_names(self) -> list[str]:
        locale = QLocale()
        return [
            locale.dayName(day, QLocale.FormatType.ShortFormat).capitalize() for day in range(1, 8)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        header_height = self._header_height()
        cell_w = self.width() / 7
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid_colour = palette.color(QPalette.ColorRole.Mid)
        base = palette.color(QPalette.ColorRole.Base)
        alt = palette.color(QPalette.ColorRole.AlternateBase)
        highlight = palette.color(QPalette.ColorRole.Highlight)

        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setPen(muted)
        for column, name in enumerate(self._weekday_names()):
            rect = QRectF(column * cell_w, 0, cell_w, header_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)

        by_day: dict[date, list[CalendarItem]] = {}
        for item in self.items:
            by_day.setdefault(item.day, []).append(item)

        self._hit, self._more = [], []
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        small_metrics = QFontMetrics(small)
        line_h = small_metrics.height() + 4
        sessions = SessionPainter(painter, small, palette)
        start = first_grid_day(self.year, self.month)
        for cell in range(42):
            day = start + timedelta(days=cell)
            rect = self._cell_rect(cell, header_height)
            in_month = day.month == self.month
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base if in_month else alt)
            painter.drawRect(rect)
            if day == self._drop_day:
                drop = QColor(highlight)
                drop.setAlpha(50)
                painter.setBrush(drop)
                painter.drawRect(rect)
            painter.setPen(grid_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if day == self.current_day and self.hasFocus():
                painter.setPen(QPen(highlight, 2))
                painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
            number_rect = rect.adjusted(6, 4, -6, 0)
            if day == self.today:
                circle = QRectF(
                    rect.right() - metrics.height() - 10,
                    rect.top() + 3,
                    metrics.height() + 4,
                    metrics.height() + 4,
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                painter.drawEllipse(circle)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(day.day))
            else:
                painter.setPen(text_colour if in_month else muted)
                painter.drawText(
                    number_rect,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    str(day.day),
                )
            top = rect.top() + metrics.height() + 8
            items = by_day.get(day, [])
            room = int((rect.bottom() - top - 2) // line_h)
            shown = items if len(items) <= room else items[: max(room - 1, 0)]
            for item in shown:
                chip = QRectF(rect.left() + 3, top, rect.width() - 6, line_h - 2)
                label = chip_label(item, small_metrics, int(chip.width() - 8))
                sessions.paint(chip, item, [label], selected=item.session_id == self.selected_id)
                self._hit.append((chip.toRect(), item))
                top += line_h
            hidden = len(items) - len(shown)
            if hidden > 0:
                more_rect = QRectF(rect.left() + 6, top, rect.width() - 12, line_h)
                painter.setFont(small)
                painter.setPen(text_colour)
                painter.drawText(
                    more_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("+%n more", "", hidden),
                )
                painter.setFont(self.font())
                self._more.append((more_rect.toRect(), day))
        painter.end()

    # --- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        item = self.block_at(point)
        day = self.day_at(point)
        if day is not None:
            self._set_current_day(day, select_first=False)
        self.selected_id = None if item is None else item.session_id
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._press, self._drag_item = point, item
        self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._press is not None and self._drag_item is not None:
            distance = (point - self._press).manhattanLength()
            if self._drop_day is not None or distance >= QApplication.startDragDistance():
                self._drop_day = self.day_at(point)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, target = self._drag_item, self._drop_day
        self._press, self._drag_item, self._drop_day = None, None, None
        self.unsetCursor()
        self.update()
        if dragged is not None and target is not None and target != dragged.day:
            self.session_dropped.emit(dragged.session_id, (target - dragged.day).days)
        elif dragged is None and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            for rect, day in self._more:
                if rect.contains(point):
                    self.day_activated.emit(day)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.block_at(event.position().toPoint())
        if item is not None:
            self.sessionActivated.emit(item.session_id)
        else:
            day = self.day_at(event.position().toPoint())
            if day is not None:
                self.day_activated.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.block_at(event.pos())
            if item is None:
                return
            self.selected_id = item.session_id
            self.update()
            position = event.globalPos()
        else:
            if self.selected_id is None:
                return
            rect = self.chip_rect(self.selected_id)
            position = self.mapToGlobal(rect.center() if rect else QPoint(0, 0))
        self.sessionMenuRequested.emit(self.selected_session_ids(), position)

    # --- keyboard ------------------------------------------------------------------------

    def _set_current_day(self, day: date, *, select_first: bool) -> None:
        self.current_day = day
        if select_first:
            on_day = self.items_on(day)
            self.selected_id = on_day[0].session_id if on_day else None
        self.current_day_changed.emit(day)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in steps:
            self._set_current_day(self.current_day + timedelta(days=steps[key]), select_first=True)
        elif key == Qt.Key.Key_Tab and self.items_on(self.current_day):
            self._next_on_day()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_id is not None:
                self.sessionActivated.emit(self.selected_id)
            else:
                self.day_activated.emit(self.current_day)
        else:
            super().keyPressEvent(event)

    def _next_on_day(self) -> None:
        on_day = [item.session_id for item in self.items_on(self.current_day)]
        position = on_day.index(self.selected_id) + 1 if self.selected_id in on_day else 0
        self.selected_id = on_day[position % len(on_day)]
        self.update()

    def focusNextPrevChild(self, next: bool) -> bool:
        on_day = [item.session_id for item in self.items_on(self.current_day)]
        if next and on_day and self.selected_id != on_day[-1]:
            return False  # Tab walks the day's sessions first (keyPressEvent), then leaves
        return super().focusNextPrevChild(next)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            item = self.block_at(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip(), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


class MonthView(QWidget):
    """The grid with its bar: previous/next, the month's name, a month/year jump, Today."""

    month_changed = Signal(int, int)
    sessionActivated = Signal(int)  # noqa: N815
    sessionMenuRequested = Signal(list, QPoint)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year: int = date.today().year
        self.month: int = date.today().month
        self.grid = MonthGrid(self)
        self.grid.sessionActivated.connect(self.sessionActivated)
        self.grid.sessionMenuRequested.connect(self.sessionMenuRequested)
        self.grid.current_day_changed.connect(self._follow_current_day)
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
        self.month_box = QComboBox(self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1950, 2100)
        self.zone_note = QLabel(self)
        muted = self.zone_note.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.zone_note.setPalette(muted)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.month_box.activated.connect(lambda index: self.show_month(self.year, index + 1))
        self.year_box.editingFinished.connect(
            lambda: self.show_month(self.year_box.value(), self.month)
        )
        self.year_box.valueChanged.connect(self._year_stepped)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.zone_note)
        bar.addSpacing(12)
        bar.addWidget(self.month_box)
        bar.addWidget(self.year_box)
        bar.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.year = self.grid.year
        self.month = self.grid.month
        self.today = date.today()
        self.retranslate()

    @property
    def session_dropped(self) -> SignalInstance:
        return self.grid.session_dropped

    def selected_session_ids(self) -> list[int]:
        return self.grid.selected_session_ids()

    def retranslate(self) -> None:
        self.previous_button.setToolTip(
            QCoreApplication.translate("MonthView", "Previous month (Page Up)")
        )
        self.previous_button.setAccessibleName(
            QCoreApplication.translate("MonthView", "Previous month")
        )
        self.next_button.setToolTip(
            QCoreApplication.translate("MonthView", "Next month (Page Down)")
        )
        self.next_button.setAccessibleName(QCoreApplication.translate("MonthView", "Next month"))
        self.today_button.setText(QCoreApplication.translate("MonthView", "Today"))
        self.today_button.setToolTip(
            QCoreApplication.translate("MonthView", "Go to this month (T)")
        )
        self.month_box.setAccessibleName(QCoreApplication.translate("MonthView", "Go to month"))
        self.year_box.setAccessibleName(QCoreApplication.translate("MonthView", "Go to year"))
        self.month_box.setToolTip(QCoreApplication.translate("MonthView", "Go to month"))
        self.year_box.setToolTip(QCoreApplication.translate("MonthView", "Go to year"))
        locale = QLocale()
        names = [
            locale.standaloneMonthName(number, QLocale.FormatType.LongFormat).capitalize()
            for number in range(1, 13)
        ]
        self.month_box.blockSignals(True)
        self.month_box.clear()
        self.month_box.addItems(names)
        self.month_box.blockSignals(False)
        self.grid.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        text = QLocale().toString(qdate(date(self.year, self.month, 1)), "MMMM yyyy")
        self.title.setText(text[:1].upper() + text[1:])
        self.month_box.blockSignals(True)
        self.month_box.setCurrentIndex(self.month - 1)
        self.month_box.blockSignals(False)
        self.year_box.blockSignals(True)
        self.year_box.setValue(self.year)
        self.year_box.blockSignals(False)

    def _year_stepped(self, year: int) -> None:
        if not self.year_box.hasFocus() or not self.year_box.lineEdit().hasFocus():
            self.show_month(year, self.month)  # the arrows, not typing

    def step(self, months: int) -> None:
        self.show_month(*add_months(self.year, self.month, months))

    def go_today(self) -> None:
        self.show_month(self.today.year, self.today.month)
        self.grid.current_day = self.today
        self.grid.update()

    def show_month(self, year: int, month: int) -> None:
        if (year, month) == (self.year, self.month):
            return
        self.year, self.month = year, month
        self._update_title()
        self.month_changed.emit(year, month)

    def show_day(self, day: date) -> None:
        self.show_month(day.year, day.month)
        self.grid.current_day = day
        self.grid.update()

    def _follow_current_day(self, day: date) -> None:
        if (day.year, day.month) != (self.year, self.month):
            self.show_month(day.year, day.month)
            self.grid.current_day = day

    def set_items(self, items: list[CalendarItem], home_zone: str, today: date) -> None:
        self.today = today
        self.zone_note.setText(
            QCoreApplication.translate("MonthView", "Times in home time ({zone})").format(
                zone=home_zone
            )
        )
        current = self.grid.current_day
        self.grid.set_month(self.year, self.month, items, today)
        if (current.year, current.month) == (self.year, self.month):
            self.grid.current_day = current
        self.grid.setToolTip("")
        self.setAccessibleName(
            QCoreApplication.translate("MonthView", "Month view, {day}").format(
                day=day_text(self.grid.current_day)
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        elif event.key() == Qt.Key.Key_T and not event.modifiers():
            self.go_today()
        else:
            super().keyPressEvent(event)
