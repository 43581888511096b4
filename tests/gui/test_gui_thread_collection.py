"""Qt objects caught in reference cycles are freed on the GUI thread, never on a worker
that happens to allocate (planner.gui.gui_thread_collection)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from planner.gui.gui_thread_collection import GuiThreadCollector, collect_due_generations
from planner.gui.workers import run_in_background


@pytest.fixture
def automatic_collection() -> Iterator[None]:
    """Python's own collector switched on, as in a process before the window starts."""
    gc.enable()
    yield
    gc.disable()  # the test session's collection (tests/conftest.py)


def _cycle_freed_on(freed_on: list[str]) -> None:
    """A parentless QObject (Python owns it) that only a reference cycle keeps alive."""
    holder = QObject()
    holder.setProperty("cycle", None)
    holder.me = holder  # type: ignore[attr-defined]
    weakref.finalize(holder, lambda: freed_on.append(threading.current_thread().name))


def _allocate_a_lot() -> list[list[int]]:
    """A worker's work: enough new containers, kept, for many young-generation collections."""
    return [[index] for index in range(200_000)]


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread_while_a_worker_allocates(
    qtbot: QtBot, automatic_collection: None
) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        freed_on: list[str] = []
        _cycle_freed_on(freed_on)
        done: list[object] = []
        run_in_background(_allocate_a_lot, done.append, lambda error, details: done.append(error))
        qtbot.waitUntil(lambda: done != [], timeout=10_000)
        assert isinstance(done[0], list) and len(done[0]) == 200_000
        qtbot.waitUntil(lambda: freed_on != [], timeout=5_000)  # the timer's next look
    finally:
        collector.stop()

    assert freed_on == [threading.main_thread().name]


def test_stopping_hands_collection_back_to_python(qtbot: QtBot, automatic_collection: None) -> None:
    collector = GuiThreadCollector()
    collector.start()
    assert collector.running and not gc.isenabled()

    collector.stop()

    assert not collector.running and gc.isenabled()


def test_nothing_is_collected_until_the_youngest_generation_is_full() -> None:
    freed_on: list[str] = []
    gc.collect()
    _cycle_freed_on(freed_on)

    collect_due_generations()  # a handful of new objects: not due yet
    assert freed_on == []

    _crowd = [[index] for index in range(gc.get_threshold()[0] + 1)]
    collect_due_generations()
    assert freed_on == [threading.main_thread().name]
    del _crowd
