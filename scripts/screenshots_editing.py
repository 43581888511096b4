#!/usr/bin/env python3
"""Screenshots of editing in the weekend table: the table at 1280×800 and
1024×700 and the session context menu, in English and Swedish.

    python scripts/screenshots_editing.py               # offscreen
    xvfb-run -a python scripts/screenshots_editing.py   # under a virtual X server

Writes docs/screenshots/weekend-{en,sv}-{1280,1024}.png, context-menu-{en,sv}.png
and session-dialog-{en,sv}.png from a fresh demo database in a temp folder
(the user's files are never touched), with the clock fixed before Hockenheim.
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
SIZES = {"1280": (1280, 800), "1024": (1024, 700)}


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temp = Path(tempfile.mkdtemp(prefix="race-planner-shots-"))
    os.environ["RACE_PLANNER_DATA_DIR"] = str(temp)

    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Race Planner")

    from planner.gui.icons import icon
    from planner.gui.main_window import MainWindow
    from planner.gui.models.weekend_model import NAME
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
    window.show()
    window.attach_database(open_database(temp / "planner.sqlite3"))  # first start: the demo

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    gt4 = next(s for s in catalog.list_seasons(store.db) if s.series_name.startswith("GT4"))
    hockenheim = next(r for r in queries.list_rounds(store.db, gt4.id) if r.number == 5)
    written = []
    for language in ("en", "sv"):
        window.set_language(language)
        store.set_home_zone(HOME_ZONES[language])
        window.open_round(hockenheim.id)
        for label, (width, height) in SIZES.items():
            window.resize(width, height)
            settle()
            window.open_round(hockenheim.id)
            settle()
            path = OUT / f"weekend-{language}-{label}.png"
            window.grab().save(str(path))
            written.append(path)

        # A right click on a race: the whole menu of one session.
        window.resize(*SIZES["1280"])
        settle()
        tree = window.weekend_view.tree
        model = window.weekend_model
        ids = {s.name: s.id for s in model.all_sessions()}
        tree.setCurrentIndex(model.index_of(ids["Race 2"], NAME))
        point = tree.visualRect(model.index_of(ids["Race 2"], NAME)).center()
        window.session_actions.show_menu(
            tree.selected_session_ids(), tree.viewport().mapToGlobal(point)
        )
        settle()
        menu = window.session_actions.menu
        assert menu is not None
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
        painter.end()
        path = OUT / f"context-menu-{language}.png"
        shot.save(str(path))
        written.append(path)
        menu.close()

        # The session dialog (Enter on a row), filled with Race 2.
        from planner.gui.dialogs.session_dialog import SessionDialog

        race = next(s for s in model.all_sessions() if s.name == "Race 2")
        dialog = SessionDialog(
            hockenheim.first_day,
            hockenheim.last_day,
            window,
            existing=race,
            drivers=window.driver_choices_for(hockenheim.id),
        )
        dialog.show()
        settle()
        path = OUT / f"session-dialog-{language}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
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
