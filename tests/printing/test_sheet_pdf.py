"""The sheets drawn to PDF and read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from printing_helpers import (
    demo_weekend,
    layout_problems,
    page_count,
    pdf_fonts,
    pdf_info,
    pdf_text,
)

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.printing.content import build_season_overview, build_weekend_sheet
from planner.printing.render import render_season_pdf, render_weekend_pdf
from planner.services import catalog, queries
from planner.services.views import RoundView, WeekendView

PRINTED = datetime(2026, 11, 23, 14, 5)
GT4_SESSIONS = {  # start and end at the track
    "Free Practice 1": "12:10–13:10",
    "Free Practice 2": "17:00–18:00",
    "Qualifying 1": "11:10–11:30",
    "Qualifying 2": "11:30–11:50",
    "Race 1": "16:55–17:55",
    "Race 2": "11:35–12:35",
}
NEW_YORK = [
    "06:10–07:10",
    "11:00–12:00",
    "05:10–05:30",
    "05:30–05:50",
    "10:55–11:55",
    "05:35–06:35",
]
CREW_120 = ["Andreas Bäckman", "Oliver Söderström", "Emil Sällberg", "Marcus Fluch"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _weekend_pdf(
    weekend: WeekendView, tmp_path: Path, name: str = "sheet.pdf", **options: object
) -> Path:
    paper = str(options.pop("paper", "a4"))
    landscape = bool(options.pop("landscape", False))
    sheet = build_weekend_sheet(weekend, printed_at=PRINTED, **options)  # type: ignore[arg-type]
    path = tmp_path / name
    assert render_weekend_pdf(sheet, path, paper, landscape=landscape) == 1
    return path


def test_gt4_hockenheim_sheet_has_every_session_and_fact(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    path = _weekend_pdf(gt4_hockenheim, tmp_path)
    assert layout_problems(path) == []
    text = pdf_text(path)
    for name, start in GT4_SESSIONS.items():
        assert re.search(rf"{start}\s+{re.escape(name)}", text), name
    assert "Andreas Bäckman" in text
    assert "Jessica Bäckman" in text
    assert "Jessica → Andreas" in text
    assert "4.574 km" in text
    assert re.search(r"Corners\s+16\b", text)
    assert "TCR 1:47.095" in text
    assert "Friday 1 September" in text
    assert page_count(path) == 1


def test_12h_hockenheim_sheet_has_the_crew_of_four(
    hockenheim_12h: WeekendView, tmp_path: Path
) -> None:
    path = _weekend_pdf(hockenheim_12h, tmp_path)
    assert layout_problems(path) == []
    text = pdf_text(path)
    for name, start in {
        "Free Practice": "16:20",  # length not published: the start alone
        "Qualifying": "19:05",
        "Race – Part 1": "13:55–19:55",
        "Race – Part 2": "14:05–20:05",
    }.items():
        assert re.search(rf"{start}\s+{re.escape(name)}", text), name
    for driver in CREW_120:
        assert driver in text
    assert "Hankook 12h Hockenheimring" in text
    assert "#120 Audi RS 3 LMS TCR" in text
    assert "Lestrup Racing Team" in _flat(text)
    assert "4.574 km" in text
    assert "1:47.095" in text
    assert "livetiming.getraceresults.com/24hseries" in _flat(pdf_text(path, layout=False))
    assert page_count(path) == 1


def test_home_times_appear_when_home_is_another_zone(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    path = _weekend_pdf(gt4_hockenheim, tmp_path, home_zone="America/New_York")
    text = pdf_text(path)
    assert re.search(r"12:10–13:10\s+06:10–07:10\s+Free Practice 1", text)
    for home in NEW_YORK:
        assert home in text
    assert "NEW YORK" in text
    assert page_count(path) == 1


def test_no_home_column_when_the_clocks_agree(gt4_hockenheim: WeekendView, tmp_path: Path) -> None:
    text = pdf_text(_weekend_pdf(gt4_hockenheim, tmp_path, home_zone="Europe/Stockholm"))
    assert re.search(r"12:10–13:10\s+Free Practice 1", text)
    assert "STOCKHOLM" not in text
    assert "same as Stockholm" in _flat(text)


def test_swedish_sheet_has_swedish_headings_and_days(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    path = _weekend_pdf(gt4_hockenheim, tmp_path, language="sv")
    text = pdf_text(path)
    for word in ("Fredag 1 september", "Lördag 2 september", "Söndag 3 september"):
        assert word in text
    for heading in ("TIDSSCHEMA", "BANA", "BIL OCH FÖRARE", "ANTECKNINGAR OCH RESULTAT"):
        assert heading in text
    assert "Omgång 5 · 2023" in text
    assert "4,574 km" in text
    assert "4.574 km" not in text
    assert "Kurvor" in text
    assert "Utskriven 23 november 2026 14:05" in text
    assert "Friday" not in text


def test_markup_in_a_note_prints_literally(gt4_hockenheim: WeekendView, tmp_path: Path) -> None:
    note = "Pit wall pass at gate 4. <b>bold</b> & <i>not italic</i>"
    text = _flat(pdf_text(_weekend_pdf(gt4_hockenheim, tmp_path, notes=note)))
    assert "<b>bold</b> & <i>not italic</i>" in text


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        ("a4", False, "595 x 842 pts (A4)"),
        ("letter", False, "612 x 792 pts (letter)"),
        ("a4", True, "842 x 595 pts (A4)"),
        ("letter", True, "792 x 612 pts (letter)"),
    ],
)
def test_paper_sizes(
    gt4_hockenheim: WeekendView, tmp_path: Path, paper: str, landscape: bool, size: str
) -> None:
    path = _weekend_pdf(gt4_hockenheim, tmp_path, paper=paper, landscape=landscape)
    info = pdf_info(path)
    assert info["Page size"] == size
    assert info["Pages"] == "1"
    assert layout_problems(path) == []
    assert "Race 2" in pdf_text(path)


def _crowded(weekend: WeekendView) -> WeekendView:
    """Twelve sessions over three days with long names, notes and broadcasts."""
    template = weekend.sessions[-1]
    start = datetime(2023, 9, 1, 8, 0)
    sessions = []
    for index in range(12):
        day, slot = divmod(index, 4)
        sessions.append(
            dataclasses.replace(
                template,
                id=1000 + index,
                uid=f"crowded-{index}",
                kind=SessionKind.RACE if index % 4 == 3 else SessionKind.PRACTICE,
                name=f"Session{index:02d} Pirelli Sprint Championship Pre-Qualifying Warm-up",
                start_wall=start + timedelta(days=day, hours=2 * slot, minutes=15 * slot),
                broadcast="LIVE TV on the series' YouTube channel, Eurosport 2 and live timing",
                notes="Driver change between laps 18 and 22; tyre allocation four sets, "
                "refuelling not allowed; pit lane speed 60 km/h",
            )
        )
    round_ = dataclasses.replace(
        weekend.round,
        notes=" ".join(["Camping at gate 4, paddock passes at the Welcome Centre."] * 8),
    )
    return dataclasses.replace(weekend, round=round_, sessions=tuple(sessions))


def test_twelve_long_sessions_keep_their_size_and_every_page_names_the_round(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    crowded = _crowded(gt4_hockenheim)
    for paper in ("a4", "letter"):
        sheet = build_weekend_sheet(crowded, printed_at=PRINTED, home_zone="Asia/Tokyo")
        path = tmp_path / f"crowded-{paper}.pdf"
        pages = render_weekend_pdf(sheet, path, paper)
        assert layout_problems(path) == []
        text = pdf_text(path)
        for index in range(12):
            assert f"Session{index:02d}" in text
        for start in ("08:00–09:00", "10:15–11:15", "12:30–13:30", "14:45–15:45"):
            assert re.search(rf"{start}\s+\S+\s+Session", text)  # track time, Tokyo time
        for page in text.split("\f")[1:pages]:
            assert "Hockenheim · 1–3 September 2023" in _flat(page)


def test_a_huge_round_continues_on_a_second_page(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    crowded = _crowded(gt4_hockenheim)
    many = tuple(
        dataclasses.replace(session, id=2000 + index, name=f"Extra{index:02d} {session.name}")
        for index, session in enumerate(crowded.sessions * 4)
    )
    sheet = build_weekend_sheet(dataclasses.replace(crowded, sessions=many))
    path = tmp_path / "huge.pdf"
    pages = render_weekend_pdf(sheet, path)
    assert pages >= 2
    assert page_count(path) == pages
    assert layout_problems(path) == []
    text = pdf_text(path)
    for index in range(48):
        assert f"Extra{index:02d}" in text


def test_pdf_is_replaced_whole_and_leaves_no_temp_file(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_text("an older sheet")
    _weekend_pdf(gt4_hockenheim, tmp_path)
    assert target.read_bytes().startswith(b"%PDF")
    assert [path.name for path in tmp_path.iterdir() if "sheet" in path.name] == ["sheet.pdf"]


def _rounds_of_year(db: Database, year: int) -> list[RoundView]:
    return [
        item
        for season in catalog.list_seasons(db)
        if season.year == year
        for item in queries.list_rounds(db, season.id)
    ]


def test_season_overview_fits_one_page(demo_db: Database, tmp_path: Path) -> None:
    rounds = _rounds_of_year(demo_db, 2023)
    path = tmp_path / "season.pdf"
    overview = build_season_overview(rounds, printed_at=PRINTED)
    assert render_season_pdf(overview, path, "letter", landscape=True) == 1
    text = pdf_text(path)
    assert "GT4 European Series 2023" in text
    for circuit in ("Monza", "Paul Ricard", "Spa", "Misano", "Hockenheim", "Barcelona"):
        assert circuit in text
    assert "1–3 Sep" in text
    assert pdf_info(path)["Page size"] == "792 x 612 pts (letter)"


def test_year_overview_in_swedish(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "year.pdf"
    overview = build_season_overview(_rounds_of_year(demo_db, 2022), year=2022, language="sv")
    assert render_season_pdf(overview, path) == 1
    text = _flat(pdf_text(path, layout=False))
    assert "2022: Andreas och Jessica" in text
    for name in ["Jessica Bäckman", *CREW_120]:
        assert name in text
    assert "Tyskland" in text


def test_a_long_season_still_fits_one_page(demo_db: Database, tmp_path: Path) -> None:
    rounds = _rounds_of_year(demo_db, 2023)
    many = [
        dataclasses.replace(
            rounds[index % len(rounds)],
            id=500 + index,
            number=index + 1,
            name=f"Round{index + 1:02d} Grand Prix of Something Quite Long",
        )
        for index in range(18)
    ]
    path = tmp_path / "long-season.pdf"
    assert render_season_pdf(build_season_overview(many), path) == 1
    assert layout_problems(path) == []
    text = pdf_text(path)
    for index in range(18):
        assert f"Round{index + 1:02d}" in text


def test_round_without_sessions_prints_a_timetable_to_fill_in(
    demo_db: Database, tmp_path: Path
) -> None:
    weekend = demo_weekend(demo_db, "STCC", 2022, 1)
    path = _weekend_pdf(weekend, tmp_path)
    text = pdf_text(path)
    assert "No sessions entered yet: fill in the times by hand." in text
    assert "Ljungbyhed" in text
    first, last = weekend.round.first_day, weekend.round.last_day
    days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    for day in days:  # every day of the weekend gets its heading and rows
        assert f"{day:%A} {day.day} {day:%B}" in text
    assert "SESSION" in text


def test_tentative_and_cancelled_sessions_are_marked(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    from planner.domain.kinds import SessionStatus

    sessions = list(gt4_hockenheim.sessions)
    sessions[0] = dataclasses.replace(sessions[0], status=SessionStatus.CANCELLED)
    sessions[1] = dataclasses.replace(sessions[1], status=SessionStatus.TENTATIVE)
    weekend = dataclasses.replace(gt4_hockenheim, sessions=tuple(sessions))
    text = pdf_text(_weekend_pdf(weekend, tmp_path, language="sv"))
    assert "INSTÄLLT" in text
    assert "TID EJ BEKRÄFTAD" in text


def test_pdf_embeds_the_bundled_font_and_has_a_title(
    hockenheim_12h: WeekendView, tmp_path: Path
) -> None:
    path = _weekend_pdf(hockenheim_12h, tmp_path)
    fonts = pdf_fonts(path)
    assert fonts
    assert all(name.split("+")[-1].startswith("DejaVuSans") for name, _ in fonts)
    assert all(embedded for _, embedded in fonts)
    assert pdf_info(path)["Title"] == "24H Series 2022 · Hankook 12h Hockenheimring"
