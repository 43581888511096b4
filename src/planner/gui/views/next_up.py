"""The "Next up" panel: each followed driver's coming sessions with a countdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from planner.gui.models.next_up_model import COUNTDOWN, DRIVER, WHAT, WHEN, NextUpModel
from planner.gui.models.roles import COLOUR_ROLE

if TYPE_CHECKING:  # QStyle's ~25 enums are made at its first use: not before the first paint
    from PySide6.QtWidgets import QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex


class NextUpDelegate(QStyledItemDelegate):
    """Two calm lines per session: what, and when/who with the countdown on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        from PySide6.QtWidgets import QStyle

        state = option.state
        painter.save()
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        painter.fillRect(
            QRect(rect.left() + 4, rect.top() + 6, 4, rect.height() - 12),
            QColor(str(index.data(COLOUR_ROLE) or "#888888")),
        )
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        left = rect.left() + 16
        width = rect.width() - 22

        def cell(column: int) -> str:
            return str(index.model().index(index.row(), column).data() or "")

        countdown = cell(COUNTDOWN)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        countdown_width = QFontMetrics(bold).horizontalAdvance(countdown) + 8
        title = QFontMetrics(bold).elidedText(
            cell(WHAT), Qt.TextElideMode.ElideRight, width - countdown_width
        )
        top = rect.top() + 7
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignRight, countdown)
        painter.setFont(font)
        painter.setPen(muted)
        second = f"{cell(WHEN)} · {cell(DRIVER)}"
        painter.drawText(
            QRect(left, top + line + 2, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class NextUpPanel(QWidget):
    round_opened = Signal(int)

    def __init__(self, model: NextUpModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list = QListView(self)
        self.list.setModel(model)
        self.list.setModelColumn(WHAT)
        self.list.setItemDelegate(NextUpDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(QCoreApplication.translate("NextUpPanel", "Next up"))
        self.list.activated.connect(self._activated)
        self.caption = QLabel(self)
        muted = self.caption.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.caption.setPalette(muted)
        self.caption.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(8, 24, 8, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        model.modelReset.connect(self._update_empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(QCoreApplication.translate("NextUpPanel", "Next up"))
        self._update_empty()

    def _empty_text(self) -> str:
        names = [driver.first_name for driver in self.model.followed]
        if not names:
            return QCoreApplication.translate(
                "NextUpPanel",
                "Tick “Follow” for a driver under People and Cars to see their coming "
                "sessions here.",
            )
        return QCoreApplication.translate(
            "NextUpPanel", "No sessions planned yet for {names}."
        ).format(names=", ".join(names))

    def _update_caption(self) -> None:
        self.caption.setText(
            QCoreApplication.translate(
                "NextUpPanel", "Sessions of the drivers you follow, in home time ({zone})"
            ).format(zone=self.model.home_zone)
        )

    def _update_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self._empty_text())
        self._update_caption()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.round_opened.emit(self.model.row_at(index.row()).item.round.id)
