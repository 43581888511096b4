"""``planner desktop install|uninstall``: the menu entry, icon and .ics association on Linux."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.cli.framework import CommandLine, Context

if TYPE_CHECKING:
    from planner.freedesktop import IntegrationReport


def register(cli: CommandLine) -> None:
    group_help = "Add Race Planner to the Linux desktop's menus, or remove it."
    for name, text, handler in (
        (
            "install",
            "Install the menu entry, the icon (SVG and PNG 16–512), the AppStream data and "
            "the .ics file association, for you (--user) or for everyone (/usr/local/share).",
            _install,
        ),
        ("uninstall", "Remove what 'desktop install' put in place.", _uninstall),
    ):
        sub = cli.group_command("desktop", group_help, name, text, handler)
        sub.add_argument(
            "--user",
            action="store_true",
            help="only for you: under $XDG_DATA_HOME (~/.local/share), no root needed",
        )


def _install(args: argparse.Namespace, context: Context) -> int:
    from planner.freedesktop import install
    from planner.freedesktop_icons import render_png

    report = _allowed(lambda: install(user=args.user, render_png=render_png))
    return _print_report(context, "Installed {count} files for the desktop.", report)


def _uninstall(args: argparse.Namespace, context: Context) -> int:
    from planner.freedesktop import uninstall

    report = _allowed(lambda: uninstall(user=args.user))
    return _print_report(context, "Removed {count} files from the desktop.", report)


def _allowed(work: Callable[[], IntegrationReport]) -> IntegrationReport:
    """``work()``, with a missing permission (no root, no --user) told as a user's mistake."""
    from planner.domain.errors import PlannerError
    from planner.i18n import tr

    try:
        return work()
    except PermissionError as error:
        raise PlannerError(
            tr("No permission to write {path}: use --user, or run as root.").format(
                path=error.filename
            )
        ) from error


def _print_report(context: Context, done: str, report: IntegrationReport) -> int:
    from planner.i18n import tr

    for path in report.files:
        context.print(f"  {path}")
    context.print(tr(done).format(count=len(report.files)))
    for warning in report.warnings:
        print(tr("planner: warning: {warning}").format(warning=warning), file=context.stderr)
    return 0
