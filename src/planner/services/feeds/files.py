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
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
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
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageError(
            tr("Cannot write {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    return True
