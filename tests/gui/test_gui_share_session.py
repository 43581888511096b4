"""Weekend → Share Session: the current session as a one-event .ics file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.gui.main_window import MainWindow
from planner.services import catalog, queries


def test_share_session_writes_the_selected_session_as_one_event(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    assert window.share_session_action in window.weekend_menu.actions()
    assert not window.share_session_action.isEnabled()  # no session selected yet
    gt4 = next(
        s.id for s in catalog.list_seasons(window.store.db) if s.series_name.startswith("GT4")
    )
    hockenheim = next(r for r in queries.list_rounds(window.store.db, gt4) if r.number == 5)
    window.open_round(hockenheim.id)
    race = next(
        s for s in queries.weekend(window.store.db, hockenheim.id).sessions if s.kind == "race"
    )
    window.weekend_view.select_session(race.id)
    assert window.share_session_action.isEnabled()
    target = tmp_path / "race.ics"
    offered: list[str] = []

    def save_as(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.share_session_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    text = target.read_text(encoding="utf-8")
    assert offered == [f"{race.name}.ics"]
    assert text.count("BEGIN:VEVENT") == 1
    assert f"UID:{race.uid}@race-planner" in text
    assert race.name in text
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=5000)
