"""Press-kit blocks of the demo rounds, compared with the schedules families publish."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.importing.schedule_text import ParsedSession, parse_schedule
from planner.press.blocks import PressOptions, build_block
from planner.press.zone_words import zone_in_words
from planner.services.lookup import find_round

PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"


def _round_id(db: Database, series: str, year: int, number: int) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, series, year, number).id


def _timetable(sessions: tuple[ParsedSession, ...]) -> list[tuple[date, time, SessionKind]]:
    return [(session.day, session.start, session.kind) for session in sessions]


def _lines_by_day(text: str) -> dict[str, list[str]]:
    """Each day heading's session lines, cut to their clock time."""
    days: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines()[2:]:  # after the title and the zone note
        if line.endswith(":") and line[:1].isupper() and not line[:1].isdigit():
            current = line
            days[current] = []
        elif line[:2].isdigit() and current:
            days[current].append(line[:5])
    return days


def test_gt4_hockenheim_schedule_in_english_central_european_time_matches_the_release(
    demo_db: Database,
) -> None:
    block = build_block(
        demo_db,
        _round_id(demo_db, "GT4 Europe", 2023, 5),
        "schedule",
        PressOptions(language="en", zone_name="Europe/Berlin"),
    )
    sample = (PRESS / "gt4-hockenheim-schedule-cest.txt").read_text(encoding="utf-8")
    lines = block.splitlines()
    assert lines[0] == "Time schedule for this weekend's races (GT4 European Series Round 5):"
    assert lines[1] == "(all times are Central European time)"
    ours, theirs = _lines_by_day(block), _lines_by_day(sample)
    assert list(ours) == [
        "Friday September 1st:",
        "Saturday September 2nd:",
        "Sunday September 3rd:",
    ]
    assert list(ours) == [day for day in theirs if day in ours]
    # The release writes Q1 and Q2 on one line (2 x 20 min from 11:10): we list both.
    assert ours == {
        "Friday September 1st:": ["12:10", "17:00"],
        "Saturday September 2nd:": ["11:10", "11:30", "16:55"],
        "Sunday September 3rd:": ["11:35"],
    }
    assert theirs["Saturday September 2nd:"] == ["11:10", "16:55"]
    read_ours = parse_schedule(block, year=2023)
    read_theirs = parse_schedule(sample, year=2023)
    assert read_ours.unread == ()
    assert _timetable(read_ours.sessions) == _timetable(read_theirs.sessions)
    assert [s.name for s in read_ours.sessions] == [s.name for s in read_theirs.sessions]
    assert [s.duration_minutes for s in read_ours.sessions] == [
        s.duration_minutes for s in read_theirs.sessions
    ]
    assert read_ours.written_in is not None and read_theirs.written_in is not None
    assert read_ours.written_in.zone_name == read_theirs.written_in.zone_name == "Europe/Berlin"


def test_12h_hockenheim_schedule_in_swedish_time_matches_the_published_schedule(
    demo_db: Database,
) -> None:
    block = build_block(
        demo_db,
        _round_id(demo_db, "24H", 2022, 4),
        "schedule",
        PressOptions(language="sv", zone_name="Europe/Stockholm"),
    )
    sample = (PRESS / "hankook-12h-schedule-swedish-time.txt").read_text(encoding="utf-8")
    lines = block.splitlines()
    assert lines[0] == "Tidsschema för helgens tävlingar (24H Series omgång 4):"
    assert lines[1] == "(alla tidsangivelser avser svensk tid)"
    assert _lines_by_day(block) == {
        "Fredag 13 maj:": ["16:20", "19:05"],
        "Lördag 14 maj:": ["13:55"],
        "Söndag 15 maj:": ["14:05"],
    }
    assert any(line.startswith("13:55 Race – Del 1 (6 timmar) – ") for line in lines)
    read_ours = parse_schedule(block, year=2022)
    read_theirs = parse_schedule(sample, year=2022)
    assert read_ours.unread == () and read_theirs.unread == ()
    assert _timetable(read_ours.sessions) == _timetable(read_theirs.sessions)
    assert [s.duration_minutes for s in read_ours.sessions] == [None, None, 360, 360]
    assert read_ours.written_in is not None
    assert read_ours.written_in.zone_name == "Europe/Stockholm"


def test_home_time_moves_the_days_and_names_the_zone(demo_db: Database) -> None:
    block = build_block(
        demo_db,
        _round_id(demo_db, "GT4 Europe", 2023, 5),
        "schedule",
        PressOptions(language="en", zone_name="America/New_York"),
    )
    assert "(all times are Eastern time)" in block
    assert "06:10 Free Practice 1 (60 min) – Live timing" in block


def test_the_12h_results_and_standings_blocks_in_both_languages(demo_db: Database) -> None:
    round_id = _round_id(demo_db, "24H", 2022, 4)
    english = build_block(demo_db, round_id, "results", PressOptions(language="en"))
    swedish = build_block(demo_db, round_id, "results", PressOptions(language="sv"))
    assert english.splitlines() == [
        "Results from the weekend:",
        "Free Practice: 3rd place in TCR",
        "Qualifying: 1st place in TCR (pole position)",
        "Race – Part 2: 3rd place in TCR",
    ]
    assert swedish.splitlines() == [
        "Resultat från helgen:",
        "Fri träning: 3:e plats i TCR",
        "Kval: 1:a plats i TCR (pole position)",
        "Race – Del 2: 3:e plats i TCR",
    ]
    table = build_block(demo_db, round_id, "standings", PressOptions(language="sv"))
    assert table.splitlines()[0] == "Mästerskapsställning efter 4 av 7 omgångar:"
    assert "1. Andreas Bäckman (SWE), 32 p." in table.splitlines()


def test_the_track_block_gives_place_length_corners_race_length_and_lap_record(
    demo_db: Database,
) -> None:
    round_id = _round_id(demo_db, "GT4 Europe", 2023, 5)
    english = build_block(demo_db, round_id, "track", PressOptions(language="en"))
    swedish = build_block(demo_db, round_id, "track", PressOptions(language="sv"))
    assert english.splitlines() == [
        "About the track (Hockenheimring):",
        "Place: Hockenheim, Germany",
        "Length: 4.574 km",
        "Corners: 16",
        "Race length: 2 x 60 min",
        "Lap record: 1:47.095 (TCR)",
    ]
    assert "Längd: 4,574 km" in swedish.splitlines()
    assert "Plats: Hockenheim, Tyskland" in swedish.splitlines()


@pytest.mark.parametrize(
    ("zone_name", "english", "swedish"),
    [
        ("Europe/Stockholm", "Swedish time", "svensk tid"),
        ("Europe/Berlin", "Central European time", "centraleuropeisk tid"),
        ("Europe/London", "UK time", "brittisk tid"),
    ],
)
def test_zones_are_named_in_words(zone_name: str, english: str, swedish: str) -> None:
    assert zone_in_words(zone_name, "en") == english
    assert zone_in_words(zone_name, "sv") == swedish


def test_a_finished_sessions_result_text_for_calendar_descriptions(demo_db: Database) -> None:
    from planner.press.blocks import finished_session_text
    from planner.services.results import round_results

    data = round_results(demo_db, _round_id(demo_db, "24H", 2022, 4))
    by_name = {session.name: session.id for session in data.sessions}
    assert finished_session_text(data, by_name["Qualifying"], "en") == (
        "1st place in TCR (pole position)"
    )
    assert finished_session_text(data, by_name["Race – Part 2"], "sv") == "3:e plats i TCR"
    assert finished_session_text(data, by_name["Race – Part 1"], "en") == ""
