"""Answers worked out once per distinct value, for one task only.

An import, a search index or a read meets the same texts over and over ("Race 1"
in every round, a series' name in every session). ``memoized`` keeps a function's
answers in a dict made for the caller and dropped with it: no cache outlives the
task, none is shared between threads (issue 19: no hidden global state).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def memoized(function: Callable[[K], V]) -> Callable[[K], V]:
    """``function`` of one argument, remembering its answers in a dict of its own."""
    answers: dict[K, V] = {}

    def answer(key: K) -> V:
        try:
            return answers[key]
        except KeyError:
            found = answers[key] = function(key)
            return found

    return answer
