"""The entry points let pytz skip opening its ~600 zone files; a missing file is refused."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO, cast

import pytest
import pytz

from planner.cli.main import main
from planner.domain.errors import ValidationError
from planner.domain.track_time import zone
from planner.domain.zone_files import SKIP_ZONE_FILE_SCAN


def test_the_command_line_lets_pytz_take_its_zone_list_as_shipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(SKIP_ZONE_FILE_SCAN, "")  # recorded, so the test leaves it as found
    monkeypatch.delenv(SKIP_ZONE_FILE_SCAN)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert os.environ[SKIP_ZONE_FILE_SCAN] == "1"


def test_a_value_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SKIP_ZONE_FILE_SCAN, "")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert os.environ[SKIP_ZONE_FILE_SCAN] == ""


def test_a_listed_zone_whose_file_is_missing_is_refused_as_an_unknown_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = "Antarctica/Troll"  # asked for by no other test: neither cache holds it
    # pytz opens a zone's file with its module-level open_resource (not in its stubs).
    opened = cast(Callable[[str], IO[bytes]], getattr(pytz, "open_resource"))  # noqa: B009

    def open_resource(name: str) -> IO[bytes]:
        if name == missing:
            raise FileNotFoundError(name)
        return opened(name)

    monkeypatch.setenv(SKIP_ZONE_FILE_SCAN, "1")
    monkeypatch.setattr(pytz, "open_resource", open_resource)
    with pytest.raises(ValidationError) as missing_file:
        zone(missing)
    with pytest.raises(ValidationError) as unknown:
        zone("Mars/Olympus_Mons")
    assert str(missing_file.value) == str(unknown.value).replace("Mars/Olympus_Mons", missing)
