"""The window is built and painted before SQLAlchemy or Qt's form loader is imported
(start-up, issues 7, 17 and 19)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUILD_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
from planner.gui.main_window import MainWindow
from planner.gui.settings import AppSettings
from planner.gui.store import Store

app = QApplication([])
window = MainWindow(AppSettings(sys.argv[1]), Store(home_zone="Europe/Stockholm"))
window.show()
app.processEvents()
print(sorted(
    name for name in sys.modules
    if name.startswith(("sqlalchemy", "alembic", "PySide6.QtUiTools", "planner.gui.forms"))
))
"""


def test_building_and_painting_the_window_imports_no_sqlalchemy_and_no_form_loader(
    tmp_path: Path,
) -> None:
    # Dialogs read their Designer forms when they open; loading QtUiTools (and the
    # libraries it links) at start would slow every start for a dialog maybe never opened.
    result = subprocess.run(
        [sys.executable, "-c", BUILD_WINDOW, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
