"""Every layout of the weekend sheet, read back as a person would: QR codes scanned by a
real reader (zbar) from the PDF rendered at 150 dpi, and session times measured with
``pdftotext -bbox``: at least 14 pt, and the same size with and without long notes."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from printing_helpers import layout_problems, page_count, pdf_text, pdf_words

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.printing.content import build_weekend_sheet
from planner.printing.render import render_weekend_pdf
from planner.services.views import WeekendView

PRINTED = datetime(2026, 11, 23, 14, 5)
LIVE_TIMING = "https://livetiming.example.org/gt4-europe/2023/hockenheim"
STREAM = "https://www.youtube.com/@GT4SeriesTV/live"
LONG_NOTES = "\n".join(
    f"Day {day}: paddock passes at the Welcome Centre, camping at gate 4, pit wall from 10:00; "
    "bring ear plugs, rain jackets and the spare visor; hotel check-in after 15:00."
    for day in range(1, 31)
)
TIME_SPAN = re.compile(r"^\d\d:\d\d–\d\d:\d\d$")  # a session: start–end
# DejaVu Sans: a word's box from pdftotext is ascent + descent = 1.164 em high
EM_PER_BOX = 1.164


def _zbar() -> str:
    found = shutil.which("zbarimg")
    if found is None:
        pytest.skip("zbarimg (zbar-tools) is not installed: cannot scan the QR codes")
    return found


def _with_links(weekend: WeekendView) -> WeekendView:
    series = dataclasses.replace(weekend.series, live_timing_url=LIVE_TIMING, stream_url=STREAM)
    return dataclasses.replace(weekend, series=series)


def _twenty_sessions(weekend: WeekendView) -> WeekendView:
    template = weekend.sessions[-1]
    start = datetime(2023, 9, 1, 8, 0)
    sessions = tuple(
        dataclasses.replace(
            template,
            id=3000 + index,
            uid=f"twenty-{index}",
            kind=SessionKind.RACE if index % 5 == 4 else SessionKind.PRACTICE,
            name=f"Stress{index:02d} Session",
            start_wall=start + timedelta(days=index // 7, hours=index % 7 + index // 7),
        )
        for index in range(20)
    )
    return dataclasses.replace(weekend, sessions=sessions)


def _render(
    weekend: WeekendView, path: Path, paper: str, landscape: bool, **options: object
) -> int:
    sheet = build_weekend_sheet(weekend, printed_at=PRINTED, **options)  # type: ignore[arg-type]
    return render_weekend_pdf(sheet, path, paper, landscape=landscape)


def _scanned(path: Path, tmp_path: Path) -> set[str]:
    """Every QR code zbar finds on every page rendered at 150 dpi."""
    zbar = _zbar()
    prefix = tmp_path / f"{path.stem}-page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(prefix)], check=True)
    found: set[str] = set()
    for image in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        result = subprocess.run(
            [zbar, "--quiet", "--raw", "-Sqrcode.enable", str(image)],
            capture_output=True,
            text=True,
            check=False,
        )
        found.update(line for line in result.stdout.splitlines() if line)
    return found


def _time_sizes(path: Path) -> set[float]:
    """The point sizes of every session time on the sheet (rounded to 0.1 pt)."""
    words, _pages = pdf_words(path)
    return {
        round((word.bottom - word.top) / EM_PER_BOX, 1)
        for word in words
        if TIME_SPAN.match(word.text)
    }


LAYOUTS = [
    pytest.param(paper, landscape, language, id=f"{paper}-{orient}-{language}")
    for paper in ("a4", "letter")
    for landscape, orient in ((False, "portrait"), (True, "landscape"))
    for language in ("en", "sv")
]


@pytest.mark.parametrize(("paper", "landscape", "language"), LAYOUTS)
def test_every_layout_scans_and_keeps_its_times_with_and_without_notes(
    gt4_hockenheim: WeekendView, tmp_path: Path, paper: str, landscape: bool, language: str
) -> None:
    weekend = _with_links(gt4_hockenheim)
    sizes = {}
    for label, notes in (("plain", ""), ("notes", LONG_NOTES)):
        path = tmp_path / f"{label}.pdf"
        pages = _render(
            weekend,
            path,
            paper,
            landscape,
            language=language,
            home_zone="America/New_York",
            notes=notes,
        )
        assert page_count(path) == pages
        assert layout_problems(path) == []
        assert _scanned(path, tmp_path) == {LIVE_TIMING, STREAM}, label
        sizes[label] = _time_sizes(path)
        assert sizes[label], "no session time found"
        assert min(sizes[label]) >= 13.9, sizes[label]
        text = pdf_text(path, layout=False)
        assert "12:10–13:10" in text and "06:10–07:10" in text
        if label == "notes":
            assert pages >= 2  # the notes flow on; they do not shrink the timetable
            assert "Day 30:" in text
    assert sizes["plain"] == sizes["notes"]


@pytest.mark.parametrize(("paper", "landscape"), [("a4", False), ("a4", True), ("letter", True)])
def test_a_round_without_sessions_prints_a_blank_timetable(
    demo_db: Database, tmp_path: Path, paper: str, landscape: bool
) -> None:
    from printing_helpers import demo_weekend

    weekend = demo_weekend(demo_db, "STCC", 2022, 1)
    path = tmp_path / "blank.pdf"
    assert _render(weekend, path, paper, landscape, language="sv") == 1
    assert layout_problems(path) == []
    text = pdf_text(path)
    assert "Fredag 3 juni" in text and "Lördag 4 juni" in text
    assert "fyll i tiderna för hand" in text


@pytest.mark.parametrize("landscape", [False, True])
def test_twenty_sessions_continue_under_the_rounds_header(
    gt4_hockenheim: WeekendView, tmp_path: Path, landscape: bool
) -> None:
    weekend = _with_links(_twenty_sessions(gt4_hockenheim))
    path = tmp_path / "twenty.pdf"
    pages = _render(weekend, path, "a4", landscape, home_zone="Asia/Tokyo")
    assert pages >= 2
    assert layout_problems(path) == []
    text = pdf_text(path)
    for index in range(20):
        assert f"Stress{index:02d}" in text
    for page in text.split("\f")[1:pages]:
        # every later page names the round, and says what its lines are for
        flat = " ".join(page.split())
        assert "Hockenheim · 1–3 September 2023" in flat
        assert re.search(r"\d\d:\d\d–\d\d:\d\d", page) or "NOTES AND RESULTS" in flat
    assert min(_time_sizes(path)) >= 13.9
    assert _scanned(path, tmp_path) == {LIVE_TIMING, STREAM}


def test_zones_are_named_in_words_with_their_offsets(
    gt4_hockenheim: WeekendView, tmp_path: Path
) -> None:
    path = tmp_path / "zones.pdf"
    _render(gt4_hockenheim, path, "a4", False, home_zone="Asia/Tokyo")
    text = " ".join(pdf_text(path).split())
    assert "Track time (Hockenheim): Central European Summer Time, UTC+2" in text
    assert "Home time (Tokyo): Japan Standard Time, UTC+9" in text


def test_copied_text_has_no_ligatures(gt4_hockenheim: WeekendView, tmp_path: Path) -> None:
    path = tmp_path / "ligatures.pdf"
    _render(gt4_hockenheim, path, "a4", False, notes="Office, official briefing, fluffy flags")
    text = pdf_text(path)
    assert "Office, official briefing, fluffy flags" in " ".join(text.split())
    assert not set("\ufb00\ufb01\ufb02\ufb03\ufb04") & set(text)
