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

import sys
from pathlib import Path

from demo_window import DOCS_SCREENSHOTS as OUT
from demo_window import ROOT, DemoWindow, demo_window

SIZES = {"1280": (1280, 800), "1024": (1024, 700)}


def main() -> int:
    with demo_window("race-planner-shots-", SIZES["1280"]) as demo:
        written = shoot(demo)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def shoot(demo: DemoWindow) -> list[Path]:
    from PySide6.QtGui import QPainter

    from planner.gui.dialogs.session_dialog import SessionDialog
    from planner.gui.models.weekend_model import NAME

    window, settle, hockenheim = demo.window, demo.settle, demo.hockenheim
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in ("en", "sv"):
        demo.speak(language)
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
    return written


if __name__ == "__main__":
    sys.exit(main())
