"""A calm note on top of the window while the demo seasons are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from planner.gui.icons import icon


class DemoBanner(QWidget):
    start_empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("app").pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.start_empty_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "DemoBanner",
                "<b>You are looking at demo seasons.</b> They show the 2022 and 2023 "
                "seasons of Andreas and Jessica Bäckman. Explore freely: changes stay "
                "in the demo.",
            )
        )
        self.button.setText(QCoreApplication.translate("DemoBanner", "Start an empty planner"))
        self.button.setAccessibleName(self.button.text())
        self.setAccessibleName(QCoreApplication.translate("DemoBanner", "Demo data notice"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        colour.setAlpha(40)
        painter.fillRect(self.rect(), colour)
        edge = self.palette().color(QPalette.ColorRole.Highlight)
        painter.fillRect(0, self.height() - 1, self.width(), 1, edge)
        painter.end()
