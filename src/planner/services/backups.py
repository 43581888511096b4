"""Backing up and restoring the planner file: consistent copies while the app runs.

A backup is made with SQLite's online backup API, so it is a consistent
snapshot even while the app (or another connection in WAL mode) has the file
open. Restoring never destroys what was there: the file being replaced is
moved aside under a dated name (returned, so the user can be told where it is),
and the copy is written beside the target first and then renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from planner.db.database import Database
from planner.domain.errors import StorageError
from planner.i18n import tr


def _sqlite_copy(source: Path, target: Path) -> None:
    """Copy ``source`` into a new file ``target`` with the backup API (atomic rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    try:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            writer.close()
            reader.close()
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def back_up(db: Database, target: Path | str) -> Path:
    """A consistent copy of the open database at ``target`` (replaced if it exists)."""
    source = db.sqlite_path
    if source is None:
        raise StorageError(tr("Only a planner file can be backed up this way."))
    target = Path(target)
    if target.resolve() == source.resolve():
        raise StorageError(tr("Choose another file for the backup than the planner itself."))
    try:
        _sqlite_copy(source, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            tr("Cannot write the backup {path}: {reason}").format(path=target, reason=error)
        ) from None
    return target


def kept_name(path: Path, now: datetime | None = None) -> Path:
    """Where the file a restore replaces is kept: ``planner.before-restore-<stamp>.sqlite3``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix}")


def check_backup(backup: Path | str) -> None:
    """Refuse a file that is not a Race Planner database this version can open.

    The check opens a throw-away copy, so a backup from an older version is
    neither migrated in place nor changed in any way; one from a newer version
    gets the same message as opening it directly.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise StorageError(tr("There is no planner database at {path}.").format(path=backup))
    with tempfile.TemporaryDirectory(prefix="race-planner-check-") as folder:
        trial = Path(folder) / backup.name
        try:
            _sqlite_copy(backup, trial)
        except (OSError, sqlite3.Error):
            raise StorageError(
                tr(
                    "{location} is damaged or is not a Race Planner database. Nothing was "
                    "changed; restore it from a backup or open another file."
                ).format(location=backup)
            ) from None
        try:
            Database.open(trial, create=False).close()
        except StorageError as error:
            raise StorageError(str(error).replace(str(trial), str(backup))) from None


def restore(backup: Path | str, target: Path | str, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of ``target``; returns where the replaced file was kept.

    The caller closes its connections to ``target`` first. Nothing is replaced
    unless ``backup`` is a planner database this version can open.
    """
    backup, target = Path(backup), Path(target)
    check_backup(backup)
    kept = kept_name(target, now)
    staged = target.with_name(f".{target.name}.restoring")
    try:
        _sqlite_copy(backup, staged)
        if target.exists():
            target.rename(kept)
            for extra in ("-wal", "-shm"):
                side = target.with_name(target.name + extra)
                if side.exists():
                    side.rename(kept.with_name(kept.name + extra))
        staged.replace(target)
    except (OSError, sqlite3.Error) as error:
        staged.unlink(missing_ok=True)
        raise StorageError(
            tr("Cannot restore {path}: {reason}").format(path=target, reason=error)
        ) from None
    return kept


def roll_back_to(db: Database, snapshot: Path | str) -> None:
    """Put the open database back as it was in ``snapshot`` (a :func:`back_up` copy).

    The pages are copied into the live file with the backup API (in place, so
    the app's connections stay valid); an import that created series, seasons,
    rounds, drivers and sessions at once is undone in one step this way.
    """
    target = db.sqlite_path
    if target is None:
        raise StorageError(tr("Only a planner file can be backed up this way."))
    db.engine.dispose()  # no pooled connection holds a read snapshot of the old pages
    try:
        reader = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        writer = sqlite3.connect(target, timeout=5)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
    except sqlite3.Error as error:
        raise StorageError(
            tr("Cannot restore {path}: {reason}").format(path=target, reason=error)
        ) from None
