"""Qt Designer forms: pyside6-uic ahead of time against QUiLoader at run time.

For each form in ui/ and each way, in fresh processes (offscreen), measures
the cost of the first dialog built from the form (imports included: QtUiTools
for the loader, the generated module for uic) and of a second one in the same
process, and prints medians. Also measures the cost of importing QtUiTools
alone, which the loader adds to the first dialog of every run of the app.

A form using one of our own widgets (``schedule_import.ui``: ``WrittenZoneBox``):
the uic figure includes importing that widget's module and what it imports
(the app has it imported already when the dialog opens); the bare loader
here, not told of the class, builds the base class (a QComboBox) instead.

Usage::

    python benchmarks/forms_loading.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
FORMS = sorted((ROOT / "ui").glob("*.ui"))

LOADER = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
started = time.perf_counter()
from PySide6.QtCore import QFile
from PySide6.QtUiTools import QUiLoader
from planner.gui.forms import promoted_classes
imported = time.perf_counter()
def build():
    loader = QUiLoader()
    for kind in promoted_classes(Path(sys.argv[1])):  # our widgets (DriverPicker, ...)
        loader.registerCustomWidget(kind)
    file = QFile(sys.argv[1])
    file.open(QFile.OpenModeFlag.ReadOnly)
    widget = loader.load(file, None)
    file.close()
    return widget
first = build()
done = time.perf_counter()
second = build()
again = time.perf_counter()
print(imported - started, done - started, again - done)
"""

UIC = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication([])
sys.path.insert(0, sys.argv[2])
started = time.perf_counter()
import generated_form
imported = time.perf_counter()
def build():
    dialog = QDialog()
    ui = getattr(generated_form, sys.argv[3])()
    ui.setupUi(dialog)
    return dialog
first = build()
done = time.perf_counter()
second = build()
again = time.perf_counter()
print(imported - started, done - started, again - done)
"""


def _run(code: str, *arguments: str) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    imported, first, second = (float(value) for value in result.stdout.split())
    return imported, first, second


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.2f} ms"


def _uic() -> list[str]:
    """pyside6-uic beside this Python or on PATH, else Qt's own uic in PySide6 (what it runs).

    A worktree's venv (which can import ``planner``, needed by forms that use our
    own widgets) has no pyside6-uic script of its own.
    """
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is not None:
        return [found]
    return [str(Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"), "-g", "python"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    uic = _uic()
    print(f"Medians of {args.runs} fresh processes, offscreen, {os.cpu_count()} cores")
    print(f"{'form':22} {'way':9} {'imports':>10} {'1st dialog':>11} {'2nd dialog':>11}")
    for form in FORMS:
        with tempfile.TemporaryDirectory() as folder:
            generated = Path(folder) / "generated_form.py"
            subprocess.run([*uic, str(form), "-o", str(generated)], check=True)
            class_name = next(
                line.split()[1].split("(")[0]
                for line in generated.read_text(encoding="utf-8").splitlines()
                if line.startswith("class Ui_")
            )
            figures: dict[str, list[list[float]]] = {"uic": [[], [], []], "QUiLoader": [[], [], []]}
            for _ in range(args.runs):
                for way, code, extra in (
                    ("uic", UIC, (folder, class_name)),
                    ("QUiLoader", LOADER, ()),
                ):
                    for column, value in enumerate(_run(code, str(form), *extra)):
                        figures[way][column].append(value)
            for way, (imported, first, second) in figures.items():
                print(f"{form.name:22} {way:9} {_ms(imported)} {_ms(first)}  {_ms(second)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
