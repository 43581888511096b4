"""The editing dialogs (rounds, sessions, drivers, people, standings, press kit, guide)
are laid out by their Qt Designer forms in ui/: their labels, buddies and
layouts exist only there, the form's buttons reach our own accept(), and the
texts read in Swedish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.dialogs.new_round import CircuitField, NewRoundDialog
from planner.gui.forms import child
from planner.gui.translations import Translations
from planner.services.tracks import list_tracks


def _new_round(qtbot: QtBot, db: Database) -> NewRoundDialog:
    dialog = NewRoundDialog(list_tracks(db), ["gt4-european-series"], date(2023, 9, 1))
    qtbot.addWidget(dialog)
    return dialog


def test_new_round_is_laid_out_by_its_form_with_the_promoted_circuit_field(
    qtbot: QtBot, db: Database, no_dialogs: list[str]
) -> None:
    dialog = _new_round(qtbot, db)
    assert isinstance(dialog.circuit, CircuitField)
    assert child(dialog, QLabel, "circuit_label").buddy() is dialog.circuit
    assert child(dialog, QLabel, "template_label").buddy() is dialog.template
    assert isinstance(child(dialog, QFormLayout, "form"), QFormLayout)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.circuit, "hock")
    assert dialog.circuit.suggestions()[0] == "Hockenheimring"
    assert ok.isEnabled()
    assert "Hockenheim" in dialog.circuit_info.text()
    # The form's accepted() → accept() connection runs the dialog's own check.
    dialog.last_day.setDate(QDate(2023, 8, 30))
    ok.click()
    assert no_dialogs == ["The last day comes before the first day."]
    assert not dialog.result()


def test_new_round_reads_in_swedish(qtbot: QtBot, db: Database) -> None:
    Translations().switch("sv")
    try:
        dialog = _new_round(qtbot, db)
        label = child(dialog, QLabel, "circuit_label").text()
        assert label == QCoreApplication.translate("NewRoundDialog", "&Circuit:") != "&Circuit:"
        assert dialog.windowTitle() == QCoreApplication.translate("NewRoundDialog", "New Round")
        assert dialog.windowTitle() != "New Round"
        assert dialog.template.itemText(0) != "No sessions yet"
    finally:
        Translations().switch("en")
