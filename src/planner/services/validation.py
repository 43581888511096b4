"""Checks of user input shared by the services, each with a message in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar, cast

from planner.domain.errors import ValidationError
from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.i18n import tr

MAX_SESSION_MINUTES = 48 * 60
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
Choice = TypeVar("Choice", bound=StrEnum)


def required_text(value: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(tr("The {what} cannot be empty.").format(what=tr(what)))
    return cleaned


#: Each closed vocabulary's members by value: one dict lookup (calling the Enum
#: costs ~2 µs, and a 20,000-session import checks 40,000 values).
_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {
    vocabulary: {member.value: member for member in vocabulary}
    for vocabulary in (SessionKind, SessionStatus, RoundStatus)
}


def _choice(vocabulary: type[Choice], value: str, message: Callable[[], str]) -> Choice:
    """A member of a closed vocabulary, or ``message()`` naming the value and the choices
    (translated only when it is shown: a bulk import checks 60,000 values)."""
    found = _MEMBERS[vocabulary].get(value.strip().lower())
    if found is None:
        choices = ", ".join(member.value for member in vocabulary)
        raise ValidationError(message().format(value=value, choices=choices))
    return cast(Choice, found)


def session_kind(value: str) -> SessionKind:
    return _choice(
        SessionKind, value, lambda: tr("“{value}” is not a session kind. Choose one of: {choices}.")
    )


#: Each closed vocabulary's values as written in the database, to themselves.
_CANONICAL: dict[type[StrEnum], dict[str, str]] = {
    vocabulary: {member.value: member.value for member in vocabulary} for vocabulary in _MEMBERS
}


def session_kind_value(value: str) -> str:
    """``session_kind(value).value``: a value already as stored is one lookup (a bulk
    import stores kinds it has worked out), anything else the full check."""
    return _CANONICAL[SessionKind].get(value) or session_kind(value).value


def session_status_value(value: str) -> str:
    """``session_status(value).value``, a value already as stored in one lookup."""
    return _CANONICAL[SessionStatus].get(value) or session_status(value).value


def session_status(value: str) -> SessionStatus:
    return _choice(
        SessionStatus,
        value,
        lambda: tr("“{value}” is not a session status. Choose one of: {choices}."),
    )


def round_status(value: str) -> RoundStatus:
    return _choice(
        RoundStatus, value, lambda: tr("“{value}” is not a round status. Choose one of: {choices}.")
    )


def duration(minutes: int | None) -> int | None:
    if minutes is None:
        return None
    if minutes <= 0:
        raise ValidationError(tr("A session must last at least one minute."))
    if minutes > MAX_SESSION_MINUTES:
        raise ValidationError(
            tr("A session cannot last longer than 48 hours; split it into parts.")
        )
    return minutes


def round_days(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise ValidationError(
            tr("The round ends ({last}) before it starts ({first}).").format(
                first=first_day.isoformat(), last=last_day.isoformat()
            )
        )
    if (last_day - first_day).days > 14:
        raise ValidationError(tr("A round cannot last more than two weeks."))


def start_within_round(start_wall: datetime, first_day: date, last_day: date, name: str) -> None:
    if not first_day <= start_wall.date() <= last_day:
        raise ValidationError(
            tr(
                "{name} starts on {day}, outside the round's days ({first} to {last}). "
                "Change the round's dates first."
            ).format(
                name=name,
                day=start_wall.date().isoformat(),
                first=first_day.isoformat(),
                last=last_day.isoformat(),
            )
        )


def colour(value: str) -> str:
    if not COLOUR_PATTERN.match(value.strip()):
        raise ValidationError(
            tr("“{value}” is not a colour; write it as #RRGGBB, e.g. #1f6feb.").format(value=value)
        )
    return value.strip().lower()


def season_year(year: int) -> int:
    if not 1900 <= year <= 2200:
        raise ValidationError(tr("{year} is not a plausible season year.").format(year=year))
    return year


MAX_ROUND_NUMBER = 999
MAX_ALARM_MINUTES = 4 * 7 * 24 * 60  # four weeks before the start
MAX_CORNERS = 999


def round_number(number: int) -> int:
    """1 to 999: a number a calendar prints (and the database can hold)."""
    if not 1 <= number <= MAX_ROUND_NUMBER:
        raise ValidationError(
            tr("{number} is not a round number; rounds are numbered 1 to {most}.").format(
                number=number, most=MAX_ROUND_NUMBER
            )
        )
    return number


def round_in_season(first_day: date, last_day: date, year: int) -> None:
    """A round lies within its season's year, give or take one (a winter series).

    Nothing far from its season can be stored, so nothing stored can later
    overflow a date in a list, an export or the window.
    """
    if first_day.year < year - 1 or last_day.year > year + 1:
        raise ValidationError(
            tr(
                "The round's days ({first} to {last}) are too far from its season {year}: "
                "a round lies within the season's year, give or take one."
            ).format(first=first_day.isoformat(), last=last_day.isoformat(), year=year)
        )


def alarm_minutes(minutes: int | None) -> int | None:
    if minutes is None:
        return None
    if not 0 <= minutes <= MAX_ALARM_MINUTES:
        raise ValidationError(
            tr(
                "An alarm of {minutes} minutes is not possible: give 0 to {most} minutes "
                "(four weeks) before the start."
            ).format(minutes=minutes, most=MAX_ALARM_MINUTES)
        )
    return minutes


def corners(count: int | None) -> int | None:
    if count is None:
        return None
    if not 1 <= count <= MAX_CORNERS:
        raise ValidationError(
            tr("A circuit with {count} corners? Give 1 to {most}.").format(
                count=count, most=MAX_CORNERS
            )
        )
    return count
