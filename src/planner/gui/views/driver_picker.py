"""A list of drivers to tick, in stint order (drag to reorder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget


class DriverPicker(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setAccessibleName(QCoreApplication.translate("DriverPicker", "Drivers in stint order"))
        self.setToolTip(
            QCoreApplication.translate(
                "DriverPicker", "Tick who drives; drag to set the order of the stints."
            )
        )
        self.setAutoFillBackground(True)

    def set_drivers(self, drivers: list[tuple[int, str]]) -> None:
        self.clear()
        for driver_id, name in drivers:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, driver_id)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = max(3, min(self.count(), 8))
        self.setMinimumHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4)

    def set_chosen(self, driver_ids: list[int]) -> None:
        """Tick these, and put them first in the given order."""
        items = [self.takeItem(0) for _ in range(self.count())]
        by_id = {int(item.data(Qt.ItemDataRole.UserRole)): item for item in items}
        ordered = [by_id[i] for i in driver_ids if i in by_id]
        rest = [item for item in items if item not in ordered]
        for item in ordered + rest:
            checked = item in ordered
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)

    def chosen(self) -> list[int]:
        return [
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
