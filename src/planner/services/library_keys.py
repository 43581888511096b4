"""Whether a planner lacks any circuit of the shipped library, without building the
circuits (:mod:`planner.services.circuit_library` does that, for those it installs).

A planner file opened by ``planner import ics`` nearly always has the whole
library: importing :mod:`.circuit_library` (four frozen dataclasses, each of their
methods compiled at import) and building every bundled circuit only to find none
missing was ~20 M instructions of a 20,000-event import (callgrind).
"""

from __future__ import annotations

import json
from functools import cache

from planner.paths import resource_path
from planner.services.sql_runner import Runner

STORED_KEYS_AND_NAMES = "SELECT key, name FROM tracks"


@cache
def bundled_keys_and_names() -> tuple[tuple[str, str], ...]:
    """(key, name) of each circuit in ``resources/circuits.json``, in its order."""
    data = json.loads(resource_path("circuits.json").read_text(encoding="utf-8"))
    return tuple((item["key"], item["name"]) for item in data["circuits"])


def missing_keys(run: Runner) -> list[str]:
    """The keys of the bundled circuits the database has neither by key nor by name
    (case-insensitive), in the library's order."""
    rows = run(STORED_KEYS_AND_NAMES, {})
    known_keys = {key for key, _name in rows}
    known_names = {name.casefold() for _key, name in rows}
    return [
        key
        for key, name in bundled_keys_and_names()
        if key not in known_keys and name.casefold() not in known_names
    ]
