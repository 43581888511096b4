"""What ``planner --version`` and Help → About tell: version, where the data is, Qt and Python.

Qt-free: the caller passes Qt's and PySide6's versions (the GUI from the running
Qt, the command line by importing QtCore only when asked).
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass

from planner import __version__
from planner.paths import default_database_path, user_data_dir


@dataclass(frozen=True)
class AboutFacts:
    version: str
    database: str
    data_folder: str
    qt_version: str
    pyside_version: str
    python_version: str


def about_facts(database: str | None, qt_version: str, pyside_version: str) -> AboutFacts:
    """``database``: the open database's location, else the default one is named."""
    return AboutFacts(
        version=__version__,
        database=database or str(default_database_path()),
        data_folder=str(user_data_dir()),
        qt_version=qt_version,
        pyside_version=pyside_version,
        python_version=platform.python_version(),
    )


def about_lines(facts: AboutFacts, tr: Callable[[str], str]) -> list[str]:
    """The facts as labelled lines, ``tr`` translating the labels."""
    return [
        tr("Race Planner {version}").format(version=facts.version),
        tr("Database: {path}").format(path=facts.database),
        tr("Data folder: {path}").format(path=facts.data_folder),
        tr("Qt {qt} (PySide6 {pyside}), Python {python}").format(
            qt=facts.qt_version, pyside=facts.pyside_version, python=facts.python_version
        ),
    ]


def running_qt_versions() -> tuple[str, str]:
    """(Qt, PySide6) versions; imports QtCore, so only call it when they are shown."""
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__
