"""User messages of the importers exist in Swedish, and unread reasons follow the language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import planner.importing
from planner.i18n import set_language
from planner.i18n.catalog_sv import importing, published_timetables
from planner.importing.schedule_text import parse_schedule

MESSAGES = importing.MESSAGES | published_timetables.MESSAGES


def tr_literals() -> set[str]:
    package = Path(planner.importing.__file__).parent
    found: set[str] = set()
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


@pytest.fixture
def swedish() -> Iterator[None]:
    set_language("sv")
    yield
    set_language("en")


def test_every_importing_message_has_a_swedish_translation() -> None:
    literals = tr_literals()

    assert literals, "the importers have user messages"
    assert sorted(literals - MESSAGES.keys()) == []


def test_swedish_translations_keep_the_placeholders() -> None:
    for english, swedish_text in MESSAGES.items():
        placeholders = {part.split("}")[0] for part in english.split("{")[1:]}
        assert all(f"{{{name}}}" in swedish_text for name in placeholders), english


@pytest.mark.usefixtures("swedish")
def test_unread_reasons_are_in_swedish_when_the_user_reads_swedish() -> None:
    schedule = parse_schedule("Fredag 2 september 2023\n10.00 Race\nBiljetter i entrén.\n")

    assert schedule.unread[0].reason == (
        "Veckodagen stämmer inte med datumet: 2023-09-02 är en lördag, inte en fredag."
    )
    assert schedule.unread[2].reason == (
        "Raden är varken en dagrubrik, ett pass eller en uppgift om tidszon."
    )
