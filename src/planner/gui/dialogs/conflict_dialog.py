"""Someone else changed the session, round, driver, team or car you just edited: both
versions side by side, and the choice of keeping theirs, keeping mine, or taking each
field from either. Laid out by ``ui/conflict_dialog.ui``; the rows are the fields of the
edit."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from planner.gui import labels
from planner.gui.forms import child, load_form
from planner.services.edit_conflicts import EditConflict

THEIRS, MINE = 0, 1


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form(self, "conflict_dialog")
        self.conflict = conflict
        intro = child(self, QLabel, "intro")
        intro.setText(intro.text().format(name=conflict.name))
        grid = child(self, QGridLayout, "grid")
        for name in ("field_header", "theirs_header", "mine_header"):
            header = child(self, QLabel, name)
            bold = QFont(header.font())
            bold.setBold(True)
            header.setFont(bold)
        self.choices: dict[str, QButtonGroup] = {}
        for row, field in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(field_label(conflict.kind, field.field)), row, 0)
            group = QButtonGroup(self)
            theirs = QRadioButton(self._value_text(field.field, field.theirs))
            mine = QRadioButton(self._value_text(field.field, field.mine))
            mine.setChecked(True)
            group.addButton(theirs, THEIRS)
            group.addButton(mine, MINE)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.choices[field.field] = group
        self.keep_theirs_button = child(self, QPushButton, "keep_theirs_button")
        self.keep_mine_button = child(self, QPushButton, "keep_mine_button")
        self.merge_button = child(self, QPushButton, "merge_button")
        self.keep_theirs_button.clicked.connect(self._keep_theirs)
        self.keep_mine_button.clicked.connect(self._keep_mine)
        self.merge_button.clicked.connect(self.accept)
        self._kept_theirs = False

    def _value_text(self, field: str, value: Any) -> str:
        named = self.conflict.value_names.get((field, value))
        return named if named is not None else value_text(self.conflict.kind, field, value)

    def _keep_theirs(self) -> None:
        self._kept_theirs = True
        self.reject()

    def _keep_mine(self) -> None:
        for group in self.choices.values():
            group.button(MINE).setChecked(True)
        self.accept()

    def keep_mine(self) -> set[str]:
        """The fields to store my value of; empty when theirs is kept (or the dialog closed)."""
        if self._kept_theirs or self.result() != QDialog.DialogCode.Accepted:
            return set()
        return {name for name, group in self.choices.items() if group.checkedId() == MINE}


def field_label(kind: str, field: str) -> str:
    """The name of an edited field, as the dialog's first column shows it."""
    if kind == "car" and field == "model":
        return QCoreApplication.translate("ConflictDialog", "Name")
    texts = {
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "kind": QCoreApplication.translate("ConflictDialog", "Kind"),
        "start_wall": QCoreApplication.translate("ConflictDialog", "Start (track time)"),
        "is_dst": QCoreApplication.translate("ConflictDialog", "Summer time"),
        "duration_minutes": QCoreApplication.translate("ConflictDialog", "Length"),
        "status": QCoreApplication.translate("ConflictDialog", "Status"),
        "broadcast": QCoreApplication.translate("ConflictDialog", "Broadcast"),
        "stream_url": QCoreApplication.translate("ConflictDialog", "Stream"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "driver_ids": QCoreApplication.translate("ConflictDialog", "Drivers"),
        "number": QCoreApplication.translate("ConflictDialog", "Round number"),
        "first_day": QCoreApplication.translate("ConflictDialog", "First day"),
        "last_day": QCoreApplication.translate("ConflictDialog", "Last day"),
        "track_id": QCoreApplication.translate("ConflictDialog", "Circuit"),
        "nationality": QCoreApplication.translate("ConflictDialog", "Nationality"),
        "followed": QCoreApplication.translate("ConflictDialog", "Followed"),
    }
    return texts.get(field, field)


def value_text(kind: str, field: str, value: Any) -> str:
    """A field's value as the dialog shows it, in the user's language."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        yes = QCoreApplication.translate("ConflictDialog", "Yes")
        return yes if value else QCoreApplication.translate("ConflictDialog", "No")
    if field == "start_wall" and isinstance(value, datetime):
        return f"{labels.short_day_text(value.date())} {labels.clock_text(value)}"
    if isinstance(value, date) and not isinstance(value, datetime):
        return labels.short_day_text(value)
    if field == "duration_minutes":
        return labels.duration_text(int(value))
    if field == "kind":
        return labels.kind_label(value)
    if field == "status":
        if kind == "round":
            return labels.round_status_label(value)
        return labels.session_status_label(value)
    return str(value)
