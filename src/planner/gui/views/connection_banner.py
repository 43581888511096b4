"""A clear note on top of the window while the shared planner cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

# A warm amber: "wait", not "broken". The demo banner's shape, a warning's colour.
_TINT = QColor(230, 160, 40)


class ConnectionBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.location = ""
        self.retranslate()

    def show_lost(self, location: str) -> None:
        self.location = location
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "ConnectionBanner",
                "<b>The shared planner cannot be reached.</b> What you see may be out of "
                "date and edits are refused until the connection is back; the window "
                "reconnects by itself. ({location})",
            ).format(location=self.location)
        )
        self.setAccessibleName(
            QCoreApplication.translate("ConnectionBanner", "Connection lost notice")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = QColor(_TINT)
        colour.setAlpha(60)
        painter.fillRect(self.rect(), colour)
        painter.fillRect(0, self.height() - 1, self.width(), 1, _TINT)
        painter.end()
