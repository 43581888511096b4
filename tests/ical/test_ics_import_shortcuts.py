"""The import's shortcuts give what the slow, obvious code gives."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind, SessionStatus
from planner.services import ics_import, validation
from planner.services.session_rows import SessionChecks


def test_a_foreign_uid_becomes_the_uuid5_of_it() -> None:
    chances = random.Random(19)
    names = ["", "a@example.org", "no-uid|Race 1|2025-05-04T12:00:00+00:00", "Bäckman 🏁"]
    names += [
        "".join(chances.choice("abcäö€@-_. 0123🏁") for _ in range(chances.randint(0, 60)))
        for _ in range(2_000)
    ]
    for name in names:
        expected = str(uuid.uuid5(ics_import.FOREIGN_UID_NAMESPACE, name))
        assert ics_import._foreign_uid(name) == expected, name


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a\\\\b", "\\\\\\n", "x\\,y\\;z\\N", "\\\\\\\\;", "nul \x00 and \\\\,", "\\q"],
)
def test_text_escapes_are_undone_as_one_regex_pass_undoes_them(text: str) -> None:
    expected = ics_import._ESCAPED.sub(
        lambda found: "\n" if found.group(1) in "nN" else found.group(1), text
    )
    assert ics_import._unescape(text) == expected


def test_a_start_far_from_a_clock_change_is_kept_as_the_full_check_keeps_it() -> None:
    from planner.services.session_rows import checked_start
    from planner.services.track_clock import keep_wall

    wall = datetime(2023, 9, 2, 16, 55)
    assert keep_wall(wall, "Europe/Berlin", None) == checked_start(wall, "Europe/Berlin", None)


def _obvious_facts(raw: str) -> dict[str, str]:
    import json

    try:
        found = json.loads(ics_import._unescape(raw))
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(key): str(value) for key, value in found.items()}


@pytest.mark.parametrize(
    "raw",
    [
        '{"series": "GT4"\\, "round": "3"}',
        ' {"series": "GT4"}',
        '{"series": "GT4"} ',
        '{"series": "GT4"}\\n',
        '{"series": "GT4"} x',
        '{"series": "GT4"}{"b": "c"}',
        '{"round": 3, "ok": true}',
        '["a"]',
        '"text"',
        "not json",
        "",
        "{",
        '{"a": "b"}\u00a0',  # a space JSON does not allow around a value
    ],
)
def test_facts_are_read_as_json_loads_reads_them(raw: str) -> None:
    assert dict(ics_import._facts(raw)) == _obvious_facts(raw)


def _outcome(check: Callable[[Any], Any], value: Any) -> tuple[str, Any]:
    try:
        return "answer", check(value)
    except ValidationError as error:
        return "refused", str(error)


def test_checks_remembered_per_value_answer_and_refuse_as_each_check_does() -> None:
    remembered = SessionChecks()
    values: dict[str, list[Any]] = {
        "name": [" Race 1 ", "", "   ", "Race 1", "Kval"],
        "kind": ["race", "Race", "QUALIFYING", "sprint", "", SessionKind.TEST],
        "status": ["scheduled", "Cancelled", "postponed", SessionStatus.TENTATIVE],
        "minutes": [None, 45, 0, -5, 48 * 60, 48 * 60 + 1],
    }
    plain: dict[str, Callable[[Any], Any]] = {
        "name": lambda value: validation.required_text(value, "session name"),
        "kind": validation.session_kind_value,
        "status": validation.session_status_value,
        "minutes": validation.duration,
    }
    for field, given in values.items():
        for value in given * 2:  # the second time from memory (a refusal is never kept)
            expected = _outcome(plain[field], value)
            assert _outcome(getattr(remembered, field), value) == expected, (field, value)
            assert _outcome(getattr(SessionChecks(remember=False), field), value) == expected


def test_a_wall_time_at_the_track_is_what_astimezone_gives() -> None:
    """The import's start at the track (``TrackClock.at``) against pytz, at random
    instants given in the reader's UTC and in another zone's time."""
    import pytz

    from planner.domain.track_time import UTC
    from planner.services.track_clock import TrackClock

    berlin_zone = pytz.timezone("Europe/Berlin")
    clock = TrackClock()
    chances = random.Random(13)
    for _ in range(5_000):
        moment = datetime(1900, 1, 2, tzinfo=UTC) + timedelta(
            seconds=chances.uniform(0, 6e9), microseconds=chances.randint(0, 999_999)
        )
        berlin = moment.astimezone(berlin_zone)
        expected = (berlin.replace(tzinfo=None, second=0, microsecond=0), bool(berlin.dst()))
        for given in (moment, berlin):
            found = clock.at(given, "Europe/Berlin")
            assert (found.wall, found.summer) == expected, given
