"""Helpers for the probes that run the planner in other processes (kill, race, fill the disk)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
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
            done = subprocess.run(["umount", str(self.root)], capture_output=True, timeout=20)
            if done.returncode != 0:  # still busy (a failed test's open file): detach it
                subprocess.run(["umount", "-l", str(self.root)], capture_output=True, timeout=20)
            self.mounted = False


def _file_state(path: Path) -> tuple[tuple[int, int] | None, ...]:
    states = []
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-journal"))):
        try:
            info = candidate.stat()
            states.append((info.st_mtime_ns, info.st_size))
        except FileNotFoundError:
            states.append(None)
    return tuple(states)


def _start_and_wait(command: list[str], started: Callable[[], bool]) -> subprocess.Popen[bytes]:
    """Start ``command``; return once ``started()`` holds (or the command has ended)."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_environment()
    )
    while process.poll() is None and not started():
        time.sleep(0.002)
    return process


def writing_begins(watched: Path) -> Callable[[], bool]:
    """True from the first change to ``watched`` or its WAL/journal."""
    before = _file_state(watched)
    return lambda: _file_state(watched) != before


def write_window(command: list[str], started: Callable[[], bool]) -> float:
    """Seconds from ``started()`` to the end of the run: the window to kill in."""
    process = _start_and_wait(command, started)
    since = time.perf_counter()
    assert process.wait(timeout=120) == 0, command
    return max(time.perf_counter() - since, 0.01)


def kill_after(command: list[str], started: Callable[[], bool], delay: float) -> int | None:
    """SIGKILL ``command`` ``delay`` seconds after ``started()``; its status if it ended first."""
    process = _start_and_wait(command, started)
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return None


def kill_moments(window: float, *, seed: int) -> list[float]:
    """Random moments across the write window (and a little past it).

    RELIABILITY_KILLS raises how many (default 3); the seed keeps a run repeatable.
    """
    count = int(os.environ.get("RELIABILITY_KILLS", "3"))
    chooser = random.Random(int(os.environ.get("RELIABILITY_SEED", "0")) + seed)
    return sorted(chooser.uniform(0.0, window * 1.1) for _ in range(count))


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def scalar(path: Path, sql: str, *parameters: object) -> object:
    with sqlite3.connect(path) as connection:
        row = connection.execute(sql, parameters).fetchone()
    return None if row is None else row[0]


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
