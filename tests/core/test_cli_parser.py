"""The command line builds only the parser of the command it runs, and nobody can tell.

``planner.cli.main.modules_for`` picks the command modules a run needs; the
help, usage and error texts must be those of the whole parser, and the map
of commands to modules must be the modules' own.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

import pytest

from planner import cli as cli_package
from planner.cli import main as cli_main
from planner.cli.framework import CommandLine


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _helps(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, str]:
    """Every (sub-)parser's help text under ``parser``, by command path."""
    found = {prefix: parser.format_help()}
    for name, sub in _commands(parser).items():
        found.update(_helps(sub, f"{prefix} {name}".strip()))
    return found


def test_the_map_of_commands_names_the_modules_that_register_them() -> None:
    owners: dict[str, list[str]] = {}
    for info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda info: info.name):
        if not info.name.startswith("cmd_"):
            continue
        parser = argparse.ArgumentParser(prog="planner")
        module = importlib.import_module(f"planner.cli.{info.name}")
        module.register(CommandLine(parser))
        for command in _commands(parser):
            owners.setdefault(command, []).append(info.name)
    assert {name: tuple(modules) for name, modules in owners.items()} == cli_main.COMMAND_MODULES


@pytest.mark.parametrize("command", sorted(cli_main.COMMAND_MODULES))
def test_a_commands_own_parser_helps_exactly_as_the_whole_one(command: str) -> None:
    whole = _helps(cli_main.build_parser())
    own = _helps(cli_main.build_parser(cli_main.modules_for([command])))
    paths = [path for path in whole if path == command or path.startswith(f"{command} ")]
    assert len(paths) >= 1
    for path in paths:
        assert own[path] == whole[path], path
    # The top level's usage line (shown with any error) is the same too.
    assert own[""].splitlines()[0] == whole[""].splitlines()[0]


def _command_paths() -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []
    for command, parser in _commands(cli_main.build_parser()).items():
        whats = _commands(parser)
        paths.extend([(command, what) for what in whats] if whats else [(command,)])
    return paths


@pytest.mark.parametrize("path", _command_paths(), ids=" ".join)
def test_only_the_typed_commands_parsers_help_exactly_as_the_whole_ones(
    path: tuple[str, ...],
) -> None:
    whole = _helps(cli_main.build_parser())
    own_parser = cli_main.build_parser(cli_main.modules_for(list(path)), path)
    own = _helps(own_parser)
    name = " ".join(path)
    assert own[name] == whole[name]
    assert own[""].splitlines()[0] == whole[""].splitlines()[0]
    # Only that command's parsers were built: no other command, no other WHAT.
    assert [key for key in own if key] == [
        " ".join(path[:index]) for index in range(1, len(path) + 1)
    ]


def test_a_command_named_alone_builds_its_whole_group() -> None:
    own = _helps(cli_main.build_parser(cli_main.modules_for(["export"]), ("export",)))
    assert {"export ics", "export feeds", "export event"} <= set(own)
    assert "feed" not in own


def test_a_mistyped_what_builds_the_group_whose_error_lists_the_choices() -> None:
    own = _helps(cli_main.build_parser(("cmd_feeds",), ("export", "feedz")))
    assert {"export ics", "export feeds", "export event"} <= set(own)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ([], ()),
        (["--db", "x.sqlite3", "--version"], ()),
        (["--db", "x", "--lang=sv", "export", "feeds", "--dir", "d"], ("export", "feeds")),
        (["export", "--help"], ("export",)),
        (["export"], ("export",)),
        (["demo", "--db", "x"], ("demo",)),
        (["edit", "session", "12"], ("edit", "session")),
        (["-h", "export"], None),
    ],
)
def test_the_command_words_of_a_run(arguments: list[str], words: tuple[str, ...] | None) -> None:
    assert cli_main.command_words(arguments) == words


@pytest.mark.parametrize(
    ("arguments", "modules"),
    [
        ([], ()),
        (["--db", "x.sqlite3"], ()),
        (["--version"], ()),
        (["--db", "x", "--lang", "sv", "export", "feeds", "--dir", "d"], ("cmd_feeds",)),
        (["--db=x", "import", "text"], ("cmd_feeds", "cmd_import_text", "cmd_results")),
        (["--help", "export"], None),
        (["-h"], None),
        (["--d", "x", "export"], None),  # an abbreviation: the whole parser decides
        (["nonsense"], None),
    ],
)
def test_the_modules_a_run_needs(arguments: list[str], modules: tuple[str, ...] | None) -> None:
    assert cli_main.modules_for(arguments) == modules


@pytest.mark.parametrize(
    "arguments",
    [
        ["--db"],
        ["--lang", "de"],
        ["--db", "x.sqlite3", "export", "ics"],
        ["--db", "x.sqlite3", "export", "ics", "--out", "x.ics", "--kinds"],
        ["--db", "x.sqlite3", "export", "feeds", "--nonsense"],
        ["--db", "x.sqlite3", "feed", "add", "--help"],
        ["--db", "x.sqlite3", "list", "rounds", "--season", "twenty"],
        ["exportt"],
        ["--db", "x.sqlite3", "export", "feedz"],
        ["--db", "x.sqlite3", "export", "feeds", "extra"],
        ["--db", "x.sqlite3", "import", "ics"],
        ["--db", "x.sqlite3", "result", "set", "--series", "GT4", "--season", "2023"],
        ["--db", "x.sqlite3", "points", "set", "--by-class", "--overall"],
        ["--db", "x.sqlite3", "press", "schedule", "--lang", "de"],
        ["--db", "x.sqlite3", "demo", "now"],
        ["--db", "x.sqlite3", "--lang", "sv", "list", "sessions", "--bogus"],
    ],
)
def test_errors_and_help_read_the_same_as_with_the_whole_parser(
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def run() -> tuple[object, str, str]:
        with pytest.raises(SystemExit) as exited:
            cli_main.main(arguments)
        output = capsys.readouterr()
        return exited.value.code, output.out, output.err

    own = run()
    monkeypatch.setattr(cli_main, "modules_for", lambda _arguments: None)  # the whole parser
    assert run() == own
    assert own[1] or own[2]
