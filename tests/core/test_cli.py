from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def demo_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    return path


def test_round_5_of_gt4_2023_lists_as_json_with_track_and_utc_times(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "list",
        "sessions",
        "--series",
        "GT4 European Series",
        "--season",
        "2023",
        "--round",
        "5",
        "--json",
    )
    assert status == 0
    rows = json.loads(out)
    assert len(rows) == 6
    assert [row["name"] for row in rows[2:4]] == ["Qualifying 1", "Qualifying 2"]
    fp1 = rows[0]
    assert (fp1["local_start"], fp1["zone"], fp1["utc_start"]) == (
        "2023-09-01T12:10",
        "Europe/Berlin",
        "2023-09-01T10:10:00Z",
    )
    race1 = next(row for row in rows if row["name"] == "Race 1")
    assert race1["local_start"] == "2023-09-02T16:55"
    assert set(race1["drivers"]) == {"Andreas Bäckman", "Jessica Bäckman"}
    assert {"id", "kind", "status", "duration_minutes"} <= set(race1)


def test_add_session_in_the_dst_gap_exits_1_with_a_message_and_writes_nothing(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", str(demo_path), "add", "series", "--name", "Winter Cup")
    run(
        capsys,
        "--db",
        str(demo_path),
        "add",
        "season",
        "--series",
        "winter cup",
        "--season",
        "2023",
    )
    run(
        capsys,
        "--db",
        str(demo_path),
        "add",
        "round",
        "--series",
        "Winter Cup",
        "--season",
        "2023",
        "--round",
        "1",
        "--track",
        "Hockenheim",
        "--from",
        "2023-03-25",
        "--to",
        "2023-03-26",
    )
    status, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "add",
        "session",
        "--series",
        "Winter Cup",
        "--season",
        "2023",
        "--round",
        "1",
        "--name",
        "Night race",
        "--kind",
        "race",
        "--start",
        "2023-03-26 02:30",
        "--minutes",
        "60",
    )
    assert status == 1
    assert "02:30" in err and "Europe/Berlin" in err and "Traceback" not in err
    _, out, _ = run(
        capsys, "--db", str(demo_path), "list", "sessions", "--series", "Winter Cup", "--json"
    )
    assert json.loads(out) == []


def test_edit_session_moves_the_start_and_raises_the_revision(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        capsys, "--db", str(demo_path), "list", "sessions", "--series", "gt4 europe", "--json"
    )
    race2 = next(row for row in json.loads(out) if row["name"] == "Race 2")
    status, _, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "edit",
        "session",
        str(race2["id"]),
        "--start",
        "2023-09-03 12:05",
        "--status",
        "tentative",
    )
    assert status == 0
    _, out, _ = run(
        capsys, "--db", str(demo_path), "list", "sessions", "--series", "gt4 europe", "--json"
    )
    edited = next(row for row in json.loads(out) if row["id"] == race2["id"])
    assert (edited["local_start"], edited["status"]) == ("2023-09-03T12:05", "tentative")
    assert edited["revision"] == race2["revision"] + 1


def test_edit_round_changes_name_circuit_and_notes_and_refuses_an_old_revision(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(demo_path))
    which = ("--series", "gt4 europe", "--season", "2023", "--round", "5")
    _, out, _ = run(capsys, *db, "list", "rounds", *which, "--json")
    (hockenheim,) = json.loads(out)
    _, out, _ = run(capsys, *db, "list", "sessions", *which, "--json")
    starts = {row["name"]: row["local_start"] for row in json.loads(out)}
    status, out, _ = run(
        capsys,
        *db,
        "edit",
        "round",
        *which,
        "--name",
        "Hockenheim Finale",
        "--track",
        "Spa",
        "--notes",
        "Hotel booked",
        "--expect-revision",
        str(hockenheim["revision"]),
    )
    assert status == 0, out
    _, out, _ = run(capsys, *db, "list", "rounds", *which, "--json")
    (edited,) = json.loads(out)
    assert (edited["name"], edited["track"], edited["zone"]) == (
        "Hockenheim Finale",
        "Circuit de Spa-Francorchamps",
        "Europe/Brussels",
    )
    assert edited["revision"] == hockenheim["revision"] + 1
    _, out, _ = run(capsys, *db, "list", "sessions", *which, "--json")
    assert {row["name"]: row["local_start"] for row in json.loads(out)} == starts

    status, _, err = run(
        capsys, *db, "edit", "round", *which, "--notes", "Mine",
        "--expect-revision", str(hockenheim["revision"]),
    )  # fmt: skip
    assert status == 1
    assert "changed by someone else" in err
    status, _, err = run(capsys, *db, "edit", "round", *which, "--to", "2023-09-02")
    assert status == 1
    assert "Race 2" in err and "outside the round's days" in err


def test_impossible_date_is_a_message_not_a_traceback(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "add",
        "round",
        "--series",
        "GT4 Europe",
        "--season",
        "2023",
        "--track",
        "Monza",
        "--from",
        "2023-06-31",
        "--to",
        "2023-07-01",
    )
    assert status == 1
    assert "2023-06-31 is not a date" in err


def test_unknown_series_names_the_known_ones(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "--db", str(demo_path), "list", "rounds", "--series", "F1")
    assert status == 1
    assert "GT4 European Series" in err


def test_demo_refuses_a_database_that_already_has_seasons(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "--db", str(demo_path), "demo")
    assert status == 1 and "empty database" in err


def test_swedish_messages_with_lang_sv(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, "--lang", "sv", "--db", str(demo_path), "list", "rounds", "--series", "F1"
    )
    assert status == 1
    assert "Det finns ingen serie" in err


def test_installed_command_reads_the_database_from_the_environment(
    demo_path: Path, tmp_path: Path
) -> None:
    environment = {**os.environ, "RACE_PLANNER_DB": str(demo_path)}
    result = subprocess.run(
        [sys.executable, "-m", "planner", "list", "rounds", "--json"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 9


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "list", "add", "edit", "conflicts"):
        assert command in out


def test_a_new_database_from_the_command_line_knows_the_circuit_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "fresh.sqlite3")
    assert run(capsys, "--db", path, "add", "series", "--name", "First Cup")[0] == 0
    status, out, _ = run(capsys, "--db", path, "list", "circuits", "--search", "hock", "--json")
    assert status == 0
    assert json.loads(out)[0]["name"] == "Hockenheimring"


def test_add_circuit_then_a_round_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "fresh.sqlite3")
    assert (
        run(
            capsys,
            "--db",
            path,
            "add",
            "circuit",
            "--name",
            "Kinnekulle Ring",
            "--timezone",
            "Europe/Stockholm",
            "--town",
            "Götene",
            "--country",
            "Sweden",
            "--length-km",
            "2.050",
        )[0]
        == 0
    )
    run(capsys, "--db", path, "add", "series", "--name", "Club Cup")
    run(capsys, "--db", path, "add", "season", "--series", "Club Cup", "--season", "2024")
    status, _, err = run(
        capsys,
        "--db",
        path,
        "add",
        "round",
        "--series",
        "Club Cup",
        "--season",
        "2024",
        "--track",
        "kinnekulle ring",
        "--from",
        "2024-05-11",
        "--to",
        "2024-05-12",
    )
    assert status == 0, err
    _, out, _ = run(capsys, "--db", path, "list", "rounds", "--json")
    assert json.loads(out)[0]["zone"] == "Europe/Stockholm"


def test_without_a_command_the_window_opens_with_the_global_options_the_parser_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``planner [--db X] [--lang L]`` opens the window with a parser of no command;
    it reads the options exactly as the whole parser does."""
    from planner.cli.main import build_parser, modules_for

    for arguments in (
        [],
        ["--db", str(tmp_path / "a.sqlite3")],
        ["--d", "b.sqlite3", "--lang", "sv"],
        ["--db=c.sqlite3", "--version"],
    ):
        modules = modules_for(arguments)
        assert modules == () or arguments[0] == "--d"  # an abbreviation: the whole parser
        window = vars(build_parser(modules).parse_args(arguments))
        whole = vars(build_parser().parse_args(arguments))
        assert whole.pop("command") is None  # no command: the window
        window.pop("command", None)
        assert window == whole
    opened: list[object] = []
    monkeypatch.setattr("planner.gui.app.main", lambda db_path: opened.append(db_path) or 0)
    assert main(["--db", str(tmp_path / "a.sqlite3")]) == 0
    assert opened == [tmp_path / "a.sqlite3"]


def test_commands_help_and_mistakes_read_as_the_whole_parser_reads_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from planner.cli.main import modules_for

    assert modules_for(["list", "rounds"]) == ("cmd_core",)
    for arguments in (["-h"], ["--bogus"], ["nonsense"]):
        assert modules_for(arguments) is None
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "xx"])
    assert exited.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
