"""The import's reads (hand-written SQL) give what the ORM gives: every circuit with its
lap records, every series' names, and which uids are stored (on SQLite and, with
RACE_PLANNER_TEST_STORE=postgresql, on a server through SQLAlchemy's text())."""

from __future__ import annotations

from sqlalchemy import select

from planner.db import models
from planner.db.database import Database
from planner.services import catalog, ics_import, ics_reads, tracks
from planner.services.convert import track_view
from planner.services.feeds.rows import orm_runner
from planner.services.tracks import LapRecordInput, TrackInput

_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Race 1\r\n"
    b"DTSTART:20250601T120000Z\r\nDTEND:20250601T130000Z\r\nLOCATION:Hockenheimring\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_circuits_series_and_stored_uids_read_as_the_orm_reads_them(db: Database) -> None:
    tracks.add_track(
        db,
        TrackInput(
            key="test-ring",
            name="Test Ring",
            timezone="Europe/Stockholm",
            aliases=("Testbanan", "Ring of Tests"),
            latitude=59.3,
            longitude=18.1,
            lap_records=(
                LapRecordInput(car_class="GT4", lap_time="1:31.234", holder="A", year=2023),
                LapRecordInput(car_class="F3", lap_time="1:20.000"),
            ),
        ),
    )
    catalog.add_series(db, "GT4 Europe", short_name="GT4")
    catalog.add_series(db, "Cup")
    ics_import.import_ics(db, _ICS, source_name="c.ics", series="Cup", year=2025)
    stored = ics_import.session_uid_for(ics_import.read_calendar(_ICS, source_name="c.ics")[0])
    with db.unit_of_work() as orm:
        run = orm_runner(orm)
        by_orm = sorted(
            (track_view(row) for row in orm.scalars(select(models.Track))),
            key=lambda view: view.id,
        )
        circuits = ics_reads.library_circuits(run)
        assert circuits == by_orm
        assert any(len(view.lap_records) == 2 for view in circuits)
        assert sorted(ics_reads.series_names(run)) == sorted(
            (row.name, row.short_name) for row in orm.scalars(select(models.Series))
        )
        asked = [f"not-stored-{number}" for number in range(ics_reads.UID_BATCH + 5)]
        assert ics_reads.stored_uids(run, [*asked, stored, stored]) == {stored}
        assert ics_reads.stored_uids(run, []) == set()
