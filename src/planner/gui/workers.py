"""Slow work on the thread pool, with the result delivered on the GUI thread.

A worker never touches a widget: it returns a value (or raises), and the
signals, queued to the GUI thread, carry it to the callbacks.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception and its formatted traceback


class Worker(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # reported to the GUI thread, never swallowed
            self.signals.failed.emit(error, traceback.format_exc())
            return
        self.signals.succeeded.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread, so queued signals call the callbacks there."""

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException, str], None],
    ) -> None:
        super().__init__()
        self.on_success = on_success
        self.on_failure = on_failure
        self.signals: QObject | None = None

    def succeeded(self, result: object) -> None:
        try:
            self.on_success(result)
        finally:
            _RUNNING.discard(self)

    def failed(self, error: object, details: str) -> None:
        try:
            assert isinstance(error, BaseException)
            self.on_failure(error, details)
        finally:
            _RUNNING.discard(self)


_RUNNING: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException, str], None],
) -> None:
    """Run ``work`` on the global thread pool; a callback runs on the GUI thread after."""
    relay = _Relay(on_success, on_failure)
    _RUNNING.add(relay)
    worker = Worker(work)
    relay.signals = worker.signals  # keep the emitter alive until the result arrives
    worker.signals.succeeded.connect(relay.succeeded)
    worker.signals.failed.connect(relay.failed)
    QThreadPool.globalInstance().start(worker)
