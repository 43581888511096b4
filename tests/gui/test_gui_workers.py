"""Background work: results and failures arrive on the GUI thread, however many at once."""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.gui.workers import run_in_background


def test_many_workers_deliver_every_outcome_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.current_thread()
    worker_threads: set[threading.Thread] = set()
    results: list[int] = []
    failures: list[str] = []
    callback_threads: set[threading.Thread] = set()

    def work(number: int) -> int:
        worker_threads.add(threading.current_thread())
        if number % 7 == 0:
            raise ValueError(f"no {number}")
        return number * 2

    def succeeded(result: object) -> None:
        callback_threads.add(threading.current_thread())
        assert isinstance(result, int)
        results.append(result)

    def failed(error: BaseException, details: str) -> None:
        callback_threads.add(threading.current_thread())
        assert "ValueError" in details
        failures.append(str(error))

    for number in range(1, 301):
        run_in_background(lambda number=number: work(number), succeeded, failed)
    qtbot.waitUntil(lambda: len(results) + len(failures) == 300, timeout=20_000)
    QThreadPool.globalInstance().waitForDone()

    assert sorted(results) == [n * 2 for n in range(1, 301) if n % 7]
    assert sorted(failures) == sorted(f"no {n}" for n in range(7, 301, 7))
    assert callback_threads == {gui_thread}
    assert gui_thread not in worker_threads


def test_an_owner_destroyed_before_the_outcome_gets_no_callback(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    outcomes: list[object] = []
    run_in_background(
        lambda: release.wait(10) and "read",
        outcomes.append,
        lambda error, details: outcomes.append(error),
        owner=owner,
    )
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # where a queued outcome would arrive

    assert outcomes == []


def test_a_living_owner_gets_its_callback_and_keeps_no_relay(qtbot: QtBot) -> None:
    owner = QObject()
    outcomes: list[object] = []
    run_in_background(
        lambda: "read", outcomes.append, lambda error, details: outcomes.append(error), owner=owner
    )
    qtbot.waitUntil(lambda: outcomes == ["read"])
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert owner.children() == []  # its relay went once the callback had run


def test_the_callbacks_and_what_they_hold_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    """A callback holds widgets (a dialog's bound method): dropped on a pool thread, it
    could destroy them there."""
    released_on: list[str] = []
    outcomes: list[object] = []

    class Held:
        pass

    def watch(held: Held) -> Callable[[object], None]:
        weakref.finalize(held, lambda: released_on.append(threading.current_thread().name))
        return lambda result: outcomes.append((held, result))

    run_in_background(lambda: time.sleep(0.05) or "read", watch(Held()), watch(Held()))
    qtbot.waitUntil(lambda: outcomes != [])
    outcomes.clear()

    qtbot.waitUntil(lambda: len(released_on) == 2)
    assert released_on == [threading.main_thread().name] * 2
