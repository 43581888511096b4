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


def _reference_fold(line: str) -> str:
    """Folding written the obvious way: character by character, counting UTF-8 octets."""
    pieces: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = ""
            limit = 74
        current += char
    pieces.append(current)
    return "\r\n ".join(pieces)


_ALPHABET = 'abcXYZ09 ;,:\\"-·—→äöåÄÖÅéß€ѲЖ中文字🏁🚗👨‍👩‍👧\t'


@pytest.mark.parametrize("seed", range(20))
def test_fast_folding_equals_the_reference_on_random_lines(seed: int) -> None:
    import random

    chances = random.Random(seed)
    for _ in range(250):
        length = chances.choice((0, 1, 10, 70, 74, 75, 76, 80, 149, 150, 151, 300, 1000))
        ascii_only = chances.random() < 0.2
        alphabet = "abcXYZ09 ;,:" if ascii_only else _ALPHABET
        line = "".join(chances.choice(alphabet) for _ in range(length))
        folded = fold_line(line)
        assert folded == _reference_fold(line)
        for number, piece in enumerate(folded.encode("utf-8").split(b"\r\n")):
            assert len(piece) <= 75
            assert piece.startswith(b" ") or number == 0


@pytest.mark.parametrize("width", [1, 2, 3, 4])
@pytest.mark.parametrize("offset", range(0, 8))
def test_fast_folding_at_every_boundary_for_every_utf8_width(width: int, offset: int) -> None:
    char = {1: "x", 2: "ä", 3: "€", 4: "🏁"}[width]
    for prefix in range(66, 80):
        line = "y" * (prefix + offset) + char * 60
        assert fold_line(line) == _reference_fold(line)


def test_escape_text_leaves_plain_text_alone_and_escapes_everything_else() -> None:
    assert escape_text("Hockenheim · Race 1 — Jessica") == "Hockenheim · Race 1 — Jessica"
    for special in ("\\", ";", ",", "\n", "\r", "\x00", "\x7f"):
        text = f"a{special}b"
        expected = (
            text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r", "\n").replace("\n", "\\n").replace("\x00", "").replace("\x7f", "")
        )  # fmt: skip
        assert escape_text(text) == expected
