"""Whole published timetables, as pasted from press releases and series sites."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from planner.domain.kinds import SessionKind
from planner.importing.schedule_text import ParsedSchedule, parse_schedule

SCHEDULES = Path(__file__).parent.parent / "fixtures" / "schedules"


def read_sample(name: str, year: int | None = None) -> ParsedSchedule:
    return parse_schedule((SCHEDULES / name).read_text(encoding="utf-8"), year=year)


def test_gt4_press_release_gives_the_five_lines_as_six_sessions() -> None:
    schedule = read_sample("gt4-hockenheim-press-release-en.txt", year=2023)

    assert [(s.day, s.start, s.duration_minutes, s.name, s.kind) for s in schedule.sessions] == [
        (date(2023, 9, 1), time(12, 10), 60, "Free Practice 1", SessionKind.PRACTICE),
        (date(2023, 9, 1), time(17, 0), 60, "Free Practice 2", SessionKind.PRACTICE),
        (date(2023, 9, 2), time(11, 10), 20, "Qualifying 1", SessionKind.QUALIFYING),
        (date(2023, 9, 2), time(11, 30), 20, "Qualifying 2", SessionKind.QUALIFYING),
        (date(2023, 9, 2), time(16, 55), 60, "Race 1", SessionKind.RACE),
        (date(2023, 9, 3), time(11, 35), 60, "Race 2", SessionKind.RACE),
    ]
    assert schedule.unread == ()


def test_gt4_press_release_keeps_broadcasts_and_the_driver_change_note() -> None:
    schedule = read_sample("gt4-hockenheim-press-release-en.txt", year=2023)

    assert [(s.broadcast, s.notes) for s in schedule.sessions] == [
        ("Live timing", ""),
        ("Live timing", ""),
        ("LIVE TV", ""),
        ("LIVE TV", ""),
        ("LIVE TV", "driver change in the middle of the race"),
        ("LIVE TV", "driver change in the middle of the race"),
    ]


def test_gt4_press_release_states_cest_and_has_a_title() -> None:
    schedule = read_sample("gt4-hockenheim-press-release-en.txt", year=2023)

    assert schedule.written_in is not None
    assert schedule.written_in.kind == "zone"
    assert schedule.written_in.zone_name == "Europe/Berlin"
    assert schedule.written_in.phrase == "all times in CEST"
    assert schedule.heading.startswith("Time schedule for this weekend's races")
    assert schedule.warnings == ()


def test_gt4_press_release_without_a_year_reports_the_headings() -> None:
    schedule = read_sample("gt4-hockenheim-press-release-en.txt")

    assert schedule.sessions == ()
    assert [line.line_number for line in schedule.unread] == [4, 5, 6, 8, 9, 10, 12, 13]
    assert "year" in schedule.unread[0].reason


def test_series_timetable_reads_six_sessions_with_end_times() -> None:
    schedule = read_sample("series-timetable-with-end-times-en.txt")

    assert [(s.day, s.start, s.end, s.duration_minutes, s.name) for s in schedule.sessions] == [
        (date(2023, 9, 29), time(10, 35), time(11, 35), 60, "Free Practice 1"),
        (date(2023, 9, 29), time(15, 5), time(16, 5), 60, "Free Practice 2"),
        (date(2023, 9, 30), time(9, 30), time(9, 50), 20, "Qualifying 1"),
        (date(2023, 9, 30), time(10, 0), time(10, 20), 20, "Qualifying 2"),
        (date(2023, 9, 30), time(15, 45), time(16, 45), 60, "Race 1"),
        (date(2023, 10, 1), time(11, 15), time(12, 15), 60, "Race 2"),
    ]
    assert [s.broadcast for s in schedule.sessions][-2:] == ["LIVE on GT World YouTube"] * 2
    assert schedule.unread == ()


def test_series_timetable_is_written_in_track_local_time() -> None:
    schedule = read_sample("series-timetable-with-end-times-en.txt")

    assert schedule.written_in is not None
    assert schedule.written_in.kind == "track"
    assert schedule.written_in.zone_name is None
    assert schedule.written_in.phrase == "All times are local (CEST)"
    assert schedule.heading == "TIMETABLE - ROUND 6 - CIRCUIT DE BARCELONA-CATALUNYA"


def test_season_calendar_pasted_as_a_timetable_is_reported_line_by_line() -> None:
    schedule = read_sample("gt4-calendar-2023-en.txt", year=2023)

    assert schedule.sessions == ()
    assert [line.line_number for line in schedule.unread] == [1, 2, 3, 4, 5, 6, 7]
    assert schedule.heading == ""


def test_swedish_press_release_reads_every_session() -> None:
    schedule = read_sample("stcc-ljungbyhed-pressmeddelande-sv.txt", year=2022)

    assert [(s.day, s.start, s.duration_minutes, s.name, s.kind) for s in schedule.sessions] == [
        (date(2022, 6, 3), time(9, 0), 30, "Testdag", SessionKind.TEST),
        (date(2022, 6, 3), time(16, 20), 40, "Fri träning 1", SessionKind.PRACTICE),
        (date(2022, 6, 3), time(17, 30), 40, "Fri träning 2", SessionKind.PRACTICE),
        (date(2022, 6, 4), time(10, 0), 20, "Tidskval", SessionKind.QUALIFYING),
        (
            date(2022, 6, 4),
            time(11, 15),
            None,
            "Depåpromenad och autografskrivning",
            SessionKind.OTHER,
        ),
        (date(2022, 6, 4), time(13, 5), 10, "Uppvärmning", SessionKind.WARMUP),
        (date(2022, 6, 4), time(14, 30), None, "Race – Del 1", SessionKind.RACE),
        (date(2022, 6, 4), time(16, 45), None, "Race 2", SessionKind.RACE),
    ]


def test_swedish_press_release_keeps_swedish_broadcasts_and_notes() -> None:
    schedule = read_sample("stcc-ljungbyhed-pressmeddelande-sv.txt", year=2022)
    by_name = {s.name: s for s in schedule.sessions}

    assert by_name["Testdag"].notes == "öppen depå för publiken"
    assert by_name["Fri träning 1"].broadcast == "Live timing"
    assert by_name["Race – Del 1"].broadcast == "Sänds LIVE på TV4 Play"
    assert by_name["Race – Del 1"].notes == "25 varv"
    assert by_name["Race 2"].broadcast == "Sänds live på www.stcc.se"
    assert by_name["Race 2"].notes == "förarbyte mitt i loppet"


def test_swedish_press_release_is_in_swedish_time_and_reports_its_last_line() -> None:
    schedule = read_sample("stcc-ljungbyhed-pressmeddelande-sv.txt", year=2022)

    assert schedule.written_in is not None
    assert schedule.written_in.zone_name == "Europe/Stockholm"
    assert schedule.heading == "Tidsschema för premiären på Ljungbyhed (STCC omgång 1)"
    assert [(line.line_number, line.text) for line in schedule.unread] == [
        (16, "Biljetter säljs vid entrén.")
    ]


def test_swedish_schedule_with_short_weekdays_and_slashed_dates() -> None:
    schedule = read_sample("hankook-12h-schema-sv.txt", year=2022)

    assert [(s.day, s.start, s.duration_minutes, s.name) for s in schedule.sessions] == [
        (date(2022, 5, 13), time(16, 20), 90, "Fri träning"),
        (date(2022, 5, 13), time(19, 5), 15, "Kvalificering 1"),
        (date(2022, 5, 13), time(19, 30), 15, "Kvalificering 2"),
        (date(2022, 5, 13), time(19, 55), 15, "Kvalificering 3"),
        (date(2022, 5, 14), time(13, 55), 360, "Race – Del 1"),
        (date(2022, 5, 15), time(14, 5), 360, "Race – Del 2"),
    ]
    assert schedule.sessions[4].broadcast == "livetiming.getraceresults.com/24hseries"
    assert schedule.heading == "Hankook 12H Hockenheimring – helgens tider"


def test_table_with_numeric_dates_codes_and_pipes() -> None:
    schedule = read_sample("tcr-numeric-dates-de-style-en.txt")

    assert [(s.day, s.start, s.name, s.kind) for s in schedule.sessions] == [
        (date(2022, 4, 22), time(10, 0), "Free Practice 1", SessionKind.PRACTICE),
        (date(2022, 4, 22), time(14, 15), "Free Practice 2", SessionKind.PRACTICE),
        (date(2022, 4, 23), time(9, 30), "Qualifying 1", SessionKind.QUALIFYING),
        (date(2022, 4, 23), time(16, 5), "Race 1", SessionKind.RACE),
        (date(2022, 4, 24), time(9, 0), "Qualifying 2", SessionKind.QUALIFYING),
        (date(2022, 4, 24), time(13, 40), "Race 2", SessionKind.RACE),
    ]
    race_1 = schedule.sessions[3]
    assert (race_1.duration_minutes, race_1.notes, race_1.broadcast) == (
        30,
        "30 min + 1 lap",
        "LIVE on Sport1",
    )
    assert schedule.written_in is not None and schedule.written_in.kind == "track"


def test_dubai_schedule_in_swedish_time_with_a_24_hour_race() -> None:
    schedule = read_sample("dubai-24h-schedule-swedish-time-en.txt")

    assert schedule.written_in is not None
    assert schedule.written_in.zone_name == "Europe/Stockholm"
    race = schedule.sessions[-1]
    assert (race.day, race.start, race.duration_minutes, race.end) == (
        date(2024, 1, 12),
        time(10, 0),
        24 * 60,
        time(10, 0),
    )
    assert race.broadcast == "Live stream on YouTube"
    assert schedule.sessions[1].name == "Qualifying Bronze drivers"
