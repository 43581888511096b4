"""Background work: results and failures arrive on the GUI thread, however many at once."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
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
