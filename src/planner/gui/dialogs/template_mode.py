"""The question before a template goes onto a round that has sessions already."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_template_mode(parent: QWidget | None, round_title: str, count: int) -> str | None:
    """ "missing" (add only what the round lacks), "replace", or None (cancelled)."""
    box = QMessageBox(parent)
    box.setObjectName("TemplateModeBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("TemplateMode", "Apply Template"))
    box.setText(
        QCoreApplication.translate(
            "TemplateMode",
            "{name} has {count} sessions already. Add only the sessions it lacks, "
            "or replace them all with the template's?",
        ).format(name=round_title, count=count)
    )
    missing = box.addButton(
        QCoreApplication.translate("TemplateMode", "Add &Missing"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    missing.setObjectName("missing")
    replace = box.addButton(
        QCoreApplication.translate("TemplateMode", "&Replace All"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    replace.setObjectName("replace")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(missing)
    box.exec()
    clicked = box.clickedButton()
    if clicked is missing:
        return "missing"
    if clicked is replace:
        return "replace"
    return None
