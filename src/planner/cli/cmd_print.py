"""``planner print``: the weekend sheet and the season overview as PDF files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.framework import CommandLine, Context, add_round_options

GROUP_HELP = """\
Print a round's weekend sheet or a season overview to a PDF file, in English
or Swedish, on A4 or Letter paper, portrait or landscape; long notes or many
sessions continue on another page, type never shrinks. Bundled fonts: the sheet looks
the same on every machine."""

WEEKEND_HELP = """\
The weekend sheet of one round: series, event, dates, circuit facts (length,
corners, lap record), the schedule by day in track time (and home time with
--home-tz when it differs), who drives, broadcasts, car and crew, live-timing
and stream links as text and QR codes, and ruled lines for notes and results.

example:
  planner --db family.sqlite3 print weekend --series "GT4 Europe" --season 2023 \\
      --round 5 --out hockenheim.pdf --lang sv --home-tz America/New_York"""

SEASON_HELP = """\
Every round of one season on one page: dates, circuit, event, drivers and the
race starts (in home time with --home-tz, else at the track).

example:
  planner print season --series "GT4 Europe" --season 2023 --out gt4-2023.pdf --landscape"""

YEAR_HELP = """\
Every round of every season of one year on one page, titled after the
followed drivers ("2023: Andreas and Jessica"), with each series' colour.

example:
  planner print year --year 2022 --out 2022.pdf --paper letter"""


def register(cli: CommandLine) -> None:
    sub = cli.group_command(
        "print", GROUP_HELP, "weekend", "The weekend sheet of one round.", _print_weekend
    )
    sub.description = WEEKEND_HELP
    add_round_options(sub)
    _output_options(sub)
    sub.add_argument(
        "--notes",
        metavar="TEXT",
        help="text for the notes area instead of the round's own notes (printed as typed)",
    )

    sub = cli.group_command(
        "print", GROUP_HELP, "season", "Every round of one season on one page.", _print_season
    )
    sub.description = SEASON_HELP
    sub.add_argument("--series", required=True, help="series name or short name (any case)")
    sub.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
    _output_options(sub)

    sub = cli.group_command(
        "print", GROUP_HELP, "year", "Every season of one year on one page.", _print_year
    )
    sub.description = YEAR_HELP
    sub.add_argument("--year", required=True, type=int, metavar="YEAR")
    _output_options(sub)


def _output_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    sub.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
    )
    sub.add_argument("--landscape", action="store_true", help="landscape instead of portrait")
    sub.add_argument(
        "--lang",
        dest="sheet_lang",
        choices=("en", "sv"),
        default=None,
        help="language of the sheet: en or sv (default: the language of messages, else en)",
    )
    sub.add_argument(
        "--home-tz",
        metavar="ZONE",
        help="your home time zone (IANA name, e.g. Europe/Stockholm); weekend sheets get a "
        "home-time column when it differs from the track's, overviews list race starts in it",
    )


def _language(args: argparse.Namespace) -> Any:
    from planner.i18n import check_language, current_language

    return check_language(args.sheet_lang) if args.sheet_lang else current_language()


def _check_zone(zone_name: str | None) -> str | None:
    if not zone_name:
        return None
    from planner.domain.track_time import zone

    zone(zone_name)  # a clear error for a name that is not a zone
    return zone_name


def _report(context: Context, path: Path, pages: int) -> None:
    from planner.i18n import tr

    text = tr("Wrote {path} ({pages} page).") if pages == 1 else tr("Wrote {path} ({pages} pages).")
    context.print(text.format(path=path, pages=pages))


def _sessions_by_round(db: Any, rounds: Any) -> dict[int, Any]:
    """Each round's sessions, for the race starts an overview lists."""
    from planner.services import queries

    return {item.id: queries.weekend(db, item.id).sessions for item in rounds if item.session_count}


def _print_weekend(args: argparse.Namespace, context: Context) -> int:
    from planner.printing.content import build_weekend_sheet
    from planner.printing.render import render_weekend_pdf
    from planner.services import queries
    from planner.services.lookup import find_round
    from planner.services.results import round_results

    home_zone = _check_zone(args.home_tz)
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        round_id = find_round(orm, args.series, args.season, args.round).id
    sheet = build_weekend_sheet(
        queries.weekend(db, round_id),
        language=_language(args),
        home_zone=home_zone,
        notes=args.notes,
        results=round_results(db, round_id),
    )
    pages = render_weekend_pdf(sheet, args.out, args.paper, landscape=args.landscape)
    _report(context, args.out, pages)
    return 0


def _print_season(args: argparse.Namespace, context: Context) -> int:
    from planner.printing.content import build_season_overview
    from planner.printing.render import render_season_pdf
    from planner.services import queries
    from planner.services.lookup import find_season
    from planner.services.results import points_by_round

    home_zone = _check_zone(args.home_tz)
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
    rounds = queries.list_rounds(db, season_id)
    overview = build_season_overview(
        rounds,
        language=_language(args),
        home_zone=home_zone,
        sessions=_sessions_by_round(db, rounds),
        points_by_round=points_by_round(db, [item.id for item in rounds]),
    )
    pages = render_season_pdf(overview, args.out, args.paper, landscape=args.landscape)
    _report(context, args.out, pages)
    return 0


def _print_year(args: argparse.Namespace, context: Context) -> int:
    from planner.domain.errors import NotFoundError
    from planner.i18n import tr
    from planner.printing.content import build_season_overview
    from planner.printing.render import render_season_pdf
    from planner.services import catalog, queries
    from planner.services.results import points_by_round

    home_zone = _check_zone(args.home_tz)
    db = context.database(create=False)
    seasons = [season for season in catalog.list_seasons(db) if season.year == args.year]
    if not seasons:
        raise NotFoundError(tr("No season of {year} is in the database.").format(year=args.year))
    rounds = [item for season in seasons for item in queries.list_rounds(db, season.id)]
    overview = build_season_overview(
        rounds,
        language=_language(args),
        year=args.year,
        home_zone=home_zone,
        sessions=_sessions_by_round(db, rounds),
        points_by_round=points_by_round(db, [item.id for item in rounds]),
    )
    pages = render_season_pdf(overview, args.out, args.paper, landscape=args.landscape)
    _report(context, args.out, pages)
    return 0
