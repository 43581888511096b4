"""A private Radicale CalDAV server for the tests: one user, a free loopback port, its
collections in a temporary folder; started and stopped by the test itself."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import icalendar

USER = "family"
PASSWORD = "paddock-4-life"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RadicaleServer:
    """A private Radicale with one user, its collections in a temporary folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        self.config = folder / "config"
        self.config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def home(self) -> str:
        return f"http://127.0.0.1:{self.port}/{USER}/"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def events(self, calendar: str) -> dict[str, icalendar.Event]:
        """UID -> VEVENT of every event in one calendar, as the server serves them."""
        import caldav

        client = caldav.DAVClient(self.home, username=USER, password=PASSWORD, require_tls=False)
        try:
            found = client.calendar(url=self.home + calendar + "/").events()
            result = {}
            for item in found:
                parsed = icalendar.Calendar.from_ical(item.data)
                for event in parsed.walk("VEVENT"):
                    result[str(event["UID"])] = event
            return result
        finally:
            client.close()
