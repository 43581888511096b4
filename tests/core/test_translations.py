"""Every core text the user can see has a Swedish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner.i18n import _swedish_catalogue, translate, translate_part, translator

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "planner"


def _tr_literals() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.parts:
            continue  # the GUI translates through Qt's .ts files
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_tr_text_in_the_core_has_swedish() -> None:
    catalogue = _swedish_catalogue()
    missing = {text: where for text, where in _tr_literals().items() if text not in catalogue}
    assert missing == {}


@pytest.mark.parametrize("text", sorted(_swedish_catalogue()))
def test_swedish_keeps_every_placeholder(text: str) -> None:
    import string

    def fields(value: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    assert fields(translate(text, "sv")) == fields(text)


def test_translator_is_bound_to_its_language() -> None:
    assert translator("sv")("none yet") == "inga än"
    assert translator("en")("none yet") == "none yet"


def _translate_part_literals() -> dict[tuple[str, str], str]:
    """(part, text) of every ``translate_part("part", "text", ...)`` in the core."""
    found: dict[tuple[str, str], str] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate_part"
            ):
                part, text = node.args[0], node.args[1]
                assert isinstance(part, ast.Constant) and isinstance(text, ast.Constant), path
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                found.setdefault((str(part.value), str(text.value)), where)
    return found


def test_a_text_translated_from_one_part_is_in_that_part_as_in_the_catalogue() -> None:
    import importlib

    found = _translate_part_literals()
    assert found  # the import's "Cancelled:" prefix at least
    for part, text in found:
        module = importlib.import_module(f"planner.i18n.catalog_sv.{part}")
        assert text in module.MESSAGES, found[part, text]
        assert translate_part(part, text, "sv") == translate(text, "sv"), found[part, text]
        assert translate_part(part, text, "en") == text


def test_translate_part_gives_an_unknown_text_back_as_it_is() -> None:
    assert translate_part("ical", "no such text here", "sv") == "no such text here"
