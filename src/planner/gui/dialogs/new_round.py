"""A new round: a circuit picked from the library by typing, days, and a template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.domain.weekend_dates import LONG_ROUND_DAYS
from planner.gui.errors import Dialogs
from planner.gui.forms import child, load_form
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
    """Type a few letters; the completer offers circuits as the library search ranks them.

    Promoted from a QLineEdit in ``ui/new_round.ui``; the form builds it with
    just a parent, the dialog then hands it the library with :meth:`set_tracks`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracks: list[TrackView] = []
        self._names = QStringListModel(self)
        self.completer_ = QCompleter(self._names, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._refresh)

    def set_tracks(self, tracks: list[TrackView]) -> None:
        self.tracks = tracks

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


class RoundFormDialog(QDialog):
    """What the New Round and Edit Round forms share: a circuit typed from the library
    (OK waits for one) and the round's days, checked when OK is pressed."""

    def _take_circuit_and_days(self, tracks: list[TrackView]) -> None:
        self.circuit = child(self, CircuitField, "circuit")
        self.circuit.set_tracks(tracks)
        self.circuit_info = child(self, QLabel, "circuit_info")
        self.buttons = child(self, QDialogButtonBox, "buttons")
        self.circuit.textChanged.connect(self._show_circuit)
        self.first_day = child(self, QDateEdit, "first_day")
        self.last_day = child(self, QDateEdit, "last_day")

    def _show_circuit(self) -> None:
        track = self.circuit.chosen_track()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if track is None:
            self.circuit_info.setText(
                QCoreApplication.translate("RoundFormDialog", "No circuit chosen yet")
            )
        else:
            self.circuit_info.setText(
                f"{track.name} · {track.place} · {length_text(track.length_m)}"
            )
        ok.setEnabled(track is not None)

    def days(self) -> int:
        return self.first_day.date().daysTo(self.last_day.date()) + 1

    def accept(self) -> None:
        days = self.days()
        if days < 1:
            Dialogs.show_error(
                self,
                QCoreApplication.translate(
                    "RoundFormDialog", "The last day comes before the first day."
                ),
            )
            return
        if days > LONG_ROUND_DAYS and not Dialogs.ask(
            self,
            QCoreApplication.translate(
                "RoundFormDialog", "This round lasts {days} days. Is that right?"
            ).format(days=days),
        ):
            return
        super().accept()


class NewRoundDialog(RoundFormDialog):
    """Layout and texts: ``ui/new_round.ui``; here the library, dates, templates and checks."""

    def __init__(
        self,
        tracks: list[TrackView],
        templates: list[str],
        start: date,
        parent: QWidget | None = None,
        end: date | None = None,
    ) -> None:
        super().__init__(parent)
        load_form(self, "new_round")
        self._take_circuit_and_days(tracks)
        self.first_day.setDate(QDate(start.year, start.month, start.day))
        end = end or start + timedelta(days=2)
        self.last_day.setDate(QDate(end.year, end.month, end.day))
        self._span_days = (end - start).days
        self.first_day.dateChanged.connect(self._keep_span)
        self.last_day.dateChanged.connect(self._remember_span)
        self.name = child(self, QLineEdit, "name")
        self.template = child(self, QComboBox, "template")
        self.template.addItem(self.tr("No sessions yet"), "")
        for key in templates:
            self.template.addItem(template_label(key), key)
        self._show_circuit()

    def _keep_span(self, first: QDate) -> None:
        """The last day follows the first, keeping the length of the round."""
        self.last_day.setDate(first.addDays(max(self._span_days, 0)))

    def _remember_span(self, last: QDate) -> None:
        self._span_days = self.first_day.date().daysTo(last)

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
