"""``planner import schedule`` / ``planner import calendar``: text files -> sessions, rounds.

Both print a preview (a table, or JSON with ``--json``); ``--dry-run`` stops
there and changes nothing. Lines that were not understood are listed on
stderr (and in the JSON) and do not make the command fail; a text with
nothing readable at all does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.framework import CommandLine, Context, add_round_options

if TYPE_CHECKING:
    from planner.services.schedule_import import (
        CalendarPreview,
        CalendarRow,
        SchedulePreview,
        ScheduleRow,
        UnreadLine,
    )

GROUP_HELP = "Import schedules, calendars and .ics files."

SCHEDULE_HELP = """\
Read a published timetable (a press release, a series timetable; English or
Swedish) into a round. Sessions that the round already has are updated,
new ones are added; importing the same text twice changes nothing. Times
are converted from the zone the text is written in ("all times in CEST",
"svensk tid", or --written-in) to the track's clock.

examples:
  planner import schedule timetable.pdf --series "GT4 Europe" --season 2023 --round 5
  planner import schedule hockenheim.txt --series "GT4 Europe" --season 2023 --round 5 --dry-run
  pbpaste | planner import schedule - --series 24H --season 2022 --round 4 --written-in track"""

CALENDAR_HELP = """\
Read a season calendar ("April 22nd-23rd - Monza, Italy", "3-4 juni
Ljungbyhed") into a season: new rounds are created at the matching library
circuit, rounds the season already has (same number, or same circuit) get
the new dates. A place that matches no circuit stops the import: add the
round with "planner add round" or correct the place.

example:
  planner import calendar gt4-2023.txt --series "GT4 Europe" --season 2023 --dry-run"""


def register(cli: CommandLine) -> None:
    sub = cli.group_command(
        "import", GROUP_HELP, "schedule", "Import a timetable into a round.", _import_schedule
    )
    sub.description = SCHEDULE_HELP
    sub.add_argument(
        "file",
        metavar="FILE",
        help='a text file, a timetable PDF, or "-" for standard input',
    )
    add_round_options(sub)
    sub.add_argument(
        "--written-in",
        metavar="ZONE",
        help='the zone the times are written in: an IANA name (Europe/Stockholm) or "track"; '
        "default: what the text says, else the track's time",
    )
    _preview_options(
        sub,
        "each session's name, kind, local start at the track, zone, UTC start, duration, "
        "notes, broadcast, ",
    )

    sub = cli.group_command(
        "import", GROUP_HELP, "calendar", "Import a season calendar.", _import_calendar
    )
    sub.description = CALENDAR_HELP
    sub.add_argument("file", metavar="FILE", help='a text file, or "-" for standard input')
    sub.add_argument("--series", required=True, help="series name or short name (any case)")
    sub.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
    _preview_options(sub, "each round's number, dates, matched circuit or the unmatched place, ")


def _preview_options(sub: argparse.ArgumentParser, json_fields: str) -> None:
    sub.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; change nothing"
    )
    sub.add_argument(
        "--skip-problems",
        action="store_true",
        help="import the rows that can be imported and list the others on stderr; "
        "without it a row with a problem refuses the whole import",
    )
    sub.add_argument(
        "--json", action="store_true", help=f"{json_fields}the action, and the unread lines"
    )


# --- reading the file -----------------------------------------------------------------


def read_text_file(name: str, context: Context) -> str:
    """The text of FILE, or of standard input for "-": UTF-8, else Windows-1252 with a note."""
    from planner.domain.errors import ImportFormatError
    from planner.i18n import tr
    from planner.services.schedule_import import text_of_file

    label = _file_label(name)
    data = _read_bytes(name, label)
    if isinstance(data, str):
        return data
    try:
        text, encoding = text_of_file(data)
    except ImportFormatError as error:
        raise ImportFormatError(error.message, where=label) from None
    if encoding == "cp1252":
        print(
            tr("{file} is not UTF-8; it was read as Windows-1252.").format(file=label),
            file=context.stderr,
        )
    return text


def _file_label(name: str) -> str:
    from planner.i18n import tr

    return tr("standard input") if name == "-" else name


def _read_bytes(name: str, label: str) -> bytes | str:
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read() if stream is not None else sys.stdin.read()
    try:
        return Path(name).expanduser().read_bytes()
    except OSError as error:
        from planner.domain.errors import ImportFormatError
        from planner.i18n import tr

        raise ImportFormatError(
            tr("The file cannot be read: {reason}").format(reason=error.strerror or error),
            where=label,
        ) from None


# --- import schedule -------------------------------------------------------------------


def _import_schedule(args: argparse.Namespace, context: Context) -> int:
    from planner.services import schedule_import
    from planner.services.lookup import find_round

    text = read_text_file(args.file, context)
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        round_id = find_round(orm, args.series, args.season, args.round).id
    preview = schedule_import.preview_schedule(db, round_id, text, written_in=args.written_in)
    _report_unread(context, preview.unread, preview.warnings)
    if not preview.rows:
        _refuse_nothing_readable(args.file)
    if args.skip_problems:
        preview = _skip_schedule_problems(context, preview)
    result = None
    if not args.dry_run:
        result = schedule_import.apply_schedule(db, round_id, preview.rows)
    if args.json:
        context.print_json(_schedule_json(preview, result, dry_run=args.dry_run))
    else:
        _print_schedule(context, preview)
        _print_schedule_outcome(context, preview, result)
    return 0


def _skip_schedule_problems(context: Context, preview: SchedulePreview) -> SchedulePreview:
    """The preview with every row that has a problem left out, each one named on stderr.

    Leaving a row out can clear another row's problem (two rows of one
    name), so rows are left out one at a time until none is left.
    """
    from planner.services.schedule_import import edit_schedule_row

    while preview.problems:
        row = preview.problems[0]
        _report_skipped(context, row.line_number, row.source_text, row.problem)
        preview = edit_schedule_row(preview, preview.rows.index(row), include=False)
    return preview


def _skip_calendar_problems(context: Context, preview: CalendarPreview) -> CalendarPreview:
    from planner.services.schedule_import import edit_calendar_row

    while preview.problems:
        row = preview.problems[0]
        _report_skipped(context, row.line_number, row.source_text, row.problem)
        preview = edit_calendar_row(preview, preview.rows.index(row), include=False)
    return preview


def _report_skipped(context: Context, line_number: int, text: str, problem: str) -> None:
    from planner.i18n import tr

    print(
        tr("line {line}: skipped: “{text}” — {reason}").format(
            line=line_number, text=text, reason=problem
        ),
        file=context.stderr,
    )


def _refuse_nothing_readable(file_name: str) -> None:
    from planner.domain.errors import ImportFormatError
    from planner.i18n import tr

    raise ImportFormatError(
        tr("Nothing in the text could be read; the lines above say why."),
        where=_file_label(file_name),
    )


def _report_unread(
    context: Context, unread: tuple[UnreadLine, ...], warnings: tuple[str, ...] = ()
) -> None:
    from planner.i18n import tr

    for line in unread:
        print(
            tr("line {line}: not read: “{text}” — {reason}").format(
                line=line.line_number, text=line.text, reason=line.reason
            ),
            file=context.stderr,
        )
    for warning in warnings:
        print(tr("warning: {warning}").format(warning=warning), file=context.stderr)


def _clock(moment: Any) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def _iso_minutes(moment: Any) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M")


def _utc_text(moment: Any) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _schedule_row_json(row: ScheduleRow) -> dict[str, Any]:
    return {
        "line": row.line_number,
        "name": row.name,
        "written_name": row.written_name,
        "kind": row.kind.value,
        "local_start": _iso_minutes(row.track_start),
        "zone": row.track_zone,
        "utc_start": _utc_text(row.utc_start),
        "written_start": _iso_minutes(row.written_start),
        "written_zone": row.written_zone,
        "duration_minutes": row.duration_minutes,
        "broadcast": row.broadcast,
        "notes": row.notes,
        "action": row.action,
        "changes": list(row.changes),
        "session_id": row.existing_id,
        "problem": row.problem or None,
        "tentative": row.tentative,
        "set_aside": row.set_aside or None,
        "include": row.include,
    }


def _unread_json(unread: tuple[UnreadLine, ...]) -> list[dict[str, Any]]:
    return [{"line": line.line_number, "text": line.text, "reason": line.reason} for line in unread]


def _schedule_json(preview: SchedulePreview, result: Any, *, dry_run: bool) -> dict[str, Any]:
    return {
        "round": {
            "id": preview.frame.round_id,
            "title": preview.frame.title,
            "track": preview.frame.track_name,
            "zone": preview.frame.track_zone,
        },
        "written_in": preview.written_zone,
        "written_in_source": preview.zone_source,
        "written_in_phrase": None if preview.written_in is None else preview.written_in.phrase,
        "sessions": [_schedule_row_json(row) for row in preview.rows],
        "unread": _unread_json(preview.unread),
        "warnings": list(preview.warnings),
        "dry_run": dry_run,
        "imported": None
        if result is None
        else {"added": result.added, "updated": result.updated, "unchanged": result.unchanged},
    }


def _zone_words(preview: SchedulePreview) -> str:
    from planner.i18n import tr

    if preview.zone_source == "chosen":
        return tr("as chosen")
    if preview.zone_source == "text" and preview.written_in is not None:
        return tr("the text says “{phrase}”").format(phrase=preview.written_in.phrase)
    return tr("the track's time")


def _words() -> dict[str, str]:
    """Actions and the parts of a session or round an update changes, in the user's language."""
    from planner.i18n import tr

    return {
        "add": tr("add"),
        "update": tr("update"),
        "unchanged": tr("unchanged"),
        "name": tr("name"),
        "kind": tr("kind"),
        "time": tr("time"),
        "duration": tr("length"),
        "broadcast": tr("broadcast"),
        "notes": tr("notes"),
        "dates": tr("dates"),
        "circuit": tr("circuit"),
    }


def _action_words(action: str, changes: tuple[str, ...], problem: str) -> str:
    from planner.i18n import tr

    words = _words()
    if problem:
        return tr("problem")
    if action == "update":
        return tr("update: {changes}").format(changes=", ".join(words[item] for item in changes))
    return words[action]


def _length_text(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes} min"


def _print_schedule(context: Context, preview: SchedulePreview) -> None:
    from planner.i18n import tr

    frame = preview.frame
    context.print(f"{frame.title} — {frame.track_name} ({frame.track_zone})")
    context.print(
        tr("Times written in {zone} ({why}).").format(
            zone=preview.written_zone, why=_zone_words(preview)
        )
    )
    header = [
        tr("Line"),
        tr("Day"),
        tr("At the track ({zone})").format(zone=frame.track_zone),
        tr("As written ({zone})").format(zone=preview.written_zone),
        tr("Length"),
        tr("Session"),
        tr("Kind"),
        tr("Broadcast"),
        tr("Action"),
    ]
    table = [header] + [_schedule_cells(row) for row in preview.rows]
    _print_table(context, table)
    for row in preview.rows:
        if row.problem:
            context.print(
                tr("line {line}: {problem}").format(line=row.line_number, problem=row.problem)
            )


def _schedule_cells(row: ScheduleRow) -> list[str]:
    day = row.track_start or row.written_start
    written = _clock(row.written_start)
    if row.written_start.date() != day.date():
        written = row.written_start.strftime("%a %H:%M")
    return [
        str(row.line_number),
        day.strftime("%a %d %b"),
        "TBC" if row.tentative else _clock(row.track_start) or "—",
        "TBC" if row.tentative else written,
        _length_text(row.duration_minutes),
        row.name,
        row.kind.value,
        row.broadcast,
        _row_action_words(row),
    ]


def _row_action_words(row: ScheduleRow) -> str:
    from planner.i18n import tr

    if not row.include:
        return (
            tr("left out: {reason}").format(reason=row.set_aside)
            if row.set_aside
            else tr("left out")
        )
    return _action_words(row.action, row.changes, row.problem)


def _print_table(context: Context, table: list[list[str]]) -> None:
    widths = [max(len(cells[column]) for cells in table) for column in range(len(table[0]))]
    for cells in table:
        padded = (cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        context.print("  ".join(padded).rstrip())


def _print_schedule_outcome(context: Context, preview: SchedulePreview, result: Any) -> None:
    from planner.i18n import tr

    if result is None:
        counts = dict.fromkeys(("add", "update", "unchanged", "problem"), 0)
        for row in preview.rows:
            if row.include:
                counts["problem" if row.problem else row.action] += 1
        context.print(
            tr(
                "Dry run: nothing was changed ({added} to add, {updated} to update, "
                "{unchanged} unchanged, {problems} with a problem)."
            ).format(
                added=counts["add"],
                updated=counts["update"],
                unchanged=counts["unchanged"],
                problems=counts["problem"],
            )
        )
        return
    context.print(
        tr("Imported: {added} added, {updated} updated, {unchanged} unchanged.").format(
            added=result.added, updated=result.updated, unchanged=result.unchanged
        )
    )


# --- import calendar -------------------------------------------------------------------


def _import_calendar(args: argparse.Namespace, context: Context) -> int:
    from planner.services import schedule_import
    from planner.services.lookup import find_season

    text = read_text_file(args.file, context)
    db = context.database(create=False)
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
    preview = schedule_import.preview_calendar(db, season_id, text)
    _report_unread(context, preview.unread)
    if not preview.rows:
        _refuse_nothing_readable(args.file)
    if args.skip_problems:
        preview = _skip_calendar_problems(context, preview)
    result = None
    if not args.dry_run:
        if not args.json:
            _print_calendar(context, preview)
        result = schedule_import.apply_calendar(db, season_id, preview.rows)
    if args.json:
        context.print_json(_calendar_json(preview, result, dry_run=args.dry_run))
        return 0
    if args.dry_run:
        _print_calendar(context, preview)
    _print_calendar_outcome(context, preview, result)
    return 0


def _calendar_row_json(row: CalendarRow) -> dict[str, Any]:
    return {
        "line": row.line_number,
        "number": row.number,
        "first_day": row.first_day.isoformat(),
        "last_day": row.last_day.isoformat(),
        "place": row.place,
        "country": row.country,
        "circuit": row.track_name or None,
        "track_id": row.track_id,
        "action": row.action,
        "changes": list(row.changes),
        "round_id": row.existing_round_id,
        "problem": row.problem or None,
    }


def _calendar_json(preview: CalendarPreview, result: Any, *, dry_run: bool) -> dict[str, Any]:
    return {
        "season": {"id": preview.season_id, "title": preview.title},
        "rounds": [_calendar_row_json(row) for row in preview.rows],
        "unread": _unread_json(preview.unread),
        "dry_run": dry_run,
        "imported": None
        if result is None
        else {
            "created": len(result.created_round_ids),
            "updated": len(result.updated),
            "unchanged": result.unchanged,
        },
    }


def _print_calendar(context: Context, preview: CalendarPreview) -> None:
    from planner.i18n import tr

    context.print(preview.title)
    header = [tr("Line"), tr("Round"), tr("Dates"), tr("Place"), tr("Circuit"), tr("Action")]
    table = [header] + [_calendar_cells(row) for row in preview.rows]
    _print_table(context, table)
    for row in preview.rows:
        if row.problem:
            context.print(
                tr("line {line}: {problem}").format(line=row.line_number, problem=row.problem)
            )


def _calendar_cells(row: CalendarRow) -> list[str]:
    from planner.i18n import tr

    place = f"{row.place}, {row.country}" if row.country else row.place
    return [
        str(row.line_number),
        f"R{row.number}",
        f"{row.first_day:%d %b}–{row.last_day:%d %b %Y}",
        place,
        row.track_name or tr("(no match: pick a circuit)"),
        _action_words(row.action, row.changes, row.problem),
    ]


def _print_calendar_outcome(context: Context, preview: CalendarPreview, result: Any) -> None:
    from planner.i18n import tr

    if result is None:
        context.print(tr("Dry run: nothing was changed."))
        return
    context.print(
        tr("Imported: {created} rounds created, {updated} updated, {unchanged} unchanged.").format(
            created=len(result.created_round_ids),
            updated=len(result.updated),
            unchanged=result.unchanged,
        )
    )
