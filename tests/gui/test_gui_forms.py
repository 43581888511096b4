"""Dialog layouts come from the Qt Designer forms in ui/, in English and Swedish."""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.new_season import NewSeasonDialog
from planner.gui.dialogs.preferences import Preferences, PreferencesDialog
from planner.gui.forms import child, form_path
from planner.gui.translations import Translations
from planner.services.views import SeriesView

FORMS = sorted((Path(__file__).resolve().parents[2] / "ui").glob("*.ui"))


def _preferences(qtbot: QtBot) -> PreferencesDialog:
    dialog = PreferencesDialog(Preferences("Europe/Stockholm", "sv", 30, "Letter"))
    qtbot.addWidget(dialog)
    return dialog


def _new_season(qtbot: QtBot) -> NewSeasonDialog:
    stcc = SeriesView(1, "STCC", "STCC", "#ff0000", website="", live_timing_url="", stream_url="")
    dialog = NewSeasonDialog([stcc])
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("form", FORMS, ids=lambda path: path.name)
def test_every_form_is_one_qt_designer_and_uic_can_read(form: Path) -> None:
    # Qt's own uic (what pyside6-uic runs) reads .ui files with Designer's parser.
    uic = Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"
    result = subprocess.run(
        [str(uic), "-g", "python", str(form)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert form_path(form.stem).read_bytes() == form.read_bytes()


def test_preferences_and_new_season_are_laid_out_by_their_forms(qtbot: QtBot) -> None:
    preferences = _preferences(qtbot)
    # Labels, buddies and the form layout exist only in ui/preferences.ui.
    label = child(preferences, QLabel, "zone_label")
    assert label.buddy() is preferences.zone
    assert preferences.language.currentData() == "sv"
    assert preferences.paper.currentData() == "Letter"
    assert preferences.chosen() == Preferences("Europe/Stockholm", "sv", 30, "Letter")
    season = _new_season(qtbot)
    assert isinstance(child(season, QFormLayout, "form"), QFormLayout)
    assert child(season, QLabel, "year_label").buddy() is season.year
    assert season.series.itemText(season.series.count() - 1) == "New series…"


def test_the_forms_read_in_swedish(qtbot: QtBot) -> None:
    Translations().switch("sv")
    try:
        preferences = _preferences(qtbot)
        season = _new_season(qtbot)
        expected = QCoreApplication.translate("PreferencesDialog", "&Home time zone:")
        assert expected != "&Home time zone:"
        assert child(preferences, QLabel, "zone_label").text() == expected
        assert preferences.windowTitle() == "Inställningar"
        assert preferences.alarm.specialValueText() == QCoreApplication.translate(
            "PreferencesDialog", "No alarm"
        )
        assert season.windowTitle() == QCoreApplication.translate("NewSeasonDialog", "New Season")
        assert season.windowTitle() != "New Season"
        assert "{zone}" not in preferences.zone_hint.text()
    finally:
        Translations().switch("en")


def test_the_form_buttons_accept_and_cancel(qtbot: QtBot) -> None:
    dialog = _preferences(qtbot)
    dialog.show()
    assert dialog.findChild(QDialog) is None  # the form's root is the dialog itself
    buttons = child(dialog, QDialogButtonBox, "buttons")
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
