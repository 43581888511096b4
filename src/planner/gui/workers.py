"""Slow work on the thread pool, with the result delivered on the GUI thread.

A worker never touches a widget, nor any Qt object: it returns a value (or
raises), appends the outcome to a queue and asks the one receiver on the GUI
thread, with a queued call, to deliver it to the callbacks.

Two earlier designs crashed now and then. A QObject with signals, made on the
GUI thread, was destroyed there while the pool thread was still inside
``emit``; made on the pool thread instead, its connections to a GUI-thread
object went through PySide's bookkeeping of Python slots from two threads at
once, and a receiver destroyed on the GUI thread while a worker connected to it
corrupted memory. ``QMetaObject.invokeMethod`` with a queued call to a receiver
that lives as long as the application is thread-safe in Qt itself, and the
callbacks, with whatever widgets they hold, stay on the GUI thread from start
to end.
"""

from __future__ import annotations

import itertools
import traceback
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QRunnable, Qt, QThreadPool, Slot
from shiboken6 import isValid


@dataclass(frozen=True, slots=True)
class _Callbacks:
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException, str], None]
    owner: weakref.ref[QObject] | None

    def owner_gone(self) -> bool:
        if self.owner is None:
            return False
        owner = self.owner()
        return owner is None or not isValid(owner)


class _Outcomes(QObject):
    """The one receiver of every worker's outcome: a child of the application, on the
    GUI thread, so it outlives every worker (the app waits for them before it ends)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("worker-outcomes")
        self.waiting: dict[int, _Callbacks] = {}  # touched on the GUI thread only
        self.arrived: deque[tuple[int, bool, object, str]] = deque()  # appended by workers
        self._tokens = itertools.count()

    def expect(self, callbacks: _Callbacks) -> int:
        token = next(self._tokens)
        self.waiting[token] = callbacks
        return token

    @Slot()
    def deliver(self) -> None:
        """One outcome per queued call (each worker makes one), in the order they came."""
        token, succeeded, value, details = self.arrived.popleft()
        callbacks = self.waiting.pop(token)
        if callbacks.owner_gone():  # a dialog closed while its worker read: nothing to fill
            return
        if succeeded:
            callbacks.on_success(value)
        else:
            assert isinstance(value, BaseException)
            callbacks.on_failure(value, details)


class Worker(QRunnable):
    """Runs ``work`` on a pool thread and hands its outcome to the GUI thread."""

    def __init__(self, work: Callable[[], Any], token: int, outcomes: _Outcomes) -> None:
        super().__init__()
        self.work: Callable[[], Any] | None = work
        self.token = token
        self.outcomes = outcomes
        self.setAutoDelete(True)

    def run(self) -> None:
        work, self.work = self.work, None
        assert work is not None
        try:
            outcome = (self.token, True, work(), "")
        except BaseException as error:  # reported to the GUI thread, never swallowed
            outcome = (self.token, False, error, traceback.format_exc())
        del work
        self.outcomes.arrived.append(outcome)
        del outcome
        QMetaObject.invokeMethod(self.outcomes, "deliver", Qt.ConnectionType.QueuedConnection)


def _outcomes() -> _Outcomes:
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication first"
    found = app.findChild(_Outcomes, "worker-outcomes")
    return found if found is not None else _Outcomes(app)


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException, str], None],
    owner: QObject | None = None,
) -> None:
    """Run ``work`` on the global thread pool; a callback runs on the GUI thread after,
    unless ``owner`` (the widget the callbacks fill) has been destroyed meanwhile."""
    outcomes = _outcomes()
    held = weakref.ref(owner) if owner is not None else None
    token = outcomes.expect(_Callbacks(on_success, on_failure, held))
    QThreadPool.globalInstance().start(Worker(work, token, outcomes))
