"""A line's start folded once and continued folds as the whole line would be folded.

The direct export folds a round's description heading and JSON facts once
(:class:`~planner.ical.text.FoldedStart`) and, per session, only what follows;
the file must hold the same octets as folding each whole line.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from planner.ical.text import FOLD_OCTETS, FoldedStart, fold_line, fold_octets

#: ASCII, two-, three- and four-octet characters, and TEXT's escapes.
_TEXT = st.text(st.sampled_from("aZ9 ,;\\:-–åÄ€😀"), max_size=400)


@given(_TEXT, _TEXT)
@example("X" * FOLD_OCTETS, "Y")  # the start fills its first line exactly
@example("X" * (FOLD_OCTETS - 1) + "å", "more")  # a character across the first cut
@example("X" * (2 * FOLD_OCTETS - 1), "")  # nothing follows
def test_a_folded_start_continued_is_the_whole_line_folded(start: str, rest: str) -> None:
    whole = (start + rest).encode()
    folded = FoldedStart.of(start.encode()).fold(rest.encode())
    assert folded == fold_octets(whole)
    assert folded.decode() == fold_line(start + rest)


def test_a_start_holds_its_complete_lines_and_the_octets_after_them() -> None:
    start = FoldedStart.of(b"DESCRIPTION:" + b"x" * 100)
    assert start.done == b"DESCRIPTION:" + b"x" * 63 + b"\r\n "
    assert start.rest == b"x" * 37
    assert start.width == FOLD_OCTETS - 1
    assert FoldedStart.of(b"SHORT:x") == (b"", b"SHORT:x", FOLD_OCTETS)


def _fold_by_loop(data: bytes, width: int) -> bytes:
    """fold_octets as a loop over the cuts (what it was before its regular expression)."""
    if len(data) <= width:
        return data
    parts, start, cut = [], 0, width
    while cut < len(data):
        while data[cut] & 0xC0 == 0x80:
            cut -= 1
        parts.append(data[start:cut])
        start, cut = cut, cut + FOLD_OCTETS - 1
    parts.append(data[start:])
    return b"\r\n ".join(parts)


@given(_TEXT, st.integers(min_value=4, max_value=FOLD_OCTETS))
@example("x" * (FOLD_OCTETS - 1) + "€" * 30, FOLD_OCTETS)  # cuts inside characters
@example("😀" * 40, FOLD_OCTETS - 1)
def test_fold_octets_cuts_where_the_loop_cut(text: str, width: int) -> None:
    data = text.encode()
    assert fold_octets(data, width) == _fold_by_loop(data, width)
