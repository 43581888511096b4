"""The .ics import's module loads neither SQLAlchemy nor the models (its reads and
writes are SQL texts: a command-line import on a file need not pay for them), and on
a server its writes still tell the listeners (PostgreSQL's NOTIFY), as ORM writes do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from planner.db.database import NOTIFY_CHANNEL, Database
from planner.services import ics_import

_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Race 1\r\n"
    b"DTSTART:20250601T120000Z\r\nDTEND:20250601T130000Z\r\nLOCATION:Hockenheimring\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_importing_the_module_loads_neither_sqlalchemy_nor_the_models() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, planner.services.ics_import\n"
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'sqlalchemy'"
            " or name in ('planner.db.models', 'planner.db.database')))",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert loaded.stdout.strip() == "[]"


@pytest.fixture
def listener(db: Database) -> Iterator[object]:
    """A connection that LISTENs on the planner's channel (PostgreSQL only)."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("change notifications are PostgreSQL's (a file has its data version)")
    import psycopg

    url = db.engine.url.set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
    yield connection
    connection.close()


def _notified(listener: object) -> bool:
    import psycopg

    assert isinstance(listener, psycopg.Connection)
    return bool(list(listener.notifies(timeout=1.0, stop_after=1)))


def test_an_import_on_a_server_notifies_listeners_and_an_unchanged_one_does_not(
    db: Database, listener: object
) -> None:
    report = ics_import.import_ics(db, _ICS, source_name="c.ics", series="Cup", year=2025)
    assert len(report.added) == 1
    assert _notified(listener)
    again = ics_import.import_ics(db, _ICS, source_name="c.ics", series="Cup", year=2025)
    assert len(again.unchanged) == 1
    assert not _notified(listener)
    dry = ics_import.import_ics(
        db, _ICS.replace(b"T120000Z", b"T123000Z"), source_name="c.ics", dry_run=True,
        series="Cup", year=2025,
    )  # fmt: skip
    assert len(dry.updated) == 1
    assert not _notified(listener)  # rolled back: nothing to hear of
