"""Thunderbird's parser (ical.js, from npm) reads our feed at the right instants.

The package is installed into a temporary folder once per test session (set
ICALJS_PREFIX to a folder holding node_modules/ical.js to skip the
download). Skipped with the reason when node or npm is missing or npm
cannot install it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC as UTC_ZONE
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from ical_builders import EDGE_CASES, make_all_day, make_event

from planner.ical import FeedCalendar, render_calendar, render_single_event

SCRIPT = Path(__file__).with_name("icaljs_check.mjs")


@pytest.fixture(scope="session")
def icaljs_prefix(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: cannot run ical.js")
    given = os.environ.get("ICALJS_PREFIX")
    if given:
        return Path(given)
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot install ical.js")
    prefix = tmp_path_factory.mktemp("icaljs")
    try:
        result = subprocess.run(
            [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "ical.js"],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm install ical.js took more than 3 minutes (no network?)")
    if result.returncode != 0 or not (prefix / "node_modules" / "ical.js").is_dir():
        pytest.skip(f"npm could not install ical.js: {result.stderr.strip()[-300:]}")
    return prefix


def _read_with_icaljs(data: bytes, prefix: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    ics = tmp_path / "feed.ics"
    ics.write_bytes(data)
    result = subprocess.run(
        ["node", str(SCRIPT), str(ics), str(prefix)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return {event["uid"]: event for event in json.loads(result.stdout)}


def _iso_utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture
def icaljs_edge_events(
    edge_calendar: FeedCalendar, icaljs_prefix: Path, tmp_path: Path
) -> dict[str, dict[str, Any]]:
    return _read_with_icaljs(render_calendar(edge_calendar), icaljs_prefix, tmp_path)


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_icaljs_reads_the_same_utc_start_and_end(
    icaljs_edge_events: dict[str, dict[str, Any]], case: str
) -> None:
    event, expected_utc = EDGE_CASES[case]
    found = icaljs_edge_events[event.uid]
    assert found["start_utc"] == _iso_utc(expected_utc)
    assert isinstance(event.end, datetime)
    assert found["end_utc"] == _iso_utc(event.end.astimezone(expected_utc.tzinfo))


def test_icaljs_uses_the_track_zone_for_dubai(
    icaljs_edge_events: dict[str, dict[str, Any]],
) -> None:
    event, _expected = EDGE_CASES["dubai-summer"]
    found = icaljs_edge_events[event.uid]
    assert found["tzid"] == "Asia/Dubai"
    assert found["start_local"] == "2023-07-13T14:00:00"


def test_icaljs_reads_swedish_summaries_and_all_day_events(
    icaljs_prefix: Path, tmp_path: Path
) -> None:
    summary = "x" * 66 + "Bäckman, Söderström, Sällberg"
    timed = make_event("names", datetime(2023, 9, 1, 12, 10), summary=summary)
    weekend = make_all_day("round 5", date(2023, 9, 1), date(2023, 9, 3))
    data = render_calendar(FeedCalendar(name="x", events=(timed, weekend)))
    found = _read_with_icaljs(data, icaljs_prefix, tmp_path)
    assert found[timed.uid]["summary"] == summary
    assert found[weekend.uid]["is_date"] is True
    assert found[weekend.uid]["start_local"] == "2023-09-01"


def test_icaljs_reads_a_single_event_file(icaljs_prefix: Path, tmp_path: Path) -> None:
    event, expected_utc = EDGE_CASES["berlin-spring-0330"]
    found = _read_with_icaljs(render_single_event(event), icaljs_prefix, tmp_path)
    assert found[event.uid]["start_utc"] == _iso_utc(expected_utc)


def test_icaljs_reads_every_exported_session_with_or_without_a_length(
    demo_db: Any, icaljs_prefix: Path, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from planner.db import models
    from planner.services import feeds

    calendar = feeds.feed_events(
        demo_db, feeds.FeedSpec(name="All", all_day_events=True), home_zone="Europe/Stockholm"
    )
    read = _read_with_icaljs(render_calendar(calendar), icaljs_prefix, tmp_path)
    with demo_db.unit_of_work() as orm:
        sessions = orm.scalars(select(models.Session)).all()
        expected = {f"{row.uid}@race-planner": row.duration_minutes for row in sessions}
        weekends = {f"{row.uid}@race-planner" for row in orm.scalars(select(models.Round))}
    assert set(read) == set(expected) | weekends
    written = {event.uid: event for event in calendar.events}
    for uid, minutes in expected.items():
        assert read[uid]["start_utc"] == _iso_utc(written[uid].start.astimezone(UTC_ZONE))
        if minutes is None:  # no DTEND: ical.js ends it where it starts, as RFC 5545 says
            assert read[uid]["end_utc"] == read[uid]["start_utc"]
    assert all(read[uid]["is_date"] for uid in weekends)
