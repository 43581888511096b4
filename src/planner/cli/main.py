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


#: The command modules (``planner.cli.cmd_*``) that register each top-level command,
#: in the order the whole parser registers them (``tests/core/test_cli_parser.py``
#: checks this against the modules themselves).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "add": ("cmd_core",),
    "conflicts": ("cmd_core",),
    "copy": ("cmd_copy",),
    "delete": ("cmd_core",),
    "demo": ("cmd_core",),
    "desktop": ("cmd_desktop",),
    "edit": ("cmd_core",),
    "export": ("cmd_feeds",),
    "feed": ("cmd_feeds",),
    "import": ("cmd_feeds", "cmd_import_text", "cmd_results"),
    "list": ("cmd_core",),
    "points": ("cmd_results",),
    "press": ("cmd_results",),
    "print": ("cmd_print",),
    "result": ("cmd_results",),
    "standings": ("cmd_results",),
}


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


def build_parser(
    modules: Sequence[str] | None = None, only: Sequence[str] = ()
) -> argparse.ArgumentParser:
    """The command line's parser with the commands of ``modules`` (None: every
    ``cmd_*`` module, as ``planner --help`` lists them); with ``only`` (the
    words of :func:`command_words`), just the parsers of that command."""
    from planner.cli.framework import CommandLine, HelpFormatter

    parser = argparse.ArgumentParser(
        prog="planner", description=DESCRIPTION, epilog=EPILOG, formatter_class=HelpFormatter
    )
    add_global_options(parser)
    cli = CommandLine(parser, only)
    from planner import cli as cli_package

    if modules is None:
        import pkgutil

        modules = sorted(
            info.name
            for info in pkgutil.iter_modules(cli_package.__path__)
            if info.name.startswith("cmd_")
        )
    for name in modules:
        importlib.import_module(f"{cli_package.__name__}.{name}").register(cli)
    if not cli.found:  # e.g. a mistyped WHAT: the error lists the command's every choice
        return build_parser(modules, only[:1] if len(only) > 1 else ())
    return parser


def modules_for(arguments: Sequence[str]) -> tuple[str, ...] | None:
    """The command modules a run of ``arguments`` needs: those of its command (none
    without a command: the app, --version), or None: every one (--help before the
    command, an unknown command, an option the scan does not follow).

    Building the parser of one command instead of all (each ArgumentParser asks
    gettext for its texts) is a fifth of a quick command's time. What the user
    sees is the same: a command's own parser is built as the whole one builds it.
    """
    words = command_words(arguments)
    if words is None:
        return None
    if not words:
        return ()
    return COMMAND_MODULES.get(words[0])


def command_words(arguments: Sequence[str]) -> tuple[str, ...] | None:
    """The command a run of ``arguments`` names, as typed after the global options:
    ``("export", "feeds")``, just ``("export",)`` when an option comes next, ()
    without a command, None when the scan cannot tell (an option it does not follow)."""
    index = 0
    while index < len(arguments):
        token = arguments[index]
        if token in _OPTIONS_WITH_VALUE:
            index += 2
        elif token == "--version" or token.startswith(_OPTIONS_WITH_TEXT):
            index += 1
        elif token.startswith("-"):
            return None
        else:
            following = arguments[index + 1 : index + 2]
            if following and not following[0].startswith("-"):
                return (token, following[0])
            return (token,)
    return ()


_OPTIONS_WITH_VALUE = ("--db", "--lang")
_OPTIONS_WITH_TEXT = ("--db=", "--lang=")


def main(argv: Sequence[str] | None = None) -> int:
    from planner.domain.zone_files import trust_installed_zone_files

    trust_installed_zone_files()
    arguments = list(sys.argv[1:] if argv is None else argv)
    modules = modules_for(arguments)
    parser = build_parser(modules, command_words(arguments) or () if modules else ())
    args = parser.parse_args(arguments)
    if args.lang:
        from planner.i18n import set_language

        set_language(args.lang)
    if args.version:
        _print_version(args.db)
        return 0
    if getattr(args, "handler", None) is None:
        import gc

        gc.disable()  # from Qt's import to the first paint: see planner.gui.app.main
        try:
            from planner.gui.app import main as gui_main
            from planner.paths import database_target

            status: int = gui_main(db_path=database_target(args.db))
        finally:
            gc.enable()
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
        if argv is None:  # a process of its own, which ends next
            _spare_the_exit_collections()


def _spare_the_exit_collections() -> None:
    """Leave everything still alive out of the collections at interpreter exit
    (``gc.freeze``): they scan it all (modules, classes, a command's caches and
    results) to free it just before the process ends; frozen objects are still
    freed by their reference counts. The foreign import's collections at exit
    cost ~31 M instructions (~10 ms) before.

    Only when ``main`` reads ``sys.argv`` (the ``planner`` process): a caller
    passing ``argv`` (tests, scripts) goes on collecting as before."""
    import gc

    gc.freeze()


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
