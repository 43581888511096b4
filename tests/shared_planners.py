"""Planners that several people (windows, processes) open at once in the tests."""

from __future__ import annotations

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
