"""Each followed driver's next sessions with a countdown, in home time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from planner.gui.labels import clock_text, countdown_text, short_day_text
from planner.gui.models.roles import COLOUR_ROLE, ID_ROLE
from planner.services.views import DriverView, ScheduledSession

AnyIndex = QModelIndex | QPersistentModelIndex

DRIVER, WHAT, WHEN, COUNTDOWN = range(4)


@dataclass(frozen=True)
class NextUpRow:
    drivers: tuple[DriverView, ...]  # the followed drivers in this session
    item: ScheduledSession


def merge_rows(found: list[tuple[DriverView, ScheduledSession]]) -> list[NextUpRow]:
    """One row per session, naming every followed driver in it, in start order."""
    by_session: dict[int, list[DriverView]] = {}
    items: dict[int, ScheduledSession] = {}
    for driver, item in found:
        by_session.setdefault(item.session.id, []).append(driver)
        items[item.session.id] = item
    rows = [NextUpRow(tuple(by_session[key]), items[key]) for key in by_session]
    rows.sort(key=lambda row: (row.item.session.start_utc, row.item.session.id))
    return rows


class NextUpModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[NextUpRow] = []
        self._now: datetime | None = None
        self.home_zone = "UTC"
        self.followed: tuple[DriverView, ...] = ()

    def set_rows(
        self,
        rows: list[NextUpRow],
        now: datetime,
        home_zone: str,
        *,
        followed: tuple[DriverView, ...] = (),
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.home_zone = home_zone
        self.followed = followed
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """A new minute: only the countdowns change."""
        self._now = now
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COUNTDOWN), self.index(len(self._rows) - 1, COUNTDOWN)
            )

    def row_at(self, row: int) -> NextUpRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("NextUpModel", "Driver"),
            QCoreApplication.translate("NextUpModel", "Session"),
            QCoreApplication.translate("NextUpModel", "Home time"),
            QCoreApplication.translate("NextUpModel", "Starts"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        session, round_view = row.item.session, row.item.round
        column = index.column()
        if role == ID_ROLE:
            return session.id
        if role == COLOUR_ROLE:
            return round_view.series_colour
        if role == Qt.ItemDataRole.DecorationRole and column == WHAT:
            return QColor(round_view.series_colour)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DRIVER:
                return ", ".join(driver.first_name for driver in row.drivers)
            if column == WHAT:
                return f"{round_view.title} · {session.name}"
            if column == WHEN:
                start = session.start_in(self.home_zone)
                return f"{short_day_text(start.date())} {clock_text(start)}"
            if column == COUNTDOWN and self._now is not None:
                return countdown_text((session.start_utc - self._now).total_seconds())
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "NextUpModel", "{series}: {session} at {track}; track time {time}"
            ).format(
                series=round_view.series_name,
                session=session.name,
                track=round_view.track.name,
                time=clock_text(session.start_wall),
            )
        return None
