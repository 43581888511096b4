"""How fast does the window switch between its views on the demo seasons? (issue 11)

Opens the real main window offscreen on a fresh demo database (clock fixed
before the GT4 round at Hockenheim), then measures, several runs each, the
time from triggering a view's action (Season, Month, Week, Agenda, Weekend)
until ``QApplication.processEvents()`` has run and the page is painted
(``grab()``). The first switch to each page builds it (the pages are built
when first wanted); later switches only refresh. Prints medians and spreads.

Usage::

    python benchmarks/view_switch.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    temp = Path(tempfile.mkdtemp(prefix="race-planner-bench-"))
    os.environ["RACE_PLANNER_DATA_DIR"] = str(temp)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.startup import open_database
    from planner.gui.store import Store
    from planner.services import catalog, queries

    now = datetime(2023, 8, 30, 7, 30, tzinfo=UTC)
    store = Store(home_zone="Europe/Stockholm", clock=lambda: now)
    window = MainWindow(AppSettings(temp / "settings.ini"), store)
    window.resize(1280, 800)
    window.show()
    window.attach_database(open_database(temp / "planner.sqlite3"))
    gt4 = next(s for s in catalog.list_seasons(store.db) if s.series_name.startswith("GT4"))
    hockenheim = next(r for r in queries.list_rounds(store.db, gt4.id) if r.number == 5)
    window.open_round(hockenheim.id)
    app.processEvents()

    actions = {
        "season": window.season_page_action,
        "month": window.month_page_action,
        "week": window.week_page_action,
        "agenda": window.agenda_page_action,
        "weekend": window.weekend_page_action,
    }

    def switch(name: str) -> float:
        started = time.perf_counter()
        actions[name].trigger()
        app.processEvents()
        window.grab()
        return (time.perf_counter() - started) * 1000

    first = {name: switch(name) for name in actions}
    later: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(args.runs):
        for name in actions:
            later[name].append(switch(name))
    print(f"View switch on the demo seasons, 1280×800 offscreen, {args.runs} runs")
    print(f"{'view':<10}{'first (builds)':>16}{'median':>10}{'min':>8}{'max':>8}   ms")
    for name in actions:
        runs = later[name]
        print(
            f"{name:<10}{first[name]:>16.1f}{statistics.median(runs):>10.1f}"
            f"{min(runs):>8.1f}{max(runs):>8.1f}"
        )
    window.close()
    store.set_database(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
