"""Planners that several people (windows, processes) open at once in the tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.db.database import Database
from postgres_server import PostgresServer


def demo_planner_on(store: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new planner holding the demo seasons, as a file or on the test PostgreSQL server
    (``store``: "sqlite" or "postgresql"), for tests where several people share one."""
    from planner.demo import build_demo
    from planner.services.tracks import install_circuit_library

    if store == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        target = server.new_database()
    else:
        target = str(tmp_path / "shared.sqlite3")
    database = Database.open(target)
    install_circuit_library(database)
    build_demo(database)
    database.close()
    return target


def race_writers(commands: list[list[str]]) -> int:
    """Start every writer at once (each its own process, from the same revision) and check
    that exactly one stored its edit and every other was refused as someone else's change.
    Returns the index of the writer whose edit was stored."""
    environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
    writers = [
        subprocess.Popen(
            [sys.executable, *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for command in commands
    ]
    results = [(writer.wait(timeout=120), *writer.communicate()) for writer in writers]
    stored = [index for index, (status, _out, _err) in enumerate(results) if status == 0]
    refused = [index for index, (status, _out, _err) in enumerate(results) if status == 1]
    assert len(stored) == 1, results
    assert len(refused) == len(commands) - 1, results
    for index in refused:
        assert "changed by someone else" in results[index][2]
    return stored[0]
