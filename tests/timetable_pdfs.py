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
