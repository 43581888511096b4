from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "planner.domain.track_time",
    "planner.db.database",
    "planner.services.queries",
    "planner.services.sessions",
    "planner.services.tracks",
    "planner.services.backups",
    "planner.services.search",
    "planner.services.calendar_anchor",
    "planner.demo",
    "planner.cli.main",
]


def test_importing_the_core_and_building_the_demo_does_not_import_qt(tmp_path: object) -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in CORE_MODULES)
        + "from planner.db.database import Database\n"
        + "from planner.demo import build_demo\n"
        + f"build_demo(Database.open({str(tmp_path)!r} + '/core.sqlite3'))\n"
        + "from planner.cli.main import build_parser\nbuild_parser()\n"
        + "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
