"""Preferences: home time zone, language, default alarm, paper size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QLabel, QSpinBox, QWidget

from planner.gui.forms import child, load_form
from planner.gui.settings import system_zone_id


@dataclass(frozen=True)
class Preferences:
    home_zone: str
    language: str
    default_alarm_minutes: int
    paper_size: str


def _zone_ids() -> list[str]:
    names = sorted(
        bytes(raw.data()).decode("ascii", "ignore") for raw in QTimeZone.availableTimeZoneIds()
    )
    return [name for name in names if "/" in name or name == "UTC"]


class PreferencesDialog(QDialog):
    """Layout and texts: ``ui/preferences.ui``; here the choices and their values."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form(self, "preferences")
        self.zone = child(self, QComboBox, "zone")
        self.zone.addItems(_zone_ids())
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(current.home_zone)
        self.zone_hint = child(self, QLabel, "zone_hint")
        self.zone_hint.setText(self.zone_hint.text().format(zone=system_zone_id()))
        self.language = child(self, QComboBox, "language")
        for index, code in enumerate(("en", "sv")):  # the form lists English, Svenska
            self.language.setItemData(index, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.alarm = child(self, QSpinBox, "alarm")
        self.alarm.setValue(current.default_alarm_minutes)
        self.paper = child(self, QComboBox, "paper")
        for index, size in enumerate(("A4", "Letter")):
            self.paper.setItemData(index, size)
        self.paper.setCurrentIndex(max(self.paper.findData(current.paper_size), 0))

    def chosen(self) -> Preferences:
        zone = self.zone.currentText().strip()
        if not QTimeZone.isTimeZoneIdAvailable(zone.encode()):
            zone = system_zone_id()
        return Preferences(
            home_zone=zone,
            language=str(self.language.currentData()),
            default_alarm_minutes=self.alarm.value(),
            paper_size=str(self.paper.currentData()),
        )
