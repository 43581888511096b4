#!/usr/bin/env python3
"""Screenshots of the real app on the demo seasons, in English and Swedish.

    python scripts/screenshots.py               # offscreen
    xvfb-run -a python scripts/screenshots.py   # under a virtual X server

Writes docs/screenshots/{season,month,weekend}-{en,sv}.png, and the week and
agenda views at 1280×800 and 1024×700 ({week,agenda}-{en,sv}[-1024].png). The app runs on
a fresh demo database in a temp folder, with its settings there too, and a
clock fixed a few days before the GT4 round at Hockenheim (so "Next up"
counts down). The user's files are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2023, 8, 30, 7, 30, tzinfo=UTC)
HOME_ZONES = {"en": "Europe/London", "sv": "Europe/Stockholm"}


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temp = Path(tempfile.mkdtemp(prefix="race-planner-shots-"))
    os.environ["RACE_PLANNER_DATA_DIR"] = str(temp)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Race Planner")

    from planner.gui.icons import icon
    from planner.gui.main_window import AGENDA_PAGE, MONTH_PAGE, WEEK_PAGE, MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.startup import open_database
    from planner.gui.store import Store
    from planner.gui.translations import Translations, remove_translators
    from planner.services import catalog, queries

    app.setWindowIcon(icon("app"))
    OUT.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    settings = AppSettings(temp / "race-planner.ini")
    store = Store(home_zone="Europe/London", clock=lambda: NOW)
    window = MainWindow(settings, store, translations)
    window.resize(1440, 900)
    window.show()
    window.attach_database(open_database(temp / "planner.sqlite3"))  # first start: the demo

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    gt4 = next(s for s in catalog.list_seasons(store.db) if s.series_name.startswith("GT4"))
    hockenheim = next(r for r in queries.list_rounds(store.db, gt4.id) if r.number == 5)
    written = []
    for language in ("en", "sv"):
        window.set_language(language)
        store.set_home_zone(HOME_ZONES[language])
        window.open_season(gt4.id)
        settle()
        shots = {"season": None, "month": MONTH_PAGE, "weekend": None}
        for name, page in shots.items():
            if name == "season":
                window.open_season(gt4.id)
            elif name == "weekend":
                window.open_round(hockenheim.id)
            elif page is not None:
                window.show_page(page)
            settle()
            path = OUT / f"{name}-{language}.png"
            window.grab().save(str(path))
            written.append(path)
        for size, suffix in (((1280, 800), ""), ((1024, 700), "-1024")):
            window.resize(*size)
            settle()
            # As a fresh start at this size would lay out the docks.
            window.resizeDocks(
                [window.navigator_dock, window.next_up_dock], [230, 300], Qt.Orientation.Horizontal
            )
            window.open_round(hockenheim.id)
            for name, page in (("week", WEEK_PAGE), ("agenda", AGENDA_PAGE)):
                window.show_page(page)
                settle()
                path = OUT / f"{name}-{language}{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
        window.resize(1440, 900)
    window.close()
    translations.switch("en")
    store.set_database(None)
    window.deleteLater()
    app.processEvents()
    icon.cache_clear()  # no QIcon may outlive the application object
    remove_translators()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
