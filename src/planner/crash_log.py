"""Where an unexpected error (a bug, not a user mistake) leaves its traceback.

The command line prints one line naming the log and exits with status 70
(EX_SOFTWARE in sysexits.h); user mistakes keep status 1.
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from planner import __version__
from planner.paths import user_data_dir

INTERNAL_ERROR_STATUS = 70
LOG_NAME = "errors.log"


def log_path() -> Path:
    return user_data_dir() / LOG_NAME


def write_crash_log(error: BaseException, argv: list[str]) -> Path | None:
    """Append the traceback with time, version and command; None if it cannot be written."""
    path = log_path()
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        f"--- {stamp}  Race Planner {__version__}  Python {sys.version.split()[0]}\n",
        f"command: planner {' '.join(argv)}\n",
        *traceback.format_exception(error),
        "\n",
    ]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.writelines(lines)
    except OSError:
        return None
    return path
