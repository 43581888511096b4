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

import sys
from pathlib import Path

from demo_window import DOCS_SCREENSHOTS as OUT
from demo_window import ROOT, DemoWindow, demo_window


def main() -> int:
    with demo_window("race-planner-shots-", (1440, 900), settle_rounds=5) as demo:
        written = shoot(demo)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def shoot(demo: DemoWindow) -> list[Path]:
    from PySide6.QtCore import Qt

    from planner.gui.main_window import AGENDA_PAGE, MONTH_PAGE, WEEK_PAGE

    window, settle = demo.window, demo.settle
    gt4, hockenheim = demo.gt4, demo.hockenheim
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in ("en", "sv"):
        demo.speak(language)
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
    return written


if __name__ == "__main__":
    sys.exit(main())
