"""Start the app: settings, language, crash handler, the window first, the database after.

The window shows before SQLAlchemy is imported; the database opens (and on
the first start gets the demo seasons) on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

APP_NAME = "Race Planner"
ORGANISATION = "RacePlanner"


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


def main(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Open the window on ``db_path`` (default: the user's planner database)."""
    from planner.gui.errors import CrashHandler, Dialogs
    from planner.gui.icons import icon
    from planner.gui.main_window import MainWindow
    from planner.gui.settings import AppSettings
    from planner.gui.store import Store
    from planner.gui.translations import Translations, remove_translators
    from planner.gui.workers import run_in_background
    from planner.paths import default_database_path

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(icon("app"))
    _set_up_logging(log_path())
    CrashHandler(log_path()).install()

    settings = AppSettings(settings_path())
    translations = Translations()
    translations.switch(settings.language)
    store = Store(home_zone=_valid_zone(settings.home_zone))
    window = MainWindow(settings, store, translations)
    window.show()

    path = db_path or default_database_path()

    def opened(result: object) -> None:
        from planner.gui.startup import OpenedDatabase

        assert isinstance(result, OpenedDatabase)
        window.statusBar().clearMessage()
        window.attach_database(result)

    def failed(error: BaseException, details: str) -> None:
        from planner.domain.errors import PlannerError

        if isinstance(error, PlannerError):
            Dialogs.show_error(window, str(error))
            window.welcome.setText(str(error))
        else:
            logging.getLogger("planner.gui").error("opening failed\n%s", details)
            raise error

    def work() -> object:
        from planner.gui.startup import open_database

        return open_database(path)

    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Opening {path}…").format(path=path)
    )
    run_in_background(work, opened, failed)
    status = app.exec()
    store.set_database(None)  # closes the database
    window.deleteLater()
    app.processEvents()
    icon.cache_clear()  # no QIcon may outlive the application object
    remove_translators()
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
