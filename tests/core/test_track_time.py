from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner.domain.errors import AmbiguousTimeError, NonExistentTimeError, ValidationError
from planner.domain.track_time import (
    convert_wall,
    localize,
    session_times,
    utc_to_wall,
    wall_to_utc,
    zone,
)


def test_summer_wall_time_in_berlin_is_two_hours_ahead_of_utc() -> None:
    assert wall_to_utc(datetime(2023, 9, 1, 12, 10), "Europe/Berlin") == datetime(
        2023, 9, 1, 10, 10, tzinfo=UTC
    )


def test_winter_wall_time_in_berlin_is_one_hour_ahead_of_utc() -> None:
    assert wall_to_utc(datetime(2023, 1, 15, 12, 0), "Europe/Berlin") == datetime(
        2023, 1, 15, 11, 0, tzinfo=UTC
    )


def test_time_skipped_by_spring_forward_is_refused_naming_time_and_zone() -> None:
    with pytest.raises(NonExistentTimeError) as caught:
        localize(datetime(2023, 3, 26, 2, 30), "Europe/Berlin")
    message = str(caught.value)
    assert "02:30" in message
    assert "26 March 2023" in message
    assert "Europe/Berlin" in message


def test_time_shown_twice_at_fall_back_is_refused_naming_both_offsets() -> None:
    with pytest.raises(AmbiguousTimeError) as caught:
        localize(datetime(2023, 10, 29, 2, 30), "Europe/Berlin")
    message = str(caught.value)
    assert "02:30" in message and "Europe/Berlin" in message
    assert "UTC+02:00" in message and "UTC+01:00" in message


def test_chosen_offset_resolves_an_ambiguous_time() -> None:
    first = localize(datetime(2023, 10, 29, 2, 30), "Europe/Berlin", is_dst=True)
    second = localize(datetime(2023, 10, 29, 2, 30), "Europe/Berlin", is_dst=False)
    assert second - first == timedelta(hours=1)


def test_chosen_standard_offset_moves_a_skipped_time_to_the_real_wall_time() -> None:
    moment = localize(datetime(2023, 3, 26, 2, 30), "Europe/Berlin", is_dst=False)
    assert moment.replace(tzinfo=None) == datetime(2023, 3, 26, 3, 30)
    assert moment.astimezone(UTC) == datetime(2023, 3, 26, 1, 30, tzinfo=UTC)


def test_session_across_fall_back_keeps_its_true_duration() -> None:
    times = session_times(datetime(2023, 10, 29, 1, 30), "Europe/Berlin", 120)
    assert times.utc_end is not None and times.track_end is not None
    assert times.utc_end - times.utc_start == timedelta(hours=2)
    # Wall clock shows only one hour later, because the clocks went back.
    assert times.track_end.replace(tzinfo=None) == datetime(2023, 10, 29, 2, 30)


def test_session_across_midnight_and_spring_forward_keeps_its_true_duration() -> None:
    times = session_times(datetime(2023, 3, 25, 23, 0), "Europe/Berlin", 6 * 60)
    assert times.track_end is not None
    assert times.track_end.replace(tzinfo=None) == datetime(2023, 3, 26, 6, 0)


def test_swedish_time_for_dubai_lands_two_hours_later_in_summer() -> None:
    track = convert_wall(datetime(2023, 6, 10, 14, 0), "Europe/Stockholm", "Asia/Dubai")
    assert track == datetime(2023, 6, 10, 16, 0)


def test_swedish_time_for_dubai_lands_three_hours_later_in_winter() -> None:
    track = convert_wall(datetime(2024, 1, 13, 14, 0), "Europe/Stockholm", "Asia/Dubai")
    assert track == datetime(2024, 1, 13, 17, 0)


def test_utc_to_wall_gives_naive_track_time() -> None:
    assert utc_to_wall(datetime(2023, 9, 1, 10, 10, tzinfo=UTC), "Europe/Berlin") == datetime(
        2023, 9, 1, 12, 10
    )


def test_unknown_zone_name_gets_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="Europe/Hockenheim"):
        zone("Europe/Hockenheim")


def test_unknown_duration_has_no_end() -> None:
    times = session_times(datetime(2022, 5, 13, 16, 20), "Europe/Berlin", None)
    assert times.utc_end is None and times.track_end is None


def _times_through_pytz_localize(
    wall: datetime, zone_name: str, minutes: int, is_dst: bool | None
) -> tuple[datetime, datetime, datetime, datetime]:
    """What ``session_times`` gave before its bisect: pytz's own ``localize``."""
    track_start = localize(wall, zone_name, is_dst=is_dst)
    utc_start = track_start.astimezone(zone("UTC"))  # pytz's UTC, as session_times
    utc_end = utc_start + timedelta(minutes=minutes)
    return track_start, utc_end.astimezone(zone(zone_name)), utc_start, utc_end


@pytest.mark.parametrize(
    "zone_name",
    ["Europe/Berlin", "America/New_York", "Australia/Melbourne", "Asia/Dubai", "UTC"],
)
def test_session_times_match_pytz_localize_around_every_clock_change(zone_name: str) -> None:
    """Every wall time within three hours of a clock change (2020–2026), each is_dst
    choice: the same instants, the same zone objects, or the same message."""
    tz = zone(zone_name)
    changes = [
        moment
        for moment in getattr(tz, "_utc_transition_times", [])
        if datetime(2020, 1, 1) <= moment < datetime(2027, 1, 1)
    ] or [datetime(2024, 3, 31, 1, 0)]
    for change in changes:
        for minutes in range(-180, 181, 15):
            wall = change + timedelta(minutes=minutes)
            for is_dst in (None, True, False):
                try:
                    expected: object = _times_through_pytz_localize(wall, zone_name, 90, is_dst)
                except ValidationError as error:
                    expected = str(error)
                try:
                    times = session_times(wall, zone_name, 90, is_dst=is_dst)
                    got: object = (
                        times.track_start,
                        times.track_end,
                        times.utc_start,
                        times.utc_end,
                    )
                except ValidationError as error:
                    got = str(error)
                assert got == expected, (wall, is_dst)
                if isinstance(got, tuple) and isinstance(expected, tuple):
                    assert [value.tzinfo for value in got] == [value.tzinfo for value in expected]
