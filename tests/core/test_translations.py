"""Every core text the user can see has a Swedish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner.i18n import _swedish_catalogue, translate, translator

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
