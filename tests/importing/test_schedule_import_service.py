"""Pasted schedules and calendars into the database: preview, import, import again, undo."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from planner.db.database import Database
from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind
from planner.services import catalog, queries, rounds, sessions
from planner.services.lookup import find_round, find_season, find_track
from planner.services.schedule_import import (
    SchedulePreview,
    apply_calendar,
    apply_schedule,
    edit_calendar_row,
    edit_schedule_row,
    preview_calendar,
    preview_schedule,
    undo_calendar,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "schedules"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def round_id_of(db: Database, series: str, year: int, number: int) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, series, year, number).id


def season_id_of(db: Database, series: str, year: int) -> int:
    with db.unit_of_work() as orm:
        return find_season(orm, series, year).id


def track_id_of(db: Database, name: str) -> int:
    with db.unit_of_work() as orm:
        return find_track(orm, name).id


def stored(db: Database, round_id: int) -> dict[str, tuple[str, str, int | None]]:
    """name -> (kind, track wall start, minutes) of a round's sessions."""
    return {
        session.name: (
            session.kind.value,
            session.start_wall.strftime("%a %Y-%m-%d %H:%M"),
            session.duration_minutes,
        )
        for session in queries.weekend(db, round_id).sessions
    }


def everything(db: Database) -> list[tuple[object, ...]]:
    """Every round and session with what an import could change, to compare before/after."""
    rows: list[tuple[object, ...]] = []
    for season in catalog.list_seasons(db):
        for item in queries.list_rounds(db, season.id):
            rows.append((item.id, item.number, item.track.id, item.first_day, item.last_day))
            for session in queries.weekend(db, item.id).sessions:
                rows.append(
                    (
                        session.uid,
                        session.name,
                        session.kind,
                        session.start_wall,
                        session.duration_minutes,
                        session.broadcast,
                        session.notes,
                        session.revision,
                    )
                )
    return rows


def empty_round(db: Database, series: str, year: int, number: int) -> int:
    round_id = round_id_of(db, series, year, number)
    sessions.replace_round_sessions(db, round_id, ())
    return round_id


# --- the samples into the demo rounds ------------------------------------------------------

GT4_HOCKENHEIM = {
    "Free Practice 1": ("practice", "Fri 2023-09-01 12:10", 60),
    "Free Practice 2": ("practice", "Fri 2023-09-01 17:00", 60),
    "Qualifying 1": ("qualifying", "Sat 2023-09-02 11:10", 20),
    "Qualifying 2": ("qualifying", "Sat 2023-09-02 11:30", 20),
    "Race 1": ("race", "Sat 2023-09-02 16:55", 60),
    "Race 2": ("race", "Sun 2023-09-03 11:35", 60),
}


def test_the_gt4_press_release_matches_the_demo_round_exactly(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 5)
    preview = preview_schedule(demo_db, round_id, sample("gt4-hockenheim-press-release-en.txt"))

    assert [row.action for row in preview.rows] == ["unchanged"] * 6
    assert all(row.existing_id is not None for row in preview.rows)
    assert preview.written_zone == "Europe/Berlin"
    assert preview.zone_source == "text"
    assert preview.to_import == ()
    result = apply_schedule(demo_db, round_id, preview.rows)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 6)
    assert stored(demo_db, round_id) == GT4_HOCKENHEIM


def test_the_gt4_press_release_fills_an_emptied_round(demo_db: Database) -> None:
    round_id = empty_round(demo_db, "GT4 Europe", 2023, 5)
    preview = preview_schedule(demo_db, round_id, sample("gt4-hockenheim-press-release-en.txt"))

    assert [row.action for row in preview.rows] == ["add"] * 6
    result = apply_schedule(demo_db, round_id, preview.rows)

    assert (result.added, result.updated) == (6, 0)
    assert stored(demo_db, round_id) == GT4_HOCKENHEIM
    race_1 = next(s for s in queries.weekend(demo_db, round_id).sessions if s.name == "Race 1")
    assert race_1.broadcast == "LIVE TV"
    assert race_1.notes == "driver change in the middle of the race"
    assert race_1.start_utc == datetime(2023, 9, 2, 14, 55, tzinfo=race_1.start_utc.tzinfo)


def test_the_barcelona_timetable_fills_round_6(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    preview = preview_schedule(demo_db, round_id, sample("series-timetable-with-end-times-en.txt"))

    assert preview.zone_source == "track"  # "All times are local (CEST)"
    assert preview.written_zone == "Europe/Madrid"
    apply_schedule(demo_db, round_id, preview.rows)

    assert stored(demo_db, round_id) == {
        "Free Practice 1": ("practice", "Fri 2023-09-29 10:35", 60),
        "Free Practice 2": ("practice", "Fri 2023-09-29 15:05", 60),
        "Qualifying 1": ("qualifying", "Sat 2023-09-30 09:30", 20),
        "Qualifying 2": ("qualifying", "Sat 2023-09-30 10:00", 20),
        "Race 1": ("race", "Sat 2023-09-30 15:45", 60),
        "Race 2": ("race", "Sun 2023-10-01 11:15", 60),
    }


def test_the_swedish_12h_schedule_updates_the_24h_round_and_adds_the_extra_qualifyings(
    demo_db: Database,
) -> None:
    round_id = round_id_of(demo_db, "24H", 2022, 4)
    preview = preview_schedule(demo_db, round_id, sample("hankook-12h-schema-sv.txt"))

    assert preview.written_zone == "Europe/Stockholm"
    by_written = {row.written_name: row for row in preview.rows}
    # Paired by kind and order: the family's English names stay.
    assert by_written["Fri träning"].name == "Free Practice"
    assert by_written["Fri träning"].changes == ("duration",)
    assert by_written["Kvalificering 1"].name == "Qualifying"
    assert by_written["Race – Del 1"].name == "Race – Part 1"
    assert by_written["Race – Del 2"].action == "unchanged"
    assert by_written["Kvalificering 2"].action == "add"
    result = apply_schedule(demo_db, round_id, preview.rows)

    assert (result.added, result.updated, result.unchanged) == (2, 3, 1)
    assert stored(demo_db, round_id) == {
        "Free Practice": ("practice", "Fri 2022-05-13 16:20", 90),
        "Qualifying": ("qualifying", "Fri 2022-05-13 19:05", 15),
        "Kvalificering 2": ("qualifying", "Fri 2022-05-13 19:30", 15),
        "Kvalificering 3": ("qualifying", "Fri 2022-05-13 19:55", 15),
        "Race – Part 1": ("race", "Sat 2022-05-14 13:55", 360),
        "Race – Part 2": ("race", "Sun 2022-05-15 14:05", 360),
    }


def test_the_swedish_stcc_press_release_fills_the_stcc_round(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "STCC", 2022, 1)
    preview = preview_schedule(demo_db, round_id, sample("stcc-ljungbyhed-pressmeddelande-sv.txt"))

    assert [line.line_number for line in preview.unread] == [16]  # "Biljetter säljs vid entrén."
    apply_schedule(demo_db, round_id, preview.rows)

    found = stored(demo_db, round_id)
    assert found["Fri träning 1"] == ("practice", "Fri 2022-06-03 16:20", 40)
    assert found["Tidskval"] == ("qualifying", "Sat 2022-06-04 10:00", 20)
    assert found["Uppvärmning"] == ("warmup", "Sat 2022-06-04 13:05", 10)
    assert found["Race – Del 1"] == ("race", "Sat 2022-06-04 14:30", None)
    assert len(found) == 8


def test_the_tcr_timetable_with_numeric_dates_fills_the_tcr_round(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "TCR Germany", 2022, 1)
    apply_schedule(
        demo_db,
        round_id,
        preview_schedule(demo_db, round_id, sample("tcr-numeric-dates-de-style-en.txt")).rows,
    )

    found = stored(demo_db, round_id)
    assert found["Race 1"] == ("race", "Sat 2022-04-23 16:05", 30)
    assert found["Qualifying 2"] == ("qualifying", "Sun 2022-04-24 09:00", 30)
    assert len(found) == 6


# --- zones --------------------------------------------------------------------------------


def dubai_round(db: Database, first_day: date, last_day: date) -> int:
    series = catalog.add_series(db, "24H Series", short_name="24H")
    season = catalog.add_season(db, series.id, first_day.year)
    created = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id_of(db, "Dubai Autodrome"),
        first_day=first_day,
        last_day=last_day,
    )
    return created.id


def test_swedish_time_for_dubai_in_winter_lands_three_hours_later(db: Database) -> None:
    round_id = dubai_round(db, date(2024, 1, 11), date(2024, 1, 13))
    preview = preview_schedule(db, round_id, sample("dubai-24h-schedule-swedish-time-en.txt"))

    practice = preview.rows[0]
    assert practice.written_start == datetime(2024, 1, 11, 10, 0)
    assert practice.written_zone == "Europe/Stockholm"
    assert practice.track_start == datetime(2024, 1, 11, 13, 0)
    assert practice.track_zone == "Asia/Dubai"
    assert practice.written_differs
    assert practice.utc_start is not None and practice.utc_start.hour == 9


def test_swedish_time_for_dubai_in_summer_lands_two_hours_later(db: Database) -> None:
    round_id = dubai_round(db, date(2023, 6, 9), date(2023, 6, 10))
    text = "Schema (svensk tid)\nFredag 9 juni\n18.00 Fri träning (60 min)\n22.30 Kval (30 min)\n"
    preview = preview_schedule(db, round_id, text)

    assert [(row.written_start.hour, row.track_start) for row in preview.rows] == [
        (18, datetime(2023, 6, 9, 20, 0)),
        (22, datetime(2023, 6, 10, 0, 30)),  # past midnight at the track
    ]
    apply_schedule(db, round_id, preview.rows)
    assert stored(db, round_id)["Kval"] == ("qualifying", "Sat 2023-06-10 00:30", 30)


def test_the_user_choice_of_zone_wins_over_the_text(db: Database) -> None:
    round_id = dubai_round(db, date(2024, 1, 11), date(2024, 1, 13))
    text = sample("dubai-24h-schedule-swedish-time-en.txt")

    as_track_time = preview_schedule(db, round_id, text, written_in="track")
    as_utc = preview_schedule(db, round_id, text, written_in="UTC")

    assert as_track_time.zone_source == "chosen"
    assert as_track_time.rows[0].track_start == datetime(2024, 1, 11, 10, 0)
    assert as_utc.rows[0].track_start == datetime(2024, 1, 11, 14, 0)
    with pytest.raises(ValidationError, match="not a time zone"):
        preview_schedule(db, round_id, text, written_in="Europe/Nowhere")


def test_a_time_in_the_dst_gap_is_a_problem_of_its_row(db: Database) -> None:
    series = catalog.add_series(db, "Spring Cup")
    season = catalog.add_season(db, series.id, 2023)
    round_id = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id_of(db, "Hockenheim"),
        first_day=date(2023, 3, 25),
        last_day=date(2023, 3, 26),
    ).id
    text = "Sunday 26 March 2023\n02:30 Warm-up (15 min)\n10:00 Race (60 min)\n"

    preview = preview_schedule(db, round_id, text)

    warmup, race = preview.rows
    assert warmup.track_start is None
    assert "does not exist" in warmup.problem and "Europe/Berlin" in warmup.problem
    assert race.problem == ""
    with pytest.raises(ValidationError, match=r"Line 2 \(“Warm-up”\)"):
        apply_schedule(db, round_id, preview.rows)

    corrected = edit_schedule_row(preview, 0, track_start=datetime(2023, 3, 26, 3, 30))
    assert corrected.rows[0].problem == ""
    result = apply_schedule(db, round_id, corrected.rows)
    assert result.added == 2


def test_a_session_outside_the_round_days_is_a_problem(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    preview = preview_schedule(demo_db, round_id, "Monday 2 October 2023\n10:00 Test (60 min)\n")

    assert "outside the round's days" in preview.rows[0].problem
    assert preview.to_import == ()


# --- lines, twice, undo ------------------------------------------------------------------


def test_the_preview_lists_unreadable_lines_with_their_reasons(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    text = "FRIDAY 29 SEPTEMBER 2023\n10:35 - 11:35 Free Practice 1\nBring sun cream!\n"

    preview = preview_schedule(demo_db, round_id, text)

    assert len(preview.rows) == 1
    [unread] = preview.unread
    assert unread.line_number == 3
    assert unread.text == "Bring sun cream!"
    assert "not a day heading" in unread.reason


def test_importing_twice_does_not_duplicate(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 6)
    text = sample("series-timetable-with-end-times-en.txt")
    apply_schedule(demo_db, round_id, preview_schedule(demo_db, round_id, text).rows)
    after_first = everything(demo_db)

    again = preview_schedule(demo_db, round_id, text)
    result = apply_schedule(demo_db, round_id, again.rows)

    assert {row.action for row in again.rows} == {"unchanged"}
    assert result.changed_anything is False
    assert everything(demo_db) == after_first


def test_an_update_raises_the_revision_only_for_real_changes(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "GT4 Europe", 2023, 5)
    text = sample("gt4-hockenheim-press-release-en.txt").replace("16:55 Race 1", "17:05 Race 1")
    before = {s.name: s.revision for s in queries.weekend(demo_db, round_id).sessions}

    preview = preview_schedule(demo_db, round_id, text)
    race_1 = next(row for row in preview.rows if row.name == "Race 1")
    assert (race_1.action, race_1.changes) == ("update", ("time",))
    apply_schedule(demo_db, round_id, preview.rows)

    after = {s.name: s.revision for s in queries.weekend(demo_db, round_id).sessions}
    assert after["Race 1"] == before["Race 1"] + 1
    assert after["Race 2"] == before["Race 2"]
    assert stored(demo_db, round_id)["Race 1"][1] == "Sat 2023-09-02 17:05"


def test_undo_with_the_before_snapshot_removes_the_whole_import(demo_db: Database) -> None:
    round_id = round_id_of(demo_db, "24H", 2022, 4)
    untouched = everything(demo_db)
    preview = preview_schedule(demo_db, round_id, sample("hankook-12h-schema-sv.txt"))
    result = apply_schedule(demo_db, round_id, preview.rows)
    assert len(stored(demo_db, round_id)) == 6

    sessions.replace_round_sessions(demo_db, round_id, result.before)

    restored = stored(demo_db, round_id)
    assert set(restored) == {"Free Practice", "Qualifying", "Race – Part 1", "Race – Part 2"}
    assert restored["Free Practice"][2] is None
    # The same sessions (same uids) are back; only their revisions rose (they changed twice).
    strip_revision = [row[:-1] if isinstance(row[0], str) else row for row in everything(demo_db)]
    assert strip_revision == [row[:-1] if isinstance(row[0], str) else row for row in untouched]


def test_rows_left_out_or_renamed_by_the_user(demo_db: Database) -> None:
    round_id = empty_round(demo_db, "GT4 Europe", 2023, 5)
    preview: SchedulePreview = preview_schedule(
        demo_db, round_id, sample("gt4-hockenheim-press-release-en.txt")
    )
    preview = edit_schedule_row(preview, 0, include=False)
    preview = edit_schedule_row(preview, 1, name="FP2", kind=SessionKind.TEST, duration_minutes=45)
    preview = edit_schedule_row(preview, 3, name="Qualifying 1")

    assert "also called “Qualifying 1”" in preview.rows[3].problem
    preview = edit_schedule_row(preview, 3, name="Qualifying 2")
    result = apply_schedule(demo_db, round_id, preview.rows)

    assert (result.added, result.left_out) == (5, 1)
    found = stored(demo_db, round_id)
    assert "Free Practice 1" not in found
    assert found["FP2"] == ("test", "Fri 2023-09-01 17:00", 45)


def test_applying_changes_nothing_when_one_row_is_refused(demo_db: Database) -> None:
    round_id = empty_round(demo_db, "GT4 Europe", 2023, 5)
    preview = preview_schedule(demo_db, round_id, sample("gt4-hockenheim-press-release-en.txt"))
    broken = edit_schedule_row(preview, 5, track_start=datetime(2023, 9, 5, 11, 35))
    before = everything(demo_db)

    with pytest.raises(ValidationError, match="Line 13"):
        apply_schedule(demo_db, round_id, broken.rows)

    assert everything(demo_db) == before


# --- calendars ------------------------------------------------------------------------------


def test_the_gt4_calendar_changes_nothing_in_the_demo_season(demo_db: Database) -> None:
    season_id = season_id_of(demo_db, "GT4 Europe", 2023)
    before = everything(demo_db)

    preview = preview_calendar(demo_db, season_id, sample("gt4-calendar-2023-en.txt"))
    result = apply_calendar(demo_db, season_id, preview.rows)

    assert [row.action for row in preview.rows] == ["unchanged"] * 6
    assert [row.number for row in preview.rows] == [1, 2, 3, 4, 5, 6]
    assert result.changed_anything is False
    assert everything(demo_db) == before


def test_the_gt4_calendar_creates_the_rounds_of_an_empty_season(db: Database) -> None:
    series = catalog.add_series(db, "GT4 European Series", short_name="GT4 Europe")
    season = catalog.add_season(db, series.id, 2023)

    preview = preview_calendar(db, season.id, sample("gt4-calendar-2023-en.txt"))

    assert [row.track_name for row in preview.rows] == [
        "Autodromo Nazionale Monza",
        "Circuit Paul Ricard",
        "Circuit de Spa-Francorchamps",
        "Misano World Circuit Marco Simoncelli",
        "Hockenheimring",
        "Circuit de Barcelona-Catalunya",
    ]
    result = apply_calendar(db, season.id, preview.rows)

    made = queries.list_rounds(db, season.id)
    assert [item.track.name for item in made] == [row.track_name for row in preview.rows]
    assert [(item.number, item.first_day, item.last_day) for item in made] == [
        (1, date(2023, 4, 22), date(2023, 4, 23)),
        (2, date(2023, 6, 2), date(2023, 6, 4)),
        (3, date(2023, 6, 29), date(2023, 7, 2)),
        (4, date(2023, 7, 14), date(2023, 7, 16)),
        (5, date(2023, 9, 1), date(2023, 9, 3)),
        (6, date(2023, 9, 29), date(2023, 10, 1)),
    ]
    assert len(result.created_round_ids) == 6

    undo_calendar(db, result)
    assert queries.list_rounds(db, season.id) == []


def test_a_calendar_moves_a_postponed_round_and_undo_moves_it_back(demo_db: Database) -> None:
    season_id = season_id_of(demo_db, "GT4 Europe", 2023)
    before = everything(demo_db)
    text = "Round 4: July 21st-23rd - Misano, Italy\nR7: 20-22 oktober Hockenheim\n"

    preview = preview_calendar(demo_db, season_id, text)
    assert [(row.number, row.action, row.changes) for row in preview.rows] == [
        (4, "update", ("dates",)),
        (7, "add", ()),
    ]
    result = apply_calendar(demo_db, season_id, preview.rows)

    by_number = {item.number: item for item in queries.list_rounds(demo_db, season_id)}
    assert by_number[4].first_day == date(2023, 7, 21)
    assert by_number[7].track.name == "Hockenheimring"
    undo_calendar(demo_db, result)
    assert everything(demo_db) == before


def test_a_place_without_a_circuit_must_be_picked(db: Database) -> None:
    series = catalog.add_series(db, "Club Cup")
    season = catalog.add_season(db, series.id, 2024)
    preview = preview_calendar(db, season.id, "May 4th-5th - Nowhere Raceway\n")

    [row] = preview.rows
    assert row.track_id is None and row.place == "Nowhere Raceway"
    assert "pick a circuit" in row.problem
    with pytest.raises(ValidationError, match=r"Line 1 \(“Nowhere Raceway”\)"):
        apply_calendar(db, season.id, preview.rows)

    picked = edit_calendar_row(preview, 0, track_id=track_id_of(db, "Anderstorp"))
    result = apply_calendar(db, season.id, picked.rows)
    [made] = queries.list_rounds(db, season.id)
    assert made.id == result.created_round_ids[0]
    assert made.number == 1


def test_a_time_shown_twice_at_the_track_takes_the_offset_the_written_clock_means(
    db: Database,
) -> None:
    series = catalog.add_series(db, "Autumn Cup")
    season = catalog.add_season(db, series.id, 2023)
    round_id = rounds.add_round(
        db,
        season.id,
        number=1,
        track_id=track_id_of(db, "Hockenheim"),
        first_day=date(2023, 10, 28),
        last_day=date(2023, 10, 29),
    ).id
    text = (
        "Sunday 29 October 2023 (times in UTC)\n"
        "00:30 Night run 1 (20 min)\n"
        "01:30 Night run 2 (20 min)\n"
    )

    preview = preview_schedule(db, round_id, text)
    first, second = preview.rows
    assert (first.track_start, first.is_dst) == (datetime(2023, 10, 29, 2, 30), True)
    assert (second.track_start, second.is_dst) == (datetime(2023, 10, 29, 2, 30), False)
    apply_schedule(db, round_id, preview.rows)

    stored_runs = {s.name: s for s in queries.weekend(db, round_id).sessions}
    assert stored_runs["Night run 1"].start_utc.hour == 0
    assert stored_runs["Night run 2"].start_utc.hour == 1
