"""``planner`` without a command pauses garbage collection while the window starts
(``planner.gui.app.main`` resumes it after the first paint); the pause never
outlives the call, whatever the window does."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from planner.cli.main import main


def test_collection_is_paused_while_the_window_starts_and_runs_again_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr("planner.gui.app.main", lambda db_path: seen.append(gc.isenabled()) or 0)

    assert main(["--db", str(tmp_path / "a.sqlite3")]) == 0

    assert seen == [False]
    assert gc.isenabled()


def test_collection_runs_again_when_the_window_fails_to_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fail(db_path: object) -> int:
        raise RuntimeError("no display")

    monkeypatch.setattr("planner.gui.app.main", fail)

    with pytest.raises(RuntimeError):
        main(["--db", str(tmp_path / "a.sqlite3")])

    assert gc.isenabled()
