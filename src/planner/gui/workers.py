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
    """Runs ``work`` on a pool thread and hands its outcome to ``relay`` (GUI thread).

    The emitting QObject is made, used and destroyed inside ``run`` on the pool
    thread. It used to be made on the GUI thread and kept alive by the relay, so
    the GUI thread destroyed it as soon as the callback had run, sometimes while
    the pool thread was still inside ``emit`` (a rare segfault under load in
    tests with preview workers). Queued calls already posted to the relay stay
    valid when their sender is gone.
    """

    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        signals = _Signals()
        signals.succeeded.connect(self.relay.succeeded)
        signals.failed.connect(self.relay.failed)
        try:
            result = self.work()
        except BaseException as error:  # reported to the GUI thread, never swallowed
            signals.failed.emit(error, traceback.format_exc())
            return
        signals.succeeded.emit(result)


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
    QThreadPool.globalInstance().start(Worker(work, relay))
