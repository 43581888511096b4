"""Session lines: times, ranges, durations, names, kinds, broadcasts and notes."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain.kinds import SessionKind
from planner.importing.schedule_text import ParsedSession, parse_schedule

DAY = "Saturday 2 September 2023\n"


def read_sessions(lines: str) -> tuple[ParsedSession, ...]:
    schedule = parse_schedule(DAY + lines)
    assert schedule.unread == (), schedule.unread
    return schedule.sessions


def read_one(line: str) -> ParsedSession:
    (session,) = read_sessions(line)
    return session


@pytest.mark.parametrize(
    "line",
    [
        "10:35 - 11:35 Race",
        "10.35–11.35 Race",
        "10:35 — 11:35 Race",
        "10:35 − 11:35 Race",
        "10:35 to 11:35 Race",
        "10.35 till 11.35 Race",
        "kl. 10.35–11.35 Race",
        "10:35 am - 11:35 am Race",
    ],
)
def test_time_ranges_with_every_separator(line: str) -> None:
    session = read_one(line)

    assert (session.start, session.end, session.duration_minutes) == (
        time(10, 35),
        time(11, 35),
        60,
    )


def test_single_times_with_colon_or_dot() -> None:
    assert read_one("12:10 Race").start == time(12, 10)
    assert read_one("12.10 Race").start == time(12, 10)
    assert read_one("1:30 pm Race").start == time(13, 30)


def test_range_crossing_midnight_lasts_into_the_next_day() -> None:
    session = read_one("23:30 - 01:00 Night practice")

    assert (session.day, session.end, session.duration_minutes) == (
        date(2023, 9, 2),
        time(1, 0),
        90,
    )


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("12:10 Race 1 (60 min)", 60),
        ("12:10 Race 1 – 60 minutes", 60),
        ("12:10 Race 1, 1 h", 60),
        ("12:10 Race 1 (1,5 h)", 90),
        ("12:10 Race – Del 1 (6 timmar)", 360),
        ("12:10 Lopp 2 – 25 minuter", 25),
        ("12:10 Race 1 45 min", 45),
    ],
)
def test_durations_in_english_and_swedish(line: str, minutes: int) -> None:
    session = read_one(line)

    assert session.duration_minutes == minutes
    assert session.kind == SessionKind.RACE


def test_a_duration_gives_the_end_time() -> None:
    assert read_one("12:10 Free Practice 1 (60 min)").end == time(13, 10)


def test_two_times_twenty_minutes_is_two_sessions_one_after_the_other() -> None:
    first, second = read_sessions("11:10 Qualifying (2 x 20 min)")

    assert (first.name, first.start, first.duration_minutes) == ("Qualifying 1", time(11, 10), 20)
    assert (second.name, second.start, second.duration_minutes) == (
        "Qualifying 2",
        time(11, 30),
        20,
    )


def test_a_break_between_split_sessions_delays_the_second() -> None:
    _, second = read_sessions("11:10 Kval 1 & 2 (2 x 20 min, 10 min paus)")

    assert second.start == time(11, 40)


def test_a_written_start_for_the_second_session_wins() -> None:
    first, second = read_sessions("11:10 Q1/Q2 (20 min each) – Q2 11:45")

    assert (first.name, second.name) == ("Q1", "Q2")
    assert second.start == time(11, 45)


def test_code_and_spelled_out_name_give_the_spelled_out_names() -> None:
    first, second = read_sessions(
        "11:10 Q1/Q2 – Qualifying 1 & 2 (2 x 20 min) - LIVE TV QUALIFYING"
    )

    assert (first.name, second.name) == ("Qualifying 1", "Qualifying 2")
    assert first.broadcast == second.broadcast == "LIVE TV"


def test_two_sessions_without_a_way_to_place_the_second_are_unread() -> None:
    schedule = parse_schedule(DAY + "11:10 Qualifying 1 & 2\n")

    assert schedule.sessions == ()
    assert "only the first start time" in schedule.unread[0].reason


def test_race_length_in_laps_is_kept_as_a_note() -> None:
    assert read_one("14:00 Race 1 (25 laps)").notes == "25 laps"
    assert read_one("14.00 Race 2 – 25 varv").notes == "25 varv"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Free Practice", SessionKind.PRACTICE),
        ("Fri träning", SessionKind.PRACTICE),
        ("Träning 2", SessionKind.PRACTICE),
        ("FP1", SessionKind.PRACTICE),
        ("Qualifying", SessionKind.QUALIFYING),
        ("Kval", SessionKind.QUALIFYING),
        ("Kvalificering", SessionKind.QUALIFYING),
        ("Tidskval", SessionKind.QUALIFYING),
        ("Q1", SessionKind.QUALIFYING),
        ("Race", SessionKind.RACE),
        ("Race 1", SessionKind.RACE),
        ("Race – Del 1", SessionKind.RACE),
        ("Race part 1", SessionKind.RACE),
        ("Lopp", SessionKind.RACE),
        ("Heat 3", SessionKind.RACE),
        ("Final", SessionKind.RACE),
        ("Warm-up", SessionKind.WARMUP),
        ("Uppvärmning", SessionKind.WARMUP),
        ("Test", SessionKind.TEST),
        ("Testdag", SessionKind.TEST),
        ("Pit walk", SessionKind.OTHER),
        ("Autograph session", SessionKind.OTHER),
        ("Porsche Carrera Cup", SessionKind.OTHER),
    ],
)
def test_session_names_and_their_kinds(name: str, kind: SessionKind) -> None:
    session = read_one(f"10:00 {name}")

    assert (session.name, session.kind) == (name, kind)


def test_name_written_before_the_time() -> None:
    session = read_one("Träning 1: 10.00–10.40")

    assert (session.name, session.start, session.duration_minutes) == ("Träning 1", time(10), 40)


@pytest.mark.parametrize(
    ("line", "broadcast"),
    [
        ("12:10 Free Practice 1 – LIVETIMING", "Live timing"),
        ("12:10 Free Practice 1 - Live timing", "Live timing"),
        ("12:10 Race 1 – LIVE TV RACE 1", "LIVE TV"),
        ("12:10 Race 1   LIVE on GT World YouTube", "LIVE on GT World YouTube"),
        ("12:10 Race 1 LIVE on GT World YouTube", "LIVE on GT World YouTube"),
        ("12.10 Race 1 – Sänds LIVE på TV4 Play", "Sänds LIVE på TV4 Play"),
        ("12.10 Race 1 – sänds live på stcc.se", "sänds live på stcc.se"),
        ("12:10 Race 1 – https://www.youtube.com/@gtworld", "https://www.youtube.com/@gtworld"),
    ],
)
def test_broadcast_notes_are_kept_readable(line: str, broadcast: str) -> None:
    session = read_one(line)

    assert (session.name, session.broadcast, session.notes) == (session.name, broadcast, "")
    assert session.name in {"Free Practice 1", "Race 1"}


def test_other_trailing_text_goes_to_notes() -> None:
    session = read_one("16:55 Race 1 (60 min) – förarbyte mitt i loppet")

    assert (session.name, session.notes) == ("Race 1", "förarbyte mitt i loppet")


def test_end_time_wins_over_a_different_written_duration() -> None:
    session = read_one("10:00 - 10:40 Qualifying (30 min)")

    assert (session.duration_minutes, session.notes) == (40, "30 min")


def test_zone_abbreviation_after_the_time_is_the_texts_zone() -> None:
    schedule = parse_schedule(DAY + "12:10 CEST Free Practice 1\n")

    assert schedule.written_in is not None and schedule.written_in.zone_name == "Europe/Berlin"
    assert schedule.sessions[0].name == "Free Practice 1"


def test_time_without_a_name_is_unread() -> None:
    schedule = parse_schedule(DAY + "12:10\n")

    assert "no session name" in schedule.unread[0].reason


def test_clock_time_out_of_range_is_unread() -> None:
    assert "25:10 is not a time of day" in parse_schedule(DAY + "25:10 Race\n").unread[0].reason


def test_prose_telling_a_session_is_read_and_prose_naming_none_is_unread() -> None:
    # Issue 12 asks for prose ("the race starts at 15:30 on Saturday") to be read; a
    # sentence with a time but no session stays unread, with the reason.
    schedule = parse_schedule(
        DAY + "The race starts at 14:00 and lasts an hour.\nParking opens at 07:00 sharp.\n"
    )

    assert [(session.name, session.start.hour) for session in schedule.sessions] == [("Race", 14)]
    assert [line.line_number for line in schedule.unread] == [3]


def test_every_session_remembers_its_line() -> None:
    first, second = read_sessions("\n11:10 Qualifying (2 x 20 min)")

    assert first.line_number == second.line_number == 3
    assert first.source_text == "11:10 Qualifying (2 x 20 min)"
