"""``planner``: with no command, open the app; with a command, work headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from planner import __version__
from planner.paths import DB_ENVIRONMENT_VARIABLE

DESCRIPTION = f"""\
Race Planner: plan motorsport seasons, put them on phones as calendar feeds,
print the weekend schedule.

Run without a command to open the app. With a command it works headless on
the same database, for scripts and cron. A round is named by --series (name
or short name, any case), --season YEAR and --round N.

The database is --db PATH, else ${DB_ENVIRONMENT_VARIABLE}, else
planner.sqlite3 in your user data folder.
"""

EPILOG = """\
examples:
  planner --db family.sqlite3 demo
  planner list sessions --series "GT4 Europe" --season 2023 --round 5 --json
  planner edit session 12 --start "2023-09-02 17:05" --status tentative
  planner <command> --help    (every command documents its options)
"""


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options given before any command (and without one, to the window)."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the planner database: a file, or a shared planner's URL "
        "(postgresql+psycopg://user@host/db); default $RACE_PLANNER_DB, else your data folder",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "sv"),
        default=None,
        help="language of messages (exports have their own --lang where they take one)",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help=f"show the version ({__version__}), the database file, the data folder and "
        "the Qt and Python versions, then exit",
    )


def build_parser() -> argparse.ArgumentParser:
    from planner.cli.framework import CommandLine, HelpFormatter

    parser = argparse.ArgumentParser(
        prog="planner", description=DESCRIPTION, epilog=EPILOG, formatter_class=HelpFormatter
    )
    add_global_options(parser)
    cli = CommandLine(parser)
    import pkgutil

    from planner import cli as cli_package

    for module_info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name):
        if module_info.name.startswith("cmd_"):
            module = importlib.import_module(f"{cli_package.__name__}.{module_info.name}")
            module.register(cli)
    return parser


def window_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The global options when the arguments are nothing else (``planner [--db X]``
    opens the window); None when there is a command, help or anything to complain
    about, which the whole parser then reads. The window's start does without every
    command's module and parser that way (~30 ms)."""
    parser = argparse.ArgumentParser(prog="planner", add_help=False, exit_on_error=False)
    add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = window_arguments(arguments)
    if args is None:
        args = build_parser().parse_args(arguments)
    if args.lang:
        from planner.i18n import set_language

        set_language(args.lang)
    if args.version:
        _print_version(args.db)
        return 0
    if getattr(args, "handler", None) is None:
        from planner.gui.app import main as gui_main
        from planner.paths import database_target

        status: int = gui_main(db_path=database_target(args.db))
        return status
    from planner.cli.framework import Context

    context = Context(db_path=args.db)
    from planner.domain.errors import PlannerError

    try:
        result: int = args.handler(args, context)
        return result
    except PlannerError as error:
        print(f"planner: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into head: not an error of ours
        sys.stderr.close()
        return 0
    except Exception as error:  # a bug: status 70, traceback to the log, one line here
        return _internal_error(error, arguments)
    finally:
        context.close()


def _internal_error(error: Exception, arguments: list[str]) -> int:
    from planner.crash_log import INTERNAL_ERROR_STATUS, write_crash_log
    from planner.i18n import tr

    log = write_crash_log(error, arguments)
    summary = " ".join(f"{type(error).__name__}: {error}".split())[:300]
    if log is None:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
        print(tr("planner: internal error ({summary}).").format(summary=summary), file=sys.stderr)
    else:
        print(
            tr(
                "planner: internal error ({summary}). This is a bug, not your mistake; "
                "the details are in {log}."
            ).format(summary=summary, log=log),
            file=sys.stderr,
        )
    return INTERNAL_ERROR_STATUS


def _print_version(db_text: str | None) -> None:
    from planner.about import about_facts, about_lines, running_qt_versions
    from planner.i18n import tr
    from planner.paths import database_target

    qt_version, pyside_version = running_qt_versions()
    target = database_target(db_text)
    database = target if isinstance(target, str) else str(target.absolute())
    print("\n".join(about_lines(about_facts(database, qt_version, pyside_version), tr)))


if __name__ == "__main__":
    sys.exit(main())
