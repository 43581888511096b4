"""The app started in a second process as a user starts it: offscreen, its settings in a
folder of the test's, its script printing what it saw as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def run_app_script(
    script: str, *arguments: str, data_dir: Path, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Run ``script`` (``python -c``) with ``arguments``; its last line of output, read as JSON."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RACE_PLANNER_DATA_DIR": str(data_dir),
        "PYTHONPATH": os.pathsep.join(sys.path),
        **(env or {}),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(seen, dict), result.stdout
    return seen
