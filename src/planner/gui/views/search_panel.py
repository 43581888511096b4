"""Find a session in every season by driver, series, circuit or name (Ctrl+F).

The finding is the core's (``services.search.search_sessions``), handed in as a
function; this panel types, lists and jumps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui.icons import icon
from planner.gui.labels import clock_text, session_status_label, short_day_text
from planner.gui.views.calendar_items import CalendarItem

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 41


class SearchLine(QLineEdit):
    """Down moves into the results, so the keyboard never has to leave the panel."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchResults(QListWidget):
    """The found sessions; a result's tooltip is written when it is first pointed at.

    Writing the 200 tooltips of a search up front was a third of the time
    from typing to the list (profile, issue 19); most are never shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[CalendarItem] = []  # by row, as listed

    def show_found(self, found: list[CalendarItem], entries: list[QListWidgetItem]) -> None:
        self.clear()
        self.found = found
        for entry in entries:
            self.addItem(entry)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.itemAt(event.pos())
            if entry is not None and not entry.toolTip():
                entry.setToolTip(self.found[self.row(entry)].tooltip())
        return super().viewportEvent(event)


class SearchPanel(QWidget):
    sessionActivated = Signal(int)  # noqa: N815

    def __init__(
        self, find: Callable[[str], list[CalendarItem]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._find = find
        self.line = SearchLine(self)
        self.line.setClearButtonEnabled(True)
        self.line.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = SearchResults(self)
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.setIconSize(QSize(5, 2 * self.fontMetrics().height()))  # a series-colour bar
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_note = QLabel(self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.run)
        self.line.textChanged.connect(lambda _text: self._typing.start())
        self.line.returnPressed.connect(self._enter)
        self.line.down_pressed.connect(self._into_results)
        self.results.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.count_note)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(
            QCoreApplication.translate("SearchPanel", "Driver, series, circuit, session…")
        )
        self.line.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search sessions"))
        self.results.setAccessibleName(QCoreApplication.translate("SearchPanel", "Search results"))
        self.run()

    def focus_search(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def run(self) -> None:
        """Search now for what is typed (the typing timer calls this too)."""
        self._typing.stop()
        text = self.line.text()
        found = self._find(text) if text.strip() else []
        self.results.show_found(found, [self._entry(item) for item in found])
        if text.strip():
            self.count_note.setText(self.tr("%n session(s) found", "", len(found)))
        else:
            self.count_note.setText("")

    def _entry(self, item: CalendarItem) -> QListWidgetItem:
        when = f"{short_day_text(item.day)} {item.day.year} · {clock_text(item.home_start)}"
        text = f"{item.title} — {item.series} · {item.round_title}\n{when}"
        if item.drivers:
            text += " · " + ", ".join(item.drivers)
        if item.status != "scheduled":
            text += f" · {session_status_label(item.status)}"
        entry = QListWidgetItem(text)
        entry.setData(SESSION_ID_ROLE, item.session_id)
        entry.setData(Qt.ItemDataRole.DecorationRole, QColor(item.colour))
        return entry

    def _enter(self) -> None:
        self.run()
        if self.results.count():
            self._activated(self.results.item(0))

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _activated(self, entry: QListWidgetItem) -> None:
        self.sessionActivated.emit(int(entry.data(SESSION_ID_ROLE)))
