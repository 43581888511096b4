"""Feeds from the planner's sessions, read back by independent parsers.

icalendar (khal) and vobject (Radicale) read every exported file; ical.js
(Thunderbird) too when node is available. Times are checked as instants
(UTC) and as the track's local time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import pytz
import vobject
from ical_builders import physical_lines, unfolded
from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, feeds, queries, rounds, sessions
from planner.services.lookup import find_track
from planner.services.sessions import NewSession

UTC = pytz.utc
HOME = "Europe/Stockholm"
GT4_HOCKENHEIM_UTC = {
    "Free Practice 1": datetime(2023, 9, 1, 10, 10, tzinfo=UTC),
    "Free Practice 2": datetime(2023, 9, 1, 15, 0, tzinfo=UTC),
    "Qualifying 1": datetime(2023, 9, 2, 9, 10, tzinfo=UTC),
    "Qualifying 2": datetime(2023, 9, 2, 9, 30, tzinfo=UTC),
    "Race 1": datetime(2023, 9, 2, 14, 55, tzinfo=UTC),
    "Race 2": datetime(2023, 9, 3, 9, 35, tzinfo=UTC),
}
TRICKY = "Pit lane; walk, with \\ backslash\nand a second line"


def _spec(db: Database, **choice: Any) -> feeds.FeedSpec:
    names = {key: choice.pop(key) for key in ("series", "year", "drivers") if key in choice}
    series_ids, season_ids, driver_ids = feeds.resolve_choice(db, **names)
    return feeds.FeedSpec(
        name=choice.pop("name", "Test feed"),
        series_ids=series_ids,
        season_ids=season_ids,
        driver_ids=driver_ids,
        **choice,
    )


def _export(db: Database, feed: feeds.FeedChoice, path: Path) -> bytes:
    feeds.export_feed(db, feed, path, home_zone=HOME)
    return path.read_bytes()


def _icalendar_events(data: bytes) -> list[Any]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _vobject_events(data: bytes) -> list[Any]:
    return list(vobject.readOne(data.decode("utf-8")).vevent_list)


def _session_name(summary: str) -> str:
    """'Hockenheim · Race 1 — Jessica, Andreas' -> 'Race 1'."""
    return summary.split(" · ", 1)[1].split(" — ")[0]


def _by_uid(data: bytes) -> dict[str, Any]:
    return {str(event["UID"]): event for event in _icalendar_events(data)}


def _gt4_session(db: Database, name: str) -> int:
    for item in queries.scheduled_sessions(db, queries.SessionFilter(series="GT4 Europe")):
        if item.session.name == name:
            return item.session.id
    raise AssertionError(name)


@pytest.fixture
def gt4_feed(demo_db: Database, tmp_path: Path) -> bytes:
    spec = _spec(demo_db, name="GT4 2023", series="GT4 Europe", year=2023, alarm_minutes=30)
    return _export(demo_db, spec, tmp_path / "gt4.ics")


@pytest.fixture
def jessica_feed(demo_db: Database, tmp_path: Path) -> bytes:
    spec = _spec(demo_db, name="Jessica", drivers=["Jessica Bäckman"])
    return _export(demo_db, spec, tmp_path / "jessica.ics")


# --- the demo feeds in independent parsers ------------------------------------------


def test_gt4_feed_in_icalendar_has_every_session_at_the_right_instant(gt4_feed: bytes) -> None:
    found = {
        _session_name(str(event["SUMMARY"])): event.decoded("DTSTART")
        for event in _icalendar_events(gt4_feed)
    }
    assert {name: start.astimezone(UTC) for name, start in found.items()} == GT4_HOCKENHEIM_UTC
    assert found["Free Practice 1"].strftime("%H:%M") == "12:10"  # wall time at Hockenheim


def test_gt4_feed_in_vobject_has_every_session_at_the_right_instant(gt4_feed: bytes) -> None:
    found = {
        _session_name(event.summary.value): event.dtstart.value
        for event in _vobject_events(gt4_feed)
    }
    assert {name: start.astimezone(UTC) for name, start in found.items()} == GT4_HOCKENHEIM_UTC
    assert all(start.tzinfo is not None for start in found.values())


def test_jessicas_feed_has_only_the_sessions_she_drives(jessica_feed: bytes) -> None:
    for events, summary in (
        (_icalendar_events(jessica_feed), lambda event: str(event["SUMMARY"])),
        (_vobject_events(jessica_feed), lambda event: event.summary.value),
    ):
        names = {_session_name(summary(event)) for event in events}
        assert names == {"Free Practice 1", "Free Practice 2", "Race 1", "Race 2"}
    starts = {
        _session_name(str(event["SUMMARY"])): event.decoded("DTSTART").astimezone(UTC)
        for event in _icalendar_events(jessica_feed)
    }
    assert starts["Race 1"] == GT4_HOCKENHEIM_UTC["Race 1"]


def test_lock_screen_summary_names_track_session_and_first_names(gt4_feed: bytes) -> None:
    summaries = {str(event["SUMMARY"]) for event in _icalendar_events(gt4_feed)}
    assert "Hockenheim · Race 1 — Jessica, Andreas" in summaries
    assert "Hockenheim · Qualifying 1" in summaries  # who drives it was never published


def test_every_tzid_has_its_vtimezone(gt4_feed: bytes, jessica_feed: bytes) -> None:
    for data in (gt4_feed, jessica_feed):
        text = data.decode()
        used = set(re.findall(r";TZID=([^:;]+):", text))
        defined = set(re.findall(r"^TZID:(.+)\r$", text, flags=re.MULTILINE))
        assert used and used == defined


def test_event_has_location_geo_description_url_and_categories(demo_db: Database) -> None:
    calendar = feeds.feed_events(demo_db, _spec(demo_db, series="GT4 Europe"), home_zone=HOME)
    race = next(event for event in calendar.events if "Race 1" in event.summary)
    assert race.location == "Hockenheimring, Hockenheim, Germany"
    assert race.geo is not None and abs(race.geo[0] - 49.33) < 0.01
    assert race.tzid == "Europe/Berlin"
    assert race.categories == ("GT4 Europe", "Race")
    for part in (
        "GT4 European Series 2023 - Round 5 - Hockenheimring",
        "Drivers: Jessica → Andreas",
        "Car: Aston Martin AMR Vantage GT4, GT4",
        "Track time: Sat 2 Sep 2023 16:55-17:55 CEST",
        "Home time (Europe/Stockholm): Sat 2 Sep 2023 16:55-17:55 CEST",
        "Broadcast: LIVE TV",
        "Notes: Driver change in the middle of the race",
    ):
        assert part in race.description
    endurance = feeds.feed_events(demo_db, _spec(demo_db, series="24H Series"))
    assert all(event.url for event in endurance.events)  # the series' live timing


def test_session_of_unknown_length_has_no_dtend_and_says_so(
    demo_db: Database, tmp_path: Path
) -> None:
    data = _export(demo_db, _spec(demo_db, series="24H Series"), tmp_path / "24h.ics")
    events = _icalendar_events(data)
    unknown = [event for event in events if "Length not published." in str(event["DESCRIPTION"])]
    assert len(unknown) == 2
    for event in unknown:
        # RFC 5545 3.8.2.2 forbids DTEND equal to DTSTART: no DTEND, no DURATION.
        assert "DTEND" not in event and "DURATION" not in event
        assert event.decoded("DTSTART").tzinfo is not None
    known = [event for event in events if event not in unknown]
    assert known and all(event.decoded("DTEND") > event.decoded("DTSTART") for event in known)


def test_calendar_has_name_description_refresh_and_no_organizer(gt4_feed: bytes) -> None:
    lines = unfolded(gt4_feed)
    assert "X-WR-CALNAME:GT4 2023" in lines
    assert "NAME:GT4 2023" in lines
    assert any(line.startswith("X-WR-CALDESC:") for line in lines)
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT2H" in lines
    assert "X-PUBLISHED-TTL:PT2H" in lines
    assert "METHOD:PUBLISH" in lines
    assert not any(line.startswith(("ORGANIZER", "ATTENDEE")) for line in lines)


def test_alarm_of_the_feed_is_on_every_session(gt4_feed: bytes) -> None:
    for event in _icalendar_events(gt4_feed):
        alarms = [component for component in event.subcomponents if component.name == "VALARM"]
        assert len(alarms) == 1
        assert alarms[0].decoded("TRIGGER") == -timedelta(minutes=30)


def test_crlf_and_folding_by_octets_never_inside_a_character(
    demo_db: Database, tmp_path: Path
) -> None:
    driver = catalog.add_driver(demo_db, "Åsa-Öllegård Söderström-Bäckmanström")
    session_id = _gt4_session(demo_db, "Race 1")
    sessions.set_session_drivers(demo_db, session_id, [driver.id])
    sessions.edit_session(demo_db, session_id, notes="Bäckman " * 40)
    data = _export(demo_db, _spec(demo_db, series="GT4 Europe"), tmp_path / "long.ics")
    assert data.count(b"\n") == data.count(b"\r\n")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # a character split by folding would not decode
    physical_lines(data)
    event = next(e for e in _vobject_events(data) if "Race 1" in e.summary.value)
    assert "Bäckman " * 40 in event.description.value.replace("\n", " ") + " "


def test_commas_semicolons_backslashes_and_newlines_round_trip(
    demo_db: Database, tmp_path: Path
) -> None:
    session_id = _gt4_session(demo_db, "Race 2")
    sessions.edit_session(demo_db, session_id, name=TRICKY.replace("\n", " "), notes=TRICKY)
    data = _export(demo_db, _spec(demo_db, series="GT4 Europe"), tmp_path / "tricky.ics")
    raw = data.decode()
    assert "Pit lane\\; walk\\, with \\\\ backslash" in raw
    summaries_ical = [str(event["SUMMARY"]) for event in _icalendar_events(data)]
    summaries_vobject = [event.summary.value for event in _vobject_events(data)]
    expected = "Hockenheim · " + TRICKY.replace("\n", " ") + " — Jessica, Andreas"
    assert expected in summaries_ical
    assert expected in summaries_vobject
    descriptions = [event.description.value for event in _vobject_events(data)]
    assert any(f"Notes: {TRICKY}" in text for text in descriptions)


# --- identity, revisions, states ---------------------------------------------------


def test_uids_are_stable_and_an_unchanged_reexport_is_identical(
    demo_db: Database, tmp_path: Path
) -> None:
    spec = _spec(demo_db, series="GT4 Europe")
    first = _export(demo_db, spec, tmp_path / "one.ics")
    second = _export(demo_db, spec, tmp_path / "two.ics")
    assert first == second
    uids = set(_by_uid(first))
    assert len(uids) == 6
    assert all(re.fullmatch(r"[0-9a-f-]{36}@race-planner", uid) for uid in uids)


def test_an_edit_raises_sequence_and_keeps_other_dtstamps(
    demo_db: Database, tmp_path: Path
) -> None:
    spec = _spec(demo_db, series="GT4 Europe")
    before = _by_uid(_export(demo_db, spec, tmp_path / "before.ics"))
    race = sessions.edit_session(
        demo_db, _gt4_session(demo_db, "Race 1"), start_wall=datetime(2023, 9, 2, 17, 55)
    )
    after = _by_uid(_export(demo_db, spec, tmp_path / "after.ics"))
    assert before.keys() == after.keys()
    uid = f"{race.uid}@race-planner"
    assert int(after[uid]["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + 1
    assert after[uid].decoded("DTSTART").astimezone(UTC) == datetime(2023, 9, 2, 15, 55, tzinfo=UTC)
    for other in before.keys() - {uid}:
        assert after[other].decoded("DTSTAMP") == before[other].decoded("DTSTAMP")
        assert int(after[other]["SEQUENCE"]) == int(before[other]["SEQUENCE"])


def test_cancelled_session_is_kept_as_cancelled_in_english_and_swedish(
    demo_db: Database, tmp_path: Path
) -> None:
    race = sessions.edit_session(demo_db, _gt4_session(demo_db, "Race 2"), status="cancelled")
    uid = f"{race.uid}@race-planner"
    for language, word in (("en", "Cancelled: "), ("sv", "Inställt: ")):
        spec = _spec(demo_db, series="GT4 Europe", language=language, alarm_minutes=10)
        event = _by_uid(_export(demo_db, spec, tmp_path / f"{language}.ics"))[uid]
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["SUMMARY"]).startswith(word + "Hockenheim · Race 2")
        assert not [part for part in event.subcomponents if part.name == "VALARM"]
    left_out = _spec(demo_db, series="GT4 Europe", include_cancelled=False)
    assert uid not in _by_uid(_export(demo_db, left_out, tmp_path / "without.ics"))


def test_unconfirmed_time_is_tentative(demo_db: Database, tmp_path: Path) -> None:
    race = sessions.edit_session(demo_db, _gt4_session(demo_db, "Race 1"), status="tentative")
    event = _by_uid(_export(demo_db, _spec(demo_db), tmp_path / "all.ics"))[
        f"{race.uid}@race-planner"
    ]
    assert str(event["STATUS"]) == "TENTATIVE"
    assert "Time not confirmed yet." in str(event["DESCRIPTION"])


def test_swedish_feed_has_swedish_texts(demo_db: Database) -> None:
    spec = _spec(demo_db, series="GT4 Europe", language="sv")
    calendar = feeds.feed_events(demo_db, spec, home_zone=HOME)
    race = next(event for event in calendar.events if "Race 1" in event.summary)
    assert "Deltävling 5" in race.description
    assert "Förare: Jessica → Andreas" in race.description
    assert "Tid vid banan: lör 2 sep 2023 16:55-17:55 CEST" in race.description
    assert "Hemmatid (Europe/Stockholm)" in race.description
    assert race.categories == ("GT4 Europe", "Race")
    practice = next(event for event in calendar.events if "Practice 1" in event.summary)
    assert practice.categories[1] == "Träning"
    assert "Tiderna gäller" in calendar.description


def test_kinds_and_broadcast_filters(demo_db: Database) -> None:
    sessions.edit_session(demo_db, _gt4_session(demo_db, "Free Practice 1"), broadcast="")
    kinds = feeds.parse_kinds("qualifying,race")
    calendar = feeds.feed_events(demo_db, _spec(demo_db, series="GT4 Europe", kinds=kinds))
    assert {_session_name(event.summary) for event in calendar.events} == {
        "Qualifying 1", "Qualifying 2", "Race 1", "Race 2",
    }  # fmt: skip
    on_tv = feeds.feed_events(demo_db, _spec(demo_db, series="GT4 Europe", only_broadcast=True))
    assert "Free Practice 1" not in {_session_name(event.summary) for event in on_tv.events}
    assert len(on_tv.events) == 5


def test_all_day_weekend_event_has_dates_with_an_exclusive_end(
    demo_db: Database, tmp_path: Path
) -> None:
    spec = _spec(demo_db, series="GT4 Europe", all_day_events=True)
    data = _export(demo_db, spec, tmp_path / "weekends.ics")
    events = _icalendar_events(data)
    weekend = [event for event in events if "X-RACE-PLANNER-WEEKEND" in event]
    with demo_db.unit_of_work() as orm:
        season_rounds = orm.scalars(
            select(models.Round)
            .join(models.Season)
            .join(models.Series)
            .where(models.Series.short_name == "GT4 Europe")
        ).all()
        round_uids = {f"{row.uid}@race-planner" for row in season_rounds}
        with_sessions = [row for row in season_rounds if row.sessions]
    # Every round with dates, with sessions or not, under its own stored UUID.
    assert len(season_rounds) > len(with_sessions) >= 1
    assert {str(event["UID"]) for event in weekend} == round_uids
    hockenheim = next(e for e in weekend if e.decoded("DTSTART") == date(2023, 9, 1))
    assert hockenheim.decoded("DTEND") == date(2023, 9, 4)
    assert "DTSTART;VALUE=DATE:20230901" in unfolded(data)


# --- other zones and DST days --------------------------------------------------------


def _round_at(db: Database, track: str, first: date, last: date) -> int:
    series = catalog.add_series(db, "Test Cup", short_name="TC")
    season = catalog.add_season(db, series.id, first.year)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, track).id
    return rounds.add_round(db, season.id, number=None, track_id=track_id,
                            first_day=first, last_day=last).id  # fmt: skip


def test_session_in_dubai_is_in_dubai_time(db: Database, tmp_path: Path) -> None:
    round_id = _round_at(db, "Dubai Autodrome", date(2024, 1, 12), date(2024, 1, 14))
    sessions.add_session(
        db, round_id, NewSession("Race", "race", datetime(2024, 1, 13, 14, 0), 720)
    )
    data = _export(db, _spec(db), tmp_path / "dubai.ics")
    assert "DTSTART;TZID=Asia/Dubai:20240113T140000" in unfolded(data)
    assert "TZID:Asia/Dubai" in unfolded(data)
    (event,) = _icalendar_events(data)
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2024, 1, 13, 10, 0, tzinfo=UTC)
    (other,) = _vobject_events(data)
    assert other.dtend.value.astimezone(UTC) == datetime(2024, 1, 13, 22, 0, tzinfo=UTC)
    assert "Dubai Autodrome, Dubai" in str(event["LOCATION"])


def test_sessions_on_dst_change_days(db: Database, tmp_path: Path) -> None:
    spring = _round_at(db, "Hockenheim", date(2023, 3, 25), date(2023, 3, 26))
    sessions.add_sessions(
        db,
        spring,
        [
            NewSession("Night", "test", datetime(2023, 3, 26, 1, 30), 120),  # across the change
            NewSession("Morning", "race", datetime(2023, 3, 26, 10, 0), 60),
        ],
    )
    series = catalog.list_series(db)[0]
    autumn_season = catalog.add_season(db, series.id, 2022)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, "Hockenheim").id
    autumn = rounds.add_round(
        db, autumn_season.id, number=None, track_id=track_id,
        first_day=date(2022, 10, 29), last_day=date(2022, 10, 30),
    ).id  # fmt: skip
    sessions.add_sessions(
        db,
        autumn,
        [
            NewSession("Twice first", "test", datetime(2022, 10, 30, 2, 30), 20, is_dst=True),
            NewSession("Twice second", "test", datetime(2022, 10, 30, 2, 30), 20, is_dst=False),
            NewSession("Afternoon", "race", datetime(2022, 10, 30, 14, 0), 60),
        ],
    )
    data = _export(db, _spec(db), tmp_path / "dst.ics")
    expected = {
        "Night": (
            datetime(2023, 3, 26, 0, 30, tzinfo=UTC),
            datetime(2023, 3, 26, 2, 30, tzinfo=UTC),
        ),
        "Morning": (
            datetime(2023, 3, 26, 8, 0, tzinfo=UTC),
            datetime(2023, 3, 26, 9, 0, tzinfo=UTC),
        ),
        "Twice first": (datetime(2022, 10, 30, 0, 30, tzinfo=UTC), None),
        "Twice second": (datetime(2022, 10, 30, 1, 30, tzinfo=UTC), None),
        "Afternoon": (datetime(2022, 10, 30, 13, 0, tzinfo=UTC), None),
    }
    found_ical = {_session_name(str(event["SUMMARY"])): event for event in _icalendar_events(data)}
    found_vobject = {_session_name(event.summary.value): event for event in _vobject_events(data)}
    for name, (start, end) in expected.items():
        assert found_ical[name].decoded("DTSTART").astimezone(UTC) == start, name
        assert found_vobject[name].dtstart.value.astimezone(UTC) == start, name
        if end is not None:
            assert found_ical[name].decoded("DTEND").astimezone(UTC) == end, name
    assert "DTSTART;TZID=Europe/Berlin:20230326T013000" in unfolded(data)
    assert "DTEND;TZID=Europe/Berlin:20230326T043000" in unfolded(data)


# --- saved feeds, what changed, files -----------------------------------------------


def test_saved_feed_crud(demo_db: Database) -> None:
    spec = _spec(demo_db, name="Jessica — qualifying and races", drivers=["Jessica"],
                 kinds=feeds.parse_kinds("qualifying,race"), alarm_minutes=30)  # fmt: skip
    created = feeds.create_feed(demo_db, spec)
    assert created.file_name == "jessica-qualifying-and-races.ics"
    assert created.drivers[0][1] == "Jessica Bäckman"
    assert created.spec == spec.__class__(**{**spec.__dict__, "file_name": created.file_name})
    with pytest.raises(Exception, match="already a feed"):
        feeds.create_feed(demo_db, spec)
    edited = feeds.edit_feed(demo_db, created.id, feeds.FeedSpec(name="Family", language="sv"))
    assert (edited.name, edited.language, edited.drivers) == ("Family", "sv", ())
    assert [view.name for view in feeds.list_feeds(demo_db)] == ["Family"]
    assert feeds.find_feed(demo_db, "family").id == created.id
    removed = feeds.delete_feed(demo_db, created.id)
    assert feeds.list_feeds(demo_db) == []
    assert feeds.create_feed(demo_db, removed.spec).name == "Family"


def test_what_changed_lists_moved_and_cancelled_sessions(demo_db: Database, tmp_path: Path) -> None:
    feed = feeds.create_feed(demo_db, _spec(demo_db, name="Family", series="GT4 Europe"))
    first = feeds.export_feed(demo_db, feed.id, tmp_path / "family.ics", home_zone=HOME)
    assert first.first_export and len(first.changes_of("added")) == 6
    sessions.edit_session(
        demo_db, _gt4_session(demo_db, "Race 1"), start_wall=datetime(2023, 9, 2, 17, 55)
    )
    sessions.edit_session(demo_db, _gt4_session(demo_db, "Race 2"), status="cancelled")
    second = feeds.export_feed(demo_db, feed.id, tmp_path / "family.ics", home_zone=HOME)
    assert not second.first_export
    assert [change.kind for change in second.changes] == ["moved", "cancelled"]
    moved = second.changes[0]
    assert moved.old_start_utc == datetime(2023, 9, 2, 14, 55, tzinfo=UTC)
    assert moved.start_utc == datetime(2023, 9, 2, 15, 55, tzinfo=UTC)
    assert second.changes[1].summary.startswith("Cancelled: ")
    third = feeds.export_feed(demo_db, feed.id, tmp_path / "family.ics", home_zone=HOME)
    assert third.changes == () and not third.written
    sessions.delete_session(demo_db, _gt4_session(demo_db, "Free Practice 2"))
    fourth = feeds.export_feed(demo_db, feed.id, tmp_path / "family.ics", home_zone=HOME)
    assert [change.kind for change in fourth.changes] == ["removed"]
    assert feeds.get_feed(demo_db, feed.id).last_exported_utc is not None


def test_export_all_feeds_writes_each_file_atomically(demo_db: Database, tmp_path: Path) -> None:
    feeds.create_feed(demo_db, _spec(demo_db, name="Family"))
    feeds.create_feed(demo_db, _spec(demo_db, name="Grandparents", only_broadcast=True))
    folder = tmp_path / "public"
    results = feeds.export_all_feeds(demo_db, folder, home_zone=HOME)
    assert sorted(path.name for path in folder.iterdir()) == ["family.ics", "grandparents.ics"]
    assert {result.feed_name for result in results} == {"Family", "Grandparents"}
    assert all(path.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") for path in folder.iterdir())


def test_published_urls() -> None:
    assert feeds.published_urls("https://example.org/race/", "family feed.ics") == (
        "webcal://example.org/race/family%20feed.ics",
        "https://example.org/race/family%20feed.ics",
    )
    assert feeds.published_urls("example.org", "a.ics")[1] == "https://example.org/a.ics"
    with pytest.raises(Exception, match="not a web address"):
        feeds.published_urls("ftp://example.org", "a.ics")


def test_one_event_file_has_no_calendar_name(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "race1.ics"
    event = feeds.single_event_file(
        demo_db, _gt4_session(demo_db, "Race 1"), path, language="sv", home_zone=HOME
    )
    data = path.read_bytes()
    assert not any(line.startswith(("X-WR-CALNAME", "NAME:")) for line in unfolded(data))
    (found,) = _icalendar_events(data)
    assert str(found["UID"]) == event.uid
    assert found.decoded("DTSTART").astimezone(UTC) == GT4_HOCKENHEIM_UTC["Race 1"]


# --- Thunderbird's parser ----------------------------------------------------------


@pytest.fixture(scope="module")
def icaljs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with node_modules/ical.js (ICALJS_PREFIX, or installed with npm once)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: cannot run ical.js")
    given = os.environ.get("ICALJS_PREFIX")
    if given:
        return Path(given)
    prefix = tmp_path_factory.mktemp("icaljs-feeds")
    result = subprocess.run(
        ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "ical.js"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"npm could not install ical.js: {result.stderr.strip()[-200:]}")
    return prefix


@pytest.mark.parametrize("feed_name", ["gt4", "jessica"])
def test_icaljs_reads_the_demo_feeds_at_the_right_times(
    feed_name: str, gt4_feed: bytes, jessica_feed: bytes, icaljs: Path, tmp_path: Path
) -> None:
    data = {"gt4": gt4_feed, "jessica": jessica_feed}[feed_name]
    path = tmp_path / "feed.ics"
    path.write_bytes(data)
    script = Path(__file__).with_name("icaljs_check.mjs")
    result = subprocess.run(
        ["node", str(script), str(path), str(icaljs)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    events = json.loads(result.stdout)
    assert events
    for event in events:
        expected = GT4_HOCKENHEIM_UTC[_session_name(event["summary"])]
        assert event["start_utc"] == expected.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert event["tzid"] == "Europe/Berlin"


def test_cached_events_follow_changes_of_series_facts(demo_db: Database) -> None:
    spec = _spec(demo_db, series="GT4 Europe")
    before = feeds.feed_events(demo_db, spec)
    assert all(event.url is None for event in before.events)
    series = next(item for item in catalog.list_series(demo_db) if item.short_name == "GT4 Europe")
    catalog.edit_series(demo_db, series.id, live_timing_url="https://timing.example.org/gt4")
    after = feeds.feed_events(demo_db, spec)
    assert {event.url for event in after.events} == {"https://timing.example.org/gt4"}
    assert all("Live timing: https://timing.example.org/gt4" in e.description for e in after.events)
