"""A calm header: a stripe in the series colour, a title and a line under it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.gui.views.eliding_label import ElidingLabel


class HeaderBand(QWidget):
    STRIPE = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor()
        self.title = ElidingLabel(self)  # one line; never the window's minimum width
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        muted = self.subtitle.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.subtitle.setPalette(muted)
        sub_font = QFont(self.subtitle.font())
        sub_font.setPointSizeF(sub_font.pointSizeF() * 1.05)
        self.subtitle.setFont(sub_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.STRIPE + 14, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_content(self, title: str, subtitle: str, colour: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self._colour = QColor(colour) if colour else QColor()
        self.setAccessibleName(title)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().alternateBase().color()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 6, 6)
        if self._colour.isValid():
            painter.setBrush(self._colour)
            painter.drawRoundedRect(QRect(0, 0, self.STRIPE + 4, self.height()), 4, 4)
            painter.drawRect(QRect(4, 0, self.STRIPE, self.height()))
        painter.end()
