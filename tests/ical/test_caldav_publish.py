"""Saved feeds published to a real CalDAV server: Radicale, started by the test on a free
loopback port, read back with the caldav client and icalendar after every step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.db.database import Database
from planner.domain.kinds import SessionStatus
from planner.services import caldav_publish, feeds, sessions
from planner.services.caldav_publish import CalDavAccount, CalDavError, publish_feeds
from planner.services.feeds import FeedSpec
from radicale_server import PASSWORD, USER, RadicaleServer

pytest.importorskip("radicale")
caldav = pytest.importorskip("caldav")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RadicaleServer]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    running = RadicaleServer(folder)
    running.start()
    yield running
    running.stop()


@pytest.fixture
def planner_db(demo_db: Database) -> Database:
    feeds.create_feed(demo_db, FeedSpec(name="Family — everything", language="en"))
    return demo_db


def _account(server: RadicaleServer, password: str = PASSWORD) -> CalDavAccount:
    return CalDavAccount(server.home, USER, password)


def _expected_uids(db: Database) -> set[str]:
    feed = feeds.list_feeds(db)[0]
    return {event.uid for event in feeds.feed_events(db, feed.id).events}


def _session_uid(db: Database, session_id: int) -> str:
    """The feed event's UID of a session: its stored identifier plus the feed's domain."""
    return f"{sessions.get_session(db, session_id).uid}@{feeds.UID_DOMAIN}"


def _a_session_id(db: Database) -> int:
    feed = feeds.list_feeds(db)[0]
    with db.unit_of_work() as orm:
        from planner.db import models

        uids = {event.uid for event in feeds.feed_events(db, feed.id).events}
        rows = orm.query(models.Session).order_by(models.Session.id).all()
        row = next(row for row in rows if f"{row.uid}@{feeds.UID_DOMAIN}" in uids)
        return row.id


def test_publish_puts_every_event_of_every_feed_and_then_nothing(
    planner_db: Database, server: RadicaleServer
) -> None:
    first = publish_feeds(planner_db, _account(server))
    assert len(first) == 1
    assert first[0].created_calendar
    expected = _expected_uids(planner_db)
    assert first[0].count("added") == len(expected) > 0
    on_server = server.events("family-everything")
    assert set(on_server) == expected
    again = publish_feeds(planner_db, _account(server))
    assert again[0].changes == ()
    assert again[0].unchanged == len(expected)
    assert not again[0].created_calendar


def test_an_edit_a_cancellation_and_a_deletion_reach_the_server(
    planner_db: Database, server: RadicaleServer
) -> None:
    publish_feeds(planner_db, _account(server))
    session_id = _a_session_id(planner_db)
    uid = _session_uid(planner_db, session_id)
    before = sessions.get_session(planner_db, session_id)
    moved = before.start_wall.replace(hour=(before.start_wall.hour + 1) % 24)
    sessions.edit_session(planner_db, session_id, start_wall=moved)
    result = publish_feeds(planner_db, _account(server))[0]
    assert [(change.kind, change.uid) for change in result.changes] == [("updated", uid)]
    served = server.events("family-everything")[uid]
    start = served["DTSTART"].dt
    assert start.replace(tzinfo=None) == moved
    assert int(served["SEQUENCE"]) > 0

    sessions.edit_session(planner_db, session_id, status=SessionStatus.CANCELLED)
    result = publish_feeds(planner_db, _account(server))[0]
    assert [change.kind for change in result.changes] == ["updated"]
    assert str(server.events("family-everything")[uid]["STATUS"]) == "CANCELLED"

    sessions.delete_session(planner_db, session_id)
    result = publish_feeds(planner_db, _account(server))[0]
    assert [(change.kind, change.uid) for change in result.changes] == [("deleted", uid)]
    assert uid not in server.events("family-everything")
    assert set(server.events("family-everything")) == _expected_uids(planner_db)


def test_an_event_added_on_the_server_by_hand_stays(
    planner_db: Database, server: RadicaleServer
) -> None:
    publish_feeds(planner_db, _account(server))
    client = caldav.DAVClient(server.home, username=USER, password=PASSWORD, require_tls=False)
    calendar = client.calendar(url=server.home + "family-everything/")
    calendar.save_event(
        dtstart=datetime(2023, 9, 2, 20, 0),
        dtend=datetime(2023, 9, 2, 22, 0),
        summary="Team dinner",
        uid="dinner@family.example",
    )
    client.close()
    result = publish_feeds(planner_db, _account(server))[0]
    assert result.changes == ()
    assert "dinner@family.example" in server.events("family-everything")


def test_a_wrong_password_is_refused_with_a_message_and_changes_nothing(
    planner_db: Database, server: RadicaleServer
) -> None:
    with pytest.raises(CalDavError, match="refused the user name or password"):
        publish_feeds(planner_db, _account(server, "wrong"))
    assert not (server.folder / "collections" / "collection-root" / USER).exists() or (
        server.events("family-everything") == {}
    )


def test_a_stopped_server_gets_a_message_and_the_next_run_finishes_the_job(
    planner_db: Database, server: RadicaleServer
) -> None:
    publish_feeds(planner_db, _account(server))
    session_id = _a_session_id(planner_db)
    uid = _session_uid(planner_db, session_id)
    sessions.delete_session(planner_db, session_id)
    server.stop()
    with pytest.raises(CalDavError, match="Could not reach the calendar server"):
        publish_feeds(planner_db, _account(server))
    server.start()
    assert uid in server.events("family-everything")  # nothing half-done meanwhile
    result = publish_feeds(planner_db, _account(server))[0]
    assert [(change.kind, change.uid) for change in result.changes] == [("deleted", uid)]
    assert set(server.events("family-everything")) == _expected_uids(planner_db)


def test_an_event_changed_on_the_server_meanwhile_is_left_and_reported(
    planner_db: Database, server: RadicaleServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish_feeds(planner_db, _account(server))
    session_id = _a_session_id(planner_db)
    uid = _session_uid(planner_db, session_id)
    sessions.edit_session(planner_db, session_id, name="Free Practice (moved)")
    real = caldav_publish._server_objects

    def stale(connection: object, url: str) -> list[object]:
        # as if someone else wrote the event between our read and our write
        found = real(connection, url)  # type: ignore[arg-type]
        return [
            item if item.uid != uid else type(item)(item.href, '"stale"', item.uid, item.digest)
            for item in found
        ]

    monkeypatch.setattr(caldav_publish, "_server_objects", stale)
    result = publish_feeds(planner_db, _account(server))[0]
    assert result.conflicts == (uid,)
    assert "moved" not in str(server.events("family-everything")[uid]["SUMMARY"])
    monkeypatch.setattr(caldav_publish, "_server_objects", real)
    result = publish_feeds(planner_db, _account(server))[0]
    assert [change.uid for change in result.changes] == [uid]
    assert "moved" in str(server.events("family-everything")[uid]["SUMMARY"])


def test_cli_publishes_with_a_password_file(
    planner_db: Database, server: RadicaleServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password_file = tmp_path / "caldav-password"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    args = ["--db", planner_db.location, "export", "feeds", "--caldav", server.home]
    args += ["--user", USER, "--password-file", str(password_file)]
    assert main(args) == 0
    out = capsys.readouterr().out
    count = len(_expected_uids(planner_db))
    assert f"{count} added, 0 updated, 0 deleted, 0 unchanged" in out
    assert main(args) == 0
    assert f"0 added, 0 updated, 0 deleted, {count} unchanged" in capsys.readouterr().out


def test_cli_without_a_password_says_how_to_give_one(
    planner_db: Database, server: RadicaleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", planner_db.location, "export", "feeds", "--caldav", server.home, "--user", USER]
    assert main(args) == 1
    assert "--password-file" in capsys.readouterr().err
