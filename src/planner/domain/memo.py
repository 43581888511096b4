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


class _Answers(dict[K, V]):
    """A function's answers by argument; a missing one is worked out and kept."""

    __slots__ = ("_function",)

    def __init__(self, function: Callable[[K], V]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key: K) -> V:
        found = self[key] = self._function(key)
        return found


def memoized(function: Callable[[K], V]) -> Callable[[K], V]:
    """``function`` of one argument, remembering its answers in a dict of its own.

    The dict's own lookup answers a value met before (in C: a Python function
    around a dict cost as much as the work it saved, for 20,000 cheap answers)."""
    return _Answers(function).__getitem__
