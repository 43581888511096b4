"""The zone a text says its times are in, and converting them to the track's clock."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from planner.domain.errors import NonExistentTimeError, ValidationError
from planner.importing.schedule_text import parse_schedule
from planner.importing.written_zone import (
    WrittenZone,
    find_written_zone,
    resolve_written_zone,
    to_track_wall,
)


@pytest.mark.parametrize(
    ("line", "kind", "zone_name"),
    [
        ("(all times in CEST)", "zone", "Europe/Berlin"),
        ("All times are local (CEST)", "track", None),
        ("local time", "track", None),
        ("Lokal tid", "track", None),
        ("Times in local time", "track", None),
        ("svensk tid", "zone", "Europe/Stockholm"),
        ("Swedish time", "zone", "Europe/Stockholm"),
        ("Alla tidsangivelser avser svensk tid", "zone", "Europe/Stockholm"),
        ("Alla tider är lokala", "track", None),
        ("Times in UTC", "zone", "UTC"),
        ("(CET)", "zone", "Europe/Berlin"),
        ("All times UTC+4", "zone", "Etc/GMT-4"),
    ],
)
def test_zone_lines_in_english_and_swedish(line: str, kind: str, zone_name: str | None) -> None:
    statement = find_written_zone(line)

    assert statement is not None
    assert (statement.zone.kind, statement.zone.zone_name, statement.remainder) == (
        kind,
        zone_name,
        "",
    )


def test_zone_line_is_not_an_unread_line() -> None:
    schedule = parse_schedule("(all times in CEST)\nFriday 1 September 2023\n10:00 Race\n")

    assert schedule.unread == ()
    assert schedule.written_in == WrittenZone("zone", "Europe/Berlin", "all times in CEST", 120)


def test_ordinary_words_are_not_zones() -> None:
    assert find_written_zone("Wet race expected on Sunday") is None
    assert find_written_zone("The local hero starts from pole") is None


def test_title_with_a_zone_keeps_both() -> None:
    schedule = parse_schedule("Tidsschema (svensk tid)\nLördag 4 juni 2022\n10.00 Kval\n")

    assert schedule.heading == "Tidsschema"
    assert schedule.written_in is not None and schedule.written_in.zone_name == "Europe/Stockholm"


def test_a_second_different_zone_is_reported_and_the_first_kept() -> None:
    schedule = parse_schedule("(all times in CEST)\nTimes in UTC\nSat 2 Sep 2023\n10:00 Race\n")

    assert schedule.written_in is not None and schedule.written_in.zone_name == "Europe/Berlin"
    assert schedule.unread[0].line_number == 2
    assert "another time zone" in schedule.unread[0].reason


def test_cest_written_for_a_winter_day_is_read_as_central_european_time_with_a_warning() -> None:
    text = (
        "(all times in CEST)\n"
        "Saturday 28 October 2023\n10:00 Race 1\n"
        "Sunday 29 October 2023\n10:00 Race 2\n"
    )
    schedule = parse_schedule(text)

    assert len(schedule.sessions) == 2
    (warning,) = schedule.warnings
    assert "2023-10-29" in warning
    assert "UTC+01:00" in warning


def test_user_choice_wins_over_what_the_text_says() -> None:
    swedish = WrittenZone("zone", "Europe/Stockholm", "svensk tid")

    assert resolve_written_zone(swedish, "Asia/Dubai", "UTC") == "UTC"
    assert resolve_written_zone(swedish, "Asia/Dubai", None) == "Europe/Stockholm"


def test_track_local_or_unstated_times_are_in_the_track_zone() -> None:
    local = WrittenZone("track", None, "local time")

    assert resolve_written_zone(local, "Europe/Madrid", None) == "Europe/Madrid"
    assert resolve_written_zone(None, "Europe/Madrid", None) == "Europe/Madrid"


def test_unknown_chosen_zone_is_refused() -> None:
    with pytest.raises(ValidationError):
        resolve_written_zone(None, "Europe/Madrid", "Mars/Olympus")


def test_swedish_time_at_dubai_is_two_hours_later_in_summer() -> None:
    wall = to_track_wall(date(2023, 7, 1), time(14, 0), "Europe/Stockholm", "Asia/Dubai")

    assert wall == datetime(2023, 7, 1, 16, 0)


def test_swedish_time_at_dubai_is_three_hours_later_in_winter() -> None:
    wall = to_track_wall(date(2024, 1, 12), time(10, 0), "Europe/Stockholm", "Asia/Dubai")

    assert wall == datetime(2024, 1, 12, 13, 0)


def test_dubai_schedule_in_swedish_time_lands_in_track_time() -> None:
    text = "Schedule in Swedish time\nFRIDAY 12 JANUARY 2024\n22:30 Race (24 hours)\n"
    schedule = parse_schedule(text)
    race = schedule.sessions[0]
    zone_name = resolve_written_zone(schedule.written_in, "Asia/Dubai", None)

    assert to_track_wall(race.day, race.start, zone_name, "Asia/Dubai") == datetime(
        2024, 1, 13, 1, 30
    )


def test_time_the_written_zone_skips_raises_the_track_time_error() -> None:
    with pytest.raises(NonExistentTimeError):
        to_track_wall(date(2024, 3, 31), time(2, 30), "Europe/Stockholm", "Asia/Dubai")
