"""Preferences: home time zone, language, default alarm, paper size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(_zone_ids())
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(current.home_zone)
        self.zone.setAccessibleName(self.tr("Home time zone"))
        self.zone_hint = QLabel(
            self.tr("This computer says: {zone}").format(zone=system_zone_id()), self
        )
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.alarm = QSpinBox(self)
        self.alarm.setRange(0, 24 * 60)
        self.alarm.setSingleStep(5)
        self.alarm.setSuffix(self.tr(" min before"))
        self.alarm.setSpecialValueText(self.tr("No alarm"))
        self.alarm.setValue(current.default_alarm_minutes)
        self.alarm.setAccessibleName(self.tr("Default alarm"))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(self.paper.findData(current.paper_size), 0))
        self.paper.setAccessibleName(self.tr("Paper size"))
        form = QFormLayout()
        form.addRow(self.tr("&Home time zone:"), self.zone)
        form.addRow("", self.zone_hint)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Default &alarm:"), self.alarm)
        form.addRow(self.tr("&Paper size:"), self.paper)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                label_widget, field_widget = label.widget(), field.widget()
                if isinstance(label_widget, QLabel) and field_widget is not None:
                    label_widget.setBuddy(field_widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

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
