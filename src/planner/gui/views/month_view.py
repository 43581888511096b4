"""A month on one page: every session a block in its series colour, in home time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.gui.icons import icon
from planner.gui.labels import clock_text, qdate
from planner.services.views import ScheduledSession


@dataclass(frozen=True)
class MonthBlock:
    """One session drawn on one day (home date)."""

    day: date
    time_text: str
    title: str
    tooltip: str
    colour: str
    round_id: int
    session_id: int
    cancelled: bool
    conflict: bool


def first_grid_day(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())  # weeks start on Monday


class MonthGrid(QWidget):
    """Six weeks of days; blocks are hit-tested for clicks and tooltips."""

    round_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.month = date.today().month
        self.blocks: list[MonthBlock] = []
        self.today = date.today()
        self._hit: list[tuple[QRect, MonthBlock]] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("MonthView", "Month calendar"))

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_month(self, year: int, month: int, blocks: list[MonthBlock], today: date) -> None:
        self.year, self.month, self.blocks, self.today = year, month, blocks, today
        self.setAccessibleDescription(
            # self.tr: pyside6-lupdate 6.11 sees plurals only there
            self.tr(
                "%n session(s) this month", "", len([b for b in blocks if b.day.month == month])
            )
        )
        self.update()

    def _weekday_names(self) -> list[str]:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        return [
            locale.dayName(day, QLocale.FormatType.ShortFormat).capitalize() for day in range(1, 8)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        header_height = metrics.height() + 10
        width, height = self.width(), self.height()
        cell_w = width / 7
        cell_h = (height - header_height) / 6
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

        by_day: dict[date, list[MonthBlock]] = {}
        for block in self.blocks:
            by_day.setdefault(block.day, []).append(block)

        self._hit = []
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        small_metrics = QFontMetrics(small)
        line_h = small_metrics.height() + 4
        start = first_grid_day(self.year, self.month)
        for cell in range(42):
            day = start + timedelta(days=cell)
            row, column = divmod(cell, 7)
            rect = QRectF(column * cell_w, header_height + row * cell_h, cell_w, cell_h)
            in_month = day.month == self.month
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base if in_month else alt)
            painter.drawRect(rect)
            painter.setPen(grid_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
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
            painter.setFont(small)
            top = rect.top() + metrics.height() + 8
            blocks = by_day.get(day, [])
            room = int((rect.bottom() - top - 2) // line_h)
            shown = blocks if len(blocks) <= room else blocks[: max(room - 1, 0)]
            for block in shown:
                block_rect = QRectF(rect.left() + 4, top, rect.width() - 8, line_h - 2)
                colour = QColor(block.colour)
                fill = QColor(colour)
                fill.setAlpha(60 if block.cancelled else 200)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(block_rect, 3, 3)
                if block.conflict:
                    painter.setPen(QColor("#ff8f00"))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(block_rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                painter.setPen(_readable_on(colour) if not block.cancelled else text_colour)
                label = f"{block.time_text} {block.title}"
                inner = block_rect.adjusted(4, 0, -4, 0)
                painter.drawText(
                    inner,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    small_metrics.elidedText(
                        label, Qt.TextElideMode.ElideRight, int(inner.width())
                    ),
                )
                self._hit.append((block_rect.toRect(), block))
                top += line_h
            hidden = len(blocks) - len(shown)
            if hidden > 0:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(rect.left() + 6, top, rect.width() - 12, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.tr("+%n more", "", hidden),
                )
            painter.setFont(self.font())
        painter.end()

    def block_at(self, point: QPoint) -> MonthBlock | None:
        for rect, block in self._hit:
            if rect.contains(point):
                return block
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.round_clicked.emit(block.round_id)
        super().mousePressEvent(event)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is not None:
                QToolTip.showText(event.globalPos(), block.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]


def _readable_on(colour: QColor) -> QColor:
    """Black or white text, whichever reads better on the series colour."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luminance > 160 else QColor("#ffffff")


class MonthView(QWidget):
    month_changed = Signal(int, int)
    round_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = MonthGrid(self)
        self.grid.round_clicked.connect(self.round_opened)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.year = self.grid.year
        self.month = self.grid.month
        self.today = date.today()
        self.retranslate()

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
        self._update_title()

    def _update_title(self) -> None:
        from PySide6.QtCore import QLocale

        text = QLocale().toString(qdate(date(self.year, self.month, 1)), "MMMM yyyy")
        self.title.setText(text[:1].upper() + text[1:])

    def step(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.show_month(index // 12, index % 12 + 1)

    def go_today(self) -> None:
        self.show_month(self.today.year, self.today.month)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self._update_title()
        self.month_changed.emit(year, month)

    def set_blocks(self, blocks: list[MonthBlock], home_zone: str, today: date) -> None:
        self.today = today
        self.zone_note.setText(
            QCoreApplication.translate("MonthView", "Times in home time ({zone})").format(
                zone=home_zone
            )
        )
        self.grid.set_month(self.year, self.month, blocks, today)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        else:
            super().keyPressEvent(event)


def month_blocks(
    items: list[ScheduledSession],
    year: int,
    month: int,
    home_zone: str,
    conflict_ids: set[int],
) -> list[MonthBlock]:
    """The blocks of the six weeks shown, placed on their home-time day."""
    first = first_grid_day(year, month)
    last = first + timedelta(days=41)
    from planner.domain.track_time import zone

    home = zone(home_zone)
    blocks = []
    for item in items:
        times = item.session.times
        start = times.utc_start.astimezone(home)
        if not first <= start.date() <= last:
            continue
        series = item.round.series_short_name or item.round.series_name
        end = None if times.utc_end is None else times.utc_end.astimezone(home)
        span = clock_text(start) + (f"–{clock_text(end)}" if end else "")
        blocks.append(
            MonthBlock(
                day=start.date(),
                time_text=clock_text(start),
                title=item.session.name,
                tooltip=f"{series} · {item.round.title}\n{item.session.name}\n{span}",
                colour=item.round.series_colour,
                round_id=item.round.id,
                session_id=item.session.id,
                cancelled=item.session.status == "cancelled",
                conflict=item.session.id in conflict_ids,
            )
        )
    blocks.sort(key=lambda b: (b.day, b.time_text))
    return blocks
