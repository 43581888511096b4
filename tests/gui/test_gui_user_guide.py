"""Help → User Guide: the bundled guide, in the UI language, naming the real menus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.gui.dialogs.user_guide import UserGuideDialog, guide_path
from planner.gui.main_window import MainWindow


def _plain(text: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", text.replace("&", "").replace("…", "").strip())


def _menu_paths(window: MainWindow) -> set[str]:
    paths = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions():
            if not action.isSeparator():
                paths.add(f"{_plain(top.text())} → {_plain(action.text())}")
    return paths


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Plan a weekend"), ("sv", "Planera en helg")]
)
def test_the_guide_opens_from_help_in_the_ui_language(
    qtbot: QtBot, demo_window: MainWindow, language: str, heading: str
) -> None:
    window = demo_window
    window.set_language(language)
    assert window.features.user_guide_action in window.help_menu.actions()
    window.features.user_guide_action.trigger()
    dialog = window.features.user_guide
    assert isinstance(dialog, UserGuideDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert heading in text
    assert dialog.browser.source().toLocalFile() == guide_path(language)
    dialog.close()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_menu_the_guide_names_exists(demo_window: MainWindow, language: str) -> None:
    window = demo_window
    window.set_language(language)
    known = _menu_paths(window)
    html = Path(guide_path(language)).read_text(encoding="utf-8")
    named = {
        _plain(re.sub(r"\s+", " ", found)) for found in re.findall(r"<b>([^<]*→[^<]*)</b>", html)
    }
    assert named, "the guide names no menus"
    missing = {path for path in named if not any(k.startswith(path) for k in known)}
    assert not missing, f"the guide names menus that do not exist: {missing}"
