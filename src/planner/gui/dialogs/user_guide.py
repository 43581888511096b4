"""Help → User Guide: the bundled guide (resources/guide, HTML, works offline)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from planner.gui.forms import child, load_form
from planner.paths import resource_path


def guide_path(language: str) -> str:
    """The guide in ``language`` (English where there is none in it)."""
    path = resource_path("guide", f"guide-{language}.html")
    if not path.exists():
        path = resource_path("guide", "guide-en.html")
    return str(path)


class UserGuideDialog(QDialog):
    """Layout and texts: ``ui/user_guide.ui``; here the guide in the UI language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form(self, "user_guide")
        self.browser = child(self, QTextBrowser, "browser")
        self.browser.setSource(QUrl.fromLocalFile(guide_path(language)))
