"""``planner copy``: a whole planner from one store to another (SQLite file ⇄ PostgreSQL)."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.framework import CommandLine, Context

COPY_HELP = """\
Copy a whole planner from one store to another, keeping every identifier,
so phones subscribed to its feeds see the same events afterwards, not new
ones. Either side is a file path or a shared planner's URL. The target must
not hold a planner yet (a new file or an empty database on the server; the
circuit library it was made with is replaced). The copy is one transaction:
if anything fails, the target is left as it was.

examples:
  planner copy --from ~/.local/share/RacePlanner/planner.sqlite3 \\
      --to postgresql+psycopg://family@nas.local/raceplanner
  planner copy --from postgresql+psycopg://family@nas.local/raceplanner --to laptop.sqlite3
"""


def register(cli: CommandLine) -> None:
    sub = cli.command("copy", "Copy a whole planner to another file or server.", _copy)
    sub.description = COPY_HELP
    sub.add_argument("--from", dest="source", required=True, metavar="PATH|URL")
    sub.add_argument("--to", dest="target", required=True, metavar="PATH|URL")
    sub.add_argument("--json", action="store_true", help="the rows copied per table, as JSON")


def _copy(args: argparse.Namespace, context: Context) -> int:
    from planner.db.database import Database
    from planner.i18n import tr
    from planner.paths import database_target
    from planner.services.shared_connection import connect_url
    from planner.services.store_copy import copy_planner

    def target_of(text: str) -> Path | str:
        found = database_target(text)
        return connect_url(found) if isinstance(found, str) else found

    source = Database.open(target_of(args.source), create=False)
    try:
        target = Database.open(target_of(args.target))
        try:
            report = copy_planner(source, target)
        finally:
            target.close()
    finally:
        source.close()
    if args.json:
        context.print_json({"from": report.source, "to": report.target, "rows": dict(report.rows)})
        return 0
    context.print(
        tr("Copied {rows} rows from {source} to {target}.").format(
            rows=report.total, source=report.source, target=report.target
        )
    )
    context.print(
        tr(
            "{series} series, {seasons} seasons, {rounds} rounds, {sessions} sessions, "
            "{feeds} saved feeds; every identifier kept."
        ).format(
            series=report.count("series"),
            seasons=report.count("seasons"),
            rounds=report.count("rounds"),
            sessions=report.count("sessions"),
            feeds=report.count("feeds"),
        )
    )
    return 0
