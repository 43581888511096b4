"""The Qt pieces every renderer needs: an application object and the bundled fonts."""

from __future__ import annotations

import os
import sys
from functools import cache

from PySide6.QtGui import QFontDatabase, QGuiApplication

from planner.paths import resource_path

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed.ttf",  # for long web addresses under the QR codes
)
FAMILY = "DejaVu Sans"
CONDENSED_FAMILY = "DejaVu Sans Condensed"

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no screen).

    Fonts and text layout need a ``QGuiApplication``; the command line has none,
    and on a server without a display Qt would abort rather than start one.
    """
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("printing needs a QGuiApplication, not a bare QCoreApplication")
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not only a QGuiApplication), so widgets made later in the
    # same process (the GUI, its tests) still work.
    from PySide6.QtWidgets import QApplication

    _application = QApplication([sys.argv[0] if sys.argv else "planner"])
    return _application


@cache
def load_bundled_fonts() -> tuple[str, ...]:
    """Add the bundled DejaVu fonts to Qt's font database (once); their family names."""
    ensure_gui_application()
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
