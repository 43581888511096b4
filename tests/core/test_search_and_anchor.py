"""Finding sessions by what people remember, the agenda's filters, where views open,
and home time picked on screen turned into the track's wall time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from planner.db.database import Database
from planner.domain.errors import AmbiguousTimeError, NonExistentTimeError
from planner.domain.kinds import SessionKind
from planner.domain.track_time import home_to_track_wall
from planner.services import catalog, queries
from planner.services.calendar_anchor import anchor_day
from planner.services.search import AgendaFilter, filter_agenda, folded, search_sessions


def test_search_ignores_case_and_accents_and_needs_every_word(demo_db: Database) -> None:
    assert folded("Bäckman ÅRE") == "backman are"
    found = search_sessions(demo_db, "backman hockenheim race")
    assert found
    assert {item.round.track.short_name for item in found} == {"Hockenheim"}
    assert all("race" in item.session.name.casefold() for item in found)
    assert search_sessions(demo_db, "   ") == []
    assert search_sessions(demo_db, "hockenheim nürburgring-only-word") == []


def test_search_reaches_every_season_and_series(demo_db: Database) -> None:
    seasons = {item.round.season_id for item in search_sessions(demo_db, "hockenheim")}
    assert len(seasons) == 2  # GT4 2023 and the 12-hour race of 2022
    gt4 = search_sessions(demo_db, "gt4 europe")
    assert len(gt4) == 6 and {item.round.year for item in gt4} == {2023}


@pytest.mark.parametrize("text", ["backman", "race", "hockenheim", "gt4 europe", "e"])
def test_search_finds_what_the_session_views_match_first_in_start_order(
    demo_db: Database, text: str
) -> None:
    from planner.services.search import matches

    everything = queries.scheduled_sessions(demo_db)  # in (UTC start, id) order
    expected = [item for item in everything if matches(item, text)]
    assert expected
    assert search_sessions(demo_db, text) == expected
    for limit in (1, 3, len(expected) - 1):
        assert search_sessions(demo_db, text, limit=limit) == expected[:limit]


@pytest.mark.parametrize("chunk", [1, 2, 7])
@pytest.mark.parametrize("text", ["backman", "race", "e"])
def test_a_search_that_stops_early_finds_the_same_first_sessions(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, text: str, chunk: int
) -> None:
    """The scan stops once enough matches are found: in chunks as small as one
    session, it still gives what matching every session gives, for every limit."""
    from planner.services import search
    from planner.services.search import build_search_index, matches

    monkeypatch.setattr(search, "_SCAN_CHUNK", chunk)
    _spread_over_far_zones(demo_db)
    index = build_search_index(demo_db)
    everything = queries.scheduled_sessions(demo_db)
    expected = [item for item in everything if matches(item, text)]
    assert len(expected) > 3
    for limit in (1, 2, 3, len(expected) // 2, len(expected) - 1, len(expected)):
        assert index.search(demo_db, text, limit=limit) == expected[:limit]


def _spread_over_far_zones(db: Database) -> None:
    """Every other session's track 25 hours from the rest (no DST in either): the
    order by track time and the order by UTC then differ, as the scan must allow."""
    from sqlalchemy import select

    from planner.db import models

    with db.unit_of_work() as orm:
        rows = orm.scalars(select(models.Session).order_by(models.Session.id)).all()
        for position, row in enumerate(rows):
            row.zone = "Pacific/Kiritimati" if position % 2 else "Pacific/Pago_Pago"
            row.is_dst = None


def test_agenda_filter_by_kind_series_driver_and_time(demo_db: Database) -> None:
    everything = queries.scheduled_sessions(demo_db)
    now = datetime(2023, 8, 30, 9, 0, tzinfo=UTC)
    coming = filter_agenda(everything, AgendaFilter(since=now))
    assert coming and all(item.session.busy_until_utc >= now for item in coming)
    assert len(coming) < len(everything)
    races = filter_agenda(everything, AgendaFilter(kind=SessionKind.RACE))
    assert races and all(item.session.kind == SessionKind.RACE for item in races)
    gt4 = next(s for s in catalog.list_series(demo_db) if s.name.startswith("GT4"))
    only_gt4 = filter_agenda(everything, AgendaFilter(series_id=gt4.id))
    assert only_gt4 and {item.round.series_id for item in only_gt4} == {gt4.id}
    jessica = next(d for d in catalog.list_drivers(demo_db) if d.first_name == "Jessica")
    hers = filter_agenda(everything, AgendaFilter(driver_id=jessica.id))
    assert hers and len(hers) < len(everything)
    starts = [item.session.start_utc for item in hers]
    assert starts == sorted(starts)


def test_views_open_on_the_round_or_the_seasons_next_round(demo_db: Database) -> None:
    gt4 = next(s for s in catalog.list_seasons(demo_db) if s.series_name.startswith("GT4"))
    rounds = queries.list_rounds(demo_db, gt4.id)
    hockenheim = next(r for r in rounds if r.number == 5)
    assert (
        anchor_day(demo_db, today=date(2023, 8, 30), round_id=rounds[0].id) == rounds[0].first_day
    )
    assert anchor_day(demo_db, today=date(2023, 8, 30), season_id=gt4.id) == hockenheim.first_day
    last = max(rounds, key=lambda r: r.last_day)
    assert anchor_day(demo_db, today=date(2026, 1, 1), season_id=gt4.id) == last.first_day
    assert anchor_day(demo_db, today=date(2023, 8, 30)) is None


def test_home_time_becomes_the_tracks_wall_time() -> None:
    wall, is_dst = home_to_track_wall(datetime(2023, 9, 2, 14, 0), "Europe/London", "Europe/Berlin")
    assert (wall, is_dst) == (datetime(2023, 9, 2, 15, 0), None)
    wall, _ = home_to_track_wall(datetime(2023, 12, 2, 14, 0), "Europe/Stockholm", "Asia/Dubai")
    assert wall == datetime(2023, 12, 2, 17, 0)


def test_a_home_time_the_clocks_skip_or_repeat_is_refused() -> None:
    with pytest.raises(NonExistentTimeError, match="does not exist"):
        home_to_track_wall(datetime(2024, 3, 31, 1, 30), "Europe/London", "Europe/Berlin")
    with pytest.raises(AmbiguousTimeError):
        home_to_track_wall(datetime(2024, 10, 27, 1, 30), "Europe/London", "Asia/Dubai")


def test_a_track_time_shown_twice_keeps_the_instant_picked_at_home() -> None:
    # 02:30 in Berlin happens twice on 27 Oct 2024. Picked from Dubai, 04:30 is
    # 00:30 UTC, the first (summer-time) 02:30; 05:30 is the second one.
    wall, is_dst = home_to_track_wall(datetime(2024, 10, 27, 4, 30), "Asia/Dubai", "Europe/Berlin")
    assert (wall, is_dst) == (datetime(2024, 10, 27, 2, 30), True)
    wall, is_dst = home_to_track_wall(datetime(2024, 10, 27, 5, 30), "Asia/Dubai", "Europe/Berlin")
    assert (wall, is_dst) == (datetime(2024, 10, 27, 2, 30), False)
