"""The CalDAV half of ``planner export feeds`` (``--caldav URL``): saved feeds published
to a calendar server. Registered by ``cmd_feeds``; not a command module of its own."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.framework import Context

if TYPE_CHECKING:
    from planner.services.caldav_publish import CalDavAccount, FeedPublication

CALDAV_HELP = """\
With --caldav URL the saved feeds go to a CalDAV server instead of (or as
well as) a folder: URL is your calendar home on the server (for Nextcloud
https://cloud.example.org/remote.php/dav/calendars/NAME/, for Radicale
https://host/NAME/). Each saved feed becomes one calendar there (made when
missing), each session one event; only what changed is sent, what was
removed is deleted, and events you added on the server by hand stay. The
password comes from --password-file (its first line) or from the system
keyring, where the window's Publish dialog keeps it; never from the command
line or the planner's own files.

example (cron, every night):
  planner export feeds --caldav https://cloud.example.org/remote.php/dav/calendars/anna/ \\
      --user anna --password-file ~/.config/race-planner/caldav-password
"""


def add_caldav_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--caldav", metavar="URL", help="publish to this CalDAV calendar home")
    sub.add_argument("--user", metavar="NAME", default="", help="user name on the server")
    sub.add_argument(
        "--password-file",
        metavar="FILE",
        help="file whose first line is the password (default: the system keyring)",
    )


def caldav_account(args: argparse.Namespace) -> CalDavAccount:
    from planner.domain.errors import PlannerError
    from planner.i18n import tr
    from planner.services.caldav_publish import (
        CalDavAccount,
        keyring_password,
        read_password_file,
    )

    url = str(args.caldav)
    if not url.startswith(("http://", "https://")):
        raise PlannerError(
            tr(
                "“{url}” is not a web address: give the http(s):// address of your calendars."
            ).format(url=url)
        )
    if args.password_file:
        password = read_password_file(args.password_file)
    else:
        password = keyring_password(url, args.user)
        if args.user and not password:
            raise PlannerError(
                tr(
                    "No password for {user} at {url}: give --password-file FILE, or keep it "
                    "in the system keyring from the window (File → Publish feeds to a "
                    "calendar server…)."
                ).format(user=args.user, url=url)
            )
    return CalDavAccount(url=url, user=args.user, password=password)


def publish(args: argparse.Namespace, context: Context) -> int:
    from planner.domain.errors import PlannerError
    from planner.i18n import tr
    from planner.services.caldav_publish import publish_feeds

    account = caldav_account(args)
    db = context.database(create=False)
    results = publish_feeds(db, account, home_zone=args.home_tz)
    if args.json:
        context.print_json([_json(result) for result in results])
    elif not results:
        context.print(tr("There are no saved feeds yet; add one with 'planner feed add'."))
    for result in results:
        if not args.json:
            _print(result, context)
    conflicts = [uid for result in results for uid in result.conflicts]
    if conflicts:
        raise PlannerError(
            tr(
                "{count} event(s) were changed on the server while publishing and were left "
                "as they are there; publish again to bring them up to date."
            ).format(count=len(conflicts))
        )
    return 0


def _print(result: FeedPublication, context: Context) -> None:
    from planner.i18n import tr

    context.print(
        tr(
            "{feed} → {url}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged"
        ).format(
            feed=result.feed_name,
            url=result.calendar_url,
            added=result.count("added"),
            updated=result.count("updated"),
            deleted=result.count("deleted"),
            same=result.unchanged,
        )
    )
    if result.created_calendar:
        context.print("  " + tr("new calendar on the server"))
    for change in result.changes:
        word = {"added": tr("added"), "updated": tr("updated"), "deleted": tr("deleted")}
        context.print(f"  {word[change.kind]}: {change.summary}")


def _json(result: FeedPublication) -> dict[str, object]:
    return {
        "feed": result.feed_name,
        "calendar": result.calendar_url,
        "created_calendar": result.created_calendar,
        "unchanged": result.unchanged,
        "conflicts": list(result.conflicts),
        "changes": [
            {"kind": change.kind, "uid": change.uid, "summary": change.summary}
            for change in result.changes
        ],
    }
