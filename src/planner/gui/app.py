"""Start the app: settings, language, crash handler, the window first, the database after.

The window shows before SQLAlchemy is imported, with the current season read
by a quick look at the file (``first_look``: stdlib sqlite3, read-only); the
database opens (and on the first start gets the demo seasons) on a worker
thread, and once attached the views reload through the services.

``RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY=1`` (benchmarks/app_performance.py):
print ``RACE_PLANNER_READY seconds=<since process start> epoch=<time.time()>
vmhwm_kb=<peak resident memory> cpu=<CPU seconds of the process so far>`` to
stdout once the window shows the current season's data, then
``RACE_PLANNER_ATTACHED ...`` once the database is open (everything editable),
then quit. The CPU seconds tell a start apart from the machine's load: on a
busy machine the wall clock waits for the other processes, the CPU time less.
"""

from __future__ import annotations

import time

_MODULE_STARTED = time.perf_counter()  # fallback clock where /proc is missing

import gc  # noqa: E402  (the clock above is read first)
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication, QStandardPaths, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from planner.gui.gui_thread_collection import GuiThreadCollector  # noqa: E402

APP_NAME = "Race Planner"
ORGANISATION = "RacePlanner"
BENCHMARK_EXIT_WHEN_READY = "RACE_PLANNER_BENCHMARK_EXIT_WHEN_READY"


def config_dir() -> Path:
    """``$RACE_PLANNER_DATA_DIR`` if set (tests, scripts), else Qt's app config folder."""
    override = os.environ.get("RACE_PLANNER_DATA_DIR")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location)


def settings_path() -> Path:
    return config_dir() / "race-planner.ini"


def log_path() -> Path:
    return config_dir() / "race-planner.log"


def _set_up_logging(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("planner")
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _valid_zone(zone_id: str) -> str:
    from planner.domain.errors import PlannerError
    from planner.domain.track_time import zone

    try:
        zone(zone_id)
    except PlannerError:
        return "UTC"
    return zone_id


CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb")


def calendar_file_argument(arguments: list[str]) -> Path | None:
    """The calendar file the app was started with (``race-planner FILE.ics``), if any.

    The desktop entry passes a file chosen in the file manager (``Exec=... %f``);
    only calendar files count, so ``planner --db FILE`` never opens its database
    as an import.
    """
    for argument in reversed(arguments):
        if argument.startswith("file://"):
            from urllib.parse import unquote, urlparse

            argument = unquote(urlparse(argument).path)
        if not argument.startswith("-") and argument.lower().endswith(CALENDAR_SUFFIXES):
            return Path(argument).absolute()
    return None


def seconds_since_process_start() -> float:
    """From /proc (the kernel's start time of this process), else from this module's import."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: starttime
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _MODULE_STARTED


def peak_memory_kb() -> int:
    """VmHWM (peak resident set) of this process, 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _report(app: QApplication, what: str) -> None:
    """The benchmark hook: paint what changed, then say when and how much memory."""
    app.processEvents()  # lay out and paint the data just set
    print(
        f"{what} seconds={seconds_since_process_start():.4f} "
        f"epoch={time.time():.6f} vmhwm_kb={peak_memory_kb()} cpu={time.process_time():.4f}",
        flush=True,
    )


def _without_password(url: str) -> str:
    """``scheme://user:secret@host/db`` → ``scheme://user@host/db`` (for the status bar)."""
    scheme, _sep, rest = url.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not at:
        return url
    return f"{scheme}://{credentials.split(':', 1)[0]}@{place}"


def _resume_collection(app: QApplication) -> GuiThreadCollector:
    """After the first paint: what the start built leaves the collector's generations
    for good (``gc.freeze``: never scanned again; the few hundred cyclic leftovers of
    the imports stay with it), and collection resumes for everything made from now on,
    on the GUI thread only (see :mod:`planner.gui.gui_thread_collection`).

    ``main`` (and ``planner`` without a command, before it imports Qt) pauses Python's
    cyclic garbage collector until then: the start creates tens of thousands of
    objects that live as long as the app (modules, classes, Qt's enums, widgets),
    and the collector scanned them ~60 times before the first paint (~20 ms of CPU).
    """
    gc.freeze()
    collector = GuiThreadCollector(app)
    collector.start()
    return collector


def main(db_path: Path | str | None = None, argv: list[str] | None = None) -> int:
    """Open the window on ``db_path`` (default: the user's planner database): a file, or
    the URL of a shared planner (``postgresql+psycopg://user@host/db``)."""
    gc.disable()  # until the first paint: see _resume_collection
    from planner.domain.zone_files import trust_installed_zone_files
    from planner.gui.errors import CrashHandler, Dialogs
    from planner.gui.icons import icon
    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.store import Store
    from planner.gui.translations import Translations, remove_translators
    from planner.gui.workers import run_in_background
    from planner.paths import database_target, is_database_url

    trust_installed_zone_files()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    # Nothing given (the race-planner launcher): $RACE_PLANNER_DB, a file or a URL, as
    # for every command, else the default file.
    chosen = db_path or database_target()
    shared_url = str(chosen) if isinstance(chosen, str) and is_database_url(chosen) else None
    path = Path(chosen)
    benchmark = os.environ.get(BENCHMARK_EXIT_WHEN_READY) == "1"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("se.raceplanner.RacePlanner")  # the installed desktop entry
    file_to_open = calendar_file_argument(app.arguments()[1:])
    _set_up_logging(log_path())
    CrashHandler(log_path()).install()

    settings = AppSettings(settings_path())
    translations = Translations()
    translations.switch(settings.language)
    # The home zone is set once the first screen is painted: nothing before the
    # database is attached needs a zone; without a saved one Qt's lookup of the
    # system's zone takes ~7 ms, and pytz's first lookup lists every zone file (~15 ms).
    store = Store()
    window = MainWindow(settings, store, translations)
    window.show()
    # The season from a quick read of the file first; SQLAlchemy is not imported yet.
    from planner.services.first_look import first_look

    look = first_look(path) if shared_url is None else None  # plain sqlite3: files only
    if look is not None:
        window.show_first_look(look)
        if benchmark:
            _report(app, "RACE_PLANNER_READY")
        else:
            app.processEvents()  # paint it before the worker's imports compete for Python
    collector = _resume_collection(app)
    # The window's icon (and every later window's) once the first screen is painted:
    # on X11 the window hands it to the window manager drawn at four sizes (~1 % of
    # the start); the taskbar shows it a moment later, the window itself the same.
    app.setWindowIcon(icon("app"))

    store.set_home_zone(_valid_zone(settings.home_zone))

    def opened(result: object) -> None:
        from planner.gui.startup import OpenedDatabase, update_circuits

        assert isinstance(result, OpenedDatabase)
        window.statusBar().clearMessage()
        window.attach_database(result)
        logging.getLogger("planner.gui").info(
            "opened %s", _without_password(shared_url) if shared_url else path
        )
        if file_to_open is not None:
            window.open_path(file_to_open)
        if benchmark:
            if look is None:
                _report(app, "RACE_PLANNER_READY")
            _report(app, "RACE_PLANNER_ATTACHED")
            app.quit()
        if not result.created_demo:  # the demo has them; an older database may lack some
            run_in_background(
                lambda: update_circuits(result.db),
                lambda _added: None,
                lambda _error, details: logging.getLogger("planner.gui").warning(
                    "adding new circuits failed\n%s", details
                ),
            )

    def failed(error: BaseException, details: str) -> None:
        from planner.domain.errors import PlannerError

        if benchmark:
            print(f"RACE_PLANNER_FAILED {error}\n{details}", file=sys.stderr, flush=True)
            app.exit(1)
            return
        if isinstance(error, PlannerError):
            Dialogs.show_error(window, str(error))
            window.welcome.setText(str(error))
        else:
            logging.getLogger("planner.gui").error("opening failed\n%s", details)
            raise error

    def work() -> object:
        from planner.gui.startup import open_database, open_shared

        return open_database(path) if shared_url is None else open_shared(shared_url)

    shown = path if shared_url is None else _without_password(shared_url)
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Opening {path}…").format(path=shown)
    )
    run_in_background(work, opened, failed)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone()  # no worker may outlive the database
    store.set_database(None)  # closes the database
    window.deleteLater()
    app.processEvents()
    collector.stop()  # no worker is left: Python's own collector again, until the exit
    icon.cache_clear()  # no QIcon may outlive the application object
    remove_translators()
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
