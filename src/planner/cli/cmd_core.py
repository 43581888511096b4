"""Core commands: demo, list, add, edit, delete, conflicts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.framework import (
    CommandLine,
    Context,
    add_round_options,
    parse_day,
    parse_local_datetime,
)

if TYPE_CHECKING:
    from planner.services.views import RoundView


def register(cli: CommandLine) -> None:
    cli.command(
        "demo",
        "Fill an empty database with the demo seasons (GT4 European Series 2023, "
        "the Hankook 12h Hockenheimring 2022, STCC 2022, ADAC TCR Germany 2022).",
        _demo,
    )

    list_help = "List rounds or sessions, as a table or as JSON."
    for what, handler in (("rounds", _list_rounds), ("sessions", _list_sessions)):
        sub = cli.group_command("list", list_help, what, f"List {what}.", handler)
        sub.add_argument("--series", help="series name or short name")
        sub.add_argument("--season", type=int, metavar="YEAR")
        sub.add_argument("--round", type=int, metavar="N")
        if what == "sessions":
            sub.add_argument("--driver", metavar="NAME", help="only sessions this driver drives")
            sub.add_argument("--home-tz", metavar="ZONE", help="also show times in this zone")
        sub.add_argument(
            "--json",
            action="store_true",
            help="ids, names, local start, zone, UTC start, duration, kind, status and drivers",
        )

    sub = cli.group_command(
        "list", list_help, "circuits", "List the circuit library.", _list_circuits
    )
    sub.add_argument("--search", metavar="TEXT", help='e.g. "hock" finds Hockenheimring')
    sub.add_argument("--json", action="store_true")

    add_help = "Add a series, season, round, session, driver or circuit."
    sub = cli.group_command("add", add_help, "series", "Add a series.", _add_series)
    sub.add_argument("--name", required=True)
    sub.add_argument("--short-name", default="")
    sub.add_argument("--colour", default="#3465a4", help="#RRGGBB")
    sub.add_argument("--website", default="")
    sub.add_argument("--live-timing", default="", metavar="URL")
    sub.add_argument("--stream", default="", metavar="URL")

    sub = cli.group_command("add", add_help, "season", "Add a season of a series.", _add_season)
    sub.add_argument("--series", required=True)
    sub.add_argument("--season", required=True, type=int, metavar="YEAR")

    sub = cli.group_command(
        "add", add_help, "round", "Add a round at a library circuit.", _add_round
    )
    add_round_options(sub, round_required=False)
    sub.add_argument("--name", default="", help='e.g. "Hankook 12h Hockenheimring"')
    sub.add_argument("--track", required=True, help='circuit name, alias or town, e.g. "Spa"')
    sub.add_argument("--from", dest="first_day", required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--to", dest="last_day", required=True, metavar="YYYY-MM-DD")

    sub = cli.group_command("add", add_help, "session", "Add a session to a round.", _add_session)
    add_round_options(sub)
    sub.add_argument("--name", required=True, help='e.g. "Qualifying 1"')
    sub.add_argument(
        "--kind", required=True, help="practice, qualifying, race, warmup, test or other"
    )
    sub.add_argument(
        "--start", required=True, metavar='"YYYY-MM-DD HH:MM"', help="wall-clock time at the track"
    )
    sub.add_argument("--minutes", type=int, metavar="N", help="duration; leave out if not known")
    _session_options(sub)

    sub = cli.group_command("add", add_help, "driver", "Add a driver.", _add_driver)
    sub.add_argument("--name", required=True)
    sub.add_argument("--nationality", default="", metavar="SWE")
    sub.add_argument("--followed", action="store_true", help="a driver of the family")

    sub = cli.group_command(
        "add", add_help, "circuit", "Add a circuit to the library.", _add_circuit
    )
    sub.add_argument("--name", required=True)
    sub.add_argument(
        "--timezone", required=True, metavar="ZONE", help="IANA zone, e.g. Europe/Berlin"
    )
    sub.add_argument("--short-name", default="")
    sub.add_argument("--town", default="")
    sub.add_argument("--region", default="")
    sub.add_argument("--country", default="")
    sub.add_argument("--length-km", type=float, metavar="KM", help="e.g. 4.574")
    sub.add_argument("--corners", type=int, metavar="N")
    sub.add_argument("--latitude", type=float)
    sub.add_argument("--longitude", type=float)

    edit_help = "Change a session (time, length, status, name, drivers) or a round."
    sub = cli.group_command(
        "edit", edit_help, "session", "Change a session by its id.", _edit_session
    )
    sub.add_argument("id", type=int)
    sub.add_argument("--name")
    sub.add_argument("--kind")
    sub.add_argument("--start", metavar='"YYYY-MM-DD HH:MM"', help="wall-clock time at the track")
    sub.add_argument("--minutes", type=int, metavar="N")
    sub.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="only if the session is still at revision N (see 'list sessions --json'); "
        "otherwise nothing is saved and the exit status is 1",
    )
    _session_options(sub)

    sub = cli.group_command(
        "edit",
        edit_help,
        "round",
        "Change a round: number, name, circuit, days, status, notes. A new circuit "
        "keeps every session's wall-clock time there; to move the days with the "
        "sessions, use the window's Weekend → Move Weekend.",
        _edit_round,
    )
    add_round_options(sub)
    sub.add_argument("--number", type=int, metavar="N", help="a new round number")
    sub.add_argument("--name", help='e.g. "Hankook 12h Hockenheimring" ("" for none)')
    sub.add_argument("--track", help='circuit name, alias or town, e.g. "Spa"')
    sub.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD")
    sub.add_argument("--to", dest="last_day", metavar="YYYY-MM-DD")
    sub.add_argument("--status", help="scheduled, postponed or cancelled")
    sub.add_argument("--notes")
    sub.add_argument(
        "--expect-revision",
        type=int,
        metavar="N",
        help="only if the round is still at revision N (see 'list rounds --json'); "
        "otherwise nothing is saved and the exit status is 1",
    )

    sub = cli.group_command(
        "delete", "Delete a session.", "session", "Delete a session by id.", _delete_session
    )
    sub.add_argument("id", type=int)

    sub = cli.command(
        "conflicts",
        "List clashes: a driver in two overlapping sessions, or two family drivers on "
        "track at the same time at different rounds.",
        _conflicts,
    )
    sub.add_argument("--json", action="store_true")


def _session_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--status", help="scheduled, tentative (time to be confirmed) or cancelled")
    sub.add_argument("--broadcast", help='e.g. "LIVE TV", "Live timing"')
    sub.add_argument("--notes")
    sub.add_argument("--drivers", metavar="NAMES", help="comma-separated, in stint order")
    sub.add_argument(
        "--dst",
        choices=("summer", "standard"),
        help="for a time the clocks show twice (or skip): which offset is meant",
    )


def _demo(_args: argparse.Namespace, context: Context) -> int:
    from planner.demo import build_demo
    from planner.domain.errors import ValidationError
    from planner.i18n import tr
    from planner.services import catalog

    db = context.database()
    if catalog.list_series(db):
        raise ValidationError(
            tr("{location} already holds seasons; the demo goes into an empty database.").format(
                location=db.location
            )
        )
    build_demo(db)
    context.print(tr("Demo seasons added to {location}.").format(location=db.location))
    return 0


def _round_filter(args: argparse.Namespace) -> Any:
    from planner.services.queries import SessionFilter

    return SessionFilter(
        series=args.series,
        year=args.season,
        round_number=args.round,
        driver=getattr(args, "driver", None),
    )


def _list_rounds(args: argparse.Namespace, context: Context) -> int:
    listed = None if args.series else _rounds_without_sqlalchemy(context)
    if listed is None:
        listed = _rounds_through_services(args, context)
    rounds = [
        item
        for item in listed
        if (args.season is None or item.year == args.season)
        and (args.round is None or item.number == args.round)
    ]
    if args.json:
        context.print_json(
            [
                {
                    "id": item.id,
                    "series": item.series_name,
                    "season": item.year,
                    "round": item.number,
                    "name": item.title,
                    "track": item.track.name,
                    "zone": item.track.timezone,
                    "first_day": item.first_day.isoformat(),
                    "last_day": item.last_day.isoformat(),
                    "status": item.status.value,
                    "drivers": [driver.name for driver in item.drivers],
                    "sessions": item.session_count,
                    "revision": item.revision,
                }
                for item in rounds
            ]
        )
        return 0
    for item in rounds:
        context.print(
            f"{item.id:>5}  {item.series_short_name or item.series_name} {item.year} "
            f"R{item.number}  {item.first_day:%d %b}–{item.last_day:%d %b %Y}  "
            f"{item.title} ({item.track.name})  {item.status.value}"
        )
    return 0


def _rounds_without_sqlalchemy(context: Context) -> list[RoundView] | None:
    """Every round of a SQLite file at the current schema, read with sqlite3 as the
    window's first screen is (``services/first_look.py``): importing SQLAlchemy and
    the models is most of this command's time. None (a server URL, a file to
    upgrade or not there): the services read it, with their messages."""
    from pathlib import Path

    from planner.paths import database_target
    from planner.services.first_look import every_round

    target = database_target(context.db_path)
    return every_round(target) if isinstance(target, Path) else None


def _rounds_through_services(args: argparse.Namespace, context: Context) -> list[RoundView]:
    from planner.services import catalog, queries
    from planner.services.lookup import find_series

    db = context.database(create=False)
    with db.unit_of_work() as orm:
        series_id = find_series(orm, args.series).id if args.series else None
    season_ids = [
        season.id
        for season in catalog.list_seasons(db, series_id=series_id)
        if args.season is None or season.year == args.season
    ]
    return queries.list_rounds_of_seasons(db, season_ids)


def _utc_text(moment: Any) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _list_sessions(args: argparse.Namespace, context: Context) -> int:
    from planner.services import queries

    items = queries.scheduled_sessions(context.database(create=False), _round_filter(args))
    if args.json:
        rows = []
        for item in items:
            session = item.session
            row = {
                "id": session.id,
                "uid": session.uid,
                "series": item.round.series_name,
                "season": item.round.year,
                "round": item.round.number,
                "name": session.name,
                "kind": session.kind.value,
                "local_start": session.start_wall.strftime("%Y-%m-%dT%H:%M"),
                "zone": session.zone,
                "utc_offset": session.start_in(session.zone).strftime("%z"),
                "utc_start": _utc_text(session.start_utc),
                "utc_end": _utc_text(session.end_utc),
                "duration_minutes": session.duration_minutes,
                "status": session.status.value,
                "drivers": [driver.name for driver in session.drivers],
                "broadcast": session.broadcast,
                "notes": session.notes,
                "revision": session.revision,
            }
            if args.home_tz:
                row["home_start"] = session.start_in(args.home_tz).strftime("%Y-%m-%dT%H:%M%z")
                row["home_zone"] = args.home_tz
            rows.append(row)
        context.print_json(rows)
        return 0
    for item in items:
        session = item.session
        home = ""
        if args.home_tz:
            home = f"  home {session.start_in(args.home_tz):%a %H:%M}"
        minutes = f"{session.duration_minutes} min" if session.duration_minutes else "? min"
        drivers = ", ".join(driver.name for driver in session.drivers)
        context.print(
            f"{session.id:>5}  {item.round.series_short_name or item.round.series_name} "
            f"R{item.round.number}  {session.start_wall:%a %d %b %Y %H:%M} {session.zone}{home}  "
            f"{session.name} ({session.kind.value}, {minutes}, {session.status.value})"
            + (f"  — {drivers}" if drivers else "")
        )
    return 0


def _add_series(args: argparse.Namespace, context: Context) -> int:
    from planner.services import catalog

    created = catalog.add_series(
        context.database(),
        args.name,
        short_name=args.short_name,
        colour=args.colour,
        website=args.website,
        live_timing_url=args.live_timing,
        stream_url=args.stream,
    )
    context.print(f"{created.id}")
    return 0


def _add_season(args: argparse.Namespace, context: Context) -> int:
    from planner.services import catalog
    from planner.services.lookup import find_series

    db = context.database()
    with db.unit_of_work() as orm:
        series_id = find_series(orm, args.series).id
    created = catalog.add_season(db, series_id, args.season)
    context.print(f"{created.id}")
    return 0


def _add_round(args: argparse.Namespace, context: Context) -> int:
    from planner.services import rounds
    from planner.services.lookup import find_season, find_track

    db = context.database()
    with db.unit_of_work() as orm:
        season_id = find_season(orm, args.series, args.season).id
        track_id = find_track(orm, args.track).id
    created = rounds.add_round(
        db,
        season_id,
        number=args.round,
        name=args.name,
        track_id=track_id,
        first_day=parse_day(args.first_day),
        last_day=parse_day(args.last_day),
    )
    context.print(f"{created.id}")
    return 0


def _dst_choice(args: argparse.Namespace) -> bool | None:
    return None if args.dst is None else args.dst == "summer"


def _driver_ids(context: Context, names: str) -> list[int]:
    from planner.services.lookup import find_driver

    with context.database().unit_of_work() as orm:
        return [find_driver(orm, name).id for name in names.split(",") if name.strip()]


def _add_session(args: argparse.Namespace, context: Context) -> int:
    from planner.services import sessions
    from planner.services.lookup import find_round

    db = context.database()
    with db.unit_of_work() as orm:
        round_id = find_round(orm, args.series, args.season, args.round).id
    new = sessions.NewSession(
        name=args.name,
        kind=args.kind,
        start_wall=parse_local_datetime(args.start),
        duration_minutes=args.minutes,
        status=args.status or "scheduled",
        broadcast=args.broadcast or "",
        notes=args.notes or "",
        is_dst=_dst_choice(args),
    )
    driver_ids = _driver_ids(context, args.drivers) if args.drivers else None
    created = sessions.add_session(db, round_id, new, driver_ids=driver_ids)
    context.print(f"{created.id}")
    return 0


def _edit_session(args: argparse.Namespace, context: Context) -> int:
    from planner.services import sessions

    db = context.database(create=False)
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.kind is not None:
        changes["kind"] = args.kind
    if args.start is not None:
        changes["start_wall"] = parse_local_datetime(args.start)
    if args.dst is not None:
        changes["is_dst"] = _dst_choice(args)
    if args.minutes is not None:
        changes["duration_minutes"] = args.minutes
    for option in ("status", "broadcast", "notes"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    if args.drivers is not None:
        changes["driver_ids"] = _driver_ids(context, args.drivers)
    if args.expect_revision is not None:
        changes["expected_revision"] = args.expect_revision
    updated = sessions.edit_session(db, args.id, **changes)
    context.print(
        f"{updated.id}  {updated.name}  {updated.start_wall:%Y-%m-%d %H:%M} {updated.zone}  "
        f"revision {updated.revision}"
    )
    return 0


def _edit_round(args: argparse.Namespace, context: Context) -> int:
    from planner.services import rounds
    from planner.services.lookup import find_round, find_track

    db = context.database(create=False)
    changes: dict[str, Any] = {}
    with db.unit_of_work() as orm:
        round_id = find_round(orm, args.series, args.season, args.round).id
        if args.track is not None:
            changes["track_id"] = find_track(orm, args.track).id
    for option in ("number", "name", "status", "notes"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    for option in ("first_day", "last_day"):
        if getattr(args, option) is not None:
            changes[option] = parse_day(getattr(args, option))
    updated = rounds.edit_round(db, round_id, **changes, expected_revision=args.expect_revision)
    context.print(
        f"{updated.id}  {updated.series_name} {updated.year} R{updated.number}  "
        f"{updated.first_day:%Y-%m-%d}–{updated.last_day:%Y-%m-%d}  {updated.title} "
        f"({updated.track.name})  {updated.status.value}  revision {updated.revision}"
    )
    return 0


def _delete_session(args: argparse.Namespace, context: Context) -> int:
    from planner.services import sessions

    snapshot = sessions.delete_session(context.database(create=False), args.id)
    context.print(f"deleted {snapshot.name} ({snapshot.uid})")
    return 0


def _add_driver(args: argparse.Namespace, context: Context) -> int:
    from planner.services import catalog

    created = catalog.add_driver(
        context.database(), args.name, nationality=args.nationality, followed=args.followed
    )
    context.print(f"{created.id}")
    return 0


def _conflicts(args: argparse.Namespace, context: Context) -> int:
    from planner.services import queries

    found = queries.find_conflicts(context.database(create=False))
    if args.json:
        context.print_json(
            [
                {
                    "kind": conflict.kind,
                    "sessions": [conflict.first.session.id, conflict.second.session.id],
                    "drivers": [driver.name for driver in conflict.drivers],
                    "message": conflict.message,
                }
                for conflict in found
            ]
        )
    else:
        for conflict in found:
            context.print(conflict.message)
    return 0


def _list_circuits(args: argparse.Namespace, context: Context) -> int:
    from planner.services import tracks

    known = tracks.list_tracks(context.database(create=False))
    found = tracks.search_tracks(known, args.search or "")
    if args.json:
        context.print_json(
            [
                {
                    "id": track.id,
                    "name": track.name,
                    "town": track.town,
                    "country": track.country,
                    "timezone": track.timezone,
                    "length_km": track.length_km,
                    "corners": track.corners,
                    "latitude": track.latitude,
                    "longitude": track.longitude,
                }
                for track in found
            ]
        )
        return 0
    for track in found:
        length = f"{track.length_km:.3f} km" if track.length_km else "? km"
        context.print(f"{track.id:>4}  {track.name}  ({track.place}; {track.timezone}; {length})")
    return 0


def _add_circuit(args: argparse.Namespace, context: Context) -> int:
    from planner.services import tracks

    created = tracks.add_track(
        context.database(),
        tracks.TrackInput(
            name=args.name,
            timezone=args.timezone,
            short_name=args.short_name,
            town=args.town,
            region=args.region,
            country=args.country,
            length_km=args.length_km,
            corners=args.corners,
            latitude=args.latitude,
            longitude=args.longitude,
        ),
    )
    context.print(f"{created.id}")
    return 0
