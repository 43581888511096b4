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
    QWidget,
)

from planner.gui.forms import child, load_form
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
    """Layout and texts: ``ui/new_season.ui``; here the series list, colour and request."""

    def __init__(
        self,
        series: list[SeriesView],
        preselected: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_form(self, "new_season")
        self.series = child(self, QComboBox, "series")
        for item in series:
            self.series.addItem(item.name, item.id)
        self.series.addItem(self.tr("New series…"), NEW_SERIES)
        if preselected is not None:
            self.series.setCurrentIndex(max(self.series.findData(preselected), 0))
        self.year = child(self, QSpinBox, "year")
        self.year.setValue(date.today().year)
        self.series_name = child(self, QLineEdit, "series_name")
        self.short_name = child(self, QLineEdit, "short_name")
        self._colour = QColor("#3465a4")
        self.colour_button = child(self, QPushButton, "colour_button")
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        self.form = child(self, QFormLayout, "form")
        self.buttons = child(self, QDialogButtonBox, "buttons")
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
