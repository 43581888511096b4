"""Results, standings, points and press blocks on the command line."""

from __future__ import annotations

import io
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
def demo_path(store_target: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The planner the commands use (a file, or a database URL on PostgreSQL), demo filled."""
    assert run(capsys, "--db", store_target, "demo")[0] == 0
    return store_target


GT4 = ("--series", "GT4 Europe", "--season", "2023", "--round", "5")


def test_result_set_for_a_shared_car_by_driver_credits_the_crew(
    demo_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "result",
        "set",
        *GT4,
        "--session",
        "Race 1",
        "--driver",
        "Jessica",
        "--position",
        "2",
        "--fastest-lap",
        "1:47.512",
        "--laps",
        "31",
        "--json",
    )
    assert status == 0
    stored = json.loads(out)
    assert stored["crew"] == ["Andreas Bäckman", "Jessica Bäckman"]
    assert stored["result"]["position"] == 2
    assert stored["result"]["best_lap"] == "1:47.512"
    assert stored["points"] == 18
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "standings",
        "--series",
        "GT4 Europe",
        "--season",
        "2023",
        "--json",
    )
    table = json.loads(out)
    assert (table["after_round"], table["rounds"]) == (5, 6)
    assert [(row["driver"], row["points"], row["gap"], row["source"]) for row in table["rows"]] == [
        ("Andreas Bäckman", 18.0, 0.0, "computed"),
        ("Jessica Bäckman", 18.0, 0.0, "computed"),
    ]


def test_a_dns_with_its_reason_and_a_dns_with_a_position_is_refused(
    demo_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "result",
        "set",
        *GT4,
        "--session",
        "Qualifying 2",
        "--driver",
        "Andreas",
        "--status",
        "dns",
        "--reason",
        "Technical problems",
    )
    assert status == 0
    assert (
        out.strip() == "Qualifying 2, Aston Martin AMR Vantage GT4: DNS (Technical problems), 0 p"
    )
    status, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "result",
        "set",
        *GT4,
        "--session",
        "Race 2",
        "--driver",
        "Andreas",
        "--status",
        "dns",
        "--position",
        "4",
    )
    assert status == 1
    assert "has no position" in err
    status, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "result",
        "set",
        *GT4,
        "--session",
        "Race 9",
        "--driver",
        "Andreas",
        "--position",
        "4",
    )
    assert status == 1
    assert "no session called “Race 9”" in err


def test_importing_swedish_results_from_standard_input(
    demo_path: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Resultat från helgen:\nKval 1: 1:a\nKval 2: DNS. Tekniska problem.\nRace 1: 2:a plats\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status, out, err = run(
        capsys,
        "--db",
        str(demo_path),
        "import",
        "results",
        "-",
        *GT4,
        "--driver",
        "Andreas",
        "--json",
    )
    assert status == 0, err
    rows = json.loads(out)["results"]
    assert [(r["session"], r["result"]["status"], r["result"]["position"]) for r in rows] == [
        ("Qualifying 1", "classified", 1),
        ("Qualifying 2", "dns", None),
        ("Race 1", "classified", 2),
    ]
    assert rows[1]["result"]["reason"] == "Tekniska problem"
    assert rows[0]["result"]["pole"] is True


def test_a_dry_run_imports_nothing(
    demo_path: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "results.txt"
    source.write_text("Race 2: 5th place\nPhoto: Private\n", encoding="utf-8")
    status, out, err = run(
        capsys,
        "--db",
        str(demo_path),
        "import",
        "results",
        str(source),
        *GT4,
        "--driver",
        "Andreas",
        "--dry-run",
    )
    assert status == 0
    assert "line 2: not read" in err
    assert "Nothing changed (dry run)." in out
    _, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "standings",
        "--series",
        "GT4 Europe",
        "--season",
        "2023",
        "--json",
    )
    assert json.loads(out)["rows"] == []


def test_press_blocks_in_swedish_and_english_with_the_zone_in_words(
    demo_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, "--db", str(demo_path), "press", "schedule", *GT4, "--zone", "track", "--json"
    )
    assert status == 0
    block = json.loads(out)
    assert (block["zone"], block["zone_in_words"]) == ("Europe/Berlin", "Central European time")
    assert "12:10 Free Practice 1 (60 min) – Live timing" in block["text"]
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "press",
        "results",
        "--series",
        "24H",
        "--season",
        "2022",
        "--round",
        "4",
        "--lang",
        "sv",
        "--driver",
        "Andreas",
    )
    assert out.splitlines()[1] == "Fri träning: 3:e plats i TCR"
    status, _, err = run(capsys, "--db", str(demo_path), "press", "track", *GT4, "--zone", "Mars")
    assert status == 1 and "not a time zone name" in err


def test_published_standings_survive_a_restart_and_rank_with_our_results(
    demo_path: str, tmp_path: Path
) -> None:
    """Two processes: one imports the table, the next computes the standings."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    table = "1: Martin Andersen (DKK), 65 p.\n2. Jessica Bäckman SWE 44p\n3. Anna Berg NOR 12p\n"
    first = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--db",
            str(demo_path),
            "import",
            "standings",
            "-",
            "--series",
            "24H",
            "--season",
            "2022",
            "--after-round",
            "4",
        ],
        input=table,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert first.returncode == 0, first.stderr
    second = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "--db",
            str(demo_path),
            "standings",
            "--series",
            "24H",
            "--season",
            "2022",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    rows = json.loads(second.stdout)["rows"]
    assert [(r["position"], r["driver"], r["points"], r["gap"], r["source"]) for r in rows] == [
        (1, "Martin Andersen", 65.0, 0.0, "published"),
        (2, "Jessica Bäckman", 44.0, 21.0, "published"),
        (3, "Andreas Bäckman", 32.0, 33.0, "computed"),
        (3, "Emil Sällberg", 32.0, 33.0, "computed"),
        (3, "Marcus Fluch", 32.0, 33.0, "computed"),
        (3, "Oliver Söderström", 32.0, 33.0, "computed"),
        (7, "Anna Berg", 12.0, 53.0, "published"),
    ]


def test_the_points_system_is_editable_and_rescoring_follows(
    demo_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "points",
        "set",
        "--series",
        "24H",
        "--season",
        "2022",
        "--race",
        "25 18 15",
        "--pole",
        "1",
        "--json",
    )
    assert status == 0
    assert json.loads(out)["race"] == [25.0, 18.0, 15.0]
    _, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "standings",
        "--series",
        "24H",
        "--season",
        "2022",
        "--json",
    )
    assert {row["points"] for row in json.loads(out)["rows"]} == {16.0}  # 15 + pole 1


def test_every_new_command_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("result", "standings", "points", "press"):
        assert command in out
