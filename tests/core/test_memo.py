"""memoized: one answer per distinct value, kept by the caller's memo only."""

from __future__ import annotations

from planner.domain.memo import memoized


def test_each_distinct_value_is_worked_out_once_per_memo() -> None:
    asked: list[str] = []

    def shout(text: str) -> str:
        asked.append(text)
        return text.upper()

    first = memoized(shout)
    assert [first(t) for t in ("race", "race", "qualifying", "race")] == [
        "RACE",
        "RACE",
        "QUALIFYING",
        "RACE",
    ]
    assert asked == ["race", "qualifying"]
    second = memoized(shout)  # a new task starts with nothing remembered
    assert second("race") == "RACE"
    assert asked == ["race", "qualifying", "race"]
