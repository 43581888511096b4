"""Calendar feed commands: export ics/feeds/event, feed add/list/remove, import ics."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from planner.cli.caldav_publishing import CALDAV_HELP, add_caldav_options
from planner.cli.caldav_publishing import publish as publish_to_caldav
from planner.cli.framework import CommandLine, Context

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services.feed_builds import UnchangedFeed
    from planner.services.feeds import FeedChange, FeedExport
    from planner.services.ics_import import IcsImportReport

IMPORT_GROUP_HELP = "Import schedules, calendars and .ics files."
EXPORT_GROUP_HELP = "Export calendar feeds (.ics) for phones and calendar programs."
FEED_GROUP_HELP = "Saved feeds: add, list and remove (export them with 'export feeds')."
DEFAULT_HOME_ZONE = "Europe/Stockholm"

EXPORT_ICS_HELP = """\
Write one .ics feed of the sessions you choose. Every session is written in
its track's time zone (with a VTIMEZONE); the description also gives the time
in --home-tz. Identifiers stay the same in every export, so a calendar that
imported or subscribed to the file updates instead of duplicating.

examples:
  planner export ics --out gt4.ics --series "GT4 Europe" --season 2023
  planner export ics --out jessica.ics --driver Jessica --kinds qualifying,race --alarm 30
  planner export ics --out familj.ics --lang sv --all-day
"""

EXPORT_FEEDS_HELP = """\
Write every saved feed (see 'planner feed add') into a folder, each file
replaced in one step, e.g. a cloud-synced folder phones subscribe to. For each
feed it prints the file and what changed since its last export (added, moved,
cancelled, renamed, removed sessions); with --base-url also the webcal://
address (Apple, desktop apps: opens the subscribe dialog) and the https://
address (Google Calendar "From URL"). Google refreshes subscribed calendars
only every 8-24 hours: share a one-event file ('planner export event') for a
last-minute change.

example:
  planner export feeds --dir ~/Dropbox/Public/race --base-url https://example.org/race
"""

FEED_ADD_HELP = """\
Save a feed: which series or season, which drivers (only sessions they drive
or share), which session kinds, an alarm, all-day weekend events, language.

examples:
  planner feed add --name "Jessica — qualifying and races" --driver Jessica \\
      --kinds qualifying,race --alarm 30
  planner feed add --name "Family — everything" --all-day
  planner feed add --name "Grandparents — on TV" --only-broadcast --lang sv
"""

IMPORT_ICS_HELP = """\
Import an .ics file: a series' published calendar or a feed exported by
Race Planner. Events become rounds and sessions at library circuits (matched
by name or coordinates); times are converted into each track's wall time
whatever zone the file uses. Importing the same file again updates the
sessions instead of duplicating them. A broken file changes nothing.

A feed of Race Planner says its series and season itself; for any other
file give --series and --season. When a place matches no circuit, the
import stops and lists the places: add the circuit, or use --track.

The report starts with the counts (added, updated, unchanged, skipped), then
lists at most 10 new rounds and 10 sessions of each kind, with how many more
there are; --verbose lists every one (--json always holds every one).

examples:
  planner import ics gt4.ics
  planner import ics series-calendar.ics --series "GT4 Europe" --season 2024 --dry-run
"""

#: Lines of each list ``planner import ics`` prints without --verbose (a published
#: calendar adds 20,000 sessions: a list nobody reads, written line by line).
REPORT_LINES = 10

_LANG_HELP = "language of the feed's texts (messages follow planner --lang)"
_HOME_HELP = f"home time zone shown in the descriptions (default {DEFAULT_HOME_ZONE})"


def register(cli: CommandLine) -> None:
    sub = cli.group_command(
        "export", EXPORT_GROUP_HELP, "ics", "Write one .ics feed of chosen sessions.", _export_ics
    )
    sub.description = EXPORT_ICS_HELP
    sub.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    sub.add_argument("--name", help="calendar name shown in calendar apps (default: from FILE)")
    _filter_options(sub)

    sub = cli.group_command(
        "export", EXPORT_GROUP_HELP, "feeds", "Write every saved feed into a folder.", _export_feeds
    )
    sub.description = EXPORT_FEEDS_HELP + "\n" + CALDAV_HELP
    sub.add_argument("--dir", metavar="DIR", help="folder for the .ics files")
    add_caldav_options(sub)
    sub.add_argument(
        "--base-url", metavar="URL", help="public address of that folder, to print the links"
    )
    sub.add_argument("--home-tz", metavar="ZONE", default=DEFAULT_HOME_ZONE, help=_HOME_HELP)
    sub.add_argument("--json", action="store_true", help="files, counts and changes as JSON")

    sub = cli.group_command(
        "export",
        EXPORT_GROUP_HELP,
        "event",
        "Write a one-event .ics file of a session (to share a last-minute change).",
        _export_event,
    )
    sub.add_argument("id", type=int, metavar="SESSION_ID", help="see 'planner list sessions'")
    sub.add_argument("--out", required=True, metavar="FILE")
    sub.add_argument(
        "--lang", dest="feed_lang", choices=("en", "sv"), default="en", help=_LANG_HELP
    )
    sub.add_argument("--home-tz", metavar="ZONE", default=DEFAULT_HOME_ZONE, help=_HOME_HELP)

    sub = cli.group_command("feed", FEED_GROUP_HELP, "add", "Save a feed.", _feed_add)
    sub.description = FEED_ADD_HELP
    sub.add_argument("--name", required=True, help="e.g. “Family — everything”")
    sub.add_argument("--file", metavar="NAME.ics", help="file name (default: from the name)")
    _filter_options(sub, with_home=False)

    sub = cli.group_command("feed", FEED_GROUP_HELP, "list", "List the saved feeds.", _feed_list)
    sub.add_argument("--json", action="store_true")

    sub = cli.group_command(
        "feed", FEED_GROUP_HELP, "remove", "Remove a saved feed (its files stay).", _feed_remove
    )
    sub.add_argument("name", metavar="NAME", help="the feed's name or file name")

    sub = cli.group_command(
        "import", IMPORT_GROUP_HELP, "ics", "Import an .ics calendar file.", _import_ics
    )
    sub.description = IMPORT_ICS_HELP
    sub.add_argument("file", metavar="FILE", help="the .ics file")
    sub.add_argument("--series", help="series to import into (name or short name)")
    sub.add_argument("--season", type=int, metavar="YEAR", help="season year to import into")
    sub.add_argument("--track", metavar="NAME", help="put every event at this library circuit")
    sub.add_argument(
        "--zone", metavar="ZONE", help="time zone of times written without one (floating times)"
    )
    sub.add_argument(
        "--cancel-vanished",
        action="store_true",
        help="cancel the sessions this feed brought before and no longer holds",
    )
    sub.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    sub.add_argument("--json", action="store_true", help="the report as JSON")
    sub.add_argument(
        "--verbose",
        action="store_true",
        help=f"list every new round and session (default: the first {REPORT_LINES} of each)",
    )


def _filter_options(sub: argparse.ArgumentParser, *, with_home: bool = True) -> None:
    sub.add_argument("--series", help="series name or short name (all its seasons)")
    sub.add_argument("--season", type=int, metavar="YEAR", help="season year (with --series)")
    sub.add_argument(
        "--driver",
        action="append",
        default=[],
        metavar="NAME",
        help="only sessions this driver drives or shares (repeat for more drivers)",
    )
    sub.add_argument("--kinds", default="", help="e.g. qualifying,race (default: every kind)")
    sub.add_argument("--alarm", type=int, metavar="MINUTES", help="reminder before each session")
    sub.add_argument(
        "--lang", dest="feed_lang", choices=("en", "sv"), default="en", help=_LANG_HELP
    )
    sub.add_argument("--all-day", action="store_true", help="add an all-day event per weekend")
    sub.add_argument(
        "--only-broadcast", action="store_true", help="only sessions with broadcast notes (TV)"
    )
    sub.add_argument(
        "--no-cancelled", action="store_true", help="leave cancelled sessions out entirely"
    )
    if with_home:
        sub.add_argument("--home-tz", metavar="ZONE", default=DEFAULT_HOME_ZONE, help=_HOME_HELP)


def _spec(args: argparse.Namespace, context: Context, name: str, file_name: str = "") -> Any:
    from planner.services import feeds

    _check_choice(args)
    series_ids, season_ids, driver_ids = feeds.resolve_choice(
        context.database(create=False), series=args.series, year=args.season, drivers=args.driver
    )
    return _spec_of(args, name, file_name, series_ids, season_ids, driver_ids)


def _check_choice(args: argparse.Namespace) -> None:
    from planner.domain.errors import ValidationError
    from planner.i18n import tr
    from planner.services import validation

    if args.alarm is not None and args.alarm < 0:
        raise ValidationError(tr("An alarm is given in minutes before the start (0 or more)."))
    validation.alarm_minutes(args.alarm)
    if args.season is not None:
        validation.season_year(args.season)


def _spec_of(
    args: argparse.Namespace,
    name: str,
    file_name: str = "",
    series_ids: frozenset[int] = frozenset(),
    season_ids: frozenset[int] = frozenset(),
    driver_ids: frozenset[int] = frozenset(),
) -> Any:
    from planner.i18n import check_language
    from planner.services.feeds.choices import FeedSpec, parse_kinds

    return FeedSpec(
        name=name,
        language=check_language(args.feed_lang),
        series_ids=series_ids,
        season_ids=season_ids,
        driver_ids=driver_ids,
        kinds=parse_kinds(args.kinds),
        alarm_minutes=args.alarm,
        all_day_events=args.all_day,
        only_broadcast=args.only_broadcast,
        include_cancelled=not args.no_cancelled,
        file_name=file_name,
    )


def _export_ics(args: argparse.Namespace, context: Context) -> int:
    from pathlib import Path

    from planner.i18n import tr

    out = Path(args.out)
    count = _export_ics_from_file(args, context, out)
    if count is None:
        from planner.services import feeds

        spec = _spec(args, context, args.name or out.stem)
        result = feeds.export_feed(
            context.database(create=False), spec, out, home_zone=args.home_tz
        )
        count = result.event_count
    context.print(tr("Wrote {count} sessions to {path}.").format(count=count, path=out))
    return 0


def _export_ics_from_file(args: argparse.Namespace, context: Context, out: Path) -> int | None:
    """Sessions written straight from a SQLite file at the current schema (without
    SQLAlchemy), or None: a database server, a file the services must open (to
    upgrade or refuse it), or a choice by name (--series, --season, --driver: matched
    by the services, with their messages)."""
    from pathlib import Path

    from planner.paths import database_target
    from planner.services.feeds.file_export import export_file

    if args.series is not None or args.season is not None or args.driver:
        return None
    target = database_target(context.db_path)
    if not isinstance(target, Path):
        return None
    _check_choice(args)
    spec = _spec_of(args, args.name or out.stem)
    return export_file(target, spec, out, home_zone=args.home_tz)


def _when(moment: Any, zone_name: str) -> str:
    from planner.domain.track_time import zone

    local = moment.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def _change_line(change: FeedChange, zone_name: str) -> str:
    from planner.i18n import tr

    if change.kind == "added":
        assert change.start_utc is not None
        return tr("added: {summary}, {time}").format(
            summary=change.summary, time=_when(change.start_utc, zone_name)
        )
    if change.kind == "moved":
        assert change.start_utc is not None and change.old_start_utc is not None
        return tr("moved: {summary}, {old} → {new}").format(
            summary=change.summary,
            old=_when(change.old_start_utc, zone_name),
            new=_when(change.start_utc, zone_name),
        )
    if change.kind == "cancelled":
        return tr("cancelled: {summary}").format(summary=change.old_summary or change.summary)
    if change.kind == "renamed":
        return tr("renamed: {old} → {new}").format(old=change.old_summary, new=change.summary)
    if change.kind == "restored":
        return tr("no longer cancelled: {summary}").format(summary=change.summary)
    if change.kind == "tentative":
        return tr("time not confirmed any more: {summary}").format(summary=change.summary)
    if change.kind == "confirmed":
        return tr("time confirmed: {summary}").format(summary=change.summary)
    if change.kind == "kind":
        return tr("kind changed: {summary}, {old} → {new}").format(
            summary=change.summary, old=change.old_detail, new=change.detail
        )
    if change.kind == "length":
        return tr("length changed: {summary}, {old} → {new}").format(
            summary=change.summary,
            old=_length(change.old_detail),
            new=_length(change.detail),
        )
    return tr("removed: {summary}").format(summary=change.summary)


def _length(minutes: str | None) -> str:
    from planner.i18n import tr

    if not minutes:
        return tr("not published")
    return tr("{minutes} min").format(minutes=minutes)


def _print_export(result: FeedExport | UnchangedFeed, context: Context, zone_name: str) -> None:
    from planner.i18n import tr

    if result.error is not None:
        import sys

        print(
            tr("{name}: not written: {reason}").format(name=result.feed_name, reason=result.error),
            file=sys.stderr,
        )
        return
    context.print(
        tr("{name}: {path} ({count} sessions)").format(
            name=result.feed_name, path=result.path, count=result.event_count
        )
    )
    if result.first_export:
        context.print("  " + tr("first export: nothing to compare with."))
    elif not result.changes:
        context.print("  " + tr("no changes since the last export."))
    else:
        for change in result.changes:
            context.print("  " + _change_line(change, zone_name))


def _export_feeds(args: argparse.Namespace, context: Context) -> int:
    from pathlib import Path

    from planner.domain.errors import PlannerError
    from planner.i18n import tr

    if not args.dir and not args.caldav:
        raise PlannerError(tr("Say where the feeds go: --dir DIR, --caldav URL, or both."))
    if not args.dir:
        return publish_to_caldav(args, context)
    if args.caldav and args.json:
        raise PlannerError(tr("--json reports one destination at a time: --dir or --caldav."))
    if not args.caldav:
        unchanged = _unchanged_feeds(args, context)
        if unchanged is not None:
            return _export_feeds_report(args, context, unchanged)
    from planner.services import feeds

    db = context.database(create=False)
    results = feeds.export_all_feeds(db, Path(args.dir), home_zone=args.home_tz)
    if args.caldav:
        _export_feeds_report(args, context, results)
        return publish_to_caldav(args, context)
    return _export_feeds_report(args, context, results)


def _unchanged_feeds(args: argparse.Namespace, context: Context) -> list[UnchangedFeed] | None:
    """Every saved feed, if a quick read of the database file shows that none changed
    since its file in --dir was written (the files stay as they are); None: export."""
    from pathlib import Path

    from planner.paths import database_target
    from planner.services.feed_builds import unchanged_feeds

    target = database_target(context.db_path)
    if not isinstance(target, Path):  # a database server: always the full way
        return None
    return unchanged_feeds(target, Path(args.dir), args.home_tz)


def _export_feeds_report(
    args: argparse.Namespace,
    context: Context,
    results: Sequence[FeedExport] | Sequence[UnchangedFeed],
) -> int:
    from planner.i18n import tr
    from planner.services.feed_links import published_urls

    links = {
        result.file_name: published_urls(args.base_url, result.file_name)
        for result in results
        if args.base_url
    }
    if args.json:
        context.print_json(
            [
                {
                    "feed": result.feed_name,
                    "file": str(result.path),
                    "sessions": result.event_count,
                    "first_export": result.first_export,
                    "error": result.error,
                    "changes": [
                        {
                            "kind": change.kind,
                            "summary": change.summary,
                            "old_summary": change.old_summary,
                            "start_utc": change.start_utc.isoformat() if change.start_utc else None,
                            "old_start_utc": change.old_start_utc.isoformat()
                            if change.old_start_utc
                            else None,
                            "detail": change.detail,
                            "old_detail": change.old_detail,
                        }
                        for change in result.changes
                    ],
                    "webcal": links[result.file_name][0] if links else None,
                    "https": links[result.file_name][1] if links else None,
                }
                for result in results
            ]
        )
        return 1 if any(result.error for result in results) else 0
    if not results:
        context.print(tr("There are no saved feeds yet; add one with 'planner feed add'."))
        return 0
    for result in results:
        _print_export(result, context, args.home_tz)
        if links:
            webcal, https = links[result.file_name]
            context.print("  " + tr("subscribe: {url}").format(url=webcal))
            context.print("  " + tr("address: {url}").format(url=https))
    return 1 if any(result.error for result in results) else 0


def _export_event(args: argparse.Namespace, context: Context) -> int:
    from pathlib import Path

    from planner.i18n import tr
    from planner.services import feeds

    event = feeds.single_event_file(
        context.database(create=False),
        args.id,
        Path(args.out),
        language=args.feed_lang,
        home_zone=args.home_tz,
    )
    context.print(tr("Wrote “{summary}” to {path}.").format(summary=event.summary, path=args.out))
    return 0


def _feed_add(args: argparse.Namespace, context: Context) -> int:
    from planner.i18n import tr
    from planner.services import feeds

    spec = _spec(args, context, args.name, args.file or "")
    view = feeds.create_feed(context.database(), spec)
    context.print(
        tr("Saved the feed “{name}” (file {file}).").format(name=view.name, file=view.file_name)
    )
    return 0


def _feed_list(args: argparse.Namespace, context: Context) -> int:
    from planner.i18n import tr
    from planner.services import feeds

    views = feeds.list_feeds(context.database(create=False))
    if args.json:
        context.print_json(
            [
                {
                    "id": view.id,
                    "name": view.name,
                    "file": view.file_name,
                    "language": view.language,
                    "series": [name for _id, name in view.series],
                    "seasons": [name for _id, name in view.seasons],
                    "drivers": [name for _id, name in view.drivers],
                    "kinds": [kind.value for kind in view.kinds],
                    "alarm_minutes": view.alarm_minutes,
                    "all_day_events": view.all_day_events,
                    "only_broadcast": view.only_broadcast,
                    "include_cancelled": view.include_cancelled,
                    "last_exported_utc": view.last_exported_utc.isoformat()
                    if view.last_exported_utc
                    else None,
                }
                for view in views
            ]
        )
        return 0
    if not views:
        context.print(tr("There are no saved feeds yet; add one with 'planner feed add'."))
    everything = tr("everything")
    for view in views:
        what = [name for _id, name in (*view.series, *view.seasons)] or [everything]
        parts = [", ".join(what)]
        if view.drivers:
            parts.append(", ".join(name for _id, name in view.drivers))
        if view.kinds:
            parts.append(",".join(kind.value for kind in view.kinds))
        if view.alarm_minutes is not None:
            parts.append(tr("alarm {minutes} min").format(minutes=view.alarm_minutes))
        if view.only_broadcast:
            parts.append(tr("only broadcast sessions"))
        context.print(f"{view.name}  [{view.file_name}, {view.language}]  " + " · ".join(parts))
    return 0


def _feed_remove(args: argparse.Namespace, context: Context) -> int:
    from planner.i18n import tr
    from planner.services import feeds

    db = context.database(create=False)
    view = feeds.delete_feed(db, feeds.find_feed(db, args.name).id)
    context.print(tr("Removed the feed “{name}”.").format(name=view.name))
    return 0


def _import_ics(args: argparse.Namespace, context: Context) -> int:
    from planner.i18n import tr

    options: dict[str, Any] = {
        "series": args.series,
        "year": args.season,
        "track": args.track,
        "floating_zone": args.zone,
        "dry_run": args.dry_run,
        "cancel_vanished": args.cancel_vanished,
    }
    report = _import_ics_into_file(args, context, options)
    if report is None:
        from planner.services import ics_import

        report = ics_import.import_ics_file(
            context.database(create=not args.dry_run),  # a dry run never creates a planner
            args.file,
            **options,
        )
    if args.json:
        context.print_json(
            {
                "file": args.file,
                "dry_run": report.dry_run,
                "added": list(report.added),
                "updated": list(report.updated),
                "unchanged": list(report.unchanged),
                "skipped": list(report.skipped),
                "rounds_added": list(report.rounds_added),
                "warnings": list(report.warnings),
                "vanished": list(report.vanished),
            }
        )
        return 0
    if report.dry_run:
        context.print(tr("Dry run: nothing was changed."))
    context.print(
        tr("{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.").format(
            added=len(report.added),
            updated=len(report.updated),
            unchanged=len(report.unchanged),
            skipped=len(report.skipped),
        )
    )
    for warning in report.warnings:
        context.print(tr("Warning: {text}").format(text=warning))
    for line in _listed(report.rounds_added, args.verbose):
        context.print("  " + tr("new round: {round}").format(round=line))
    if report.vanished:
        context.print(
            tr("{count} sessions this feed held before are gone from it:").format(
                count=len(report.vanished)
            )
            if not args.cancel_vanished
            else tr("{count} sessions gone from this feed were cancelled:").format(
                count=len(report.vanished)
            )
        )
        for item in _listed(report.vanished, args.verbose):
            context.print(f"  {item}")
        if not args.cancel_vanished:
            context.print("  " + tr("Import again with --cancel-vanished to cancel them."))
    for title, items in (
        (tr("added"), report.added),
        (tr("updated"), report.updated),
        (tr("skipped"), report.skipped),
    ):
        for item in _listed(items, args.verbose):
            context.print(f"  {title}: {item}")
    return 0


def _import_ics_into_file(
    args: argparse.Namespace, context: Context, options: dict[str, Any]
) -> IcsImportReport | None:
    """The import straight into a SQLite file at the current schema (without
    SQLAlchemy), or None: a database server, or a file the services must create,
    upgrade or refuse."""
    from pathlib import Path

    from planner.paths import database_target
    from planner.services.ics_file_import import import_file_into_file

    target = database_target(context.db_path)
    if not isinstance(target, Path):
        return None
    return import_file_into_file(target, args.file, **options)


def _listed(items: Sequence[str], verbose: bool) -> list[str]:
    """``items``, or (without --verbose) the first :data:`REPORT_LINES` of them and
    a last line saying how many more there are."""
    from planner.i18n import tr

    if verbose or len(items) <= REPORT_LINES:
        return list(items)
    more = len(items) - REPORT_LINES
    return [
        *items[:REPORT_LINES],
        tr("… and {count} more (--verbose lists every one)").format(count=more),
    ]
