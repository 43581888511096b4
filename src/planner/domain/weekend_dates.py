"""Default days of a new round: a race weekend runs Friday to Sunday."""

from __future__ import annotations

from datetime import date, timedelta

FRIDAY = 4
LONG_ROUND_DAYS = 5  # a round longer than this is asked about first


def next_friday_after(day: date) -> date:
    """The first Friday strictly after ``day``."""
    return day + timedelta(days=(FRIDAY - day.weekday() - 1) % 7 + 1)


def default_round_days(
    season_year: int, last_round_day: date | None, today: date
) -> tuple[date, date]:
    """Friday to Sunday of the weekend after the season's last round; for a season
    without rounds the coming weekend (this year) or the first in April (another year)."""
    if last_round_day is not None:
        friday = next_friday_after(last_round_day)
    elif season_year == today.year:
        friday = next_friday_after(today - timedelta(days=1))
    else:
        friday = next_friday_after(date(season_year, 3, 31))
    return friday, friday + timedelta(days=2)
