"""Helpers for the probes that run the planner in other processes (kill, race, fill the disk)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PYTHON = sys.executable


def planner_command(*arguments: str) -> list[str]:
    return [PYTHON, "-m", "planner", *arguments]


def child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("RACE_PLANNER_DB", None)
    return environment


def run_planner(*arguments: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        planner_command(*arguments),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_environment(),
        check=False,
    )


def _mount(kind: str, target: Path, options: str) -> str | None:
    """Mount, returning None, or the reason it cannot be done here."""
    if os.geteuid() != 0:
        return "mounting a file system needs root"
    try:
        result = subprocess.run(
            ["mount", "-t", kind, "-o", options, kind, str(target)],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"mount failed: {error}"
    if result.returncode != 0:
        return f"mount failed: {result.stderr.strip()}"
    return None


class SmallDisk:
    """A tmpfs of a chosen size: a real full disk, as users get one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mounted = False

    def mount(self, size_kb: int) -> Path:
        self.unmount()
        reason = _mount("tmpfs", self.root, f"size={size_kb}k")
        if reason is not None:
            pytest.skip(f"no small disk to fill on this machine ({reason})")
        self.mounted = True
        return self.root

    def remount(self, options: str) -> None:
        subprocess.run(
            ["mount", "-o", f"remount,{options}", str(self.root)], check=True, timeout=20
        )

    def unmount(self) -> None:
        if self.mounted:
            subprocess.run(["umount", str(self.root)], check=False, timeout=20)
            self.mounted = False
