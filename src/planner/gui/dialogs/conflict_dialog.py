"""Someone else changed the session you just edited: both versions, side by side, and
the choice of keeping theirs, keeping mine, or taking each field from either."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.gui import labels
from planner.services.edit_conflicts import SessionConflict

THEIRS, MINE = 0, 1


class ConflictDialog(QDialog):
    def __init__(self, conflict: SessionConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by Someone Else"))
        intro = QLabel(
            self.tr(
                "<b>“{name}” was changed by someone else while you edited it.</b><br>"
                "Nothing of yours is saved yet. Choose which version to keep, or take "
                "each field from either version."
            ).format(name=conflict.name)
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        bold = QFont(intro.font())
        bold.setBold(True)
        for column, text in enumerate(("", self.tr("Theirs (saved now)"), self.tr("Mine"))):
            header = QLabel(text)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.choices: dict[str, QButtonGroup] = {}
        for row, field in enumerate(conflict.fields, start=1):
            grid.addWidget(QLabel(field_label(field.field)), row, 0)
            group = QButtonGroup(self)
            theirs = QRadioButton(value_text(field.field, field.theirs))
            mine = QRadioButton(value_text(field.field, field.mine))
            mine.setChecked(True)
            group.addButton(theirs, THEIRS)
            group.addButton(mine, MINE)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.choices[field.field] = group
        self.buttons = QDialogButtonBox()
        self.keep_theirs_button = QPushButton(self.tr("Keep Theirs"))
        self.keep_mine_button = QPushButton(self.tr("Keep Mine"))
        self.merge_button = QPushButton(self.tr("Merge as Chosen"))
        self.buttons.addButton(self.keep_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs_button.clicked.connect(self._keep_theirs)
        self.keep_mine_button.clicked.connect(self._keep_mine)
        self.merge_button.clicked.connect(self.accept)
        self.keep_mine_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self._kept_theirs = False

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


def field_label(field: str) -> str:
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
    }
    return texts.get(field, field)


def value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field == "start_wall" and isinstance(value, datetime):
        return f"{labels.short_day_text(value.date())} {labels.clock_text(value)}"
    if field == "duration_minutes":
        return labels.duration_text(int(value))
    if field == "kind":
        return labels.kind_label(value)
    if field == "status":
        return labels.session_status_label(value)
    return str(value)
