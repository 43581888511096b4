"""Results, points, standings and press-kit blocks on the command line.

``planner result set``, ``planner import results``, ``planner import
standings``, ``planner standings``, ``planner points show|set`` and
``planner press schedule|track|results|standings``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.framework import CommandLine, Context, add_round_options

if TYPE_CHECKING:
    from planner.services.results import ResultValues
    from planner.services.standings import Standings

IMPORT_GROUP_HELP = "Import schedules, calendars and .ics files."

RESULT_SET_HELP = """\
Enter one car's result in one session. A shared car has one result,
credited to every driver of its crew: name the car by --car NUMBER or by
one of its drivers (--driver). Points come from the season's points system
(see "planner points") unless --points is given. --clear removes the result.

examples:
  planner result set --series 24H --season 2022 --round 4 --session Qualifying \\
      --car 120 --class-position 1 --pole
  planner result set --series "GT4 Europe" --season 2023 --round 5 --session "Qualifying 2" \\
      --driver Jessica --status dns --reason "Technical problems"
"""

IMPORT_RESULTS_HELP = """\
Read the results lines of a press release (English or Swedish) into the
round, for the car --driver races: "Qualifying 1: 2nd place", "Race 2: 5th
place", "Kval 2: DNS", "Race – Del 1: 3:e plats", "Fri träning: 2:a",
"Qualifying 2: DNS. Due to technical problems." Lines that are not results
are listed on stderr. --class reads the positions as class positions.

example:
  pbpaste | planner import results - --series 24H --season 2022 --round 4 --driver Andreas --class
"""

IMPORT_STANDINGS_HELP = """\
Read a published championship table ("1: Martin Andersen (DKK), 65 p.",
"1. Jessica Bäckman SWE 44p") as the standings after a round; it replaces
the table stored for that round. Our own drivers' points are always
computed from their results.
"""

STANDINGS_HELP = """\
The championship after a round (default: the last round with results or a
published table): position, driver, nationality, points, gap to the leader,
and whether the row was computed from results or taken from a published table.
"""

POINTS_HELP = """\
Show or change a season's points system: points per position for races
and for qualifying, scored by overall or class position, and bonus points
for pole and fastest lap. --library takes the built-in system of the series.

example:
  planner points set --series "TCR Germany" --season 2022 \\
      --race "25 20 16 13 11 10 9 8 7 6 5 4 3 2 1" --qualifying "8 7 6 5 4 3 2 1"
"""

PRESS_HELP = """\
Copy-ready text for a press release, in English or Swedish: the weekend's
schedule (in --zone, home time by default, named in words: "all times are
Swedish time"), the track facts, the results, or the standings.

examples:
  planner press schedule --series "GT4 Europe" --season 2023 --round 5 --zone Europe/Berlin
  planner press results --series 24H --season 2022 --round 4 --lang sv
"""

HOME_ZONE = "Europe/Stockholm"


def register(cli: CommandLine) -> None:
    sub = cli.group_command(
        "result",
        "Enter a car's result in a session: position, status, reason, lap.",
        "set",
        "Enter one car's result in a session.",
        _result_set,
    )
    sub.description = RESULT_SET_HELP
    add_round_options(sub)
    sub.add_argument("--session", required=True, metavar="NAME", help="the session's name")
    who = sub.add_mutually_exclusive_group(required=True)
    who.add_argument("--driver", metavar="NAME", help="a driver of the car")
    who.add_argument("--car", metavar="NUMBER", help="the car's number")
    sub.add_argument("--position", type=int, metavar="P", help="overall position")
    sub.add_argument("--class-position", type=int, metavar="P", help="position in class")
    sub.add_argument(
        "--status", default="classified", help="classified (default), dnf, dns, dsq or nc"
    )
    sub.add_argument("--reason", default="", metavar="TEXT", help="why (for DNF, DNS, ...)")
    sub.add_argument("--fastest-lap", metavar="M:SS.mmm", help="the car's best lap time")
    sub.add_argument(
        "--had-fastest-lap", action="store_true", help="the car set the race's fastest lap"
    )
    sub.add_argument("--pole", action="store_true", help="pole position")
    sub.add_argument("--laps", type=int, metavar="N", help="laps completed")
    sub.add_argument("--points", type=float, metavar="X", help="points scored (else computed)")
    sub.add_argument("--notes", default="", metavar="TEXT")
    sub.add_argument("--clear", action="store_true", help="remove the result instead")
    sub.add_argument("--json", action="store_true", help="print the stored result as JSON")

    sub = cli.group_command(
        "import", IMPORT_GROUP_HELP, "results", "Import results lines into a round.", _import
    )
    sub.description = IMPORT_RESULTS_HELP
    sub.add_argument("file", metavar="FILE", help='a text file, or "-" for standard input')
    add_round_options(sub)
    sub.add_argument("--driver", required=True, metavar="NAME", help="whose car the results are")
    sub.add_argument(
        "--class",
        dest="class_positions",
        action="store_true",
        help="the positions are class positions",
    )
    sub.add_argument("--dry-run", action="store_true", help="show, change nothing")
    sub.add_argument("--json", action="store_true", help="each line's session and result")

    sub = cli.group_command(
        "import",
        IMPORT_GROUP_HELP,
        "standings",
        "Import a published standings table.",
        _import_standings,
    )
    sub.description = IMPORT_STANDINGS_HELP
    sub.add_argument("file", metavar="FILE", help='a text file, or "-" for standard input')
    sub.add_argument("--series", required=True, help="series name or short name (any case)")
    sub.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
    sub.add_argument("--after-round", required=True, type=int, metavar="N")
    sub.add_argument("--dry-run", action="store_true", help="show, change nothing")
    sub.add_argument("--json", action="store_true", help="the rows read")

    sub = cli.command("standings", "Championship standings of a season.", _standings)
    sub.description = STANDINGS_HELP
    sub.add_argument("--series", required=True, help="series name or short name (any case)")
    sub.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
    sub.add_argument("--after-round", type=int, metavar="N")
    sub.add_argument("--json", action="store_true")

    for what, handler in (("show", _points_show), ("set", _points_set)):
        sub = cli.group_command(
            "points",
            "A season's points system.",
            what,
            f"{what.capitalize()} a points system.",
            handler,
        )
        sub.description = POINTS_HELP
        sub.add_argument("--series", required=True, help="series name or short name (any case)")
        sub.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
        sub.add_argument("--json", action="store_true")
        if what == "set":
            sub.add_argument("--library", action="store_true", help="the series' built-in system")
            sub.add_argument("--race", metavar='"25 18 15 ..."', help="race points by position")
            sub.add_argument("--qualifying", metavar='"8 7 6 ..."', help="qualifying points")
            scoring = sub.add_mutually_exclusive_group()
            scoring.add_argument("--by-class", action="store_true", help="class positions score")
            scoring.add_argument("--overall", action="store_true", help="overall positions score")
            sub.add_argument("--pole", type=float, metavar="X", help="bonus for pole")
            sub.add_argument("--fastest-lap", type=float, metavar="X", help="bonus, fastest lap")
            sub.add_argument("--rounds", type=int, metavar="N", help="rounds in the season")

    for block in ("schedule", "track", "results", "standings"):
        sub = cli.group_command(
            "press",
            "Copy-ready press-release blocks: schedule, track, results, standings.",
            block,
            f"The {block} block of a round.",
            _press,
        )
        sub.description = PRESS_HELP
        sub.set_defaults(block=block)
        add_round_options(sub)
        sub.add_argument("--driver", default="", metavar="NAME", help="only this driver's car")
        sub.add_argument("--lang", dest="press_lang", choices=("en", "sv"), default="en")
        sub.add_argument(
            "--zone",
            default=HOME_ZONE,
            metavar="ZONE",
            help=f'IANA zone the times are written in, or "track" (default {HOME_ZONE})',
        )
        sub.add_argument("--json", action="store_true", help="the text with its language and zone")


# --- result set ---------------------------------------------------------------------------


def _result_set(args: argparse.Namespace, context: Context) -> int:
    from planner.domain.results import parse_lap_time, result_status
    from planner.services import results
    from planner.services.lookup import find_round

    values = None
    if not args.clear:
        values = results.ResultValues(
            status=result_status(args.status),
            position=args.position,
            class_position=args.class_position,
            reason=args.reason,
            pole=args.pole,
            fastest_lap=args.had_fastest_lap,
            best_lap_ms=None if args.fastest_lap is None else parse_lap_time(args.fastest_lap),
            laps=args.laps,
            points=args.points,
            notes=args.notes,
        )
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        round_row = find_round(orm, args.series, args.season, args.round)
        session = results.find_session_in_round(orm, round_row, args.session)
        entry = (
            results.entry_of_driver(orm, round_row, args.driver)
            if args.driver
            else results.entry_of_car(orm, round_row, args.car)
        )
        round_id, session_id, entry_id = round_row.id, session.id, entry.id
    results.set_result(db, session_id, entry_id, values)
    data = results.round_results(db, round_id)
    stored = data.result(session_id, entry_id)
    entry_view = next(item for item in data.entries if item.id == entry_id)
    row = {
        "session": session.name,
        "car": entry_view.car.label,
        "crew": [driver.name for driver in entry_view.crew],
        "result": None if stored is None else _values_json(stored.values),
        "points": None if stored is None else stored.points,
    }
    if args.json:
        context.print_json(row)
    elif stored is None:
        context.print(f"{session.name}, {entry_view.car.label}: —")
    else:
        context.print(
            f"{session.name}, {entry_view.car.label}: {_result_words(stored.values)}, "
            f"{stored.points_text} p"
        )
    return 0


def _values_json(values: ResultValues) -> dict[str, Any]:
    from planner.services.views import format_lap_time

    return {
        "status": values.status.value,
        "position": values.position,
        "class_position": values.class_position,
        "reason": values.reason,
        "pole": values.pole,
        "fastest_lap": values.fastest_lap,
        "best_lap": None if values.best_lap_ms is None else format_lap_time(values.best_lap_ms),
        "laps": values.laps,
        "typed_points": values.points,
        "notes": values.notes,
    }


def _result_words(values: ResultValues) -> str:
    from planner.domain.results import STATUS_ABBREVIATIONS, ResultStatus

    if values.status != ResultStatus.CLASSIFIED:
        reason = f" ({values.reason})" if values.reason else ""
        return STATUS_ABBREVIATIONS[values.status] + reason
    parts = []
    if values.position is not None:
        parts.append(f"P{values.position}")
    if values.class_position is not None:
        parts.append(f"class P{values.class_position}")
    if values.pole:
        parts.append("pole")
    return " ".join(parts) or "classified"


# --- import results -----------------------------------------------------------------------


def _import(args: argparse.Namespace, context: Context) -> int:
    from planner.cli.cmd_import_text import read_text_file
    from planner.domain.errors import ImportFormatError
    from planner.i18n import tr
    from planner.services import result_import
    from planner.services.lookup import find_round

    text = read_text_file(args.file, context)
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        round_id = find_round(orm, args.series, args.season, args.round).id
    preview = result_import.preview_results(
        db, round_id, args.driver, text, class_positions=args.class_positions
    )
    for line in preview.unread:
        print(
            tr("line {line}: not read: “{text}” — {reason}").format(
                line=line.line_number, text=line.text, reason=line.reason
            ),
            file=context.stderr,
        )
    for row in preview.rows:
        if row.problem:
            print(
                tr("line {line}: not read: “{text}” — {reason}").format(
                    line=row.line_number, text=row.source_text, reason=row.problem
                ),
                file=context.stderr,
            )
    if not preview.importable:
        raise ImportFormatError(
            tr("Nothing in the text could be read; the lines above say why."),
            where=tr("standard input") if args.file == "-" else args.file,
        )
    if not args.dry_run:
        result_import.apply_results(db, preview)
    if args.json:
        context.print_json(
            {
                "car": preview.car_label,
                "crew": list(preview.crew),
                "dry_run": args.dry_run,
                "results": [
                    {
                        "line": row.line_number,
                        "written": row.written_name,
                        "session": row.session_name or None,
                        "result": _values_json(row.values),
                        "problem": row.problem or None,
                    }
                    for row in preview.rows
                ],
                "unread": [
                    {"line": line.line_number, "text": line.text, "reason": line.reason}
                    for line in preview.unread
                ],
            }
        )
    else:
        for row in preview.importable:
            context.print(f"{row.session_name:<24} {_result_words(row.values)}")
        context.print(
            (
                tr("Nothing changed (dry run).") if args.dry_run else tr("{count} results stored.")
            ).format(count=len(preview.importable))
        )
    return 0


# --- standings ----------------------------------------------------------------------------


def _import_standings(args: argparse.Namespace, context: Context) -> int:
    from planner.cli.cmd_import_text import read_text_file
    from planner.domain.errors import ImportFormatError
    from planner.i18n import tr
    from planner.services import standings
    from planner.services.lookup import find_season

    text = read_text_file(args.file, context)
    rows, unread = standings.read_published_table(text)
    for line in unread:
        print(
            tr("line {line}: not read: “{text}” — {reason}").format(
                line=line.line_number, text=line.text, reason=line.reason
            ),
            file=context.stderr,
        )
    if not rows:
        raise ImportFormatError(
            tr("Nothing in the text could be read; the lines above say why."),
            where=tr("standard input") if args.file == "-" else args.file,
        )
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
    if not args.dry_run:
        standings.set_published_table(db, season_id, args.after_round, rows)
    if args.json:
        context.print_json(
            {
                "after_round": args.after_round,
                "dry_run": args.dry_run,
                "rows": [
                    {
                        "position": row.position,
                        "driver": row.driver_name,
                        "nationality": row.nationality,
                        "points": row.points,
                    }
                    for row in rows
                ],
                "unread": [
                    {"line": line.line_number, "text": line.text, "reason": line.reason}
                    for line in unread
                ],
            }
        )
    else:
        from planner.domain.results import format_points

        for row in rows:
            nationality = f" ({row.nationality})" if row.nationality else ""
            context.print(
                f"{row.position:>3}. {row.driver_name}{nationality} {format_points(row.points)}"
            )
        context.print(
            (
                tr("Nothing changed (dry run).") if args.dry_run else tr("{count} rows stored.")
            ).format(count=len(rows))
        )
    return 0


def _standings(args: argparse.Namespace, context: Context) -> int:
    from planner.services import standings
    from planner.services.lookup import find_season

    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
    table = standings.standings(db, season_id, args.after_round)
    if args.json:
        context.print_json(standings_json(table))
    else:
        _print_standings(context, table)
    return 0


def standings_json(table: Standings) -> dict[str, Any]:
    return {
        "season": table.season.title,
        "after_round": table.after_round,
        "rounds": table.rounds_total,
        "rows": [
            {
                "position": row.position,
                "driver": row.driver,
                "nationality": row.nationality,
                "points": row.points,
                "gap": row.gap,
                "source": row.source,
            }
            for row in table.rows
        ],
    }


def _print_standings(context: Context, table: Standings) -> None:
    from planner.domain.results import format_points
    from planner.i18n import tr

    if table.after_round is None:
        context.print(tr("{season}: no results yet.").format(season=table.season.title))
        return
    context.print(
        tr("{season} after {done} of {total} rounds").format(
            season=table.season.title, done=table.after_round, total=table.rounds_total
        )
    )
    for row in table.rows:
        gap = "" if row.gap == 0 else f"-{format_points(row.gap)}"
        context.print(
            f"{row.position:>3}. {row.driver:<28} {row.nationality:<3} "
            f"{format_points(row.points):>6} {gap:>6}  {tr(row.source)}"
        )


# --- points -------------------------------------------------------------------------------


def _points_show(args: argparse.Namespace, context: Context) -> int:
    from planner.services import points
    from planner.services.lookup import find_season

    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
    _print_scale(context, points.points_system(db, season_id), as_json=args.json)
    return 0


def _points_set(args: argparse.Namespace, context: Context) -> int:
    from dataclasses import replace

    from planner.domain.errors import NotFoundError
    from planner.i18n import tr
    from planner.services import points
    from planner.services.lookup import find_season

    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season = find_season(orm, args.series, args.season)
        season_id, series_name = season.id, season.series.name
    scale = points.points_system(db, season_id)
    if args.library:
        library = points.library_scale(series_name)
        if library is None:
            raise NotFoundError(
                tr("The library has no points system for {series}.").format(series=series_name)
            )
        scale = library
    if args.race is not None:
        scale = replace(scale, race=points.parse_points_list(args.race, "race points"))
    if args.qualifying is not None:
        scale = replace(
            scale, qualifying=points.parse_points_list(args.qualifying, "qualifying points")
        )
    if args.by_class or args.overall:
        scale = replace(scale, by_class=args.by_class)
    if args.pole is not None:
        scale = replace(scale, pole=args.pole)
    if args.fastest_lap is not None:
        scale = replace(scale, fastest_lap=args.fastest_lap)
    if args.rounds is not None:
        scale = replace(scale, rounds_planned=args.rounds)
    points.set_points_system(db, season_id, scale)
    _print_scale(context, points.points_system(db, season_id), as_json=args.json)
    return 0


def _print_scale(context: Context, scale: Any, *, as_json: bool) -> None:
    data = {
        "name": scale.name,
        "race": list(scale.race),
        "qualifying": list(scale.qualifying),
        "by_class": scale.by_class,
        "pole": scale.pole,
        "fastest_lap": scale.fastest_lap,
        "rounds": scale.rounds_planned,
        "notes": scale.notes,
    }
    if as_json:
        context.print_json(data)
        return
    for key, value in data.items():
        text = " ".join(f"{item:g}" for item in value) if isinstance(value, list) else value
        context.print(f"{key:<12} {'' if text is None else text}")


# --- press --------------------------------------------------------------------------------


def _press(args: argparse.Namespace, context: Context) -> int:
    from planner.domain.track_time import zone
    from planner.press.blocks import PressOptions, build_block
    from planner.press.zone_words import zone_in_words
    from planner.services.lookup import find_round

    db = context.database(create=False)
    with db.unit_of_work() as orm:
        round_row = find_round(orm, args.series, args.season, args.round)
        round_id, track_zone = round_row.id, round_row.track.timezone
    zone_name = track_zone if args.zone.strip().lower() == "track" else args.zone.strip()
    zone(zone_name)  # an unknown zone stops here with a clear message
    options = PressOptions(
        language=args.press_lang, zone_name=zone_name, driver_name=args.driver or ""
    )
    text = build_block(db, round_id, args.block, options)
    if args.json:
        context.print_json(
            {
                "block": args.block,
                "language": args.press_lang,
                "zone": zone_name,
                "zone_in_words": zone_in_words(zone_name, args.press_lang),
                "text": text,
            }
        )
    else:
        context.stdout.write(text)
    return 0
