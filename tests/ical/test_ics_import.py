"""Importing .ics files: our own exports round-trip, foreign calendars land at the right
circuits in track time, a second import updates, a broken file changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import pytz
from ical_builders import FIXTURES
from sqlalchemy import inspect, text

from planner.db.database import Database
from planner.domain.errors import ImportFormatError, ValidationError
from planner.ical import ImportedEvent, read_calendar
from planner.services import feeds, ics_import, ics_preview, queries, sessions
from planner.services.ics_import import UnknownPlacesError

UTC = pytz.utc
HOME = "Europe/Stockholm"
COMPARED = ("summary", "start", "end", "status", "sequence", "location", "geo", "tzid", "all_day")


def _export_all(db: Database, path: Path) -> bytes:
    feeds.export_feed(db, feeds.FeedSpec(name="Everything"), path, home_zone=HOME)
    return path.read_bytes()


def _events(data: bytes) -> dict[str, ImportedEvent]:
    return {str(event.uid): event for event in read_calendar(data, source_name="test.ics")}


def _dump(db: Database) -> list[str]:
    """Every row of every table, in a fixed order (on either store)."""
    rows: list[str] = []
    with db.engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            found = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            rows += sorted(f"{table}: {tuple(row)!r}" for row in found)
    return rows


def _foreign(*events: str, header: str = "") -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\nDTSTAMP:20240101T000000Z\r\n" + event.strip().replace("\n", "\r\n")
        + "\r\nEND:VEVENT\r\n"
        for event in events
    )  # fmt: skip
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Some Series//EN\r\n"
        + header
        + body
        + "END:VCALENDAR\r\n"
    ).encode()


SPA_FP = """UID:spa-fp@series.example
SUMMARY:Free Practice
DTSTART:20240628T090000Z
DTEND:20240628T100000Z
LOCATION:Circuit de Spa-Francorchamps, Belgium"""
SPA_RACE = """UID:spa-race@series.example
SUMMARY:Race
DTSTART;TZID=America/New_York:20240629T080000
DTEND;TZID=America/New_York:20240629T090000
LOCATION:Spa-Francorchamps, Belgium"""
HOCKENHEIM_GEO = """UID:hock-q@series.example
SUMMARY:Qualifying
DTSTART:20240907T090000Z
DTEND:20240907T093000Z
GEO:49.3290;8.5660"""
NOWHERE = """UID:nowhere@series.example
SUMMARY:Race at the moon
DTSTART:20240907T120000Z
DTEND:20240907T130000Z
LOCATION:Mare Tranquillitatis Raceway, Moon"""


# --- our own exports ------------------------------------------------------------------


def test_export_import_export_gives_the_same_events(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    original = _events(_export_all(demo_db, tmp_path / "before.ics"))
    report = ics_import.import_ics_file(db, tmp_path / "before.ics")
    assert len(report.added) == len(original) == 10
    assert len(report.rounds_added) == 2
    again = _events(_export_all(db, tmp_path / "after.ics"))
    assert again.keys() == original.keys()
    for uid, event in original.items():
        for name in COMPARED:
            assert getattr(again[uid], name) == getattr(event, name), (uid, name)
        assert again[uid].categories == event.categories


def test_importing_the_same_file_again_updates_instead_of_duplicating(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "feed.ics"
    _export_all(demo_db, path)
    ics_import.import_ics_file(db, path)
    count = len(queries.scheduled_sessions(db))
    second = ics_import.import_ics_file(db, path)
    assert (len(second.added), len(second.updated), len(second.unchanged)) == (0, 0, 10)
    assert len(queries.scheduled_sessions(db)) == count
    race = next(
        item.session
        for item in queries.scheduled_sessions(demo_db)
        if item.session.name == "Race 1"
    )
    sessions.edit_session(demo_db, race.id, start_wall=datetime(2023, 9, 2, 18, 0))
    _export_all(demo_db, path)
    third = ics_import.import_ics_file(db, path)
    assert (len(third.added), len(third.updated), len(third.unchanged)) == (0, 1, 9)
    moved = next(
        item.session for item in queries.scheduled_sessions(db) if item.session.uid == race.uid
    )
    assert moved.start_wall == datetime(2023, 9, 2, 18, 0)
    assert moved.revision == race.revision + 1


def test_dry_run_reports_and_changes_nothing(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "feed.ics"
    _export_all(demo_db, path)
    before = _dump(db)
    report = ics_import.import_ics_file(db, path, dry_run=True)
    assert report.dry_run and len(report.added) == 10
    assert _dump(db) == before


# --- foreign calendars ------------------------------------------------------------------


def test_foreign_calendar_lands_at_matched_circuits_in_track_time(db: Database) -> None:
    data = _foreign(SPA_FP, SPA_RACE, HOCKENHEIM_GEO)
    report = ics_import.import_ics(
        db, data, source_name="series.ics", series="GT World Challenge", year=2024
    )
    assert len(report.added) == 3 and len(report.rounds_added) == 2
    found = {item.session.name: item for item in queries.scheduled_sessions(db)}
    assert found["Free Practice"].round.track.name.startswith("Circuit de Spa")
    assert found["Free Practice"].session.start_wall == datetime(2024, 6, 28, 11, 0)  # CEST
    assert found["Race"].session.start_wall == datetime(2024, 6, 29, 14, 0)  # from New York
    assert found["Race"].session.kind == "race"
    assert found["Race"].round.id == found["Free Practice"].round.id  # one weekend
    assert found["Qualifying"].round.track.name == "Hockenheimring"  # by coordinates
    assert found["Qualifying"].session.start_wall == datetime(2024, 9, 7, 11, 0)
    assert found["Qualifying"].session.duration_minutes == 30
    assert found["Free Practice"].round.first_day == date(2024, 6, 28)
    assert found["Free Practice"].round.last_day == date(2024, 6, 29)


def test_foreign_uids_map_to_stable_session_uids(db: Database) -> None:
    data = _foreign(SPA_FP, SPA_RACE)
    ics_import.import_ics(db, data, source_name="s.ics", series="Cup", year=2024)
    first = {item.session.uid for item in queries.scheduled_sessions(db)}
    moved = _foreign(SPA_FP.replace("T090000Z", "T093000Z"), SPA_RACE)
    report = ics_import.import_ics(db, moved, source_name="s.ics", series="Cup", year=2024)
    assert (len(report.added), len(report.updated), len(report.unchanged)) == (0, 1, 1)
    assert {item.session.uid for item in queries.scheduled_sessions(db)} == first


def test_unknown_place_lists_it_and_changes_nothing(db: Database) -> None:
    before = _dump(db)
    with pytest.raises(UnknownPlacesError) as caught:
        ics_import.import_ics(
            db, _foreign(SPA_FP, NOWHERE), source_name="moon.ics", series="Cup", year=2024
        )
    assert "Mare Tranquillitatis Raceway" in str(caught.value)
    assert caught.value.places == (
        "Mare Tranquillitatis Raceway, Moon — “Race at the moon” (line 12)",
    )
    assert _dump(db) == before


def test_track_option_puts_every_event_at_one_circuit(db: Database) -> None:
    report = ics_import.import_ics(
        db, _foreign(NOWHERE), source_name="moon.ics", series="Cup", year=2024, track="Dubai"
    )
    assert len(report.added) == 1
    (item,) = queries.scheduled_sessions(db)
    assert item.round.track.timezone == "Asia/Dubai"
    assert item.session.start_wall == datetime(2024, 9, 7, 16, 0)


def test_foreign_file_that_names_no_series_asks_for_one(db: Database) -> None:
    with pytest.raises(ValidationError, match="Name the series to import into"):
        ics_import.import_ics(db, _foreign(SPA_FP), source_name="s.ics")


def test_floating_times_need_a_zone(db: Database) -> None:
    data = (FIXTURES / "google_export.ics").read_bytes()
    report = ics_import.import_ics(
        db, data, source_name="google.ics", series="Cup", year=2023, track="Hockenheim"
    )
    found = {item.session.name: item.session for item in queries.scheduled_sessions(db)}
    assert found["Race 1"].start_wall == datetime(2023, 9, 2, 16, 55)
    # X-WR-TIMEZONE Europe/Stockholm: 11:35 Swedish time is 11:35 at Hockenheim too
    assert found["Race 2 (floating time)"].start_wall == datetime(2023, 9, 3, 11, 35)
    assert len(report.added) == len(found)


@pytest.mark.parametrize("fixture", ["broken_line.ics", "truncated.ics", "not_calendar.ics"])
def test_broken_file_names_the_line_and_leaves_the_database_as_it_was(
    demo_db: Database, fixture: str
) -> None:
    before = _dump(demo_db)
    with pytest.raises(ImportFormatError) as caught:
        ics_import.import_ics_file(demo_db, FIXTURES / fixture, series="Cup", year=2023)
    assert fixture in str(caught.value)
    assert _dump(demo_db) == before


def test_broken_line_message_names_the_line(db: Database) -> None:
    with pytest.raises(ImportFormatError, match=r"line 8"):
        ics_import.import_ics_file(db, FIXTURES / "broken_line.ics", series="Cup", year=2023)


def test_a_refused_value_late_in_the_file_rolls_back_everything(db: Database) -> None:
    before = _dump(db)
    ours = 'LOCATION:Hockenheimring\nX-RACE-PLANNER-FACTS:{"series":"Cup"\\,"season":"2024"'
    good = f'UID:a@x\nSUMMARY:Race\nDTSTART:20240601T090000Z\n{ours}\\,"round":"1"}}'
    # Round 2 would last three weeks: refused after round 1 was already added.
    early = f'UID:b@x\nSUMMARY:Race\nDTSTART:20240701T090000Z\n{ours}\\,"round":"2"}}'
    late = early.replace("UID:b", "UID:c").replace("20240701", "20240722")
    with pytest.raises(ValidationError, match="two weeks"):
        ics_import.import_ics(db, _foreign(good, early, late), source_name="s.ics")
    assert _dump(db) == before


# --- preview and places picked by the user ------------------------------------------


def test_preview_lists_rounds_sessions_in_track_time_and_unknown_places(db: Database) -> None:
    data = (FIXTURES / "series_with_unknown_place.ics").read_bytes()
    before = _dump(db)
    preview = ics_preview.preview_ics(db, data, source_name="cup.ics", series="Cup", year=2024)
    assert preview.unknown_places == (
        ("Motodrom Baden, Germany", ("“Qualifying 1” (line 20)", "“Qualifying 2” (line 28)")),
    )
    assert preview.report is None and not preview.can_import
    (spa,) = preview.rounds
    assert spa.circuit.startswith("Circuit de Spa")
    assert [(s.name, s.start_wall) for s in spa.sessions] == [
        ("Free Practice", datetime(2024, 6, 28, 11, 0)),
        ("Race", datetime(2024, 6, 29, 14, 0)),
    ]
    picked = ics_preview.preview_ics(
        db,
        data,
        source_name="cup.ics",
        series="Cup",
        year=2024,
        places={"Motodrom Baden, Germany": "hockenheimring"},
    )
    assert picked.unknown_places == ()
    assert picked.can_import and picked.report is not None
    assert len(picked.report.added) == 4 and len(picked.report.rounds_added) == 2
    assert [r.circuit for r in picked.rounds][1] == "Hockenheimring"
    assert _dump(db) == before


def test_a_place_picked_by_the_user_is_used_by_the_import(db: Database) -> None:
    data = (FIXTURES / "series_with_unknown_place.ics").read_bytes()
    report = ics_import.import_ics(
        db,
        data,
        source_name="cup.ics",
        series="Cup",
        year=2024,
        places={"Motodrom Baden, Germany": "hockenheimring"},
    )
    assert len(report.added) == 4
    tracks = {item.round.track.name for item in queries.scheduled_sessions(db)}
    assert "Hockenheimring" in tracks


def test_facts_given_as_json_numbers_are_read_as_their_text(db: Database) -> None:
    def session(facts: str) -> bytes:
        return _foreign(
            "UID:a@x\nSUMMARY:Race\nDTSTART:20240601T090000Z\nLOCATION:Hockenheimring\n"
            f"X-RACE-PLANNER-FACTS:{facts}"
        )

    as_numbers = ics_preview.preview_ics(
        db, session('{"series":"Cup"\\,"season":2024\\,"round":3}'), source_name="s.ics"
    )
    as_text = ics_preview.preview_ics(
        db, session('{"series":"Cup"\\,"season":"2024"\\,"round":"3"}'), source_name="s.ics"
    )
    assert as_numbers.can_import and as_numbers.rounds
    assert as_numbers.rounds == as_text.rounds
