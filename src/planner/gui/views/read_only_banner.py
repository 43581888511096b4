"""A note on top of the window while the planner file cannot be written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class ReadOnlyBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = ""
        self.icon = QLabel(self)  # its picture is set when first shown (showEvent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def show_for(self, location: str, read_only: bool) -> None:
        self.location = location
        self.retranslate()
        self.setVisible(read_only)

    def showEvent(self, event: QShowEvent) -> None:
        """The style's icon, the first time the banner shows: the window is built hidden
        with it, and QStyle (with its ~10 enums) is not needed before the first paint."""
        if self.icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            lock = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon.setPixmap(lock.pixmap(20, 20))
        super().showEvent(event)

    def retranslate(self) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "ReadOnlyBanner",
                "<b>Read-only: edits are off.</b> {location} is on storage that cannot be "
                "written (a read-only disk or folder). You can look, print and export; "
                "copy the file to a writable folder to change it.",
            ).format(location=self.location)
        )
        self.setAccessibleName(QCoreApplication.translate("ReadOnlyBanner", "Read-only notice"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Mid)
        colour.setAlpha(60)
        painter.fillRect(self.rect(), colour)
        edge = self.palette().color(QPalette.ColorRole.Dark)
        painter.fillRect(0, self.height() - 1, self.width(), 1, edge)
        painter.end()
