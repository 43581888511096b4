"""A feed event is an immutable value: checked when built, equal and hashed on what it
shows (not on the writer's hints ``local_clock`` and ``escaped``), never equal to a
plain tuple."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import pytz
from ical_builders import make_all_day, make_event

from planner.ical import FeedEvent


def _event(**fields: Any) -> FeedEvent:
    return make_event("Race", datetime(2024, 6, 1, 14, 0), **fields)


def test_local_clock_is_left_out_of_equality_and_the_hash() -> None:
    plain = _event()
    hinted = plain._replace(local_clock=("20240601T140000", "20240601T150000"), escaped=("",))
    assert hinted == plain
    assert hash(hinted) == hash(plain)
    assert {plain: "text"}[hinted] == "text"
    assert "local_clock" not in repr(hinted) and "escaped" not in repr(hinted)


def test_any_other_value_makes_a_different_event() -> None:
    plain = _event()
    for name, value in (("summary", "Qualifying"), ("sequence", 3), ("busy", True)):
        changed = plain._replace(**{name: value})
        assert changed != plain
        assert getattr(changed, name) == value


def test_an_event_never_equals_a_plain_tuple_of_its_values() -> None:
    event = _event()
    assert event != tuple(event)
    assert tuple(event) != event


def test_the_checked_and_the_trusted_constructor_build_the_same_value() -> None:
    event = make_all_day("Weekend", datetime(2024, 6, 1).date(), datetime(2024, 6, 2).date())
    trusted = FeedEvent.trusted(tuple(event))  # type: ignore[arg-type]
    assert trusted == event
    assert type(trusted) is FeedEvent
    assert trusted.transparent and trusted.all_day


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"uid": "two\nlines"}, "one-line uid"),
        ({"sequence": -1}, "sequence"),
        ({"status": "DONE"}, "unknown status"),
        ({"alarm_minutes_before": -5}, "alarm_minutes_before"),
        ({"x_props": (("x-lower", "a"),)}, "X-UPPER-CASE"),
        ({"dtstamp": datetime(2024, 1, 1)}, "dtstamp must be an aware datetime"),
        ({"end": pytz.utc.localize(datetime(2024, 6, 1, 11, 0))}, "end after it starts"),
        ({"escaped": ("a description", "a value of no x_prop")}, "escaped holds"),
    ],
)
def test_bad_values_are_refused_by_the_constructor_and_by_replace(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        _event(**fields)
    with pytest.raises(ValueError, match=message):
        _event()._replace(**fields)
