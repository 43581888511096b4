"""File → Connect to a Shared Planner…: the server, the user and the password (typed and
kept in the system keyring, or read from a file). Laid out by ``ui/connect_dialog.ui``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.gui.forms import child, load_form
from planner.services.credentials import keyring_available
from planner.services.shared_connection import ServerLogin, planner_address


class ConnectDialog(QDialog):
    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form(self, "connect_dialog")
        self.server = child(self, QLineEdit, "server")
        self.user = child(self, QLineEdit, "user")
        self.password = child(self, QLineEdit, "password")
        self.remember = child(self, QCheckBox, "remember")
        self.password_file = child(self, QLineEdit, "password_file")
        self.problem = child(self, QLabel, "problem")
        self.problem.hide()
        self.buttons = child(self, QDialogButtonBox, "buttons")
        connect = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        connect.setText(self.tr("&Connect"))
        connect.clicked.connect(self.accept)
        child(self, QPushButton, "choose_password_file").clicked.connect(self._choose_file)
        has_keyring = keyring_available()
        self.remember.setEnabled(has_keyring)
        self.remember.setChecked(has_keyring)
        child(self, QLabel, "keyring_hint").setVisible(not has_keyring)
        if url:
            self._show_url(url)
        self._login: ServerLogin | None = None

    def _show_url(self, url: str) -> None:
        """Fill in a planner opened before (from Open Recent): its server and user."""
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        self.user.setText(parsed.username or "")
        self.server.setText(parsed._replace(username=None).render_as_string(hide_password=True))
        self.password.setFocus()

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Password File"), self.password_file.text()
        )
        if chosen:
            self.password_file.setText(chosen)

    def accept(self) -> None:
        """Only a server that can be named closes the dialog; a mistake is shown in it."""
        try:
            address = planner_address(self.server.text(), self.user.text())
        except PlannerError as error:
            self.problem.setText(str(error))
            self.problem.show()
            self.server.setFocus()
            return
        self._login = ServerLogin(
            address,
            password=self.password.text(),
            password_file=self.password_file.text().strip(),
            remember=self.remember.isEnabled() and self.remember.isChecked(),
        )
        super().accept()

    def login(self) -> ServerLogin | None:
        """What to connect with; None when the dialog was cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        return self._login
