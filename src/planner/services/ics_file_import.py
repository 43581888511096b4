"""An .ics import straight into a SQLite file, without SQLAlchemy.

``planner import ics`` on a file: importing SQLAlchemy and the models took
longer than reading and storing a thousand-event calendar, and the import
needs none of them: it runs on SQL texts (:func:`.ics_import.import_ics_with`).
Here they run on the standard library's ``sqlite3`` in a unit of work that
words every refusal as the ORM's does (:mod:`planner.db.file_unit`), after
the circuit library is brought up to date as opening the planner would
(:func:`.circuit_library.install_missing`).

Only a file that exists, can be written and is at the current schema is
imported this way; anything else answers None and the caller opens the
planner the normal way, which creates, upgrades, refuses or explains.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from planner.db.file_unit import file_unit_of_work
from planner.db.schema_version import file_is_at_head
from planner.db.sqlite_file import is_writable, read_only_uri
from planner.services.ics_import import IcsImportReport, import_in_unit, read_ics_file
from planner.services.library_keys import missing_keys
from planner.services.sql_runner import Runner, sqlite_runner


def import_file_into_file(
    database: Path,
    ics: Path | str,
    *,
    series: str | None = None,
    year: int | None = None,
    track: str | None = None,
    floating_zone: str | None = None,
    dry_run: bool = False,
    cancel_vanished: bool = False,
    places: Mapping[str, str] | None = None,
) -> IcsImportReport | None:
    """:func:`~planner.services.ics_import.import_ics_file` of ``ics`` on the planner file
    ``database`` (same arguments, report and refusals), or None: not imported here."""
    if not _usable(database):
        return None
    data, source_name = read_ics_file(ics)
    with _sqlite3_unit(database) as (run, _dialect):  # what opening the planner does first
        if missing_keys(run):  # rarely: the library is imported only then
            from planner.services.circuit_library import install_missing

            install_missing(run)
    return import_in_unit(
        _sqlite3_unit(database),
        data,
        source_name=source_name,
        series=series,
        year=year,
        track=track,
        floating_zone=floating_zone,
        dry_run=dry_run,
        cancel_vanished=cancel_vanished,
        places=places,
    )


@contextmanager
def _sqlite3_unit(database: Path) -> Iterator[tuple[Runner, str]]:
    with file_unit_of_work(database) as connection:
        yield sqlite_runner(connection), "sqlite"


def _usable(database: Path) -> bool:
    if not database.is_file() or not is_writable(database):
        return False
    try:
        connection = sqlite3.connect(read_only_uri(database), uri=True, timeout=5.0)
    except (sqlite3.Error, OSError, ValueError) as error:
        _log_no_direct_import(database, error)
        return False
    try:
        return file_is_at_head(connection)
    except sqlite3.Error as error:
        _log_no_direct_import(database, error)
        return False
    finally:
        connection.close()


def _log_no_direct_import(database: Path, error: Exception) -> None:
    # logging is imported only on this rare way: importing it is ~30 M
    # instructions (callgrind), 0.75 % of a 20,000-event import.
    import logging

    logging.getLogger("planner.services").info("no direct import into %s: %s", database, error)
