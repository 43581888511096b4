"""Escaping, folding and value formats at the byte level."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.ical.text import escape_text, fold_line, format_duration, format_offset


def test_escape_text_escapes_backslash_semicolon_comma_and_newlines() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"


def test_escape_text_drops_control_characters_but_keeps_tabs() -> None:
    assert escape_text("Race\x00 1\x1b\tlive") == "Race 1\tlive"


@pytest.mark.parametrize("padding", range(60, 80))
@pytest.mark.parametrize("name", ["Bäckman", "Söderström", "Sällberg"])
def test_folding_never_splits_a_utf8_character(padding: int, name: str) -> None:
    line = "SUMMARY:" + "x" * padding + name + " " + name * 10
    folded = fold_line(line).encode("utf-8")
    physical = folded.split(b"\r\n")
    for number, piece in enumerate(physical):
        assert len(piece) <= 75
        piece.decode("utf-8")  # raises if a character was cut
        if number:
            assert piece.startswith(b" ")
    assert folded.decode("utf-8").replace("\r\n ", "") == line


def test_folding_uses_all_75_octets_of_ascii_lines() -> None:
    folded = fold_line("DESCRIPTION:" + "x" * 200).split("\r\n")
    assert [len(piece) for piece in folded] == [75, 75, 1 + 212 - 75 - 74]


def test_short_lines_are_not_folded() -> None:
    assert fold_line("SUMMARY:Bäckman") == "SUMMARY:Bäckman"


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(hours=6), "PT6H"),
        (timedelta(days=1, hours=12), "P1DT12H"),
        (timedelta(minutes=-30), "-PT30M"),
        (timedelta(0), "PT0S"),
        (timedelta(days=7), "P7D"),
    ],
)
def test_format_duration(span: timedelta, text: str) -> None:
    assert format_duration(span) == text


def test_format_offset_writes_sign_hours_minutes() -> None:
    assert format_offset(timedelta(hours=-4)) == "-0400"
    assert format_offset(timedelta(hours=5, minutes=30)) == "+0530"
