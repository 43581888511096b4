"""``planner`` run as a process (``main`` reading ``sys.argv``) freezes what is
still alive after its command, so that the collections at interpreter exit do
not scan it; a caller passing its own arguments goes on collecting as before."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from planner.cli.main import main


def _freezes(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    frozen: list[None] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(None))
    return frozen


def test_a_planner_process_freezes_what_is_left_after_its_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frozen = _freezes(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["planner", "--db", str(tmp_path / "a.sqlite3"), "demo"])

    assert main() == 0

    assert frozen == [None]


def test_a_failing_command_of_a_planner_process_freezes_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frozen = _freezes(monkeypatch)
    database = str(tmp_path / "a.sqlite3")
    assert main(["--db", database, "demo"]) == 0
    monkeypatch.setattr(sys, "argv", ["planner", "--db", database, "demo"])

    assert main() == 1  # the demo refuses a database that has seasons

    assert frozen == [None]


def test_a_caller_passing_arguments_keeps_collecting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    frozen = _freezes(monkeypatch)

    assert main(["--db", str(tmp_path / "a.sqlite3"), "demo"]) == 0

    assert frozen == []
