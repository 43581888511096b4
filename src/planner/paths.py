"""Where the planner keeps its files, overridable for tests and scripts."""

from __future__ import annotations

import os
from importlib import import_module
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
    """``$RACE_PLANNER_DB`` (when it is a file), else ``planner.sqlite3`` in the data folder."""
    override = os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if override and not is_database_url(override):
        return Path(override).expanduser()
    return user_data_dir() / "planner.sqlite3"


def is_database_url(text: str) -> bool:
    """``postgresql+psycopg://user@host/db`` and the like, as opposed to a file path."""
    scheme, separator, _rest = text.partition("://")
    return bool(separator) and scheme.replace("+", "").isalnum()


def database_target(text: str | None = None) -> Path | str:
    """What ``--db`` (or ``$RACE_PLANNER_DB``) names: a database URL as it is, a file path
    expanded; the default file when nothing is given."""
    chosen = text or os.environ.get(DB_ENVIRONMENT_VARIABLE) or ""
    if chosen and is_database_url(chosen):
        return chosen
    return Path(chosen).expanduser() if chosen else default_database_path()


def resource_path(*parts: str) -> Path:
    """A bundled file under ``resources/``.

    An installed package carries them as ``planner/resources`` (the folder of that
    package's ``__init__``, as in the one-folder bundle too); a source checkout run
    with ``PYTHONPATH=src`` finds them beside ``src``. The package's folder is read
    from its ``__file__``: ``importlib.resources`` would cost ~10 ms of every start.
    """
    try:
        installed = import_module("planner.resources").__file__
    except ModuleNotFoundError:
        installed = None
    if installed is not None:
        candidate = Path(installed).parent.joinpath(*parts)
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
