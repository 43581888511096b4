"""A new season of an existing series, or of a new series typed here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.services.views import SeriesView

NEW_SERIES = -1


@dataclass(frozen=True)
class NewSeasonRequest:
    series_id: int | None  # None: create the series below first
    year: int
    series_name: str = ""
    short_name: str = ""
    colour: str = "#3465a4"


class NewSeasonDialog(QDialog):
    def __init__(
        self,
        series: list[SeriesView],
        preselected: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Season"))
        self.series = QComboBox(self)
        for item in series:
            self.series.addItem(item.name, item.id)
        self.series.addItem(self.tr("New series…"), NEW_SERIES)
        if preselected is not None:
            self.series.setCurrentIndex(max(self.series.findData(preselected), 0))
        self.series.setAccessibleName(self.tr("Series"))
        self.year = QSpinBox(self)
        self.year.setRange(1950, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.series_name = QLineEdit(self)
        self.series_name.setPlaceholderText(self.tr("e.g. GT4 European Series"))
        self.series_name.setAccessibleName(self.tr("Name of the new series"))
        self.short_name = QLineEdit(self)
        self.short_name.setPlaceholderText(self.tr("e.g. GT4 Europe"))
        self.short_name.setAccessibleName(self.tr("Short name of the new series"))
        self._colour = QColor("#3465a4")
        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Series:"), self.series)
        self.form.addRow(self.tr("&Name:"), self.series_name)
        self.form.addRow(self.tr("S&hort name:"), self.short_name)
        self.form.addRow(self.tr("Colour:"), self.colour_button)
        self.form.addRow(self.tr("&Year:"), self.year)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.series.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    def _is_new_series(self) -> bool:
        return bool(self.series.currentData() == NEW_SERIES)

    def _update_fields(self) -> None:
        new = self._is_new_series()
        for widget in (self.series_name, self.short_name, self.colour_button):
            self.form.setRowVisible(widget, new)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(self._colour, self, self.tr("Series colour"))
        if chosen.isValid():
            self._colour = chosen
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self._colour.name())

    def request(self) -> NewSeasonRequest:
        if self._is_new_series():
            return NewSeasonRequest(
                series_id=None,
                year=self.year.value(),
                series_name=self.series_name.text().strip(),
                short_name=self.short_name.text().strip(),
                colour=self._colour.name(),
            )
        return NewSeasonRequest(series_id=int(self.series.currentData()), year=self.year.value())
