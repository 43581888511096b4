"""Season → Edit Round…: a round's number, name, circuit, days and notes.

Laid out by ``ui/edit_round.ui``. The dialog only says what changed (``changes``);
the window stores it as one undoable, revision-checked edit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from planner.gui.dialogs.new_round import RoundFormDialog
from planner.gui.forms import child, load_form
from planner.services.views import RoundView, TrackView


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EditRoundDialog(RoundFormDialog):
    def __init__(
        self, weekend: RoundView, tracks: list[TrackView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form(self, "edit_round")
        self.weekend = weekend
        self.setWindowTitle(self.tr("Edit Round %1").replace("%1", weekend.title))
        self.number = child(self, QSpinBox, "number")
        self.number.setValue(weekend.number)
        self.name = child(self, QLineEdit, "name")
        self.name.setText(weekend.name)
        self._take_circuit_and_days(tracks)
        self.circuit.setText(weekend.track.name)
        self.first_day.setDate(_qdate(weekend.first_day))
        self.last_day.setDate(_qdate(weekend.last_day))
        self.days_hint = child(self, QLabel, "days_hint")
        self.notes = child(self, QPlainTextEdit, "notes")
        self.notes.setPlainText(weekend.notes)
        self._show_circuit()

    def changes(self) -> dict[str, Any]:
        """The edited fields (``edit_round``'s keywords) whose value differs from the round's."""
        weekend = self.weekend
        track = self.circuit.chosen_track()
        entered: dict[str, Any] = {
            "number": self.number.value(),
            "name": self.name.text().strip(),
            "track_id": track.id if track is not None else weekend.track.id,
            "first_day": self.first_day.date().toPython(),
            "last_day": self.last_day.date().toPython(),
            "notes": self.notes.toPlainText().strip(),
        }
        stored = self.stored_values(weekend)
        return {key: value for key, value in entered.items() if value != stored[key]}

    @staticmethod
    def stored_values(weekend: RoundView) -> dict[str, Any]:
        return {
            "number": weekend.number,
            "name": weekend.name,
            "track_id": weekend.track.id,
            "first_day": weekend.first_day,
            "last_day": weekend.last_day,
            "notes": weekend.notes,
        }
