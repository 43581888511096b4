"""A new round: a circuit picked from the library by typing, days, and a template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.weekend_dates import LONG_ROUND_DAYS
from planner.gui.errors import Dialogs
from planner.gui.labels import length_text, template_label
from planner.services.views import TrackView


@dataclass(frozen=True)
class NewRoundRequest:
    track_id: int
    first_day: date
    last_day: date
    name: str
    template_key: str | None


def track_matches(tracks: list[TrackView], text: str) -> list[TrackView]:
    """The library search of the services ("hock" finds Hockenheimring)."""
    from planner.services.tracks import search_tracks

    return search_tracks(tracks, text)


class CircuitField(QLineEdit):
    """Type a few letters; the completer offers circuits as the library search ranks them."""

    def __init__(self, tracks: list[TrackView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracks = tracks
        self._names = QStringListModel(self)
        self.completer_ = QCompleter(self._names, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._refresh)

    def _refresh(self, text: str) -> None:
        self._names.setStringList([track.name for track in track_matches(self.tracks, text)])
        if text.strip():
            self.completer_.complete()

    def suggestions(self) -> list[str]:
        return list(self._names.stringList())

    def chosen_track(self) -> TrackView | None:
        text = self.text().strip()
        for track in self.tracks:
            if track.name.casefold() == text.casefold():
                return track
        matches = track_matches(self.tracks, text) if text else []
        return matches[0] if matches else None


class NewRoundDialog(QDialog):
    def __init__(
        self,
        tracks: list[TrackView],
        templates: list[str],
        start: date,
        parent: QWidget | None = None,
        end: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Round"))
        self.circuit = CircuitField(tracks, self)
        self.circuit.setPlaceholderText(self.tr("Type to search the circuit library, e.g. hock"))
        self.circuit.setAccessibleName(self.tr("Circuit"))
        self.circuit_info = QLabel(self)
        self.circuit.textChanged.connect(self._show_circuit)
        self.first_day = QDateEdit(self)
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("ddd d MMM yyyy")
        self.first_day.setDate(QDate(start.year, start.month, start.day))
        self.first_day.setAccessibleName(self.tr("First day"))
        self.last_day = QDateEdit(self)
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat("ddd d MMM yyyy")
        end = end or start + timedelta(days=2)
        self.last_day.setDate(QDate(end.year, end.month, end.day))
        self.last_day.setAccessibleName(self.tr("Last day"))
        self._span_days = (end - start).days
        self.first_day.dateChanged.connect(self._keep_span)
        self.last_day.dateChanged.connect(self._remember_span)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Optional, e.g. Hankook 12h Hockenheimring"))
        self.name.setAccessibleName(self.tr("Name of the round"))
        self.template = QComboBox(self)
        self.template.addItem(self.tr("No sessions yet"), "")
        for key in templates:
            self.template.addItem(template_label(key), key)
        self.template.setAccessibleName(self.tr("Weekend template"))
        form = QFormLayout()
        form.addRow(self.tr("&Circuit:"), self.circuit)
        form.addRow("", self.circuit_info)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Template:"), self.template)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._show_circuit()

    def _keep_span(self, first: QDate) -> None:
        """The last day follows the first, keeping the length of the round."""
        self.last_day.setDate(first.addDays(max(self._span_days, 0)))

    def _remember_span(self, last: QDate) -> None:
        self._span_days = self.first_day.date().daysTo(last)

    def days(self) -> int:
        return self.first_day.date().daysTo(self.last_day.date()) + 1

    def accept(self) -> None:
        if self.days() < 1:
            Dialogs.show_error(self, self.tr("The last day comes before the first day."))
            return
        if self.days() > LONG_ROUND_DAYS and not Dialogs.ask(
            self,
            self.tr("This round lasts {days} days. Is that right?").format(days=self.days()),
        ):
            return
        super().accept()

    def _show_circuit(self) -> None:
        track = self.circuit.chosen_track()
        ok = (
            self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            if hasattr(self, "buttons")
            else None
        )
        if track is None:
            self.circuit_info.setText(self.tr("No circuit chosen yet"))
        else:
            self.circuit_info.setText(
                f"{track.name} · {track.place} · {length_text(track.length_m)}"
            )
        if ok is not None:
            ok.setEnabled(track is not None)

    def request(self) -> NewRoundRequest | None:
        track = self.circuit.chosen_track()
        if track is None:
            return None
        key = str(self.template.currentData() or "")
        return NewRoundRequest(
            track_id=track.id,
            first_day=self.first_day.date().toPython(),  # type: ignore[arg-type]
            last_day=self.last_day.date().toPython(),  # type: ignore[arg-type]
            name=self.name.text().strip(),
            template_key=key or None,
        )
