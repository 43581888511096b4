"""Closed vocabularies (session kind and status, round status): any case and spacing
is the member; anything else is refused with a message naming the value and the choices."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.domain.errors import ValidationError
from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.services import validation


def test_every_member_is_found_by_its_value_in_any_case_and_spacing() -> None:
    for kind in SessionKind:
        assert validation.session_kind(f" {kind.value.upper()} ") is kind
    for status in SessionStatus:
        assert validation.session_status(status.value.title()) is status
    for round_status in RoundStatus:
        assert validation.round_status(f"{round_status.value}\t") is round_status


@pytest.mark.parametrize(
    ("check", "message"),
    [
        (validation.session_kind, "“Lunch” is not a session kind. Choose one of: practice, "),
        (validation.session_status, "“Lunch” is not a session status. Choose one of: scheduled, "),
        (validation.round_status, "“Lunch” is not a round status. Choose one of: scheduled, "),
    ],
)
def test_a_value_outside_the_vocabulary_is_refused_naming_the_choices(
    check: Callable[[str], object], message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        check("Lunch")
    assert str(refused.value).startswith(message)
    with pytest.raises(ValidationError):
        check("scheduled x")  # near a member is not a member
