"""The shape every command module shares: command groups, the database, output.

Command modules are the ``planner.cli.cmd_*`` modules; each has a
``register(cli: CommandLine)`` that adds its commands. Heavy imports
(SQLAlchemy, icalendar, Qt) happen inside the handlers, so ``--help`` and
the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from planner.db.database import Database

Handler = Callable[[argparse.Namespace, "Context"], int]


class Context:
    """What a handler gets besides its arguments.

    A plain class rather than a dataclass: every command builds one, and
    importing ``dataclasses`` (with ``inspect`` and ``ast``) is a tenth of a
    quick command's own time.
    """

    def __init__(
        self,
        db_path: str | None,  # a file path or a database URL, as typed
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.db_path = db_path
        self.stdout = sys.stdout if stdout is None else stdout
        self.stderr = sys.stderr if stderr is None else stderr
        self._database: Database | None = None

    def database(self, *, create: bool = True) -> Database:
        if self._database is None:
            from planner.db.database import Database
            from planner.paths import database_target
            from planner.services.shared_connection import connect_url
            from planner.services.tracks import install_circuit_library

            target = database_target(self.db_path)
            if isinstance(target, str):  # a server: its password may be in the keyring
                target = connect_url(target)
            self._database = Database.open(target, create=create)
            # A new database starts with the circuit library; a newer app adds its new circuits.
            if not self._database.read_only:
                install_circuit_library(self._database)
        return self._database

    def print(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def print_json(self, data: Any) -> None:
        import json

        json.dump(data, self.stdout, ensure_ascii=False, indent=2)
        self.stdout.write("\n")

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


class CommandLine:
    """Builds the argparse tree; a group (``import``) takes commands from several modules.

    ``only`` names the command a run types (``("export", "feeds")``, or just
    ``("export",)``): the parsers of every other command are not built, their
    ``add_argument`` calls go to a :class:`_SkippedParser`. A parser is seen only
    on its own path (its help, its usage in an error), so what the user sees is
    the same; :attr:`found` says whether the path was registered at all (else
    the caller builds the whole tree, whose error names the choices).
    """

    def __init__(self, parser: argparse.ArgumentParser, only: Sequence[str] = ()) -> None:
        self.parser = parser
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND")
        self._groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
        self._only = tuple(only)[:2]
        self._skipped: _SkippedParser | None = None
        self.found = not self._only

    def _wanted(self, name: str, what: str | None = None) -> bool:
        """Whether the parser of command ``name`` (of its ``what``, in a group) is built."""
        if not self._only:
            return True
        if name != self._only[0] or (
            what is not None and len(self._only) > 1 and what != self._only[1]
        ):
            return False
        self.found = True
        return True

    def _skip(self) -> argparse.ArgumentParser:
        if self._skipped is None:
            self._skipped = _SkippedParser()
        return self._skipped

    def command(
        self, name: str, help_text: str, handler: Handler, **kwargs: Any
    ) -> argparse.ArgumentParser:
        if not self._wanted(name):
            return self._skip()
        sub = self._top.add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter, **kwargs
        )
        sub.set_defaults(handler=handler)
        return sub

    def group(
        self, name: str, help_text: str
    ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._groups:
            group_parser = self._top.add_parser(
                name, help=help_text, description=help_text, formatter_class=HelpFormatter
            )
            group_parser.set_defaults(handler=_group_without_command(group_parser))
            self._groups[name] = group_parser.add_subparsers(dest=f"{name}_what", metavar="WHAT")
        return self._groups[name]

    def group_command(
        self, group: str, group_help: str, name: str, help_text: str, handler: Handler
    ) -> argparse.ArgumentParser:
        if not self._wanted(group, name):
            return self._skip()
        sub = self.group(group, group_help).add_parser(
            name, help=help_text, description=help_text, formatter_class=HelpFormatter
        )
        sub.set_defaults(handler=handler)
        return sub


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    pass


class _SkippedParser(argparse.ArgumentParser):
    """Takes the arguments of a command this run does not name, and keeps none.

    Building the typed command's parsers alone instead of all its modules'
    (each ArgumentParser asks gettext for its texts, each argument makes a
    HelpFormatter that asks for the terminal's size) cuts building and parsing
    ``planner import ics``' arguments from 48 to 18 M instructions (callgrind;
    ``export feeds``: 27 to 18 M).
    """

    def __init__(self) -> None:  # no ArgumentParser.__init__: not building is the point
        self._skipped_group = _SkippedGroup()

    def add_argument(self, *name_or_flags: Any, **kwargs: Any) -> argparse.Action:
        return _SKIPPED_ACTION

    def add_mutually_exclusive_group(self, **kwargs: Any) -> argparse._MutuallyExclusiveGroup:
        return self._skipped_group

    def add_argument_group(self, *args: Any, **kwargs: Any) -> argparse._ArgumentGroup:
        return self._skipped_group

    def set_defaults(self, **kwargs: Any) -> None:
        pass


class _SkippedGroup(argparse._MutuallyExclusiveGroup):
    """The option groups of a :class:`_SkippedParser`."""

    def __init__(self) -> None:  # nothing to hold
        pass

    def add_argument(self, *name_or_flags: Any, **kwargs: Any) -> argparse.Action:
        return _SKIPPED_ACTION


_SKIPPED_ACTION = argparse.Action(option_strings=[], dest="skipped")


def _group_without_command(parser: argparse.ArgumentParser) -> Handler:
    def handler(_args: argparse.Namespace, context: Context) -> int:
        parser.print_help(context.stderr)
        return 2

    return handler


def add_round_options(parser: argparse.ArgumentParser, *, round_required: bool = True) -> None:
    """--series NAME --season YEAR --round N: how users name a round everywhere."""
    parser.add_argument("--series", required=True, help="series name or short name (any case)")
    parser.add_argument("--season", required=True, type=int, metavar="YEAR", help="season year")
    parser.add_argument(
        "--round", required=round_required, type=int, metavar="N", help="round number"
    )


def parse_local_datetime(text: str) -> Any:
    """'2023-09-01 12:10' (or with T) -> naive datetime; a clear error otherwise."""
    from datetime import datetime

    from planner.domain.errors import ValidationError
    from planner.i18n import tr

    cleaned = text.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H.%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(cleaned, pattern)
        except ValueError:
            continue
    raise ValidationError(
        tr(
            "“{text}” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2023-09-01 12:10."
        ).format(text=text)
    )


def parse_day(text: str) -> Any:
    from datetime import date

    from planner.domain.errors import ValidationError
    from planner.domain.track_time import check_calendar_date
    from planner.i18n import tr

    parts = text.strip().split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise ValidationError(
            tr("“{text}” is not a date; write it as YYYY-MM-DD.").format(text=text)
        )
    year, month, day = (int(part) for part in parts)
    result: date = check_calendar_date(year, month, day)
    return result
