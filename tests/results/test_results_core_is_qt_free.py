"""The results core (parsers, services, press blocks, the CLI commands) imports no Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "planner.domain.results",
    "planner.importing.result_lines",
    "planner.importing.standings_table",
    "planner.services.results",
    "planner.services.result_import",
    "planner.services.points",
    "planner.services.standings",
    "planner.press.blocks",
    "planner.press.zone_words",
    "planner.printing.content",
    "planner.cli.cmd_results",
]


def test_the_results_core_does_not_import_pyside6() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in MODULES)
        + "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
