"""The pipeline escapes its own texts (times, JSON facts) without the scan for control
characters: for any text without a CR or a dropped control character that is exactly
the general escaping."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from planner.ical.text import escape_plain, escape_text

#: Every character escape_text keeps as it is or escapes (TAB and LF included).
_PLAIN = st.characters(blacklist_characters="\r", blacklist_categories=("Cs",)).filter(
    lambda char: char in "\t\n" or not (char < " " or char == "\x7f")
)


@given(st.text(_PLAIN))
def test_plain_text_is_escaped_as_escape_text_escapes_it(text: str) -> None:
    assert escape_plain(text) == escape_text(text)


@given(st.text())
def test_json_of_any_text_is_escaped_as_escape_text_escapes_it(text: str) -> None:
    written = json.dumps({"session": text, "notes": text + "\r\n\x01"})
    assert escape_plain(written) == escape_text(written)


def test_plain_escaping_escapes_backslash_semicolon_comma_and_line_feed() -> None:
    assert escape_plain("Sat 1 Feb 08:17-09:00 CET\nHome (a;b,c\\d)") == (
        "Sat 1 Feb 08:17-09:00 CET\\nHome (a\\;b\\,c\\\\d)"
    )
