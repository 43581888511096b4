"""An imported summary loses the "Cancelled:" our exports (and others) put in
front, in English and in Swedish, whatever its case."""

from __future__ import annotations

import pytest

from planner.services.ics_import import _plain_summary


@pytest.mark.parametrize(
    ("summary", "plain"),
    [
        ("Cancelled: Race 1", "Race 1"),
        ("CANCELLED:  Race 1 ", "Race 1"),
        ("Inställt: Race 1", "Race 1"),
        ("inställt: Kval", "Kval"),
        ("Race 1", "Race 1"),
        ("Cancelled Race 1", "Cancelled Race 1"),
    ],
)
def test_the_cancelled_prefix_is_taken_off(summary: str, plain: str) -> None:
    assert _plain_summary(summary) == plain
