"""Dialogs laid out by the Qt Designer forms in ``ui/``, loaded with QUiLoader at run time.

Why at run time rather than ``pyside6-uic`` ahead of time (``benchmarks/forms_loading.py``,
medians of 9 fresh processes on the 2-core build machine): neither touches the
app's start (a form is read when its dialog first opens); the first dialog of
a run opened faster with the loader (130–220 ms against 270–370 ms: the module
``uic`` generates imports some thirty Qt classes, each made on first import);
a further one costs about 10 ms instead of 2–7 ms, which nobody sees. And there
is no generated code to keep in step with the forms and no build step needing
Qt inside setuptools' build environment: the ``.ui`` file that Designer edits
is the one the app reads.

``load_form(dialog, "preferences")`` builds the form's widgets and layout into
the existing ``dialog`` (an instance of our own QDialog subclass, so its
methods and signals stay), applies the form's connections and translates its
texts with the form's class name as the context, as ``pyside6-lupdate`` reads
them from the ``.ui`` file.

Our own widget classes (``DriverPicker``, ``CircuitField``) appear in a form
as Designer "promoted" widgets: ``<customwidget>`` names the class, the Qt
class it extends and, as its ``<header>``, the module holding it written the
way ``pyside6-uic`` turns into an import (``planner.gui.views.driver_picker.h``
→ ``from planner.gui.views.driver_picker import DriverPicker``). The loader
imports that module and builds the class, which must take just a parent.
Measured the same way (medians of 5, a loaded machine), a form with one
(``drivers.ui``, ``people.ui``) opens its first dialog of a fresh process
later with the loader than with uic (330 against 256 ms, 509 against 320 ms):
the benchmark's fresh process also pays for importing ``planner.gui`` and
building the loader, which the app has done before its first dialog opens.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from importlib import import_module, resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

T = TypeVar("T", bound=QObject)


@cache
def form_path(name: str) -> Path:
    """``ui/<name>.ui``: in the installed package (``planner.ui``) or beside ``src``."""
    try:
        candidate = Path(str(resources.files("planner.ui"))) / f"{name}.ui"
        if candidate.is_file():
            return candidate
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[3] / "ui" / f"{name}.ui"


class _IntoExisting(QUiLoader):
    """A loader whose form root is an existing widget instead of a new one.

    It has no parent and goes when ``load_form`` returns. As the dialog's child it
    held the dialog that held it: a reference cycle Python's collector broke at a
    moment of its choosing, on whichever thread allocated then (a worker connecting
    to a server), and the window crashed in the event loop.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self._root = root

    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._root
        widget = super().createWidget(class_name, parent, name)
        assert widget is not None, f"Qt Designer form: no widget class {class_name}"
        return widget


@cache
def promoted_classes(path: Path) -> tuple[type[QWidget], ...]:
    """Our widget classes the form at ``path`` promotes widgets to (its ``<customwidgets>``)."""
    found: list[type[QWidget]] = []
    for custom in ElementTree.parse(path).getroot().iterfind("customwidgets/customwidget"):
        class_name = custom.findtext("class", "")
        module = custom.findtext("header", "").removesuffix(".h").replace("/", ".")
        kind = getattr(import_module(module), class_name, None)
        if not (isinstance(kind, type) and issubclass(kind, QWidget)):
            raise LookupError(f"{path}: no widget class {class_name} in {module}")
        found.append(kind)
    return tuple(found)


def load_form(root: QWidget, name: str, *, follow_language: bool = False) -> None:
    """Build ``ui/<name>.ui`` into ``root`` (whose class the form's root class must be).

    ``follow_language``: the form's texts are translated again when the language
    changes while the dialog is open; off by default because Qt's loader then
    empties combo box items marked "not translatable" (``notr``), and a text the
    code replaced would be put back.
    """
    path = form_path(name)
    loader = _IntoExisting(root)
    for kind in promoted_classes(path):
        loader.registerCustomWidget(kind)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Qt Designer form {path} could not be read")
    loader.setLanguageChangeEnabled(follow_language)
    try:
        loaded = loader.load(file, None)
    finally:
        file.close()
    assert loaded is root, f"{path}: {loaded!r} instead of the dialog"


def child(root: QWidget, kind: type[T], name: str) -> T:
    """The form's widget or layout ``name``, of the expected type (a clear error otherwise)."""
    found = root.findChild(kind, name)
    if not isinstance(found, kind):
        raise LookupError(f"the form of {type(root).__name__} has no {kind.__name__} {name!r}")
    return found
