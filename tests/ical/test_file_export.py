"""`export ics` straight from a SQLite file writes what the services write.

The direct way (``feeds.file_export``: ``sqlite3``, no SQLAlchemy) runs the
same SQL texts (``feeds.rows``) and the same build as every other export; on
PostgreSQL the services run those texts through SQLAlchemy. Both must give
the same rows and the same bytes, and the direct way must step aside for
anything it does not read.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.db.database import Database
from planner.domain.errors import PlannerError
from planner.domain.kinds import SessionKind
from planner.services import catalog, feeds, rounds, sessions
from planner.services.feeds.file_export import export_file
from planner.services.feeds.rows import fetch_raw, orm_runner, sqlite_runner
from planner.services.lookup import find_track
from planner.services.sessions import NewSession
from planner.services.store_copy import copy_planner

HOME = "America/New_York"

SPECS = {
    "everything": feeds.FeedSpec(name="Everything"),
    "swedish-weekends-alarm": feeds.FeedSpec(
        name="Familj", language="sv", all_day_events=True, alarm_minutes=30
    ),
    "races-no-cancelled": feeds.FeedSpec(
        name="Races",
        kinds=frozenset({SessionKind.RACE, SessionKind.QUALIFYING}),
        include_cancelled=False,
    ),
    "broadcast-only": feeds.FeedSpec(name="TV", only_broadcast=True),
}


@pytest.fixture
def demo_file(demo_db: Database, tmp_path: Path) -> Path:
    """The demo as a SQLite file: the test's own file, or a copy of the server's demo."""
    path = demo_db.sqlite_path
    if path is not None:
        return path
    copy = Database.open(tmp_path / "copy.sqlite3")
    try:
        copy_planner(demo_db, copy)
    finally:
        copy.close()
    return tmp_path / "copy.sqlite3"


@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_direct_export_writes_the_same_bytes_as_the_services(
    demo_db: Database, demo_file: Path, tmp_path: Path, name: str
) -> None:
    spec = SPECS[name]
    direct, services = tmp_path / "direct.ics", tmp_path / "services.ics"
    count = export_file(demo_file, spec, direct, home_zone=HOME)
    result = feeds.export_feed(demo_db, spec, services, home_zone=HOME)
    assert count == result.event_count
    assert direct.read_bytes() == services.read_bytes()
    assert direct.read_bytes().count(b"BEGIN:VEVENT") >= 5


def test_sessions_at_a_change_of_the_clocks_are_rendered_as_their_events_would_be(
    demo_db: Database, tmp_path: Path
) -> None:
    """The direct export renders each session as it builds it (no event); one whose wall
    time is shown twice (written in UTC) and one across a change still come out byte
    for byte as the services' events do, with an alarm, a home zone and weekends."""
    series = catalog.list_series(demo_db)[0]
    season = catalog.add_season(demo_db, series.id, 2012)
    with demo_db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    autumn = rounds.add_round(
        demo_db, season.id, number=None, track_id=track_id,
        first_day=date(2012, 10, 27), last_day=date(2012, 10, 28),
    ).id  # fmt: skip
    spring = rounds.add_round(
        demo_db, season.id, number=None, track_id=track_id,
        first_day=date(2012, 3, 24), last_day=date(2012, 3, 25),
    ).id  # fmt: skip
    sessions.add_sessions(
        demo_db,
        autumn,
        [
            NewSession("Twice first", "test", datetime(2012, 10, 28, 2, 30), 20, is_dst=True),
            NewSession("Twice second", "race", datetime(2012, 10, 28, 2, 30), None, is_dst=False),
            NewSession("Afternoon", "race", datetime(2012, 10, 28, 14, 0), 60),
        ],
    )
    sessions.add_sessions(
        demo_db, spring, [NewSession("Night", "test", datetime(2012, 3, 25, 1, 30), 120)]
    )
    path = demo_db.sqlite_path
    if path is None:  # a server: the same data as a file
        path = tmp_path / "copy.sqlite3"
        copy = Database.open(path)
        try:
            copy_planner(demo_db, copy)
        finally:
            copy.close()
    spec = feeds.FeedSpec(name="Clocks", all_day_events=True, alarm_minutes=10)
    direct, services = tmp_path / "direct.ics", tmp_path / "services.ics"
    count = export_file(path, spec, direct, home_zone=HOME)
    result = feeds.export_feed(demo_db, spec, services, home_zone=HOME)
    assert count == result.event_count
    data = direct.read_bytes()
    assert data == services.read_bytes()
    unfolded = data.replace(b"\r\n ", b"")
    assert b"DTSTART:20121028T003000Z" in unfolded  # the first 02:30, in UTC
    assert b"DTSTART:20121028T013000Z" in unfolded  # the second
    assert b"DTSTART;TZID=Europe/Berlin:20120325T013000" in unfolded


def test_one_sql_text_gives_the_same_rows_through_sqlite3_and_through_the_orm(
    demo_db: Database, demo_file: Path
) -> None:
    spec = feeds.FeedSpec(name="Everything", all_day_events=True)
    with demo_db.unit_of_work() as orm:
        through_orm = fetch_raw(orm_runner(orm), spec)
    connection = sqlite3.connect(demo_file)
    try:
        through_sqlite3 = fetch_raw(sqlite_runner(connection), spec)
    finally:
        connection.close()
    assert through_sqlite3.sessions and through_sqlite3.results and through_sqlite3.entries
    if demo_db.sqlite_path is not None:
        assert through_sqlite3 == through_orm
    else:  # the server gives dates and times as values, SQLite as text
        assert len(through_sqlite3.sessions) == len(through_orm.sessions)
        assert [row[:4] for row in sorted(through_sqlite3.sessions)] == [
            row[:4] for row in sorted(through_orm.sessions)
        ]


@pytest.mark.sqlite_only
def test_a_file_at_another_schema_or_no_file_is_left_to_the_services(
    demo_db: Database, tmp_path: Path
) -> None:
    path = demo_db.sqlite_path
    assert path is not None
    out = tmp_path / "out.ics"
    assert export_file(tmp_path / "missing.sqlite3", feeds.FeedSpec(name="x"), out) is None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert export_file(path, feeds.FeedSpec(name="x"), out) is None
    assert not out.exists()


def test_an_unknown_home_zone_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="Mars/Olympus"):
        export_file(tmp_path / "missing.sqlite3", feeds.FeedSpec(name="x"), tmp_path / "x.ics",
                    home_zone="Mars/Olympus")  # fmt: skip


#: `planner ARGS` in a process of its own; prints whether it imported SQLAlchemy.
COMMAND = """
import sys
from planner.cli.main import main
status = main(sys.argv[1:])
print("SQLALCHEMY", "sqlalchemy" in sys.modules)
sys.exit(status)
"""


@pytest.mark.sqlite_only
def test_export_ics_of_a_file_needs_no_sqlalchemy_and_a_series_goes_through_the_services(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = demo_db.sqlite_path
    assert path is not None
    demo_db.close()
    arguments = ["--db", str(path), "export", "ics", "--lang", "sv", "--all-day", "--alarm", "15"]
    direct = tmp_path / "direct" / "feed.ics"
    done = subprocess.run(
        [sys.executable, "-c", COMMAND, *arguments, "--out", str(direct)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.rstrip().endswith("SQLALCHEMY False")
    # The same through the services (in this process, which has SQLAlchemy anyway).
    services = tmp_path / "services" / "feed.ics"
    services.parent.mkdir()
    database = Database.open(path)
    try:
        spec = feeds.FeedSpec(name="feed", language="sv", all_day_events=True, alarm_minutes=15)
        result = feeds.export_feed(database, spec, services, home_zone="Europe/Stockholm")
        saved = feeds.list_feeds(database)  # nothing saved by either way
    finally:
        database.close()
    assert saved == []
    assert direct.read_bytes() == services.read_bytes()
    assert f"Wrote {result.event_count} sessions to {direct}." in done.stdout
    # A series is matched by name by the services, with their messages.
    assert main([*arguments[:4], "--series", "No Such Series", "--out", str(direct)]) == 1
    assert "No Such Series" in capsys.readouterr().err


AWKWARD = "Pit lane; walk, with \\ backslash\r\nsecond line\rthird\x01 line\tend,"


@pytest.mark.parametrize("plain_zones", [True, False], ids=["plain-zones", "escaped-zones"])
def test_awkward_texts_come_out_of_the_per_round_memos_as_the_services_write_them(
    demo_db: Database,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    plain_zones: bool,
) -> None:
    """The direct export keeps a round's description heads and tails, its facts' start and
    members escaped, and puts times in escaped by their labels only: texts that need
    escaping anywhere (crew, notes, broadcast, stream), and zones whose abbreviations
    it is told need escaping, still give the services' bytes."""
    from planner.services import queries
    from planner.services.feeds import compose

    if not plain_zones:
        monkeypatch.setattr(compose, "shows_plain", lambda _zone: False)
    found = queries.scheduled_sessions(demo_db, queries.SessionFilter(series="GT4 Europe"))
    ids = [item.session.id for item in found]
    driver = catalog.add_driver(demo_db, "Bäck, Åsa; \\the second")
    sessions.set_session_drivers(demo_db, ids[0], [driver.id])
    sessions.set_session_drivers(demo_db, ids[1], [driver.id])
    sessions.edit_session(demo_db, ids[0], notes=AWKWARD, broadcast="TV4; Viaplay, \\late")
    sessions.edit_session(demo_db, ids[1], notes=AWKWARD, stream_url="https://x.test/a,b;c")
    sessions.edit_session(demo_db, ids[2], notes="ends with a CR\r", status="tentative")
    if demo_db.sqlite_path is None:  # a server: the same data as a file
        demo_file.unlink()
        copy = Database.open(demo_file)
        try:
            copy_planner(demo_db, copy)
        finally:
            copy.close()
    for spec, home in (
        (feeds.FeedSpec(name="Awkward, en", alarm_minutes=5), "Europe/Berlin"),
        (feeds.FeedSpec(name="Awkward; sv", language="sv", all_day_events=True), HOME),
        (feeds.FeedSpec(name="Awkward \\ no home"), None),
    ):
        direct, services = tmp_path / "direct.ics", tmp_path / "services.ics"
        export_file(demo_file, spec, direct, home_zone=home)
        feeds.export_feed(demo_db, spec, services, home_zone=home)
        assert direct.read_bytes() == services.read_bytes()
        unfolded = direct.read_bytes().replace(b"\r\n ", b"").decode()
        assert "Bäck\\, Åsa\\; \\\\the second" in unfolded
