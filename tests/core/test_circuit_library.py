"""Installing the bundled circuit library with SQL texts (services/circuit_library.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete

from planner.db import models
from planner.db.database import Database
from planner.services.change_watch import watch
from planner.services.circuit_library import (
    bundled_circuits,
    install_missing,
    missing_circuits,
    track_values,
)
from planner.services.feeds.rows import sqlite_runner
from planner.services.tracks import add_track, install_circuit_library, list_tracks


def _stored(db: Database) -> dict[str, tuple[object, ...]]:
    return {
        track.key: (
            track.name,
            track.timezone,
            track.short_name,
            "\n".join(track.aliases),
            track.town,
            track.region,
            track.country,
            track.country_code,
            track.length_m,
            track.corners,
            track.latitude,
            track.longitude,
            track.built_in,
            tuple(
                (record.car_class, record.lap_time_ms, record.holder, record.year)
                for record in track.lap_records
            ),
        )
        for track in list_tracks(db)
    }


def _expected(key: str) -> tuple[object, ...]:
    (data,) = [data for data in bundled_circuits() if data.key == key]
    values = track_values(data)
    return (
        values.name,
        values.timezone,
        values.short_name,
        values.aliases,
        values.town,
        values.region,
        values.country,
        values.country_code,
        values.length_m,
        values.corners,
        values.latitude,
        values.longitude,
        True,
        tuple(
            (record.car_class, record.lap_time_ms, record.holder, record.year)
            for record in values.lap_records
        ),
    )


def test_a_new_planner_gets_every_bundled_circuit_with_its_checked_facts(
    store_target: str,
) -> None:
    db = Database.open(store_target)
    try:
        added = install_circuit_library(db)
        stored = _stored(db)
    finally:
        db.close()
    keys = [data.key for data in bundled_circuits()]
    assert added == len(keys) == len(stored)
    assert stored == {key: _expected(key) for key in keys}
    assert any(record for *_facts, record in stored.values())  # lap records went in too


def test_installing_again_adds_nothing_and_a_removed_circuit_comes_back(db: Database) -> None:
    assert install_circuit_library(db) == 0
    first = bundled_circuits()[0]
    with db.unit_of_work() as orm:
        orm.execute(delete(models.Track).where(models.Track.key == first.key))
    assert first.key not in _stored(db)
    assert install_circuit_library(db) == 1
    assert _stored(db)[first.key] == _expected(first.key)


def test_a_circuit_of_the_users_with_a_library_name_keeps_the_library_one_out(
    store_target: str,
) -> None:
    db = Database.open(store_target)
    try:
        first = bundled_circuits()[0]
        mine = add_track(
            db, type(first)(name=first.name.upper(), timezone=first.timezone, key="my-own")
        )
        added = install_circuit_library(db)
        stored = _stored(db)
    finally:
        db.close()
    assert added == len(bundled_circuits()) - 1
    assert first.key not in stored
    assert stored[mine.key][0] == first.name.upper()


def test_the_library_installs_on_a_file_through_sqlite3_as_through_the_orm(
    tmp_path: Path,
) -> None:
    through_orm = Database.open(tmp_path / "orm.sqlite3")
    install_circuit_library(through_orm)
    through_orm.close()
    by_hand = Database.open(tmp_path / "sqlite3.sqlite3")
    by_hand.close()
    connection = sqlite3.connect(tmp_path / "sqlite3.sqlite3", isolation_level=None)
    try:
        connection.execute("BEGIN")
        run = sqlite_runner(connection)
        assert len(missing_circuits(run)) == len(bundled_circuits())
        assert install_missing(run) == len(bundled_circuits())
        connection.execute("COMMIT")
        assert missing_circuits(run) == []
    finally:
        connection.close()

    def dump(path: Path) -> list[tuple[object, ...]]:
        with sqlite3.connect(path) as reader:
            return [
                *reader.execute("SELECT * FROM tracks ORDER BY id"),
                *reader.execute("SELECT * FROM lap_records ORDER BY id"),
            ]

    assert dump(tmp_path / "orm.sqlite3") == dump(tmp_path / "sqlite3.sqlite3")


@pytest.mark.parametrize("adds", [True, False], ids=["adds circuits", "adds nothing"])
def test_other_windows_hear_of_an_install_only_when_it_added_circuits(
    store_target: str, adds: bool
) -> None:
    db = Database.open(store_target)
    try:
        if not adds:
            install_circuit_library(db)
        watcher = watch(db)
        try:
            watcher.check()  # the first check only learns where things stand
            assert (install_circuit_library(db) > 0) is adds
            assert watcher.check() is adds
        finally:
            watcher.close()
    finally:
        db.close()


def test_the_library_keys_are_those_of_the_bundled_circuits() -> None:
    from planner.services.library_keys import bundled_keys_and_names

    assert bundled_keys_and_names() == tuple((data.key, data.name) for data in bundled_circuits())
