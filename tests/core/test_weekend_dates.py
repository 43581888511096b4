from __future__ import annotations

from datetime import date

from planner.domain.weekend_dates import default_round_days, next_friday_after


def test_the_weekend_after_a_sunday_round_starts_five_days_later() -> None:
    assert default_round_days(2023, date(2023, 9, 3), date(2023, 1, 10)) == (
        date(2023, 9, 8),
        date(2023, 9, 10),
    )


def test_a_friday_is_not_after_itself() -> None:
    assert next_friday_after(date(2023, 9, 8)) == date(2023, 9, 15)


def test_an_empty_season_of_this_year_starts_on_the_coming_weekend() -> None:
    assert default_round_days(2023, None, date(2023, 8, 30)) == (
        date(2023, 9, 1),
        date(2023, 9, 3),
    )


def test_an_empty_season_of_another_year_starts_in_april() -> None:
    assert default_round_days(2025, None, date(2023, 8, 30))[0] == date(2025, 4, 4)
