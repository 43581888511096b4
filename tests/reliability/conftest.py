"""Fixtures of the reliability probes (helpers live in probes.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .probes import SmallDisk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / "small-disk"
    root.mkdir()
    disk = SmallDisk(root)
    yield disk
    disk.unmount()
