"""Writing feed files atomically: a phone never downloads half a feed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from planner.domain.errors import StorageError
from planner.i18n import tr


def write_atomically(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` in one step (temp file in the same folder, then
    ``os.replace``): a phone never downloads half a feed. False if it already held ``data``."""
    return write_and_stat(path, data)[0]


def write_and_stat(path: Path, data: bytes) -> tuple[bool, os.stat_result | None]:
    """:func:`write_atomically`, and the file's stat as it holds ``data``: None when it
    may have been changed by someone else between the write (or the read that found
    ``data`` there) and the stat."""
    path = Path(path)
    try:
        before = path.stat() if path.is_file() else None
        if before is not None and before.st_size == len(data) and path.read_bytes() == data:
            after = path.stat()
            return False, after if _same_file(before, after) else None
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            Path(temporary).chmod(0o644)
            written = Path(temporary).stat()
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        # The rename moves the change time only: the same inode, size and
        # modification time mean nobody wrote to it since.
        now = path.stat()
        unchanged = (now.st_ino, now.st_size, now.st_mtime_ns) == (
            written.st_ino,
            written.st_size,
            written.st_mtime_ns,
        )
        return True, now if unchanged else None
    except OSError as error:
        raise StorageError(
            tr("Cannot write {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None


def _same_file(before: os.stat_result, after: os.stat_result) -> bool:
    return (before.st_ino, before.st_size, before.st_mtime_ns, before.st_ctime_ns) == (
        after.st_ino,
        after.st_size,
        after.st_mtime_ns,
        after.st_ctime_ns,
    )
