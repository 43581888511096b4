"""Finding the library circuit a calendar place names, never guessing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from planner.importing.circuit_match import CircuitNames, match_circuit


@dataclass(frozen=True)
class StandInCircuit:
    key: str
    name: str
    short_name: str
    aliases: Sequence[str]
    town: str
    country: str


CIRCUITS = (
    StandInCircuit("monza", "Autodromo Nazionale Monza", "Monza", (), "Monza", "Italy"),
    StandInCircuit(
        "misano", "Misano World Circuit Marco Simoncelli", "Misano", (), "Misano Adriatico", "Italy"
    ),
    StandInCircuit(
        "paul-ricard",
        "Circuit Paul Ricard",
        "Paul Ricard",
        ("Le Castellet",),
        "Le Castellet",
        "France",
    ),
    StandInCircuit(
        "spa", "Circuit de Spa-Francorchamps", "Spa-Francorchamps", (), "Stavelot", "Belgium"
    ),
    StandInCircuit(
        "hockenheim",
        "Hockenheimring Baden-Württemberg",
        "Hockenheimring",
        (),
        "Hockenheim",
        "Germany",
    ),
    StandInCircuit(
        "oschersleben",
        "Motorsport Arena Oschersleben",
        "Oschersleben",
        (),
        "Oschersleben",
        "Germany",
    ),
    StandInCircuit(
        "catalunya", "Circuit de Barcelona-Catalunya", "Catalunya", (), "Montmeló", "Spain"
    ),
    StandInCircuit(
        "red-bull-ring",
        "Red Bull Ring",
        "Red Bull Ring",
        ("Österreichring",),
        "Spielberg",
        "Austria",
    ),
    StandInCircuit("ljungbyhed", "Ljungbyhed Park", "Ljungbyhed", (), "Ljungbyhed", "Sweden"),
    StandInCircuit(
        "yas", "Yas Marina Circuit", "Yas Marina", (), "Abu Dhabi", "United Arab Emirates"
    ),
    StandInCircuit("dubai", "Dubai Autodrome", "Dubai", (), "Dubai", "United Arab Emirates"),
    StandInCircuit(
        "brands-gp", "Brands Hatch GP", "Brands Hatch", (), "West Kingsdown", "United Kingdom"
    ),
    StandInCircuit(
        "brands-indy",
        "Brands Hatch Indy",
        "Brands Hatch Indy",
        (),
        "West Kingsdown",
        "United Kingdom",
    ),
)


@pytest.mark.parametrize(
    ("place", "country", "key"),
    [
        ("Monza", "Italy", "monza"),
        ("Paul Ricard", "France", "paul-ricard"),
        ("Spa", "Belgium", "spa"),
        ("Misano", "Italy", "misano"),
        ("Hockenheim", "Germany", "hockenheim"),
        ("Barcelona", "Spain", "catalunya"),
        ("Ljungbyhed", None, "ljungbyhed"),
        ("Oschersleben", None, "oschersleben"),
        ("Red Bull Ring", None, "red-bull-ring"),
        ("MONZA", "Italien", "monza"),
        ("Osterreichring", "Österrike", "red-bull-ring"),
        ("Montmelo", "Spanien", "catalunya"),
        ("Dubai", "Förenade Arabemiraten", "dubai"),
        ("Spa-Francorchamps", "Belgien", "spa"),
    ],
)
def test_places_match_their_circuit(place: str, country: str | None, key: str) -> None:
    found = match_circuit(place, country, CIRCUITS)

    assert found is not None and found.key == key


def test_a_country_that_contradicts_gives_no_circuit() -> None:
    assert match_circuit("Monza", "France", CIRCUITS) is None


def test_an_unknown_place_gives_no_circuit() -> None:
    assert match_circuit("Anderstorp", "Sweden", CIRCUITS) is None
    assert match_circuit("", None, CIRCUITS) is None


def test_an_ambiguous_place_gives_no_circuit() -> None:
    assert match_circuit("Brands", None, CIRCUITS) is None
    assert match_circuit("Circuit", None, CIRCUITS) is None


def test_an_exact_short_name_beats_a_longer_name_that_contains_it() -> None:
    found = match_circuit("Brands Hatch", None, CIRCUITS)

    assert found is not None and found.key == "brands-gp"


def test_the_country_breaks_a_tie_between_towns() -> None:
    twins = (
        StandInCircuit("a", "Arena A", "A", (), "Valencia", "Spain"),
        StandInCircuit("b", "Arena B", "B", (), "Valencia", "Venezuela"),
    )

    assert match_circuit("Valencia", None, twins) is None
    found = match_circuit("Valencia", "Spanien", twins)
    assert found is not None and found.key == "a"


def test_one_set_of_names_answers_place_after_place_as_a_fresh_match_does() -> None:
    """An import keeps one CircuitNames for every place of a file: answers after
    other places, with and without a country, are those of a first question."""
    places = [
        ("Monza", None),
        ("MONZA", "Italien"),
        ("Monza", "France"),
        ("Brands", None),
        ("Brands Hatch", None),
        ("Circuit Paul Ricard", None),
        ("Spa-Francorchamps", "Belgien"),
        ("Anderstorp", "Sweden"),
        ("", None),
        ("Osterreichring", "Österrike"),
        ("Monza", None),
    ]
    names = CircuitNames(CIRCUITS)

    for place, country in places:
        assert names.match(place, country) == match_circuit(place, country, CIRCUITS), place
