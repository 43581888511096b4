"""Checks of user input shared by the services, each with a message in words."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

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


def _choice(vocabulary: type[Choice], value: str, message: str) -> Choice:
    """A member of a closed vocabulary, or ``message`` naming the value and the choices."""
    try:
        return vocabulary(value.strip().lower())
    except ValueError:
        choices = ", ".join(member.value for member in vocabulary)
        raise ValidationError(message.format(value=value, choices=choices)) from None


def session_kind(value: str) -> SessionKind:
    return _choice(
        SessionKind, value, tr("“{value}” is not a session kind. Choose one of: {choices}.")
    )


def session_status(value: str) -> SessionStatus:
    return _choice(
        SessionStatus, value, tr("“{value}” is not a session status. Choose one of: {choices}.")
    )


def round_status(value: str) -> RoundStatus:
    return _choice(
        RoundStatus, value, tr("“{value}” is not a round status. Choose one of: {choices}.")
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
