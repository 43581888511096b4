"""Tell the window when the UI language changes, without a ``changeEvent`` of its own.

Qt forwards a ``LanguageChange`` event from a widget to each of its children, plain
QObjects included. A window overriding ``changeEvent`` in Python has Python called
for every change event, and its first ones (its title, its state) come before the
first paint; the first event handed to Python makes PySide build the Python classes
of every QEvent subclass (about 45) at that moment, ~1 % of the start. This child
gets nothing but the language changes, so that work waits for the first of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class LanguageFollower(QObject):
    """Calls ``on_change`` at every LanguageChange its parent widget receives."""

    def __init__(self, parent: QObject, on_change: Callable[[], None]) -> None:
        super().__init__(parent)
        self._on_change = on_change

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._on_change()
        return super().event(event)
