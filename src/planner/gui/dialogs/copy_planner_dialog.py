"""File → Copy Planner To…: where the copy goes (a new planner file, or a shared planner
on a PostgreSQL server) and whether to open it afterwards. Laid out by
``ui/copy_planner_dialog.ui``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.forms import child, load_form
from planner.services.shared_connection import ServerLogin, planner_address

FILTER = "Race Planner (*.sqlite3 *.db *.sqlite);;*"


@dataclass(frozen=True)
class CopyTarget:
    file: Path | None  # a new planner file, or
    server: ServerLogin | None  # a shared planner
    open_copy: bool

    @property
    def shown(self) -> str:
        return str(self.file) if self.file is not None else self.server.url if self.server else ""


class CopyPlannerDialog(QDialog):
    def __init__(self, location: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form(self, "copy_planner_dialog")
        intro = child(self, QLabel, "intro")
        intro.setText(intro.text().format(location=location))
        self.to_file = child(self, QRadioButton, "to_file")
        self.to_server = child(self, QRadioButton, "to_server")
        self.target_file = child(self, QLineEdit, "target_file")
        self.target_file.setText(str(suggested))
        self.server = child(self, QLineEdit, "server")
        self.user = child(self, QLineEdit, "user")
        self.password = child(self, QLineEdit, "password")
        self.password_file = child(self, QLineEdit, "password_file")
        self.open_copy = child(self, QCheckBox, "open_copy")
        self.server_fields = child(self, QWidget, "server_fields")
        self.choose_button = child(self, QPushButton, "choose_target_file")
        self.choose_button.clicked.connect(self._choose_file)
        self.problem = child(self, QLabel, "problem")
        self.problem.hide()
        buttons = child(self, QDialogButtonBox, "buttons")
        copy = buttons.button(QDialogButtonBox.StandardButton.Ok)
        copy.setText(self.tr("&Copy"))
        copy.clicked.connect(self.accept)
        self.to_file.toggled.connect(self._show_choice)
        self._show_choice()
        self._target: CopyTarget | None = None

    def _show_choice(self) -> None:
        to_file = self.to_file.isChecked()
        self.target_file.setEnabled(to_file)
        self.choose_button.setEnabled(to_file)
        self.server_fields.setEnabled(not to_file)

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Copy Planner To"), self.target_file.text(), FILTER
        )
        if chosen:
            self.target_file.setText(chosen)

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        """Only a target that can be named closes the dialog; a mistake is shown in it."""
        if self.to_file.isChecked():
            text = self.target_file.text().strip()
            if not text:
                self._refuse(self.tr("Choose the file to copy the planner into."))
                return
            path = Path(text).expanduser()
            if path.exists():
                self._refuse(
                    self.tr(
                        "{path} already exists. A copy goes into a new file; choose another name."
                    ).format(path=path)
                )
                return
            self._target = CopyTarget(path, None, self.open_copy.isChecked())
        else:
            try:
                address = planner_address(self.server.text(), self.user.text())
            except PlannerError as error:
                self._refuse(str(error))
                return
            login = ServerLogin(
                address,
                password=self.password.text(),
                password_file=self.password_file.text().strip(),
            )
            self._target = CopyTarget(None, login, self.open_copy.isChecked())
        super().accept()

    def target(self) -> CopyTarget | None:
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        return self._target
