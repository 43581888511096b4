"""Importing an .ics file as one step on the undo stack.

An import may create series, seasons, rounds, drivers and sessions at once, so
its undo puts the whole planner back as it was just before (a snapshot: the file
copied with SQLite's backup API, or a shared planner's rows; see
planner.services.undo_snapshots). Redo imports the same file again:
sessions keep their identifiers (the import is keyed by the events' UIDs), so
phones see the same events come back.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.db.database import Database
from planner.services.ics_import import IcsImportReport


class ImportIcsCommand(QUndoCommand):
    def __init__(
        self,
        db: Database,
        data: bytes,
        source_name: str,
        *,
        series: str | None,
        year: int | None,
        places: Mapping[str, str],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ImportIcsCommand", "Import {file}").format(file=source_name)
        )
        self._db = db
        self._data = data
        self._source = source_name
        self._series = series
        self._year = year
        self._places = dict(places)
        self._on_change = on_change
        folder = tempfile.mkdtemp(prefix="race-planner-undo-")
        self._snapshot = Path(folder) / "before-import.sqlite3"
        # The snapshot lives as long as the command (on the undo stack) or the process.
        weakref.finalize(self, shutil.rmtree, folder, True)
        self.report: IcsImportReport | None = None

    def run_first(self) -> IcsImportReport:
        """Snapshot, then import (raises a PlannerError and changes nothing if refused)."""
        from planner.services.undo_snapshots import take_snapshot

        take_snapshot(self._db, self._snapshot)
        self.report = self._import()
        self._skip_next_redo = True
        return self.report

    def _import(self) -> IcsImportReport:
        from planner.services.ics_import import import_ics

        return import_ics(
            self._db,
            self._data,
            source_name=self._source,
            series=self._series,
            year=self._year,
            places=self._places,
        )

    _skip_next_redo = False

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
        else:
            self.report = self._import()
        self._on_change()

    def undo(self) -> None:
        from planner.services.undo_snapshots import restore_snapshot

        restore_snapshot(self._db, self._snapshot)
        self._on_change()
