"""A restored window fits the screen it opens on, and its docks stay usable.

A run with another scale factor (QT_SCALE_FACTOR=2) can save a window bigger
than the next screen and docks squeezed to a sliver; both are put right when
the geometry is restored.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

LEAST_DOCK_WIDTH = 180


def fitted(frame: QRect, available: QRect) -> QRect:
    """``frame`` made no larger than ``available`` and moved inside it."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() - width + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def clamp_to_screen(window: QMainWindow) -> None:
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    wanted = fitted(frame, available)
    if wanted == frame:
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    window.resize(wanted.width() - extra_w, wanted.height() - extra_h)
    window.move(wanted.topLeft())


def widen_squeezed_docks(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """Docks narrower than they can be used at are given a usable width again."""
    squeezed = [dock for dock in docks if dock.isVisible() and dock.width() < LEAST_DOCK_WIDTH]
    if squeezed:
        window.resizeDocks(
            squeezed, [LEAST_DOCK_WIDTH + 50] * len(squeezed), Qt.Orientation.Horizontal
        )
