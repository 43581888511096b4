"""Where the planner keeps its files, overridable for tests and scripts."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DB_ENVIRONMENT_VARIABLE = "RACE_PLANNER_DB"
DATA_DIR_ENVIRONMENT_VARIABLE = "RACE_PLANNER_DATA_DIR"
APP_NAME = "RacePlanner"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """``$RACE_PLANNER_DB``, else ``planner.sqlite3`` in the user data folder."""
    override = os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "planner.sqlite3"


def resource_path(*parts: str) -> Path:
    """A bundled file under ``resources/``.

    An installed package carries them as ``planner/resources``; a source
    checkout run with ``PYTHONPATH=src`` finds them beside ``src``.
    """
    try:
        installed = resources.files("planner.resources")
        candidate = Path(str(installed)).joinpath(*parts)
        if candidate.exists():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
