"""Timetable PDFs laid out as series publish them, made with reportlab for the tests.

An official timetable is a title block, a line saying the zone, then a grid:
a day column filled only on a day's first row, start and end in their own
columns, the session. The text comes out of the PDF as the page lays it out.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

Row = tuple[str, str, str, str]


def timetable_pdf(
    path: Path, title: str, zone_note: str, rows: list[Row], *, wide: bool = False
) -> Path:
    """A one-grid official timetable: rows of (day, start, end, session)."""
    styles = getSampleStyleSheet()
    document = SimpleDocTemplate(str(path), pagesize=landscape(A4) if wide else A4)
    grid = Table([("Day", "Start", "End", "Session"), *rows], colWidths=(110, 60, 60, 240))
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3a60")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
            ]
        )
    )
    document.build(
        [
            Paragraph(title, styles["Heading1"]),
            Paragraph(zone_note, styles["Normal"]),
            Spacer(1, 12),
            grid,
        ]
    )
    return path


def barcelona_timetable_pdf(path: Path) -> Path:
    """GT4 round 6 at Barcelona as an official grid, with pit-lane lines around the sessions."""
    return timetable_pdf(
        path,
        "Final Timetable - Round 6 - Circuit de Barcelona-Catalunya",
        "All times are local time (CEST)",
        [
            ("Friday 29/09", "10:35", "11:35", "Free Practice 1"),
            ("", "15:05", "16:05", "Free Practice 2"),
            ("Saturday 30/09", "09:30", "09:50", "Qualifying 1"),
            ("", "10:00", "10:20", "Qualifying 2"),
            ("", "15:45", "16:45", "Race 1"),
            ("Sunday 01/10", "11:00", "11:10", "Pit lane open"),
            ("", "11:15", "12:15", "Race 2"),
        ],
    )


def day_blocks_pdf(
    path: Path, title: str, zone_note: str, days: list[tuple[str, list[tuple[str, str, str]]]]
) -> Path:
    """A programme laid out per day: a bold day heading, then a borderless grid of
    (time range, session, length), as series print their event guides."""
    styles = getSampleStyleSheet()
    document = SimpleDocTemplate(str(path), pagesize=A4)
    story: list[object] = [
        Paragraph(title, styles["Title"]),
        Paragraph(zone_note, styles["Italic"]),
    ]
    for heading, rows in days:
        story += [Spacer(1, 10), Paragraph(heading, styles["Heading3"])]
        grid = Table(rows, colWidths=(90, 230, 60))
        grid.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9)]))
        story.append(grid)
    document.build(story)  # type: ignore[arg-type]
    return path


# Timetable PDFs for the corpus: how each is made, the event's days, what a reader writes down.
CORPUS_PDFS: dict[str, tuple[object, str, str, list[tuple[str, str]]]] = {
    "official-grid-en": (
        lambda path: timetable_pdf(
            path,
            "Final Event Timetable - Round 4 - Red Bull Ring",
            "All times are local time (CEST)",
            [
                ("Friday 12/07", "10:05", "10:50", "Free Practice 1"),
                ("", "12:00", "12:15", "Pit lane open - Pit walk"),
                ("", "15:30", "16:15", "Free Practice 2"),
                ("Saturday 13/07", "09:40", "10:00", "Qualifying 1"),
                ("", "10:10", "10:30", "Qualifying 2"),
                ("", "16:20", "17:20", "Race 1"),
                ("Sunday 14/07", "08:00", "", "Gates open"),
                ("", "11:40", "12:40", "Race 2"),
            ],
        ),
        "2024-07-12",
        "2024-07-14",
        [
            ("2024-07-12 10:05", "Free Practice 1"),
            ("2024-07-12 12:00", "Pit walk"),  # a session by the planner's rule: families go
            ("2024-07-12 15:30", "Free Practice 2"),
            ("2024-07-13 09:40", "Qualifying 1"),
            ("2024-07-13 10:10", "Qualifying 2"),
            ("2024-07-13 16:20", "Race 1"),
            ("2024-07-14 11:40", "Race 2"),
        ],
    ),
    "day-blocks-sv": (
        lambda path: day_blocks_pdf(
            path,
            "Tidsschema Ring Knutstorp",
            "Alla tider är svensk tid",
            [
                (
                    "Fredag 16 augusti",
                    [
                        ("10.00–10.30", "Fri träning 1", "30 min"),
                        ("14.15–14.45", "Fri träning 2", "30 min"),
                    ],
                ),
                (
                    "Lördag 17 augusti",
                    [
                        ("09.20–09.40", "Kval", "20 min"),
                        ("13.00", "Race 1", "18 varv"),
                        ("16.10", "Race 2", "18 varv"),
                    ],
                ),
            ],
        ),
        "2024-08-16",
        "2024-08-17",
        [
            ("2024-08-16 10:00", "Fri träning 1"),
            ("2024-08-16 14:15", "Fri träning 2"),
            ("2024-08-17 09:20", "Kval"),
            ("2024-08-17 13:00", "Race 1"),
            ("2024-08-17 16:10", "Race 2"),
        ],
    ),
    "landscape-grid-12h-en": (
        lambda path: timetable_pdf(
            path,
            "Weekend Schedule - Road America",
            "(All times are Central)",
            [
                ("Friday, June 21", "9:00 a.m.", "9:45 a.m.", "Practice 1"),
                ("", "1:30 p.m.", "2:15 p.m.", "Practice 2"),
                ("Saturday, June 22", "10:20 a.m.", "10:50 a.m.", "Qualifying"),
                ("Sunday, June 23", "12:05 p.m.", "1:05 p.m.", "Race"),
            ],
            wide=True,
        ),
        "2024-06-21",
        "2024-06-23",
        [
            ("2024-06-21 09:00", "Practice 1"),
            ("2024-06-21 13:30", "Practice 2"),
            ("2024-06-22 10:20", "Qualifying"),
            ("2024-06-23 12:05", "Race"),
        ],
    ),
}
