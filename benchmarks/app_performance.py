"""How does the app feel with a 20-season family archive? (issues 7 and 19)

Builds (once, then cached; see ``benchmarks/archive.py``) an archive of 20
seasons and 20,000 sessions through the real services, then measures, several
runs each, and prints a table of medians and spreads against the targets,
with the machine and a calibration loop (``benchmarks/peer.py``):

* cold start, process start until the main window shows the current season's
  data (``RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY=1``, see ``planner.gui.app``),
  and until the database is attached (SQLAlchemy loaded, everything editable),
  against a bare PySide6 window (QMainWindow with a QTableView) started and
  timed the same way in the same run, interleaved: with an empty database and
  with the archive; offscreen, and on a real X server (a private Xvfb this
  script starts on a free display; ``--no-xvfb`` skips it);
* every view switch in the real window with the archive open: season, round
  (weekend view), month, month step, week, week step, agenda, search results
  (from the navigator selection or the view's call until the view is filled
  and ``QApplication.processEvents()`` has run);
* ``planner list rounds`` against ``python -c "import planner"``, both whole
  processes in the same run;
* one weekend sheet to PDF; a season overview to PDF;
* peak memory (VmHWM) of the app process with the archive open;
* then ``benchmarks/export_feeds.py``: import and export against calcurse.

Usage::

    python benchmarks/app_performance.py [--runs 7] [--start-runs 7] [--no-xvfb]
        [--only start|views|cli|printing|feeds] [--json out.json]

Start-up is wall-clock time measured by this script from just before it
spawns the process until the time the process stamps on its "ready" line;
the files are in the OS cache (a warm disk, as on a second start of the day).

Beside each median, "cpu median" is the CPU time of the same runs: of the
process until it is ready (starts), of the whole process (command line), of
the main thread (views, printing); ratios of CPU times beside the ratios of
wall-clock times. On a machine other processes keep busy, the wall clock also
waits for them and the CPU time much less: the verdict is on the wall clock,
the CPU column says how much of a miss is the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import archive_path, empty_path, private_copy
from peer import calibration, describe, installed_env, machine

HOME = "Europe/Stockholm"

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(20, 7)
for row in range(20):
    for column in range(7):
        model.setItem(row, column, QStandardItem(f"{row}.{column}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()

def ready():
    app.processEvents()
    print(
        f"RACE_PLANNER_READY seconds=0 epoch={time.time():.6f} vmhwm_kb=0 "
        f"cpu={time.process_time():.4f}",
        flush=True,
    )
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


@dataclass
class Row:
    section: str
    label: str
    timings: list[float] = field(default_factory=list)  # seconds (or a ratio, or MB)
    unit: str = "ms"
    target: str = ""
    limit: float | None = None  # in the row's unit; None: no target
    # CPU seconds of the same runs (the process's, or the main thread's in-process):
    # on a loaded machine the wall clock also waits for others, the CPU time less.
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.timings)

    def shown(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.0f}"
        if self.unit == "×":
            return f"{value:.2f}"
        return f"{value:.0f}"

    @property
    def verdict(self) -> str:
        if self.limit is None:
            return ""
        value = self.median * 1000 if self.unit == "ms" else self.median
        return "ok" if value <= self.limit else "MISSED"


# --- cold start (subprocesses) --------------------------------------------------------


@dataclass
class Started:
    seconds: float  # wall clock, spawn to the current season's data on screen
    attached: float  # wall clock, spawn to the database open (everything editable)
    self_reported: float  # the process's own figure (since its kernel start time)
    peak_kb: int  # VmHWM once attached (0 for the bare window)
    cpu: float  # CPU seconds of the process until ready
    maxrss_kb: int  # ru_maxrss of the whole child


def start_once(command: list[str], env: dict[str, str]) -> Started:
    spawned = time.time()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout = process.stdout.read() if process.stdout else ""
    stderr = process.stderr.read() if process.stderr else ""
    seen: dict[str, dict[str, str]] = {}
    for line in stdout.splitlines():
        if line.startswith("RACE_PLANNER_"):
            word, *parts = line.split()
            seen[word] = dict(part.split("=", 1) for part in parts)
    ready = seen.get("RACE_PLANNER_READY")
    if ready is None:
        raise RuntimeError(f"{command} did not report ready (exit {process.returncode}):\n{stderr}")
    attached = seen.get("RACE_PLANNER_ATTACHED", ready)
    return Started(
        seconds=float(ready["epoch"]) - spawned,
        attached=float(attached["epoch"]) - spawned,
        self_reported=float(ready["seconds"]),
        peak_kb=int(attached["vmhwm_kb"]),
        cpu=float(ready.get("cpu", "nan")),
        maxrss_kb=int(usage.ru_maxrss),
    )


def cold_start_rows(
    work: Path, runs: int, platform_name: str, display: str | None
) -> tuple[list[Row], list[int]]:
    env = {
        **installed_env(),
        "QT_QPA_PLATFORM": platform_name,
        "RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY": "1",
    }
    if display is not None:
        env["DISPLAY"] = display
    databases = {
        "empty": private_copy(empty_path(), work / f"start-{platform_name}", "empty.sqlite3"),
        "archive": private_copy(archive_path(), work / f"start-{platform_name}", "archive.sqlite3"),
    }
    commands = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "empty": [sys.executable, "-m", "planner", "--db", str(databases["empty"])],
        "archive": [sys.executable, "-m", "planner", "--db", str(databases["archive"])],
    }
    gui_script = Path(sys.executable).with_name("race-planner")
    if gui_script.exists():  # the GUI entry point: no command-line parser first
        commands["gui-entry"] = [str(gui_script)]
    results: dict[str, list[Started]] = {name: [] for name in commands}

    def environment(name: str) -> dict[str, str]:
        data = {"RACE_PLANNER_DATA_DIR": str(work / f"data-{name}")}
        if name == "gui-entry":
            data["RACE_PLANNER_DB"] = str(databases["archive"])
        return {**env, **data}

    for name, command in commands.items():  # one unmeasured run each: .pyc files, caches
        start_once(command, environment(name))
    for _ in range(runs):  # interleaved, so a slow moment of the machine hits all alike
        for name, command in commands.items():
            results[name].append(start_once(command, environment(name)))
    section = f"cold start ({platform_name})"
    bare = [started.seconds for started in results["bare"]]
    bare_cpu = [started.cpu for started in results["bare"]]
    rows = [Row(section, "bare PySide6 window (QMainWindow + QTableView)", bare, cpu=bare_cpu)]
    for name, label in (("empty", "empty database"), ("archive", "20-season archive")):
        seconds = [started.seconds for started in results[name]]
        cpu = [started.cpu for started in results[name]]
        rows.append(Row(section, f"app with data, {label}", seconds, cpu=cpu))
        ratios = [value / statistics.median(bare) for value in seconds]
        cpu_ratios = [value / statistics.median(bare_cpu) for value in cpu]
        rows.append(
            Row(
                section,
                f"  ratio to the bare window, {label}",
                ratios,
                "×",
                "≤ 2×",
                2.0,
                cpu=cpu_ratios,
            )
        )
        attached = [started.attached for started in results[name]]
        rows.append(Row(section, f"  database attached (all editable), {label}", attached))
    if results.get("gui-entry"):
        seconds = [started.seconds for started in results["gui-entry"]]
        cpu = [started.cpu for started in results["gui-entry"]]
        rows.append(Row(section, "race-planner entry (no CLI parser), archive", seconds, cpu=cpu))
        ratios = [value / statistics.median(bare) for value in seconds]
        cpu_ratios = [value / statistics.median(bare_cpu) for value in cpu]
        rows.append(
            Row(section, "  ratio to the bare window", ratios, "×", "≤ 2×", 2.0, cpu=cpu_ratios)
        )
    peaks = [started.peak_kb for started in results["archive"]]
    return rows, peaks


@contextmanager
def xvfb_display() -> Iterator[str | None]:
    """A private Xvfb server for the run; None where Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                yield None
                return
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


# --- in the process: views, sheets, feeds --------------------------------------------------


@dataclass
class Timed:
    wall: list[float]  # seconds, each run
    cpu: list[float]  # the main thread's CPU seconds, each run


def measure(
    runs: int, action: Callable[[int], object], before: Callable[[int], object] | None = None
) -> Timed:
    timed = Timed([], [])
    for run in range(runs):
        if before is not None:
            before(run)
        started, cpu = time.perf_counter(), time.thread_time()
        action(run)
        timed.wall.append(time.perf_counter() - started)
        timed.cpu.append(time.thread_time() - cpu)
    return timed


def view_rows(work: Path, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from planner.gui.main_window import AGENDA_PAGE, MONTH_PAGE, SEASON_PAGE, WEEK_PAGE, MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.startup import open_database
    from planner.gui.store import Store
    from planner.services import catalog, queries

    app = QApplication.instance() or QApplication(["app_performance"])
    assert isinstance(app, QApplication)
    path = private_copy(archive_path(), work / "views", "archive.sqlite3")
    store = Store(home_zone=HOME)
    window = MainWindow(AppSettings(work / "views" / "settings.ini"), store)
    window.show()
    app.processEvents()
    window.attach_database(open_database(path))
    app.processEvents()
    db = store.db
    seasons = catalog.list_seasons(db)
    current = window.season_id
    assert current is not None

    def done() -> None:
        app.processEvents()

    def pick_season(run: int) -> None:
        season = seasons[(run * 7 + 1) % len(seasons)]
        window.navigator.setCurrentIndex(window.navigator_model.find("season", season.id))
        done()
        assert window.season_id == season.id
        assert window.season_view.header.title.text() == season.title

    seasons_timings = measure(runs, pick_season)

    window.open_season(current)
    done()
    round_ids = [item.id for item in queries.list_rounds(db, current)]

    def pick_round(run: int) -> None:
        round_id = round_ids[(run * 3 + 1) % len(round_ids)]
        index = window.navigator_model.find("round", round_id)
        assert index.isValid()
        window.navigator.setCurrentIndex(index)
        done()
        assert window.weekend_view.round_id == round_id

    round_timings = measure(runs, pick_round)

    def back_to_season(_run: int) -> None:
        window.show_page(SEASON_PAGE)
        done()

    def to_month(_run: int) -> None:
        window.show_page(MONTH_PAGE)
        done()
        assert window.pages.currentIndex() == MONTH_PAGE

    month_timings = measure(runs, to_month, before=back_to_season)

    def step_month(run: int) -> None:
        window.month_view.step(-1 if run % 4 < 2 else 1)  # months with sessions
        done()

    step_timings = measure(runs, step_month)

    def to_week(_run: int) -> None:
        window.show_page(WEEK_PAGE)
        done()
        assert window.pages.currentIndex() == WEEK_PAGE

    week_timings = measure(runs, to_week, before=back_to_season)

    def step_week(run: int) -> None:
        window.calendar.week_view().step(-1 if run % 4 < 2 else 1)
        done()

    week_step_timings = measure(runs, step_week)

    def to_agenda(_run: int) -> None:
        window.show_page(AGENDA_PAGE)
        done()
        assert window.pages.currentIndex() == AGENDA_PAGE

    agenda_timings = measure(runs, to_agenda, before=back_to_season)

    panel = window.calendar.search_panel()
    window.calendar.show_search()
    words = ("bäckman", "mantorp kval", "söderström race", "anderstorp", "tcr oschersleben")

    def search(run: int) -> None:
        panel.line.setText(words[run % len(words)])
        panel.run()  # what the typing timer or Enter calls
        done()
        assert panel.results.count() > 0, words[run % len(words)]

    def data_changed(_run: int) -> None:  # what every edit does: the next search reads again
        window.calendar.forget_search_index()

    first_search_timings = measure(runs, search, before=data_changed)

    def data_changed_a_moment_ago(_run: int) -> None:  # the index is read ahead meanwhile
        window.calendar.forget_search_index()
        settled = time.perf_counter() + 1.0
        while time.perf_counter() < settled:
            app.processEvents()
            time.sleep(0.01)

    settled_search_timings = measure(runs, search, before=data_changed_a_moment_ago)
    search(0)  # the index is read: what typing on does
    search_timings = measure(runs, search)
    window.close()
    store.set_database(None)
    window.deleteLater()
    done()
    section = "view switch (20,000 sessions)"
    return [
        Row(
            section,
            "season (navigator → season view)",
            seasons_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=seasons_timings.cpu,
        ),
        Row(
            section,
            "round (navigator → weekend view)",
            round_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=round_timings.cpu,
        ),
        Row(
            section,
            "month view (season → month, Ctrl+2)",
            month_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=month_timings.cpu,
        ),
        Row(
            section,
            "month step (next/previous month)",
            step_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=step_timings.cpu,
        ),
        Row(
            section,
            "week view (season → week, Ctrl+4)",
            week_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=week_timings.cpu,
        ),
        Row(
            section,
            "week step (next/previous week)",
            week_step_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=week_step_timings.cpu,
        ),
        Row(
            section,
            "agenda (season → agenda, Ctrl+5)",
            agenda_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=agenda_timings.cpu,
        ),
        Row(
            section,
            "search results (words typed → list)",
            search_timings.wall,
            "ms",
            "≤ 50 ms",
            50,
            cpu=search_timings.cpu,
        ),
        Row(
            section,
            "  first search after an edit (reads the index)",
            first_search_timings.wall,
            cpu=first_search_timings.cpu,
        ),
        Row(
            section,
            "  first search 1 s after an edit (read ahead)",
            settled_search_timings.wall,
            cpu=settled_search_timings.cpu,
        ),
    ]


def printing_rows(work: Path, runs: int) -> list[Row]:
    from planner.db.database import Database
    from planner.printing.content import build_season_overview, build_weekend_sheet
    from planner.printing.render import render_season_pdf, render_weekend_pdf
    from planner.services import catalog, queries

    db = Database.open(private_copy(archive_path(), work / "printing", "archive.sqlite3"))
    season = catalog.list_seasons(db)[0]
    round_ids = [item.id for item in queries.list_rounds(db, season.id)]
    out = work / "printing"

    def weekend_pdf(run: int) -> None:
        weekend = queries.weekend(db, round_ids[run % len(round_ids)])
        sheet = build_weekend_sheet(weekend, language="sv", home_zone=HOME)
        render_weekend_pdf(sheet, out / "weekend.pdf", "a4")

    def season_pdf(_run: int) -> None:
        overview = build_season_overview(queries.list_rounds(db, season.id), language="en")
        render_season_pdf(overview, out / "season.pdf", "a4")

    weekend = measure(runs, weekend_pdf)
    overview = measure(runs, season_pdf)
    db.close()
    section = "printing (query + sheet + PDF)"
    return [
        Row(
            section,
            "weekend sheet to PDF (first run: fonts load)",
            weekend.wall,
            "ms",
            "≤ 500 ms",
            500,
            cpu=weekend.cpu,
        ),
        Row(section, "season overview to PDF (20 rounds)", overview.wall, cpu=overview.cpu),
    ]


def command_line_rows(work: Path, runs: int) -> list[Row]:
    """``planner list rounds`` on the archive against ``python -c "import planner"``.

    Both are whole processes timed from spawn to exit, interleaved run by run.
    Without ``--series`` the listing reads the file with sqlite3 (as the window's
    first screen); with it, through the services and SQLAlchemy.
    """
    database = private_copy(archive_path(), work / "cli", "archive.sqlite3")
    commands = {
        "import": [sys.executable, "-c", "import planner"],
        "bare": [sys.executable, "-c", "pass"],
        "list": [sys.executable, "-m", "planner", "--db", str(database), "list", "rounds"],
        # --series is looked up by the services: the listing through SQLAlchemy
        "series": [
            *(sys.executable, "-m", "planner", "--db", str(database), "list", "rounds"),
            *("--series", "STCC"),
        ],
    }
    timings: dict[str, list[float]] = {name: [] for name in commands}
    spent: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs + 1):  # the first run of each is not counted (.pyc files)
        for name, command in commands.items():
            started = time.perf_counter()
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=installed_env(),
            )
            _pid, status, usage = os.wait4(process.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError(f"{command} failed")
            if run:
                timings[name].append(time.perf_counter() - started)
                spent[name].append(usage.ru_utime + usage.ru_stime)
    section = "command line (archive)"
    base = statistics.median(timings["import"])
    base_cpu = statistics.median(spent["import"])

    def ratio(name: str, label: str) -> Row:
        return Row(
            section,
            label,
            [value / base for value in timings[name]],
            "×",
            cpu=[value / base_cpu for value in spent[name]],
        )

    return [
        Row(
            section, 'python -c "pass" (the interpreter alone)', timings["bare"], cpu=spent["bare"]
        ),
        Row(section, 'python -c "import planner"', timings["import"], cpu=spent["import"]),
        Row(section, "planner list rounds", timings["list"], cpu=spent["list"]),
        ratio("list", "  ratio to import planner"),
        Row(
            section,
            "planner list rounds --series STCC (via SQLAlchemy)",
            timings["series"],
            cpu=spent["series"],
        ),
        ratio("series", "  ratio to import planner"),
    ]


# --- the table --------------------------------------------------------------------


def print_table(rows: list[Row], facts: dict[str, str], calibrated: float) -> None:
    print()
    print(describe(facts, calibrated))
    section = ""
    header = (
        f"{'':<52} {'median':>8} {'min':>7} {'max':>7} {'n':>3}  {'target':<10} {'':<7}"
        f"{'cpu median':>10}"
    )
    for row in rows:
        if row.section != section:
            section = row.section
            print()
            print(f"{section} [{row.unit if row.unit != '×' else 'ms / ratio'}]")
            print(header)
        cpu = row.shown(statistics.median(row.cpu)) if row.cpu else ""
        print(
            f"  {row.label:<50} {row.shown(row.median):>8} {row.shown(min(row.timings)):>7} "
            f"{row.shown(max(row.timings)):>7} {len(row.timings):>3}  {row.target:<10} "
            f"{row.verdict:<7}{cpu:>10}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="runs of each in-process figure")
    parser.add_argument("--start-runs", type=int, default=7, help="cold starts of each kind")
    parser.add_argument(
        "--no-xvfb", action="store_true", help="skip the starts on a real X server (Xvfb)"
    )
    parser.add_argument(
        "--only",
        choices=("start", "views", "cli", "printing", "feeds"),
        action="append",
        help="measure only these parts (repeatable)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parts = set(args.only or ("start", "views", "cli", "printing", "feeds"))

    facts = machine()
    calibrated = calibration()
    archive_path()  # build (or find) the archive before anything is timed
    empty_path()
    work = Path(tempfile.mkdtemp(prefix="race-planner-perf-"))
    rows: list[Row] = []
    peaks: list[int] = []
    if "start" in parts:
        print("cold starts (offscreen)…", file=sys.stderr, flush=True)
        found, peaks = cold_start_rows(work, args.start_runs, "offscreen", None)
        rows += found
        if not args.no_xvfb:
            with xvfb_display() as display:
                if display is None:
                    print("Xvfb is not available: skipped", file=sys.stderr)
                else:
                    print("cold starts (Xvfb)…", file=sys.stderr, flush=True)
                    rows += cold_start_rows(work, args.start_runs, "xcb", display)[0]
    if "views" in parts:
        print("view switches…", file=sys.stderr, flush=True)
        rows += view_rows(work, args.runs)
    if "cli" in parts:
        print("command line…", file=sys.stderr, flush=True)
        rows += command_line_rows(work, args.start_runs)
    if "printing" in parts:
        print("printing…", file=sys.stderr, flush=True)
        rows += printing_rows(work, args.runs)
    if peaks:
        rows.append(
            Row(
                "memory",
                "peak resident (VmHWM), app with the archive open",
                [peak / 1024 for peak in peaks],
                "MB",
                "≤ 200 MB",
                200,
            )
        )
    print_table(rows, facts, calibrated)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": facts,
                    "calibration_seconds": calibrated,
                    "rows": [
                        {
                            "section": row.section,
                            "label": row.label,
                            "unit": row.unit,
                            "values": row.timings,
                            "median": row.median,
                            "target": row.target,
                            "verdict": row.verdict,
                            "cpu": row.cpu,
                        }
                        for row in rows
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    shutil.rmtree(work, ignore_errors=True)
    if "feeds" in parts:  # import and export against calcurse: its own script, its own table
        print("\nfeeds against calcurse (benchmarks/export_feeds.py)…", flush=True)
        script = Path(__file__).with_name("export_feeds.py")
        subprocess.run([sys.executable, str(script), "--runs", str(max(args.runs, 5))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
