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
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.gui.delegates import kind_choices, session_status_choices
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
    """New Session when ``existing`` is None, else Edit Session filled with it."""

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
        self.setWindowTitle(self.tr("Edit Session") if existing else self.tr("New Session"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Free Practice 1"))
        self.name.setAccessibleName(self.tr("Session name"))
        self.kind = QComboBox(self)
        for value, label in kind_choices():
            self.kind.addItem(label, value)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.day = QDateEdit(self)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.day.setDateRange(_qdate(first_day), _qdate(last_day))
        self.day.setDate(_qdate(first_day))
        self.day.setAccessibleName(self.tr("Day"))
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(10, 0))
        self.time.setAccessibleName(self.tr("Start at the track"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 48 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not published"))
        self.minutes.setAccessibleName(self.tr("Duration"))
        self.status = QComboBox(self)
        for value, label in session_status_choices():
            self.status.addItem(label, value)
        self.status.setAccessibleName(self.tr("Status"))
        self.drivers = DriverPicker(self)
        self.drivers.set_drivers(drivers or [])
        self.broadcast = QLineEdit(self)
        self.broadcast.setPlaceholderText(self.tr("e.g. live on YouTube"))
        self.broadcast.setAccessibleName(self.tr("Broadcast"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("D&ay:"), self.day)
        form.addRow(self.tr("&Start (track time):"), self.time)
        form.addRow(self.tr("&Duration:"), self.minutes)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Dri&vers:"), self.drivers)
        form.addRow(self.tr("&Broadcast:"), self.broadcast)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
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
