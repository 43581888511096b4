"""Every dialog of the window is laid out by a Qt Designer form in ui/ (issue 17)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

import planner.gui
from planner.gui.forms import form_path

FORM_CALL = re.compile(r"load_form\(\s*self\s*,\s*\"([a-z_]+)\"")


def _our_dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(planner.gui.__path__, "planner.gui."):
        module = importlib.import_module(module_info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, QDialog)
                and value.__module__ == module.__name__
                and value.__module__.startswith("planner.")
                # A base without its own __init__ (RoundFormDialog) builds no layout.
                and "__init__" in vars(value)
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


DIALOGS = _our_dialog_classes()


def test_the_window_has_its_dialogs() -> None:
    # Guards the discovery below: a broken walk would make every check vacuous.
    assert len(DIALOGS) >= 15


@pytest.mark.parametrize("dialog", DIALOGS, ids=lambda cls: cls.__qualname__)
def test_dialog_takes_its_layout_from_a_designer_form(dialog: type[QDialog]) -> None:
    source = inspect.getsource(dialog)
    names = FORM_CALL.findall(source)
    assert names, f"{dialog.__qualname__} builds its layout in code, not from ui/*.ui"
    for name in names:
        form = form_path(name)
        assert form.is_file(), f"{dialog.__qualname__}: no form {form}"
        assert f"<class>{dialog.__name__}</class>" in Path(form).read_text(encoding="utf-8")
