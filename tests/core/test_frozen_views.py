"""The services' views behave as the frozen dataclasses they were (services.frozen_view)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from planner.domain.kinds import RoundStatus, SessionKind, SessionStatus
from planner.services.frozen_view import FrozenView
from planner.services.views import (
    DriverView,
    LapRecordView,
    RoundView,
    ScheduledSession,
    SessionView,
    StintSnapshot,
    TrackView,
)


def _track() -> TrackView:
    return TrackView(
        id=3,
        key="zandvoort",
        name="Circuit Zandvoort",
        short_name="Zandvoort",
        aliases=("CM.com Circuit",),
        town="Zandvoort",
        region="North Holland",
        country="Netherlands",
        country_code="NL",
        timezone="Europe/Amsterdam",
        length_m=4259,
        corners=14,
        latitude=52.39,
        longitude=4.54,
        built_in=True,
        lap_records=(LapRecordView(1, "GT4", 104_321, "A. Driver", 2023),),
    )


def _round(name: str = "Zandvoort") -> RoundView:
    return RoundView(
        id=7,
        season_id=2,
        series_id=1,
        series_name="GT4 European Series",
        series_short_name="GT4",
        series_colour="#2e7d32",
        year=2026,
        number=1,
        name=name,
        track=_track(),
        first_day=date(2026, 3, 28),
        last_day=date(2026, 3, 30),
        status=RoundStatus.SCHEDULED,
        notes="",
        drivers=(DriverView(4, "Jessica Bäckman", "SE", True),),
        session_count=5,
    )


def _session() -> SessionView:
    return SessionView(
        id=11,
        uid="s-11",
        round_id=7,
        kind=SessionKind.QUALIFYING,
        name="Qualifying 1",
        start_wall=datetime(2026, 3, 28, 10, 30),
        zone="Europe/Amsterdam",
        is_dst=None,
        duration_minutes=30,
        status=SessionStatus.SCHEDULED,
        broadcast="",
        stream_url="",
        notes="",
        revision=1,
        changed_utc=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_views_equal_and_hash_by_their_fields_in_order() -> None:
    first, second = _round(), _round()
    assert first == second and first is not second
    assert (
        hash(first)
        == hash(second)
        == hash(tuple(getattr(first, name) for name in first._field_names))
    )
    assert first != _round(name="Another")
    assert first != "a round" and ScheduledSession(_session(), first) != (_session(), first)
    assert len({first, second, _round(name="Another")}) == 2


def test_a_view_shows_its_fields_as_a_dataclass_would() -> None:
    snapshot = StintSnapshot(driver_id=4, stint_order=2)
    assert repr(snapshot) == "StintSnapshot(driver_id=4, stint_order=2)"
    assert repr(_round()).startswith("RoundView(id=7, season_id=2, series_id=1, series_name='GT4")


def test_a_view_cannot_be_changed() -> None:
    view = _round()
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'name'"):
        view.name = "Changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'name'"):
        del view.name  # type: ignore[misc]
    assert view.name == "Zandvoort"


def test_views_stay_dataclasses_for_replace_fields_and_asdict() -> None:
    view = _round()
    renamed = dataclasses.replace(view, name="Assen")
    assert renamed.name == "Assen" and renamed.track == view.track and view.name == "Zandvoort"
    assert [field.name for field in dataclasses.fields(SessionView)][-1] == "drivers"
    assert _session().drivers == () and DriverView(1, "A", "SE", False).revision == 1
    assert dataclasses.asdict(StintSnapshot(4, 2)) == {"driver_id": 4, "stint_order": 2}


def test_a_session_view_works_its_times_out_once() -> None:
    session = _session()
    assert session.times is session.times
    assert session.start_utc == datetime(2026, 3, 28, 9, 30, tzinfo=UTC)
    assert session == dataclasses.replace(session)  # the cached times are not a field


def test_a_view_needs_two_fields() -> None:
    with pytest.raises(TypeError, match="at least two fields"):

        class Lonely(FrozenView):
            only: int


def test_a_view_whose_init_does_not_take_its_fields_in_order_is_refused() -> None:
    with pytest.raises(TypeError, match="exactly its fields"):

        class Forgotten(FrozenView):
            first: int
            second: int

            def __init__(self, first: int) -> None:
                self.__dict__.update(first=first)

    with pytest.raises(TypeError, match="exactly its fields"):

        class Swapped(FrozenView):
            first: int
            second: int

            def __init__(self, second: int, first: int) -> None:
                self.__dict__.update(first=first, second=second)

    with pytest.raises(TypeError, match="exactly its fields"):

        class Without(FrozenView):
            first: int
            second: int
