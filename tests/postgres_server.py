"""A private PostgreSQL server for the tests (Debian's ``postgresql`` package): initdb into
a temporary folder, started with pg_ctl on a free loopback port, stopped at the end. As
root the server runs as the ``postgres`` user, as PostgreSQL insists."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_binaries() -> Path | None:
    """The folder with initdb and pg_ctl, or None where PostgreSQL is not installed."""
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class PostgresServer:
    def __init__(self) -> None:
        binaries = server_binaries()
        if binaries is None:
            raise FileNotFoundError("PostgreSQL's initdb is not installed")
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="race-planner-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.running = False

    def _as_server_user(self, command: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return command

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        if not self.data.exists():
            subprocess.run(
                self._as_server_user(
                    [
                        str(self.binaries / "initdb"),
                        "-D",
                        str(self.data),
                        "-A",
                        "trust",
                        "-U",
                        "planner",
                        "--no-sync",
                        "-E",
                        "UTF8",
                        "--locale",
                        "C",
                    ]
                ),
                check=True,
                capture_output=True,
            )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            self._as_server_user(
                [
                    str(self.binaries / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(self.folder / "server.log"),
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self.running = True

    def stop(self) -> None:
        if self.running:
            subprocess.run(
                self._as_server_user(
                    [
                        str(self.binaries / "pg_ctl"),
                        "-D",
                        str(self.data),
                        "-m",
                        "fast",
                        "-w",
                        "stop",
                    ]
                ),
                check=False,
                capture_output=True,
            )
            self.running = False

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://planner@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database on this server; its SQLAlchemy URL."""
        return self._create_database("")

    def copy_database(self, template_url: str) -> str:
        """A fresh database made from another one (CREATE DATABASE … TEMPLATE)."""
        template = template_url.rsplit("/", 1)[1]
        return self._create_database(f' TEMPLATE "{template}"')

    def _create_database(self, clause: str) -> str:
        import psycopg

        name = "planner_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=planner dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)
