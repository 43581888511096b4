"""Results lines and standings tables as releases write them, English and Swedish."""

from __future__ import annotations

import pytest

from planner.domain.errors import ValidationError
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus, ordinal, parse_lap_time
from planner.importing.result_lines import parse_results
from planner.importing.standings_table import parse_standings


@pytest.mark.parametrize(
    ("number", "english", "swedish"),
    [
        (1, "1st", "1:a"),
        (2, "2nd", "2:a"),
        (3, "3rd", "3:e"),
        (4, "4th", "4:e"),
        (11, "11th", "11:e"),
        (12, "12th", "12:e"),
        (13, "13th", "13:e"),
        (21, "21st", "21:a"),
        (22, "22nd", "22:a"),
        (23, "23rd", "23:e"),
        (101, "101st", "101:a"),
        (111, "111th", "111:e"),
    ],
)
def test_ordinals_follow_each_languages_rule(number: int, english: str, swedish: str) -> None:
    assert ordinal(number, "en") == english
    assert ordinal(number, "sv") == swedish


@pytest.mark.parametrize(
    ("line", "name", "kind", "status", "position", "reason"),
    [
        ("Qualifying 1: 2nd place", "Qualifying 1", SessionKind.QUALIFYING, "classified", 2, ""),
        ("Race 2: 5th place", "Race 2", SessionKind.RACE, "classified", 5, ""),
        ("Kval 2: DNS", "Kval 2", SessionKind.QUALIFYING, "dns", None, ""),
        ("Race – Del 1: 3:e plats", "Race – Del 1", SessionKind.RACE, "classified", 3, ""),
        ("Fri träning: 2:a", "Fri träning", SessionKind.PRACTICE, "classified", 2, ""),
        (
            "Qualifying 2: DNS. Due to technical problems.",
            "Qualifying 2",
            SessionKind.QUALIFYING,
            "dns",
            None,
            "Due to technical problems",
        ),
        (
            "Race 1 (12 hours): 3rd place",
            "Race 1 (12 hours)",
            SessionKind.RACE,
            "classified",
            3,
            "",
        ),
        ("Race 2: DNF (gearbox)", "Race 2", SessionKind.RACE, "dnf", None, "gearbox"),
        ("Race 1: Bröt – motorstopp", "Race 1", SessionKind.RACE, "dnf", None, "motorstopp"),
        ("Race 1: DSQ", "Race 1", SessionKind.RACE, "dsq", None, ""),
        ("Free Practice: 11th place", "Free Practice", SessionKind.PRACTICE, "classified", 11, ""),
    ],
)
def test_a_results_line_gives_session_status_position_and_reason(
    line: str, name: str, kind: SessionKind, status: str, position: int | None, reason: str
) -> None:
    parsed = parse_results(line)
    assert parsed.unread == ()
    (result,) = parsed.results
    assert (result.session_name, result.kind, result.status, result.position, result.reason) == (
        name,
        kind,
        ResultStatus(status),
        position,
        reason,
    )


def test_a_heading_is_skipped_and_prose_comes_back_unread_with_why() -> None:
    parsed = parse_results(
        "Results from the weekend:\nFree Practice: 3rd place\nPhoto: 24H SERIES\nQualifying: fast"
    )
    assert [result.session_name for result in parsed.results] == ["Free Practice"]
    assert [(line.line_number, line.reason) for line in parsed.unread] == [
        (3, "“Photo” does not name a session."),
        (4, "No position or status (DNS, DNF, DSQ, NC) after “Qualifying”."),
    ]


def test_standings_rows_in_both_published_styles() -> None:
    parsed = parse_standings(
        "1: Martin Andersen (DKK), 65 p.\n1. Jessica Bäckman SWE 44p\n"
        "3 Oliver Söderström 40,5 poäng\nnot a row"
    )
    assert [(r.position, r.driver_name, r.nationality, r.points) for r in parsed.rows] == [
        (1, "Martin Andersen", "DKK", 65.0),
        (1, "Jessica Bäckman", "SWE", 44.0),
        (3, "Oliver Söderström", "", 40.5),
    ]
    assert [line.line_number for line in parsed.unread] == [4]


def test_lap_times_read_with_point_or_comma_and_refuse_nonsense() -> None:
    assert parse_lap_time("1:47.095") == 107_095
    assert parse_lap_time("1:47,1") == 107_100
    with pytest.raises(ValidationError, match="not a lap time"):
        parse_lap_time("1:75.000")
    with pytest.raises(ValidationError, match="not a lap time"):
        parse_lap_time("fast")
