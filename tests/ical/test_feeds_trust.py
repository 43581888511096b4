"""Feeds every calendar trusts (issue 13) and feed names that cannot break an export (issue 18)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from ical_builders import unfolded
from sqlalchemy import select, update

from planner.db import models
from planner.db.database import Database
from planner.db.feed_models import Feed
from planner.domain.errors import ValidationError
from planner.services import catalog, feeds, rounds, sessions
from planner.services.lookup import find_track
from planner.services.sessions import NewSession

HOME = "Europe/Stockholm"


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _weekends(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in _events(data) if "X-RACE-PLANNER-WEEKEND" in e}


def _round(db: Database, track: str = "Hockenheimring", first: date = date(2023, 9, 1)) -> int:
    series = catalog.add_series(db, "Test Cup", short_name="TC")
    season = catalog.add_season(db, series.id, first.year)
    with db.unit_of_work() as orm:
        track_id = find_track(orm, track).id
    return rounds.add_round(
        db, season.id, number=None, track_id=track_id, first_day=first,
        last_day=first + timedelta(days=2),
    ).id  # fmt: skip


# --- weekend events: identity and revisions ---------------------------------------


def test_weekend_uids_differ_between_two_databases_and_stay_put(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    from planner.demo import build_demo

    build_demo(db)  # a second family's database, built on its own
    spec = feeds.FeedSpec(name="All", all_day_events=True)
    ours = feeds.export_feed(demo_db, spec, tmp_path / "ours.ics").path.read_bytes()
    theirs = feeds.export_feed(db, spec, tmp_path / "theirs.ics").path.read_bytes()
    our_uids, their_uids = set(_weekends(ours)), set(_weekends(theirs))
    assert len(our_uids) == len(their_uids) > 5
    assert not our_uids & their_uids
    # One calendar holding both feeds: every UID in it is unique.
    both = [str(e["UID"]) for e in _events(ours) + _events(theirs)]
    assert len(both) == len(set(both))
    # Renumbering a round keeps its weekend event's UID.
    with demo_db.unit_of_work() as orm:
        first = orm.scalars(select(models.Round).order_by(models.Round.id)).first()
        assert first is not None
        round_id, uid = first.id, first.uid
    rounds.edit_round(demo_db, round_id, number=99)
    again = feeds.export_feed(demo_db, spec, tmp_path / "again.ics").path.read_bytes()
    assert f"{uid}@race-planner" in _weekends(again)


def test_round_edits_raise_the_weekend_sequence_and_it_never_goes_back(
    db: Database, tmp_path: Path
) -> None:
    round_id = _round(db)
    made = sessions.add_sessions(
        db, round_id,
        [NewSession(name=f"Race {n}", kind="race", start_wall=datetime(2023, 9, 2, 10 + n),
                    duration_minutes=30) for n in (1, 2)],
    )  # fmt: skip
    spec = feeds.FeedSpec(name="Weekends", all_day_events=True)

    def weekend() -> icalendar.Event:
        data = feeds.export_feed(db, spec, tmp_path / "w.ics").path.read_bytes()
        (event,) = _weekends(data).values()
        return event

    first = weekend()
    rounds.edit_round(db, round_id, name="Renamed weekend", last_day=date(2023, 9, 4))
    renamed = weekend()
    assert renamed["SEQUENCE"] > first["SEQUENCE"]
    assert renamed.decoded("DTSTAMP") >= first.decoded("DTSTAMP")
    assert renamed.decoded("LAST-MODIFIED") == renamed.decoded("DTSTAMP")
    assert "Renamed weekend" in str(renamed["SUMMARY"])
    sessions.delete_session(db, made[1].id)
    assert weekend()["SEQUENCE"] == renamed["SEQUENCE"]  # not backwards
    rounds.move_round(db, round_id, 7)
    assert weekend()["SEQUENCE"] > renamed["SEQUENCE"]


def test_every_round_with_dates_gets_its_weekend_event(db: Database, tmp_path: Path) -> None:
    _round(db)  # no sessions yet: a planned weekend still belongs in the calendar
    data = feeds.export_feed(
        db, feeds.FeedSpec(name="W", all_day_events=True), tmp_path / "w.ics"
    ).path.read_bytes()
    (event,) = _weekends(data).values()
    assert event.decoded("DTSTART") == date(2023, 9, 1)
    assert event.decoded("DTEND") == date(2023, 9, 4)


# --- what changed ------------------------------------------------------------------


def test_the_change_report_names_length_kind_and_confirmation(db: Database, tmp_path: Path) -> None:
    round_id = _round(db)
    (session,) = sessions.add_sessions(
        db, round_id,
        [NewSession(name="Qualifying", kind="qualifying", start_wall=datetime(2023, 9, 2, 10),
                    duration_minutes=None, status="tentative")],
    )  # fmt: skip
    saved = feeds.create_feed(db, feeds.FeedSpec(name="Family"))
    path = tmp_path / saved.file_name
    feeds.export_feed(db, saved.id, path)
    sessions.edit_session(db, session.id, duration_minutes=45, kind="race", status="scheduled")
    result = feeds.export_feed(db, saved.id, path)
    kinds = {change.kind: change for change in result.changes}
    assert set(kinds) == {"length", "kind", "confirmed"}
    assert (kinds["length"].old_detail, kinds["length"].detail) == ("", "45")
    assert (kinds["kind"].old_detail, kinds["kind"].detail) == ("qualifying", "race")
    sessions.edit_session(db, session.id, status="tentative")
    assert [c.kind for c in feeds.export_feed(db, saved.id, path).changes] == ["tentative"]


# --- texts ---------------------------------------------------------------------------


def test_an_end_after_the_clocks_go_back_has_its_own_abbreviation(
    db: Database, tmp_path: Path
) -> None:
    round_id = _round(db, first=date(2023, 10, 27))
    sessions.add_sessions(
        db, round_id,
        [NewSession(name="Night race", kind="race", start_wall=datetime(2023, 10, 28, 23, 0),
                    duration_minutes=240)],
    )  # fmt: skip
    calendar = feeds.feed_events(db, feeds.FeedSpec(name="N"), home_zone=HOME)
    (event,) = calendar.events
    assert "Sat 28 Oct 2023 23:00 CEST - Sun 29 Oct 2023 02:00 CET" in event.description


# --- feed file names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_name", "words"),
    [
        ("x" * 300, "at most"),
        (".ics", "before"),
        ("family\nfeed.ics", "line break"),
        ("a/b.ics", "folders"),
        ("..ics", "before"),
    ],
)
def test_bad_feed_file_names_are_refused_when_saved(
    db: Database, file_name: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        feeds.create_feed(db, feeds.FeedSpec(name="Family", file_name=file_name))
    assert feeds.list_feeds(db) == []


def test_one_bad_feed_does_not_stop_the_others_or_spoil_their_records(
    db: Database, tmp_path: Path
) -> None:
    round_id = _round(db)
    (session,) = sessions.add_sessions(
        db, round_id,
        [NewSession(name="Race", kind="race", start_wall=datetime(2023, 9, 2, 10),
                    duration_minutes=30)],
    )  # fmt: skip
    for name in ("A first", "B broken", "C last"):
        feeds.create_feed(db, feeds.FeedSpec(name=name))
    with db.unit_of_work() as orm:  # as a database from before names were checked holds it
        orm.execute(update(Feed).where(Feed.name == "B broken").values(file_name="b\nx.ics"))
    out = tmp_path / "out"
    first = feeds.export_all_feeds(db, out)
    assert [(r.feed_name, r.error is None) for r in first] == [
        ("A first", True), ("B broken", False), ("C last", True),
    ]  # fmt: skip
    assert "line break" in (first[1].error or "")
    assert sorted(p.name for p in out.iterdir()) == ["a-first.ics", "c-last.ics"]
    sessions.edit_session(db, session.id, start_wall=datetime(2023, 9, 2, 11))
    second = feeds.export_all_feeds(db, out)
    assert [[c.kind for c in r.changes] for r in second] == [["moved"], [], ["moved"]]


def test_export_feeds_command_reports_a_bad_feed_and_writes_the_rest(
    db: Database, tmp_path: Path
) -> None:
    from planner.cli.main import main

    _round(db)
    for name in ("A first", "B broken"):
        feeds.create_feed(db, feeds.FeedSpec(name=name))
    with db.unit_of_work() as orm:
        orm.execute(update(Feed).where(Feed.name == "B broken").values(file_name=".ics"))
    out = tmp_path / "out"
    status = main(["--db", db.location, "export", "feeds", "--dir", str(out)])
    assert status == 1
    assert [p.name for p in out.iterdir()] == ["a-first.ics"]


# --- independent readers ---------------------------------------------------------------


def _all_sessions_feed(demo_db: Database, tmp_path: Path) -> tuple[bytes, int, int]:
    data = feeds.export_feed(
        demo_db, feeds.FeedSpec(name="All", all_day_events=True), tmp_path / "all.ics",
        home_zone=HOME,
    ).path.read_bytes()  # fmt: skip
    with demo_db.unit_of_work() as orm:
        session_count = len(orm.scalars(select(models.Session.id)).all())
        without_length = len(
            orm.scalars(
                select(models.Session.id).where(models.Session.duration_minutes.is_(None))
            ).all()
        )
    return data, session_count, without_length


def test_icalendar_and_vobject_read_every_session_with_or_without_a_length(
    demo_db: Database, tmp_path: Path
) -> None:
    data, count, without_length = _all_sessions_feed(demo_db, tmp_path)
    assert without_length > 0
    timed = [e for e in _events(data) if "X-RACE-PLANNER-WEEKEND" not in e]
    assert len(timed) == count
    assert sum("DTEND" not in e for e in timed) == without_length
    assert "DTEND;TZID" not in "\n".join(
        line for line in unfolded(data) if line.startswith("DTEND") and "VALUE=DATE" in line
    )
    parsed = vobject.readOne(data.decode("utf-8"))
    read = [e for e in parsed.vevent_list if not hasattr(e, "x_race_planner_weekend")]
    assert len(read) == count
    assert all(e.dtstart.value.tzinfo is not None for e in read)


@pytest.mark.skipif(shutil.which("calcurse") is None, reason="calcurse is not installed")
def test_calcurse_reads_every_session_including_those_without_a_length(
    demo_db: Database, tmp_path: Path
) -> None:
    data, count, _without_length = _all_sessions_feed(demo_db, tmp_path)
    weekends = len(_weekends(data))
    home = tmp_path / "calcurse"
    home.mkdir()
    result = subprocess.run(
        ["calcurse", "-D", str(home), "-i", str(tmp_path / "all.ics")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stdout.lower() or " 0 " in result.stdout, result.stdout
    apts = (home / "apts").read_text(encoding="utf-8").splitlines()
    # calcurse stores timed events as "@"-appointments and all-day ones as "[1]" events.
    appointments = [line for line in apts if " @ " in line]
    all_day = [line for line in apts if line.startswith(("[", "0")) and " @ " not in line]
    assert len(appointments) == count, result.stdout
    assert len(all_day) == weekends


# --- round trip ------------------------------------------------------------------------


def test_round_trip_keeps_rounds_without_sessions_the_car_line_and_series_links(
    demo_db: Database, db: Database, tmp_path: Path
) -> None:
    from planner.services import ics_import

    empty_round = _round(demo_db, track="Anderstorp", first=date(2023, 6, 2))
    path = tmp_path / "all.ics"
    spec = feeds.FeedSpec(name="All", all_day_events=True)
    feeds.export_feed(demo_db, spec, path, home_zone=HOME)
    ics_import.import_ics_file(db, path)

    def shape(database: Database) -> tuple[object, ...]:
        with database.unit_of_work() as orm:
            rounds_ = sorted(
                (r.season.series.name, r.season.year, r.number, r.uid, r.first_day, r.track.key)
                for r in orm.scalars(select(models.Round))
            )
            links = sorted(
                (s.name, s.website, s.live_timing_url, s.stream_url)
                for s in orm.scalars(select(models.Series))
            )
        return rounds_, links

    assert shape(db) == shape(demo_db)
    with demo_db.unit_of_work() as orm:
        kept = orm.get(models.Round, empty_round)
        assert kept is not None and not kept.sessions
    before = feeds.feed_events(demo_db, spec, home_zone=HOME)
    after = feeds.feed_events(db, spec, home_zone=HOME)

    def without_results(text: str) -> str:
        # results are the planner's own record: a calendar file does not carry them back
        return "\n".join(line for line in text.split("\n") if not line.startswith("Result: "))

    cars_before = sorted(
        without_results(e.description) for e in before.events if "Car: " in e.description
    )
    cars_after = sorted(
        without_results(e.description) for e in after.events if "Car: " in e.description
    )
    assert cars_before and cars_after == cars_before
    # The same weekend UIDs: a phone subscribed to both sees one event per weekend.
    assert {e.uid for e in before.events} == {e.uid for e in after.events}


def test_one_cache_shared_by_two_threads_gives_the_same_feeds(
    demo_db: Database, tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    cache = feeds.ExportCache()
    specs = [
        feeds.FeedSpec(name="All", all_day_events=True),
        feeds.FeedSpec(name="Sv", language="sv"),
    ]

    def export(index: int) -> bytes:
        spec = specs[index % 2]
        path = tmp_path / f"{index}.ics"
        return feeds.export_feed(demo_db, spec, path, home_zone=HOME, cache=cache).path.read_bytes()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(export, range(8)))
    alone = [
        feeds.export_feed(
            demo_db, spec, tmp_path / f"alone-{n}.ics", home_zone=HOME
        ).path.read_bytes()
        for n, spec in enumerate(specs)
    ]
    assert results == [alone[index % 2] for index in range(8)]
