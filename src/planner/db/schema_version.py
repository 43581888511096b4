"""The newest schema revision, read from the migration scripts as text.

Loading Alembic (and SQLAlchemy) costs a good part of a second at start-up;
the usual start only needs to know whether the file is already at head.
This module imports neither, so the GUI's first read can use it too.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\b[^=]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=\s*(.+)$", re.MULTILINE)


def head_from_files() -> str | None:
    """The head revision of the shipped migrations; None if unsure (then ask Alembic)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        down = _DOWN_REVISION.search(text)
        if revision is None or down is None:
            continue
        revisions.add(revision.group(1))
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def file_is_at_head(connection: sqlite3.Connection) -> bool:
    """Does the SQLite file of ``connection`` record exactly the shipped head revision
    (a file that can be used without upgrading)? ``sqlite3.Error`` for a file that
    records none."""
    versions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    head = head_from_files()
    return head is not None and versions == [head]
