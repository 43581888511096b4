"""The fast paths agree with the slow ones they replace.

* the line-based reader and the icalendar library give identical events on
  every fixture, on our own exports and on hand-made variants (or the fast
  one steps aside), and the same errors;
* a re-export whose data did not change reuses the last bytes, and any change
  of what an event is made of shows up in the next export;
* an import stores new sessions exactly as the sessions service builds them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from ical_builders import EDGE_CASES, FIXTURES, make_all_day, make_event

from planner.db.database import Database
from planner.domain.errors import ImportFormatError
from planner.ical import FeedCalendar, ImportedEvent, read_calendar, render_calendar
from planner.ical.reader import _read_fast, read_calendar_with_icalendar
from planner.services import catalog, feeds, ics_import, queries, tracks

HOME = "Europe/Stockholm"


def _both(data: bytes, **options: str) -> tuple[tuple[ImportedEvent, ...] | None, object]:
    """(fast result or None, icalendar result or the error it raised)."""
    fast = _read_fast(data, "x.ics", options.get("floating_zone"))
    try:
        slow: object = read_calendar_with_icalendar(data, source_name="x.ics", **options)
    except Exception as error:  # whatever it raises, the fast path must not answer
        slow = error
    return fast, slow


def _assert_same(data: bytes, *, must_be_fast: bool = False, **options: str) -> None:
    fast, slow = _both(data, **options)
    if must_be_fast:
        assert fast is not None
    if fast is not None:
        assert not isinstance(slow, Exception), slow
        assert fast == slow
        for mine, theirs in zip(fast, slow, strict=True):  # the same types as well
            for name in ImportedEvent.__dataclass_fields__:
                assert type(getattr(mine, name)) is type(getattr(theirs, name)), name


@pytest.mark.parametrize("fixture", sorted(path.name for path in FIXTURES.glob("*")))
def test_every_fixture_reads_the_same_or_fails_the_same(fixture: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    _assert_same(data)
    _assert_same(data, floating_zone="Europe/Stockholm")
    try:
        slow = read_calendar_with_icalendar(data, source_name=fixture)
    except ImportFormatError as error:
        with pytest.raises(ImportFormatError) as raised:
            read_calendar(data, source_name=fixture)
        assert (raised.value.where, raised.value.message) == (error.where, error.message)
    else:
        assert read_calendar(data, source_name=fixture) == slow


def _calendar(*events: object, **fields: object) -> bytes:
    return render_calendar(FeedCalendar(name="Bäckman 2023", events=events, **fields))  # type: ignore[arg-type]


def test_our_feeds_take_the_fast_path_and_read_the_same(edge_calendar: FeedCalendar) -> None:
    _assert_same(render_calendar(edge_calendar), must_be_fast=True)
    tricky = "Race 1; Bäckman, Söderström \\ Sällberg\nline two \\n not a break, C:\\new"
    event = make_event(
        "tricky",
        datetime(2023, 9, 1, 12, 10),
        summary=tricky,
        description=tricky * 3,
        location="Hockenheimring, Hockenheim; Baden-Württemberg",
        categories=("GT4, Europe", "Race;1", "back\\slash", ""),
        url="https://example.org/a,b;c d/ä",
        geo=(-33.5, -0.0),
        status="CANCELLED",
        alarm_minutes_before=0,
        x_props=(("X-RACE-PLANNER-FACTS", '{"notes": "a\\\\b, c; d"}'), ("X-OTHER", "x,y")),
    )
    weekend = make_all_day("weekend", date(2023, 9, 1), date(2023, 9, 3))
    _assert_same(
        _calendar(event, weekend, description="d", timezone="Europe/Berlin"), must_be_fast=True
    )


def test_a_big_feed_of_the_demo_reads_the_same(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.ics"
    spec = feeds.FeedSpec(name="All", alarm_minutes=15, all_day_events=True, language="sv")
    feeds.export_feed(demo_db, spec, path, home_zone=HOME)
    _assert_same(path.read_bytes(), must_be_fast=True)


_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
_EVENT = "BEGIN:VEVENT\r\nUID:u-{n}\r\nDTSTAMP:20230820T080000Z\r\n{body}END:VEVENT\r\n"


@pytest.mark.parametrize(
    "body",
    [
        "DTSTART:20230901T101000Z\r\nSUMMARY;LANGUAGE=sv:Kval\\, 1\\; \\N x\\:y\r\n",
        'DTSTART;TZID="Europe/Berlin":20230901T121000\r\nDURATION:PT1H30M\r\n',
        "DTSTART;TZID=Europe/Berlin:20231029T023000\r\nDTEND;TZID=Europe/Berlin:20231029T033000\r\n",
        "DTSTART;TZID=Europe/Berlin:20230326T023000\r\nDURATION:-PT5M\r\n",
        "DTSTART;VALUE=DATE:20230901\r\nDTEND;VALUE=DATE:20230903\r\n",
        "DTSTART:20230901\r\n",
        "DTSTART:20230901T101000\r\n",
        "DTSTART:20230901T101000Z\r\nDTEND:20230901\r\n",
        "DTSTART:20230901T101000Z\r\nDTEND:20230901T091000Z\r\n",
        "DTSTART;TZID=Mars/Base:20230901T101000\r\n",
        "DTSTART:20230901T101000Z\r\nX-A;VALUE=TEXT:a\\,b\r\nX-A:c\\,d\r\nX-B:e\r\nX-A:f\r\n",
        "DTSTART:20230901T101000Z\r\nCATEGORIES:A\\,B,C\\;D,E\\\\F\r\nCATEGORIES:G\r\n",
        "DTSTART:20230901T101000Z\r\nGEO:49.5\\;8.25\r\nURL:http://x/a\\,b%20c\r\n",
        "DTSTART:20230901T101000Z\r\nGEO:nan;1\r\nSEQUENCE:x\r\n",
        "DTSTART:20230901T101000Z\r\nSEQUENCE: 3\r\nSTATUS:tentative\r\nSUMMARY:a\r\nSUMMARY:b\r\n",
        "DTSTART:20230901T101000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nATTENDEE:mailto:a@b\r\n",
        "DTSTART:20230901T101000Z\r\nBEGIN:VALARM\r\nTRIGGER:PT5M\r\nEND:VALARM\r\n"
        "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-P1DT2H\r\nEND:VALARM\r\n",
        "DTSTART:20230901T101000Z\r\nBEGIN:VALARM\r\nTRIGGER;VALUE=DATE-TIME:20230901T090000Z\r\n"
        "END:VALARM\r\n",
        "DTSTART:20230901T101000Z\r\nBEGIN:VALARM\r\nTRIGGER:bogus\r\nEND:VALARM\r\n",
        "DTSTART:20230901T101000Z\r\nDESCRIPTION:folded over \r\n two lines\r\n\r\nLOCATION:\r\n",
        "DTSTART:20230901T101000Z\r\nDTSTAMP:20230901\r\nLAST-MODIFIED:20230815T080000\r\n",
        "DTSTART:20230901T101000Z\r\nCREATED:20230231T000000Z\r\n",
        "DTSTART:20230901T101000Z\r\nUID:twice\r\n",
        "dtstart:20230901T101000Z\r\nsummary:lower case names\r\n",
    ],
)
@pytest.mark.parametrize("lf_only", [False, True])
def test_hand_made_events_read_the_same(body: str, lf_only: bool) -> None:
    text = _HEAD + "X-WR-TIMEZONE:Europe/Stockholm\r\n" + _EVENT.format(n=1, body=body)
    text += _EVENT.format(n=2, body="DTSTART:20230902T101000Z\r\n") + "END:VCALENDAR\r\n"
    if lf_only:
        text = text.replace("\r\n", "\n")
    _assert_same(text.encode())
    _assert_same(text.replace("X-WR-TIMEZONE:Europe/Stockholm\r\n", "").encode())


def test_files_with_several_calendars_and_odd_zones_read_the_same() -> None:
    outlook = (FIXTURES / "outlook_windows_zone.ics").read_bytes()
    google = (FIXTURES / "google_export.ics").read_bytes()
    _assert_same(outlook + google)
    _assert_same(b"\xef\xbb\xbf" + google)  # a byte order mark


# --- export ---------------------------------------------------------------------


def test_an_unchanged_reexport_reuses_the_bytes_and_a_change_shows(
    demo_db: Database, tmp_path: Path
) -> None:
    cache = feeds.ExportCache()
    saved = feeds.create_feed(demo_db, feeds.FeedSpec(name="Family", alarm_minutes=30))
    path = tmp_path / saved.file_name
    first = feeds.export_feed(demo_db, saved.id, path, home_zone=HOME, cache=cache)
    before = path.read_bytes()
    again = feeds.export_feed(demo_db, saved.id, path, home_zone=HOME, cache=cache)
    assert (again.written, again.changes, path.read_bytes()) == (False, (), before)
    assert first.first_export and not again.first_export

    series = catalog.list_series(demo_db)[0]
    catalog.edit_series(demo_db, series.id, name=series.name + " Renamed")
    feeds.export_feed(demo_db, saved.id, path, home_zone=HOME, cache=cache)
    after = path.read_bytes()
    assert after != before and b"Renamed" in after
    # Built from scratch, the same bytes.
    cache.clear()
    fresh = tmp_path / "fresh.ics"
    feeds.export_feed(demo_db, saved.id, fresh, home_zone=HOME, cache=cache)
    assert fresh.read_bytes() == after


def test_renaming_a_driver_shows_in_the_next_export(demo_db: Database, tmp_path: Path) -> None:
    cache = feeds.ExportCache()
    spec = feeds.FeedSpec(name="All")
    path = tmp_path / "all.ics"
    feeds.export_feed(demo_db, spec, path, home_zone=HOME, cache=cache)
    before = path.read_bytes()
    driver = next(d for d in catalog.list_drivers(demo_db) if d.name == "Jessica Bäckman")
    catalog.edit_driver(demo_db, driver.id, name="Jessica Bäckman-Test")
    feeds.export_feed(demo_db, spec, path, home_zone=HOME, cache=cache)
    after = path.read_bytes()
    assert "ckman-Test" in after.decode().replace("\r\n ", "") and after != before
    cache.clear()
    feeds.export_feed(demo_db, spec, tmp_path / "fresh.ics", home_zone=HOME, cache=cache)
    assert (tmp_path / "fresh.ics").read_bytes() == after


# --- import ---------------------------------------------------------------------


def test_imported_sessions_are_stored_as_the_sessions_service_builds_them(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "all.ics"
    feeds.export_feed(demo_db, feeds.FeedSpec(name="All"), path, home_zone=HOME)
    report = ics_import.import_ics_file(db, path)
    assert report.added and not report.updated
    again = ics_import.import_ics_file(db, path)
    assert len(again.unchanged) == len(report.added) and not again.added
    mine = {item.session.uid: item.session for item in queries.scheduled_sessions(db)}
    theirs = {item.session.uid: item.session for item in queries.scheduled_sessions(demo_db)}
    assert mine.keys() == theirs.keys()
    for uid, session in mine.items():
        other = theirs[uid]
        for field in ("name", "kind", "start_wall", "zone", "is_dst", "duration_minutes"):
            assert getattr(session, field) == getattr(other, field), (uid, field)
        assert (session.status, session.broadcast, session.notes) == (
            other.status,
            other.broadcast,
            other.notes,
        )
    assert tracks.list_tracks(db)


def test_a_uid_repeated_in_one_file_is_one_session_as_its_last_copy_says(db: Database) -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:same@example.org\r\nDTSTAMP:20230820T080000Z\r\n"
        "DTSTART:2023090{day}T101000Z\r\nDTEND:2023090{day}T111000Z\r\n"
        "SUMMARY:Race 1\r\nLOCATION:Hockenheimring\\, Hockenheim\\, Germany\r\nEND:VEVENT\r\n"
    )
    data = (_HEAD + event.format(day=1) + event.format(day=2) + "END:VCALENDAR\r\n").encode()
    report = ics_import.import_ics(db, data, source_name="x.ics", series="GT4", year=2023)
    assert (len(report.added), len(report.updated), len(report.skipped)) == (1, 0, 1)
    assert "comes again later" in report.skipped[0]
    (item,) = queries.scheduled_sessions(db)
    assert item.session.start_wall == datetime(2023, 9, 2, 12, 10)


def test_edge_cases_round_trip_through_the_fast_reader() -> None:
    data = _calendar(*(event for event, _utc in EDGE_CASES.values()))
    found = {event.uid: event for event in read_calendar(data, source_name="x.ics")}
    for event, expected in EDGE_CASES.values():
        assert found[event.uid].start == expected


@pytest.mark.parametrize("seed", range(10))
def test_fast_unescaping_equals_icalendars_on_random_text(seed: int) -> None:
    import random

    from icalendar.parser import unescape_backslash

    from planner.ical.reader import _unescaped

    chances = random.Random(seed)
    for _ in range(500):
        text = "".join(chances.choice("\\\\\\nN,;:xä ") for _ in range(chances.randint(0, 30)))
        assert _unescaped(text) == unescape_backslash(text), text


@pytest.mark.parametrize("seed", range(5))
def test_import_unescaping_equals_one_regex_pass(seed: int) -> None:
    import random

    chances = random.Random(seed)
    for _ in range(500):
        text = "".join(chances.choice("\\\\\\nN,;:xä ") for _ in range(chances.randint(0, 30)))
        expected = ics_import._ESCAPED.sub(
            lambda found: "\n" if found.group(1) in "nN" else found.group(1), text
        )
        assert ics_import._unescape(text) == expected, text


@pytest.mark.parametrize(
    ("wall", "is_dst"),
    [
        (datetime(2023, 9, 2, 16, 55), False),
        (datetime(2023, 10, 29, 2, 30), True),  # shown twice: the offset is kept
        (datetime(2023, 10, 29, 2, 30), False),
        (datetime(2023, 10, 28, 23, 30), True),  # near the change, not ambiguous
        (datetime(2023, 3, 26, 3, 30), True),
    ],
)
def test_new_session_values_equal_what_the_sessions_service_builds(
    db: Database, wall: datetime, is_dst: bool
) -> None:
    import pytz
    from sqlalchemy import select

    from planner.db import models
    from planner.services import rounds
    from planner.services.sessions import NewSession, _build

    series = catalog.add_series(db, "GT4 Europe")
    season = catalog.add_season(db, series.id, 2023)
    hockenheim = next(t for t in tracks.list_tracks(db) if "Hockenheim" in t.name)
    round_view = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=hockenheim.id,
        first_day=wall.date() - timedelta(days=1),
        last_day=wall.date() + timedelta(days=1),
    )
    start_utc = pytz.timezone("Europe/Berlin").localize(wall, is_dst=is_dst).astimezone(pytz.utc)
    new = NewSession(
        name=" Race 1 ",
        kind="Race",
        start_wall=wall,
        duration_minutes=40,
        status="Tentative",
        broadcast=" TV ",
        notes=" n ",
        is_dst=is_dst,
        uid="6f1d4c1e-3f55-4a63-9a43-3d3c0b0f2a51",
    )
    with db.unit_of_work() as orm:
        round_row = orm.scalars(select(models.Round).where(models.Round.id == round_view.id)).one()
        values = ics_import._new_session_values(round_row, new, start_utc)
        built = _build(round_row, new)
        for column, value in values.items():
            if column not in ("created_utc", "changed_utc"):
                assert getattr(built, column) == value, column
