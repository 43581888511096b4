"""What goes on the sheets, checked without Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

from planner.db.database import Database
from planner.printing.content import (
    build_season_overview,
    build_weekend_sheet,
    format_coordinates,
    format_duration,
    format_length,
)
from planner.services import catalog, queries
from planner.services.views import WeekendView

PRINTED = datetime(2026, 11, 23, 14, 5)


def test_building_sheets_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import planner.printing.content\n"
        "import planner.cli.cmd_print\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_lengths_use_the_languages_decimal_mark() -> None:
    assert format_length(4.574, "en") == "4.574 km"
    assert format_length(4.574, "sv") == "4,574 km"
    assert format_length(None, "en") == "—"


def test_durations_read_like_a_timetable() -> None:
    assert format_duration(20) == "20 min"
    assert format_duration(60) == "60 min"
    assert format_duration(90) == "90 min"
    assert format_duration(360) == "6 h"
    assert format_duration(150) == "2 h 30 min"
    assert format_duration(None) == "—"


def test_coordinates_use_swedish_compass_letters() -> None:
    assert format_coordinates(49.3278, 8.5656, "en") == "49.3278° N, 8.5656° E"
    assert format_coordinates(49.3278, -8.5656, "sv") == "49,3278° N, 8,5656° V"


def test_weekend_sheet_header_and_track_facts(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, printed_at=PRINTED)
    assert sheet.header.series_name == "GT4 European Series"
    assert sheet.header.series_colour == "#1565c0"
    assert sheet.header.season_label == "Round 5 · 2023"
    assert sheet.header.date_range == "1–3 September 2023"
    assert sheet.header.place == "Hockenheim, Germany"
    facts = {fact.label: fact.value for fact in sheet.track.facts}
    assert facts["Length"] == "4.574 km"
    assert facts["Corners"] == "16"
    assert facts["Lap record"] == "TCR 1:47.095"
    assert sheet.footer_left == "Printed 23 November 2026 14:05"


def test_schedule_is_grouped_by_day_with_stints_for_races(gt4_hockenheim: WeekendView) -> None:
    schedule = build_weekend_sheet(gt4_hockenheim, printed_at=PRINTED).schedule
    assert [day.heading for day in schedule.days] == [
        "Friday 1 September",
        "Saturday 2 September",
        "Sunday 3 September",
    ]
    rows = {row.name: row for row in schedule.rows}
    assert rows["Free Practice 1"].track_time == "12:10"
    assert rows["Free Practice 1"].duration == "60 min"
    assert rows["Race 1"].drivers == "Jessica → Andreas"
    assert rows["Qualifying 1"].drivers == ""  # not published: left empty
    assert rows["Race 1"].broadcast == "LIVE TV"


def test_no_home_column_when_home_clocks_match_the_track(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, home_zone="Europe/Stockholm")
    assert not sheet.schedule.show_home
    assert all(row.home_time == "" for row in sheet.schedule.rows)


def test_home_column_when_home_is_elsewhere(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, home_zone="America/New_York")
    assert sheet.schedule.show_home
    assert sheet.schedule.columns.home_time == "New York"
    assert sheet.schedule.columns.home_zone == "EDT"
    rows = {row.name: row for row in sheet.schedule.rows}
    assert rows["Free Practice 1"].home_time == "06:10"


def test_home_time_names_the_day_when_it_differs(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, home_zone="Pacific/Auckland", language="sv")
    rows = {row.name: row for row in sheet.schedule.rows}
    assert rows["Free Practice 2"].home_time == "lör 03:00"  # Fri 17:00 CEST


def test_swedish_sheet_words(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, language="sv", printed_at=PRINTED)
    assert [day.heading for day in sheet.schedule.days] == [
        "Fredag 1 september",
        "Lördag 2 september",
        "Söndag 3 september",
    ]
    assert sheet.schedule.title == "Tidsschema"
    assert sheet.header.season_label == "Omgång 5 · 2023"
    assert sheet.header.place == "Hockenheim, Tyskland"
    assert {fact.label: fact.value for fact in sheet.track.facts}["Längd"] == "4,574 km"
    assert sheet.footer_left == "Utskriven 23 november 2026 14:05"


def test_crew_box_and_links_of_the_12h(hockenheim_12h: WeekendView) -> None:
    sheet = build_weekend_sheet(hockenheim_12h)
    assert sheet.crew is not None
    (car,) = sheet.crew.cars
    assert car.title == "#120 Audi RS 3 LMS TCR"
    assert car.drivers == (
        "Andreas Bäckman",
        "Oliver Söderström",
        "Emil Sällberg",
        "Marcus Fluch",
    )
    assert [(link.label, link.text) for link in sheet.links] == [
        ("Live timing", "livetiming.getraceresults.com/24hseries")
    ]
    rows = {row.name: row for row in sheet.schedule.rows}
    assert rows["Qualifying"].duration == "—"  # length not published
    assert rows["Race – Part 1"].duration == "6 h"


def test_notes_are_kept_as_typed(gt4_hockenheim: WeekendView) -> None:
    sheet = build_weekend_sheet(gt4_hockenheim, notes="  Bring <b>ear plugs</b> & fuel\n")
    assert sheet.notes.text == "Bring <b>ear plugs</b> & fuel"


def test_season_overview_of_one_season(demo_db: Database) -> None:
    season = next(s for s in catalog.list_seasons(demo_db) if s.series_short_name == "GT4 Europe")
    overview = build_season_overview(
        queries.list_rounds(demo_db, season.id), printed_at=PRINTED, today=date(2023, 8, 1)
    )
    assert overview.title == "GT4 European Series 2023"
    assert not overview.show_series
    assert [row.number for row in overview.rows] == ["1", "2", "3", "4", "5", "6"]
    assert overview.rows[4].dates == "1–3 Sep"
    assert overview.rows[5].dates == "29 Sep – 1 Oct"
    assert [row.past for row in overview.rows] == [True, True, True, True, False, False]
    assert "Andreas\u00a0Bäckman and Jessica\u00a0Bäckman" in overview.subtitle


def test_year_overview_is_titled_after_the_family(demo_db: Database) -> None:
    rounds = [
        item
        for season in catalog.list_seasons(demo_db)
        if season.year == 2022
        for item in queries.list_rounds(demo_db, season.id)
    ]
    overview = build_season_overview(rounds, year=2022, language="sv")
    assert overview.title == "2022: Andreas och Jessica"
    assert overview.show_series
    assert [row.series for row in overview.rows] == ["TCR Germany", "24H", "STCC"]
    assert not any(row.past for row in overview.rows)  # all over: nothing greyed out
