"""How pytz learns which zones it has, set once at a process's start.

Without pytz's documented switch (see ``pytz.resource_exists``), the first zone
a process asks for makes pytz open each of the ~600 zone files it lists to learn
which exist: 40 ms on an idle machine, twice that on a busy one, in every
command and in the window's first weekend. The wheel and the bundle ship every
file; a zone listed but missing is still refused, with the message for an
unknown name, when it is asked for (:func:`planner.domain.track_time.zone`).
Kept apart from ``track_time`` so the entry points set it without importing pytz.
"""

from __future__ import annotations

import os

SKIP_ZONE_FILE_SCAN = "PYTZ_SKIPEXISTSCHECK"


def trust_installed_zone_files() -> None:
    """Called by the entry points (``planner`` and ``race-planner``); a value the
    user set is kept."""
    os.environ.setdefault(SKIP_ZONE_FILE_SCAN, "1")
