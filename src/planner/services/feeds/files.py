"""Writing feed files: atomically (a phone never downloads half a feed), and their addresses."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import quote, urlsplit

from planner.domain.errors import StorageError, ValidationError
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


def published_urls(base_url: str, file_name: str) -> tuple[str, str]:
    """(``webcal://...``, ``https://...``) of a feed published under ``base_url``.

    webcal opens the subscribe dialog on Apple and desktop apps; the https
    form is for copy-paste (Google "From URL"). A base without a scheme is
    taken as https; an http base stays http.
    """
    base = base_url.strip()
    if not base:
        raise ValidationError(tr("Give the public address of the feed folder."))
    if "://" not in base:
        base = f"https://{base}"
    parts = urlsplit(base)
    scheme = parts.scheme.lower()
    if scheme == "webcal":
        scheme = "https"
    if scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(tr("“{url}” is not a web address (https://…).").format(url=base_url))
    rest = f"{parts.netloc}{parts.path.rstrip('/')}/{quote(file_name)}"
    return f"webcal://{rest}", f"{scheme}://{rest}"
