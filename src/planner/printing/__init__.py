"""Printed sheets: the weekend sheet and the season overview.

``content`` decides what goes on a sheet: plain dataclasses, every text already
in the sheet's language, no Qt. ``render`` draws a sheet with Qt onto a PDF
file or a printer. Import the Qt part only where it is needed::

    from planner.printing.content import build_season_overview, build_weekend_sheet
    from planner.printing.render import print_to_printer, render_weekend_pdf

    sheet = build_weekend_sheet(queries.weekend(db, round_id), language="sv",
                                home_zone="Europe/Stockholm")
    render_weekend_pdf(sheet, "hockenheim.pdf", "a4")          # Export PDF

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)    # Print preview / Print
    configure_printer(printer, "letter", landscape=False)
    preview = QPrintPreviewDialog(printer, parent)
    preview.paintRequested.connect(lambda printer: print_to_printer(sheet, printer))
"""
