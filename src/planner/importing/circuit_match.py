"""Which circuit of the library a calendar's place means ("Spa, Belgium" -> Spa-Francorchamps).

Matching is done in three strengths, strongest first, and stops at the first
strength that finds anything:

1. the place equals a name, short name, alias or town;
2. every word of the place is a word of one of those ("Paul Ricard" in
   "Circuit Paul Ricard");
3. every word of the place begins a word of one of those ("Hockenheim" in
   "Hockenheimring"), for words of at least four letters.

Comparison ignores case, accents and punctuation. A country that is
recognised (English or Swedish) rules out circuits in other countries.
More than one candidate at the deciding strength means "unsure": None,
never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from planner.importing.countries import english_country_name
from planner.importing.text_tools import fold


class CircuitLike(Protocol):
    """What the matcher needs of a circuit (the library's circuits have more)."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def short_name(self) -> str: ...
    @property
    def aliases(self) -> Sequence[str]: ...
    @property
    def town(self) -> str: ...
    @property
    def country(self) -> str: ...


CircuitT = TypeVar("CircuitT", bound=CircuitLike)

_GENERIC_WORDS = frozenset(
    {
        "circuit",
        "circuito",
        "autodromo",
        "autodrome",
        "de",
        "del",
        "di",
        "du",
        "the",
        "of",
        "international",
        "raceway",
        "motorbana",
        "motorbanan",
        "park",
        "ring",
    }
)
_SHORTEST_PREFIX = 4


def match_circuit(place: str, country: str | None, circuits: Sequence[CircuitT]) -> CircuitT | None:
    """The one circuit the place names, or None when none or several fit."""
    return CircuitNames(circuits).match(place, country)


class CircuitNames(Generic[CircuitT]):
    """Circuits with their names' words worked out once, for matching many places.

    An import matches each distinct place of a file (and its pieces) against
    the whole library: the names are folded and split once per library here,
    not once per circuit, strength and place. Owned by its caller (one import).
    """

    __slots__ = ("_countries", "_named")

    def __init__(self, circuits: Sequence[CircuitT]) -> None:
        self._named = [(circuit, _names_of(circuit)) for circuit in circuits]
        self._countries: list[str | None] | None = None  # English names, when first asked

    def match(self, place: str, country: str | None) -> CircuitT | None:
        """The one circuit the place names, or None when none or several fit."""
        place_words = _words(place)
        if not place_words:
            return None
        candidates = self._in_country(country)
        for fits in (_fits_exactly, _fits_by_words, _fits_by_word_starts):
            found = [circuit for circuit, names in candidates if fits(place_words, names)]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def _in_country(self, country: str | None) -> list[tuple[CircuitT, list[tuple[str, ...]]]]:
        english = english_country_name(country) if country else None
        if english is None:
            return self._named
        if self._countries is None:
            self._countries = [
                english_country_name(circuit.country) for circuit, _names in self._named
            ]
        return [
            named
            for named, theirs in zip(self._named, self._countries, strict=True)
            if theirs == english
        ]


def _names_of(circuit: CircuitLike) -> list[tuple[str, ...]]:
    names = (circuit.name, circuit.short_name, circuit.town, *circuit.aliases)
    return [words for words in (_words(name) for name in names) if words]


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _fits_exactly(place: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    return place in names


def _significant(place: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in place if word not in _GENERIC_WORDS) or place


def _fits_by_words(place: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    wanted = _significant(place)
    return any(all(word in name for word in wanted) for name in names)


def _fits_by_word_starts(place: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    wanted = _significant(place)
    if any(len(word) < _SHORTEST_PREFIX for word in wanted):
        return False
    return any(all(_begins_a_word(word, name) for word in wanted) for name in names)


def _begins_a_word(word: str, name: tuple[str, ...]) -> bool:
    return any(other.startswith(word) for other in name)
