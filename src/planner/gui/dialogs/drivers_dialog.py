"""Assign Drivers: tick who drives the sessions picked in a view, in stint order."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from planner.gui.forms import child, load_form
from planner.gui.views.driver_picker import DriverPicker


class DriversDialog(QDialog):
    """Layout: ``ui/drivers.ui``; here the drivers, who is ticked and the question."""

    def __init__(
        self, drivers: list[tuple[int, str]], chosen: list[int], what: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        load_form(self, "drivers")
        self.caption = child(self, QLabel, "caption")
        self.caption.setText(self.tr("Who drives {what}?").format(what=what))
        self.picker = child(self, DriverPicker, "picker")
        self.picker.set_drivers(drivers)
        self.picker.set_chosen(chosen)
        self.buttons = child(self, QDialogButtonBox, "buttons")
