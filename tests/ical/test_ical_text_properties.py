"""Escaping and folding hold for any text, and the writer's shared lines change no event.

Hypothesis writes the values: whatever a TEXT value holds, the escaped and
folded line has physical lines of at most 75 octets that each decode on
their own (no character split), unfolds to the line, and unescapes to the
value (line breaks as ``\\n``, forbidden control characters dropped).
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st
from ical_builders import make_all_day, make_event

from planner.ical import FeedCalendar, render_calendar, render_event
from planner.ical.text import escape_text, fold_line

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ESCAPED = re.compile(r"\\([\\;,nN])")

# Any character UTF-8 can hold (no lone surrogates), weighted towards the ones
# escaping and folding care about.
_TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\\;,:\r\n\t\x00\x1b\x7f äöå–·€🏁")),
    ),
    max_size=400,
)


def _unescape(value: str) -> str:
    """RFC 5545's TEXT unescaping, in one pass as a reader does it."""
    return _ESCAPED.sub(lambda found: "\n" if found[1] in "nN" else found[1], value)


def _reference_escape(value: str) -> str:
    """Escaping written the obvious way: every replacement, in order, always."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROLS.sub("", value)


@settings(max_examples=400, deadline=None)
@given(name=st.sampled_from(["SUMMARY", "DESCRIPTION", "X-RACE-PLANNER-FACTS"]), value=_TEXT)
@example(name="DESCRIPTION", value="ä" * 40 + "\r\x00\n" + "🏁" * 30)
@example(name="SUMMARY", value="x" * 66 + "€,;\\" * 20)
def test_escaped_folded_text_reads_back_and_never_splits_a_character(name: str, value: str) -> None:
    escaped = escape_text(value)
    assert escaped == _reference_escape(value)
    assert "\r" not in escaped and "\n" not in escaped
    line = f"{name}:{escaped}"
    folded = fold_line(line)
    for number, physical in enumerate(folded.encode("utf-8").split(b"\r\n")):
        assert len(physical) <= 75
        physical.decode("utf-8")  # raises if a character was cut
        assert physical.startswith(b" ") == (number > 0)
    unfolded = folded.replace("\r\n ", "")
    assert unfolded == line
    expected = _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    assert _unescape(unfolded.removeprefix(f"{name}:")) == expected


def test_events_sharing_lines_render_as_each_would_alone() -> None:
    """The writer keeps repeating lines and blocks (place, status, alarm) by value; an
    event must never get another's: -0.0 and 0.0 are equal keys but written apart."""
    places = [
        {"location": "Hockenheimring, Hockenheim", "geo": (49.3278, 8.5656)},
        {"location": "Hockenheimring, Hockenheim", "geo": (0.0, 8.5656)},
        {"location": "Hockenheimring, Hockenheim", "geo": (-0.0, 8.5656)},
        {"location": "Hockenheimring, Hockenheim", "geo": (49.3278, -0.0)},
        {"location": "Nürburgring", "geo": None, "url": "https://example.org/a b"},
        {"location": "", "categories": ("GT4", "Race, long")},
    ]
    looks = [
        {"status": "CONFIRMED"},
        {"status": "CANCELLED", "alarm_minutes_before": 30},
        {"status": "TENTATIVE", "alarm_minutes_before": 0, "busy": False},
        {"alarm_minutes_before": 30, "busy": True},
    ]
    events = [
        make_event(
            f"{number}",
            datetime(2023, 9, 1, 10 + number % 8),
            summary="Race 1 – Bäckman" if number % 2 else "Qualifying, Söderström",
            description=f"Round {number}\nTrack time 10:00",
            **place,
            **look,
        )
        for number, (place, look) in enumerate(itertools.product(places, looks))
    ]
    events.append(make_all_day("weekend", date(2023, 9, 1), date(2023, 9, 3), geo=(-0.0, 0.0)))
    lines: dict[tuple[str, object], str] = {}
    data = render_calendar(FeedCalendar(name="shared", events=tuple(events)), line_cache=lines)
    alone = "".join(render_event(event) for event in events).encode("utf-8")
    assert alone in data
    assert b"GEO:-0.000000;8.565600" in data and b"GEO:0.000000;8.565600" in data
    again = render_calendar(FeedCalendar(name="shared", events=tuple(events)), line_cache=lines)
    assert again == data
