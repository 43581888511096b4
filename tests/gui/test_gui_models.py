"""The item models pass Qt's own model checks over the demo data."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from planner.db.database import Database
from planner.gui.models.navigator_model import NavigatorModel, build_tree
from planner.gui.models.next_up_model import NextUpModel, merge_rows
from planner.gui.models.roles import (
    CONFLICT_ROLE,
    DRIVER_IDS_ROLE,
    EDIT_VALUE_ROLE,
    ID_ROLE,
    IS_GROUP_ROLE,
    KIND_ROLE,
)
from planner.gui.models.season_model import SeasonModel
from planner.gui.models.weekend_model import (
    DRIVERS,
    DURATION,
    HOME,
    KIND,
    NAME,
    START,
    WeekendModel,
)
from planner.gui.store import Store
from planner.services import catalog, queries

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _gt4_2023(db: Database) -> int:
    return next(s.id for s in catalog.list_seasons(db) if s.series_name.startswith("GT4"))


def _hockenheim_round(db: Database) -> int:
    return next(r.id for r in queries.list_rounds(db, _gt4_2023(db)) if r.number == 5)


def test_navigator_model_passes_the_model_tester(qtbot: QtBot, demo_db: Database) -> None:
    model = NavigatorModel()
    tester = QAbstractItemModelTester(model, FAIL)
    seasons = catalog.list_seasons(demo_db)
    rounds = {season.id: queries.list_rounds(demo_db, season.id) for season in seasons}
    model.set_tree(build_tree(catalog.list_series(demo_db), seasons, rounds))
    assert tester is not None
    assert model.rowCount() == 4  # four series
    gt4 = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data() == "GT4 European Series"
    )
    season = model.index(0, 0, gt4)
    assert season.data() == "2023"
    assert season.data(KIND_ROLE) == "season"
    assert [model.index(row, 0, season).data() for row in range(model.rowCount(season))][4] == (
        "5. Hockenheim"
    )


def test_season_model_lists_rounds_by_number(qtbot: QtBot, demo_db: Database) -> None:
    model = SeasonModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_rounds(queries.list_rounds(demo_db, _gt4_2023(demo_db)))
    assert model.rowCount() == 6
    assert model.index(4, 2).data() == "Hockenheim"
    assert model.index(4, 5).data() == "Andreas, Jessica"


def test_weekend_model_groups_sessions_by_day(qtbot: QtBot, demo_db: Database) -> None:
    store = Store(demo_db, home_zone="Europe/London")
    model = WeekendModel(store, lambda _command: True)
    QAbstractItemModelTester(model, FAIL)
    weekend = queries.weekend(demo_db, _hockenheim_round(demo_db))
    model.set_sessions(weekend.sessions, {})
    assert model.rowCount() == 3  # Friday, Saturday, Sunday
    friday = model.index(0, 0)
    assert friday.data(IS_GROUP_ROLE) is True
    assert friday.data().startswith("Friday")
    fp1 = model.index(0, NAME, friday)
    assert fp1.data() == "Free Practice 1"
    assert model.index(0, START, friday).data() == "12:10–13:10"
    assert model.index(0, HOME, friday).data() == "11:10–12:10"  # London is an hour behind


def test_home_time_is_hidden_where_home_keeps_the_track_clock(
    qtbot: QtBot, demo_db: Database
) -> None:
    store = Store(demo_db, home_zone="Europe/Stockholm")
    model = WeekendModel(store, lambda _command: True)
    model.set_sessions(queries.weekend(demo_db, _hockenheim_round(demo_db)).sessions, {})
    assert not model.shows_home_time()
    assert model.index(0, HOME, model.index(0, 0)).data() == ""


def test_weekend_model_marks_conflicts_with_icon_and_tooltip(
    qtbot: QtBot, demo_db: Database
) -> None:
    store = Store(demo_db, home_zone="Europe/Stockholm")
    model = WeekendModel(store, lambda _command: True)
    weekend = queries.weekend(demo_db, _hockenheim_round(demo_db))
    fp1 = weekend.sessions[0]
    model.set_sessions(weekend.sessions, {fp1.id: ["Andreas would drive two sessions at once."]})
    index = model.index_of(fp1.id, NAME)
    assert index.data(CONFLICT_ROLE) == ["Andreas would drive two sessions at once."]
    assert "two sessions at once" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert index.data(ID_ROLE) == fp1.id


def test_weekend_cells_hold_their_tooltips_and_edit_values_from_the_load(
    qtbot: QtBot, demo_db: Database
) -> None:
    """Qt keeps the cells: what a tooltip or an editor asks is there without a
    question to Python, and only session cells are editable (the home time not)."""
    store = Store(demo_db, home_zone="Europe/London")
    model = WeekendModel(store, lambda _command: True)
    weekend = queries.weekend(demo_db, _hockenheim_round(demo_db))
    model.set_sessions(weekend.sessions, {})
    race = next(session for session in weekend.sessions if session.name == "Race 1")
    start = model.index_of(race.id, START)
    assert start.data(EDIT_VALUE_ROLE) == race.start_wall
    assert start.data(Qt.ItemDataRole.ToolTipRole) == "16:55–17:55 at the track (Europe/Berlin)"
    assert model.index_of(race.id, HOME).data(Qt.ItemDataRole.ToolTipRole) == (
        "15:55–16:55 at home (Europe/London)"
    )
    driver_ids = [driver.id for driver in race.drivers]
    drivers = model.index_of(race.id, DRIVERS)
    assert drivers.data(EDIT_VALUE_ROLE) == drivers.data(DRIVER_IDS_ROLE) == driver_ids
    assert drivers.data(Qt.ItemDataRole.ToolTipRole).startswith("Stint 1: ")
    assert model.index_of(race.id, KIND).data(EDIT_VALUE_ROLE) == "race"
    assert model.index_of(race.id, DURATION).data(EDIT_VALUE_ROLE) == race.duration_minutes
    assert model.index_of(race.id, NAME).data(CONFLICT_ROLE) == []
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.index_of(race.id, NAME).flags() & editable
    assert not model.index_of(race.id, HOME).flags() & editable
    assert not model.index(0, 0).flags() & editable  # a day row
    assert model.session_at(model.index(0, 0)) is None


def test_next_up_model_gives_one_row_per_session_with_a_countdown(
    qtbot: QtBot, demo_db: Database
) -> None:
    model = NextUpModel()
    QAbstractItemModelTester(model, FAIL)
    now = datetime(2023, 8, 30, 9, 0, tzinfo=UTC)
    found = [
        (driver, item)
        for driver in queries.followed_drivers(demo_db)
        for item in queries.upcoming_sessions(demo_db, now=now, driver_id=driver.id, limit=3)
    ]
    model.set_rows(merge_rows(found), now, "Europe/Stockholm")
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "Andreas, Jessica"
    assert model.index(0, 1).data() == "Hockenheim · Free Practice 1"
    assert model.index(0, 2).data() == "Fri 1 Sept 12:10"
    assert model.index(0, 3).data() == "in 2 d 1 h"
    model.tick(datetime(2023, 9, 1, 10, 0, tzinfo=UTC))
    assert model.index(0, 3).data() == "in 10 min"
