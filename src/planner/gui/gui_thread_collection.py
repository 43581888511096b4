"""Python's cyclic garbage collector, run on the GUI thread only.

CPython runs a collection on whichever thread allocates when a generation fills
up. In this app that is mostly a worker (an import, an export, a PDF read), and a
collection there frees whatever Qt object a reference cycle holds (a closed
dialog's wrapper, a widget a lambda keeps) on that worker. Qt objects must be
destroyed on the thread they live on: a widget or timer destroyed elsewhere
leaves the GUI thread's event loop with a dangling pointer, and it crashes later.

So the automatic collector is switched off, and the same generational
collections run from a timer on the GUI thread (the remedy Kovid Goyal gave on
the PyQt mailing list). Workers never create Qt objects
(:mod:`planner.gui.workers`), so what they leave is collected here just as well.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a generation is due (ms).
INTERVAL_MS = 500


def collect_due_generations() -> None:
    """What CPython's automatic collector would do on its next allocation: nothing
    until the youngest generation is past its threshold, then the oldest
    generation whose count is past its own."""
    counts = gc.get_count()
    limits = gc.get_threshold()
    if counts[0] <= limits[0]:
        return
    gc.collect(
        next(generation for generation in (2, 1, 0) if counts[generation] > limits[generation])
    )


class GuiThreadCollector(QObject):
    """Owns the timer; lives on the GUI thread (make it there, parented to the app)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gui-thread-collector")
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due_generations)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (at the app's end)."""
        self._timer.stop()
        gc.enable()

    @property
    def running(self) -> bool:
        return self._timer.isActive()
