"""A new session: name, kind, start at the track, minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.gui.delegates import kind_choices


@dataclass(frozen=True)
class NewSessionRequest:
    name: str
    kind: str
    start_wall: datetime
    duration_minutes: int | None


class SessionDialog(QDialog):
    def __init__(self, first_day: date, last_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Session"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Free Practice 1"))
        self.name.setAccessibleName(self.tr("Session name"))
        self.kind = QComboBox(self)
        for value, label in kind_choices():
            self.kind.addItem(label, value)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.start = QDateTimeEdit(self)
        self.start.setDisplayFormat("ddd d MMM yyyy HH:mm")
        first = QDate(first_day.year, first_day.month, first_day.day)
        last = QDate(last_day.year, last_day.month, last_day.day)
        self.start.setDateTimeRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)))
        self.start.setDateTime(QDateTime(first, QTime(10, 0)))
        self.start.setAccessibleName(self.tr("Start at the track"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 48 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("not published"))
        self.minutes.setAccessibleName(self.tr("Duration"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Start (track time):"), self.start)
        form.addRow(self.tr("&Duration:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def request(self) -> NewSessionRequest:
        moment = self.start.dateTime().toPython()
        assert isinstance(moment, datetime)
        return NewSessionRequest(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            start_wall=datetime.combine(moment.date(), time(moment.hour, moment.minute)),
            duration_minutes=self.minutes.value() or None,
        )
