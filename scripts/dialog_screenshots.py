#!/usr/bin/env python3
"""Screenshots of the window's dialogs on the demo seasons, in English and Swedish.

    python scripts/dialog_screenshots.py [OUT]   # offscreen; OUT defaults to a temp folder

The window is 1280×800. The phone feeds dialog and the .ics import preview are
also written to docs/screenshots/ (feeds-{en,sv}.png, ics-import-{en,sv}.png);
every dialog goes to OUT for a look. The app runs on a fresh demo database in a
temp folder; the user's files are never touched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from demo_window import DOCS_SCREENSHOTS as DOCS
from demo_window import ROOT, DemoWindow, demo_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings

IN_DOCS = {"feeds", "ics-import"}


def _feed_preferences(settings: AppSettings, temp: Path) -> None:
    settings.feed_folder = str(temp / "feeds")
    settings.feed_base_url = "https://calendars.example.org/baeckman"


def main() -> int:
    out_argument = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with demo_window(
        "race-planner-dialogs-", (1280, 800), offscreen=True, configure=_feed_preferences
    ) as demo:
        out = out_argument or demo.temp / "shots"
        out.mkdir(parents=True, exist_ok=True)
        written = shoot(demo, out)
    for path in written:
        print(path)
    return 0


def shoot(demo: DemoWindow, out: Path) -> list[Path]:
    from planner.services import catalog, feeds, queries
    from planner.services.sessions import edit_session

    app, window, settle, temp = demo.app, demo.window, demo.settle, demo.temp
    db = demo.store.db
    gt4 = demo.gt4
    drivers = catalog.list_drivers(db)
    jessica = next(d for d in drivers if d.name.startswith("Jessica"))
    feeds.create_feed(
        db,
        feeds.FeedSpec(
            name="Jessica's races",
            driver_ids=frozenset({jessica.id}),
            alarm_minutes=30,
            all_day_events=True,
        ),
    )
    feeds.create_feed(db, feeds.FeedSpec(name="GT4 2023", season_ids=frozenset({gt4.id})))
    gt4_feed = feeds.find_feed(db, "GT4 2023")
    feeds.export_feed(db, gt4_feed.id, temp / "feeds" / gt4_feed.file_name)
    hockenheim = demo.hockenheim
    weekend = queries.weekend(db, hockenheim.id)
    first, second = weekend.sessions[0], weekend.sessions[-1]
    edit_session(db, first.id, start_wall=first.start_wall + timedelta(minutes=30))
    edit_session(db, second.id, status="cancelled")
    window.open_round(hockenheim.id)

    def feeds_dialog() -> QDialog:
        # A change since the last export, so the list of changes has something to show.
        moved = queries.weekend(db, hockenheim.id).sessions[1]
        edit_session(db, moved.id, start_wall=moved.start_wall + timedelta(minutes=15))
        window.features.open_feeds()
        dialog = window.features.feeds_dialog
        assert dialog is not None
        row = next(
            i
            for i in range(dialog.table.topLevelItemCount())
            if dialog.table.topLevelItem(i).text(0) == "GT4 2023"  # type: ignore[union-attr]
        )
        dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
        dialog.export_selected()
        while dialog.exporting:
            app.processEvents()
        return dialog

    def feed_editor() -> QDialog:
        from planner.gui.dialogs.feed_editor import FeedEditorDialog

        dialog = window.features.feeds_dialog
        assert dialog is not None
        editor = dialog._editor(feeds.find_feed(db, "Jessica's races"))
        assert isinstance(editor, FeedEditorDialog)
        return editor

    dialogs: dict[str, Callable[[], QDialog]] = {
        "feeds": feeds_dialog,
        "feed-editor": feed_editor,
    }
    dialogs.update(extra_dialogs(window, temp))
    written: list[Path] = []
    for language in ("en", "sv"):
        demo.speak(language)
        settle()
        for name, build in dialogs.items():
            dialog = build()
            dialog.show()
            settle()
            image = dialog.grab()
            targets = [out / f"{name}-{language}.png"]
            if name in IN_DOCS:
                targets.append(DOCS / f"{name}-{language}.png")
            for target in targets:
                image.save(str(target))
                written.append(target)
            dialog.close()
        window.features.conflicts_dock.show()
        window.features.conflicts_dock.raise_()
        settle()
        window.grab().save(str(out / f"window-{language}.png"))
    return written


def extra_dialogs(window: MainWindow, temp: Path) -> dict[str, Callable[[], QDialog]]:
    """The other new dialogs, each built as the window builds it."""
    from PySide6.QtWidgets import QApplication

    from planner.gui.dialogs.ics_import_dialog import IcsImportDialog
    from planner.services import catalog
    from planner.services.tracks import list_tracks

    def wait(dialog: IcsImportDialog) -> None:
        while dialog.busy:
            QApplication.processEvents()

    def ics_import() -> QDialog:
        path = ROOT / "tests" / "fixtures" / "ical" / "series_with_unknown_place.ics"
        db = window.store.db
        dialog = IcsImportDialog(
            db,
            path,
            path.read_bytes(),
            window.store.home_zone,
            [series.name for series in catalog.list_series(db)],
            list_tracks(db),
            2024,
            window,
        )
        wait(dialog)
        dialog.series.setCurrentText("GT World Challenge Europe")
        wait(dialog)
        return dialog

    def calendar_paste() -> QDialog:
        from planner.gui.dialogs.calendar_import_dialog import CalendarImportDialog

        season = next(s for s in catalog.list_seasons(window.store.db) if s.year == 2023)
        dialog = CalendarImportDialog(window.store.db, season.id, season.title, window)
        text = (ROOT / "tests" / "fixtures" / "schedules" / "gt4-calendar-2023-en.txt").read_text()
        dialog.text.setPlainText(text + "November 4th-5th - Nowhere Ring, Atlantis\n")
        dialog.refresh()
        return dialog

    def user_guide() -> QDialog:
        from planner.gui.dialogs.user_guide import UserGuideDialog

        return UserGuideDialog(window.translations.language, window)

    return {
        "ics-import": ics_import,
        "calendar-paste": calendar_paste,
        "user-guide": user_guide,
    }


if __name__ == "__main__":
    sys.exit(main())
