"""A session, new or to edit: name, kind, day, time at the track, length, status,
drivers, broadcast and notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from planner.gui.delegates import kind_choices, session_status_choices
from planner.gui.forms import child, load_form
from planner.gui.views.driver_picker import DriverPicker
from planner.services.views import SessionView


@dataclass(frozen=True)
class NewSessionRequest:
    name: str
    kind: str
    start_wall: datetime
    duration_minutes: int | None
    status: str = "scheduled"
    broadcast: str = ""
    notes: str = ""
    driver_ids: list[int] = field(default_factory=list)


class SessionDialog(QDialog):
    """New Session when ``existing`` is None, else Edit Session filled with it.

    Layout and texts: ``ui/session.ui``; here the choices, the round's days and the values.
    """

    def __init__(
        self,
        first_day: date,
        last_day: date,
        parent: QWidget | None = None,
        *,
        existing: SessionView | None = None,
        drivers: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        load_form(self, "session")
        if existing is not None:
            self.setWindowTitle(self.tr("Edit Session"))
        self.name = child(self, QLineEdit, "name")
        self.kind = child(self, QComboBox, "kind")
        for value, label in kind_choices():
            self.kind.addItem(label, value)
        self.day = child(self, QDateEdit, "day")
        self.day.setDateRange(_qdate(first_day), _qdate(last_day))
        self.day.setDate(_qdate(first_day))
        self.time = child(self, QTimeEdit, "time")
        self.minutes = child(self, QSpinBox, "minutes")
        self.status = child(self, QComboBox, "status")
        for value, label in session_status_choices():
            self.status.addItem(label, value)
        self.drivers = child(self, DriverPicker, "drivers")
        self.drivers.set_drivers(drivers or [])
        self.broadcast = child(self, QLineEdit, "broadcast")
        self.notes = child(self, QPlainTextEdit, "notes")
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)
        self.buttons = child(self, QDialogButtonBox, "buttons")
        if existing is not None:
            self._fill(existing)

    def _fill(self, session: SessionView) -> None:
        self.name.setText(session.name)
        self.kind.setCurrentIndex(max(self.kind.findData(str(session.kind)), 0))
        self.day.setDate(_qdate(session.start_wall.date()))
        self.time.setTime(QTime(session.start_wall.hour, session.start_wall.minute))
        self.minutes.setValue(session.duration_minutes or 0)
        self.status.setCurrentIndex(max(self.status.findData(str(session.status)), 0))
        self.drivers.set_chosen([driver.id for driver in session.drivers])
        self.broadcast.setText(session.broadcast)
        self.notes.setPlainText(session.notes)

    def request(self) -> NewSessionRequest:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        clock = self.time.time()
        return NewSessionRequest(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            start_wall=datetime.combine(day, time(clock.hour(), clock.minute())),
            duration_minutes=self.minutes.value() or None,
            status=str(self.status.currentData()),
            broadcast=self.broadcast.text().strip(),
            notes=self.notes.toPlainText().strip(),
            driver_ids=self.drivers.chosen(),
        )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
