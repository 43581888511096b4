"""A real full disk (a small tmpfs): clear messages, nothing half-written, nothing lost."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.db.database import Database

from .probes import SmallDisk, run_planner
from .test_refusals_change_nothing import first_schema_file

pytestmark = pytest.mark.slow

WEEKEND = ("--series", "GT4 Europe", "--season", "2023", "--round", "5")


def fill(disk: Path, leave_bytes: int) -> None:
    """Fill the disk until only about ``leave_bytes`` are free."""
    free = shutil.disk_usage(disk).free
    with (disk / "ballast").open("wb") as ballast:
        ballast.write(b"\0" * max(free - leave_bytes, 0))


def names(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_use_on_a_full_disk_leaves_nothing_and_works_once_there_is_room(
    small_disk: SmallDisk,
) -> None:
    disk = small_disk.mount(64)
    path = disk / "planner.sqlite3"
    failed = run_planner("--db", str(path), "demo")
    assert failed.returncode == 1
    assert "disk is full" in failed.stderr and "Traceback" not in failed.stderr
    assert names(disk) == []  # no half-made schema refused "forever after"
    small_disk.remount("size=4m")
    again = run_planner("--db", str(path), "demo")
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (10,)
    connection.close()


def test_demo_that_does_not_fit_stores_nothing(small_disk: SmallDisk, tmp_path: Path) -> None:
    disk = small_disk.mount(1024)
    path = disk / "planner.sqlite3"
    Database.open(path).close()
    fill(disk, 24 * 1024)
    failed = run_planner("--db", str(path), "demo")
    assert failed.returncode == 1
    assert "disk is full" in failed.stderr and "I/O" not in failed.stderr
    (disk / "ballast").unlink()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM series").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM drivers").fetchone() == (0,)
    connection.close()


def test_an_edit_with_under_32_kb_free_says_the_disk_is_full(
    small_disk: SmallDisk, _demo_file: Path
) -> None:
    disk = small_disk.mount(2048)
    path = disk / "planner.sqlite3"
    shutil.copyfile(_demo_file, path)
    assert run_planner("--db", str(path), "list", "rounds").returncode == 0
    fill(disk, 8 * 1024)
    outcome = run_planner("--db", str(path), "add", "series", "--name", "Crowded Cup")
    if outcome.returncode == 0:
        pytest.skip("SQLite found room for this write after all")
    assert outcome.returncode == 1
    assert "disk is full" in outcome.stderr
    assert "I/O" not in outcome.stderr and "Traceback" not in outcome.stderr
    (disk / "ballast").unlink()
    listed = run_planner("--db", str(path), "list", "rounds", "--json")
    assert listed.returncode == 0 and "Crowded Cup" not in listed.stdout


def test_no_room_for_the_backup_stops_the_upgrade_before_anything_changes(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    original = first_schema_file(tmp_path / "old.sqlite3")
    disk = small_disk.mount(1024)
    path = disk / "old.sqlite3"
    shutil.copyfile(original, path)
    fill(disk, original.stat().st_size // 2)
    before = digest(path)
    outcome = run_planner("--db", str(path), "list", "rounds")
    assert outcome.returncode == 1
    assert "backup" in outcome.stderr and "disk is full" in outcome.stderr
    assert "Nothing was changed" in outcome.stderr and "Traceback" not in outcome.stderr
    assert digest(path) == before
    assert names(disk) == ["ballast", "old.sqlite3"]  # no partial backup left
    (disk / "ballast").unlink()
    assert run_planner("--db", str(path), "list", "rounds").returncode == 0
    assert len(list(disk.glob("old.sqlite3.before-upgrade-*"))) == 1


def test_a_pdf_that_does_not_fit_is_refused_and_the_previous_one_kept(
    small_disk: SmallDisk, tmp_path: Path, _demo_file: Path
) -> None:
    database = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_file, database)
    disk = small_disk.mount(512)
    sheet = disk / "weekend.pdf"
    written = run_planner("--db", str(database), "print", "weekend", *WEEKEND, "--out", str(sheet))
    assert written.returncode == 0, written.stderr
    good = digest(sheet)
    for leave in (4 * 1024, 12 * 1024):
        fill(disk, leave)
        failed = run_planner(
            "--db", str(database), "print", "weekend", *WEEKEND, "--out", str(sheet)
        )
        assert failed.returncode == 1, f"{leave} bytes free: {failed.stdout}"
        assert "Wrote" not in failed.stdout and "No space left" in failed.stderr
        assert digest(sheet) == good
        assert names(disk) == ["ballast", "weekend.pdf"]
        (disk / "ballast").unlink()
