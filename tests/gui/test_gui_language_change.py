"""A translator switched without the window's own set_language (Qt's LanguageChange)
still turns the whole window to the new language, menus and the views' texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from planner.gui.labels import round_status_label
from planner.gui.main_window import MainWindow
from planner.gui.models.season_model import STATUS
from planner.gui.translations import Translations


@pytest.fixture
def back_in_english() -> Iterator[None]:
    yield
    Translations().switch("en")


def test_a_language_change_from_qt_retranslates_menus_and_reloads_the_views(
    qtbot: QtBot, demo_window: MainWindow, back_in_english: None
) -> None:
    window = demo_window
    model = window.season_model
    status = model.index(0, STATUS)
    english = status.data()
    assert (window.file_menu.title(), english) == ("&File", "Scheduled")

    window.translations.switch("sv")  # what Qt sends: LanguageChange to every widget

    qtbot.waitUntil(lambda: window.file_menu.title() == "&Arkiv")
    # The season was read again: its cells' texts are no longer the English ones.
    assert status.data() == round_status_label(model.round_at(0).status) != english
