"""The real window on a fresh demo database in a temp folder, for the screenshot scripts.

Settings and data live in the temp folder (the user's files are never touched) and the
clock is fixed a few days before the GT4 round at Hockenheim, so "Next up" counts down.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.store import Store
    from planner.gui.translations import Translations
    from planner.services.views import RoundView, SeasonView

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DOCS_SCREENSHOTS = ROOT / "docs" / "screenshots"
NOW = datetime(2023, 8, 30, 7, 30, tzinfo=UTC)
HOME_ZONES = {"en": "Europe/London", "sv": "Europe/Stockholm"}


@dataclass
class DemoWindow:
    app: QApplication
    window: MainWindow
    store: Store
    translations: Translations
    temp: Path
    gt4: SeasonView
    hockenheim: RoundView
    settle_rounds: int

    def settle(self) -> None:
        for _ in range(self.settle_rounds):
            self.app.processEvents()

    def speak(self, language: str) -> None:
        """The window in ``language``, home time where such a family lives."""
        self.window.set_language(language)
        self.store.set_home_zone(HOME_ZONES[language])


@contextmanager
def demo_window(
    prefix: str,
    size: tuple[int, int],
    *,
    settle_rounds: int = 8,
    offscreen: bool = False,
    configure: Callable[[AppSettings, Path], None] | None = None,
) -> Iterator[DemoWindow]:
    """Start the app, show the window at ``size`` on the demo seasons, and tear it all
    down afterwards. Offscreen when there is no display (or ``offscreen`` is asked);
    ``configure`` sets preferences before the window reads them."""
    if offscreen or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["RACE_PLANNER_DATA_DIR"] = str(temp)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Race Planner")

    from planner.gui.icons import icon
    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.startup import open_database
    from planner.gui.store import Store
    from planner.gui.translations import Translations, remove_translators
    from planner.services import catalog, queries

    app.setWindowIcon(icon("app"))
    translations = Translations()
    settings = AppSettings(temp / "race-planner.ini")
    if configure is not None:
        configure(settings, temp)
    store = Store(home_zone="Europe/London", clock=lambda: NOW)
    window = MainWindow(settings, store, translations)
    window.resize(*size)
    window.show()
    window.attach_database(open_database(temp / "planner.sqlite3"))  # first start: the demo
    gt4 = next(s for s in catalog.list_seasons(store.db) if s.series_name.startswith("GT4"))
    hockenheim = next(r for r in queries.list_rounds(store.db, gt4.id) if r.number == 5)
    try:
        yield DemoWindow(app, window, store, translations, temp, gt4, hockenheim, settle_rounds)
    finally:
        window.close()
        translations.switch("en")
        store.set_database(None)
        window.deleteLater()
        app.processEvents()
        icon.cache_clear()  # no QIcon may outlive the application object
        remove_translators()
