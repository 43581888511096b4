"""Entered results reach the weekend sheet and the season overview."""

from __future__ import annotations

from planner.db.database import Database
from planner.printing.content import build_season_overview, build_weekend_sheet
from planner.services import queries, results
from planner.services.lookup import find_round


def _hockenheim_12h(db: Database) -> int:
    with db.unit_of_work() as orm:
        return find_round(orm, "24H", 2022, 4).id


def test_the_weekend_sheet_heads_its_notes_with_the_results_and_points(
    demo_db: Database,
) -> None:
    round_id = _hockenheim_12h(demo_db)
    sheet = build_weekend_sheet(
        queries.weekend(demo_db, round_id),
        language="sv",
        notes="Ta med öronproppar",
        results=results.round_results(demo_db, round_id),
    )
    assert sheet.notes.text.splitlines() == [
        "Fri träning: 3:e plats i TCR · 0 p",
        "Kval: 1:a plats i TCR (pole position) · 0 p",
        "Race – Del 2: 3:e plats i TCR · 32 p",
        "Poäng i helgen: 32",
        "",
        "Ta med öronproppar",
    ]


def test_a_sheet_without_results_keeps_only_the_notes(demo_db: Database) -> None:
    with demo_db.unit_of_work() as orm:
        round_id = find_round(orm, "GT4 Europe", 2023, 5).id
    sheet = build_weekend_sheet(
        queries.weekend(demo_db, round_id),
        notes="Ear plugs",
        results=results.round_results(demo_db, round_id),
    )
    assert sheet.notes.text == "Ear plugs"


def test_the_season_overview_shows_the_points_of_each_round_with_results(
    demo_db: Database,
) -> None:
    round_id = _hockenheim_12h(demo_db)
    season_id = queries.weekend(demo_db, round_id).round.season_id
    rounds = queries.list_rounds(demo_db, season_id)
    overview = build_season_overview(
        rounds,
        language="en",
        points_by_round=results.points_by_round(demo_db, [item.id for item in rounds]),
    )
    assert [(row.number, row.result) for row in overview.rows] == [("4", "32 points")]
