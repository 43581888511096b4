"""Is a PDF that Qt says it wrote really all there?

QPdfWriter reports no write errors: on a full disk it leaves a truncated
file and ``QPainter.end()`` still returns True. A complete PDF starts with
``%PDF-``, ends with ``%%EOF``, and its ``startxref`` points at the
cross-reference table inside the file.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

_TAIL = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def pdf_is_complete(path: Path) -> bool:
    try:
        size = path.stat().st_size
        with path.open("rb") as pdf:
            if pdf.read(5) != b"%PDF-":
                return False
            pdf.seek(max(0, size - 1024))
            match = _TAIL.search(pdf.read())
            if match is None:
                return False
            offset = int(match.group(1))
            if offset >= size:
                return False
            pdf.seek(offset)
            return pdf.read(4) == b"xref"
    except OSError:
        return False


def flush_to_disk(path: Path) -> None:
    """fsync, so that a file reported as written survives a power cut (raises OSError)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def disk_is_nearly_full(path: Path, *, below: int = 1024 * 1024) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < below
    except OSError:
        return False
