"""The Conflicts panel: every clash, what clashes with what, in home time.

A row per clash (its kind and what it means); under it the two sessions, each
with its series, round and home time. Double-click goes to the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.gui.labels import clock_text, conflict_kind_label, short_day_text

if TYPE_CHECKING:
    from planner.services.views import Conflict, ScheduledSession

ROUND_ROLE = Qt.ItemDataRole.UserRole
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def _home_time(item: ScheduledSession, home_zone: str) -> str:
    start = item.session.start_in(home_zone)
    return f"{short_day_text(start.date())} {clock_text(start)}"


class ConflictsPanel(QWidget):
    session_opened = Signal(int, int)  # round id, session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._conflicts: tuple[Conflict, ...] = ()
        self._home_zone = "UTC"
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("When (home time)"), self.tr("Clash")])
        self.set_conflicts(self._conflicts, self._home_zone)

    def set_conflicts(self, conflicts: Sequence[Conflict], home_zone: str) -> None:
        self._conflicts = tuple(conflicts)
        self._home_zone = home_zone
        self.tree.clear()
        for conflict in self._conflicts:
            top = QTreeWidgetItem(
                self.tree,
                [_home_time(conflict.first, home_zone), conflict_kind_label(conflict.kind)],
            )
            top.setToolTip(1, conflict.message)
            top.setData(0, ROUND_ROLE, conflict.first.round.id)
            top.setData(0, SESSION_ROLE, conflict.first.session.id)
            for item in (conflict.first, conflict.second):
                drivers = ", ".join(driver.name for driver in item.session.drivers)
                text = f"{item.round.series_name} · {item.round.title} · {item.session.name}" + (
                    f" ({drivers})" if drivers else ""
                )
                child = QTreeWidgetItem(top, [_home_time(item, home_zone), text])
                child.setData(0, ROUND_ROLE, item.round.id)
                child.setData(0, SESSION_ROLE, item.session.id)
                child.setToolTip(1, conflict.message)
            top.setExpanded(True)
        if self._conflicts:
            self.summary.setText(
                self.tr("{count} clashes. Double-click a session to go to it.").format(
                    count=len(self._conflicts)
                )
            )
        else:
            self.summary.setText(self.tr("No clashes: nobody is booked twice."))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        round_id, session_id = item.data(0, ROUND_ROLE), item.data(0, SESSION_ROLE)
        if round_id is not None and session_id is not None:
            self.session_opened.emit(int(round_id), int(session_id))
