"""The feed commands: export ics/feeds/event, feed add/list/remove, import ics."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import icalendar
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


def _summaries(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


def test_export_ics_with_driver_kinds_alarm_and_swedish(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "jessica.ics"
    status, stdout, _ = run(
        capsys, "--db", str(demo_path), "export", "ics", "--out", str(out),
        "--series", "GT4 Europe", "--season", "2023", "--driver", "Jessica",
        "--kinds", "qualifying,race", "--alarm", "30", "--lang", "sv",
    )  # fmt: skip
    assert status == 0 and "2" in stdout
    assert _summaries(out) == [
        "Hockenheim · Race 1 — Jessica, Andreas",
        "Hockenheim · Race 2 — Jessica, Andreas",
    ]
    text = out.read_bytes().decode()
    assert "TRIGGER:-PT30M" in text
    assert "Förare: Jessica → Andreas" in text.replace("\r\n ", "")


def test_export_ics_with_an_unknown_driver_is_a_message(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, stderr = run(
        capsys, "--db", str(demo_path), "export", "ics", "--out", str(tmp_path / "x.ics"),
        "--driver", "Nobody",
    )  # fmt: skip
    assert status == 1
    assert "no driver called “Nobody”" in stderr
    assert not (tmp_path / "x.ics").exists()


def test_saved_feeds_exported_into_a_folder_with_links_and_changes(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_path)]
    assert run(capsys, *db, "feed", "add", "--name", "Family — everything", "--all-day")[0] == 0
    status, stdout, _ = run(
        capsys, *db, "feed", "add", "--name", "Grandparents", "--only-broadcast",
        "--lang", "sv", "--file", "mormor.ics",
    )  # fmt: skip
    assert status == 0 and "mormor.ics" in stdout
    status, stdout, _ = run(capsys, *db, "feed", "list")
    assert "Family — everything" in stdout and "Grandparents" in stdout
    folder = tmp_path / "public"
    status, stdout, _ = run(
        capsys, *db, "export", "feeds", "--dir", str(folder), "--base-url", "https://example.org/r"
    )
    assert status == 0
    assert "webcal://example.org/r/family-everything.ics" in stdout
    assert "https://example.org/r/mormor.ics" in stdout
    assert "first export" in stdout
    assert sorted(path.name for path in folder.iterdir()) == ["family-everything.ics", "mormor.ics"]

    listed = json.loads(run(capsys, *db, "list", "sessions", "--series", "GT4 Europe", "--json")[1])
    race_1 = next(item for item in listed if item["name"] == "Race 1")
    run(capsys, *db, "edit", "session", str(race_1["id"]), "--start", "2023-09-02 17:30")
    race_2 = next(item for item in listed if item["name"] == "Race 2")
    run(capsys, *db, "edit", "session", str(race_2["id"]), "--status", "cancelled")
    status, stdout, _ = run(capsys, *db, "export", "feeds", "--dir", str(folder))
    assert "moved: Hockenheim · Race 1 — Jessica, Andreas, 2023-09-02 16:55 CEST → " in stdout
    assert "cancelled: Hockenheim · Race 2 — Jessica, Andreas" in stdout
    status, stdout, _ = run(capsys, *db, "--lang", "sv", "feed", "list")
    assert "påminnelse" not in stdout and "allt" in stdout  # messages follow planner --lang

    assert run(capsys, *db, "feed", "remove", "Grandparents")[0] == 0
    assert "Grandparents" not in run(capsys, *db, "feed", "list")[1]


def test_export_event_writes_a_one_event_file(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = json.loads(
        run(capsys, "--db", str(demo_path), "list", "sessions", "--series", "GT4 Europe", "--json")[
            1
        ]
    )
    out = tmp_path / "race.ics"
    status, stdout, _ = run(
        capsys, "--db", str(demo_path), "export", "event", str(listed[0]["id"]), "--out", str(out)
    )
    assert status == 0 and "Free Practice 1" in stdout
    assert len(_summaries(out)) == 1
    assert b"X-WR-CALNAME" not in out.read_bytes()


def test_import_ics_round_trip_and_json_report(
    demo_path: str,
    tmp_path: Path,
    new_store_target: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    feed = tmp_path / "all.ics"
    assert run(capsys, "--db", str(demo_path), "export", "ics", "--out", str(feed))[0] == 0
    empty = ["--db", new_store_target("empty.sqlite3")]
    # A dry run never creates a planner: make one first (issue 18).
    assert run(capsys, *empty, "add", "driver", "--name", "Nobody Yet")[0] == 0
    status, stdout, _ = run(capsys, *empty, "import", "ics", str(feed), "--dry-run", "--json")
    assert status == 0 and len(json.loads(stdout)["added"]) == 10
    status, stdout, _ = run(capsys, *empty, "import", "ics", str(feed))
    assert status == 0 and "10 added, 0 updated, 0 unchanged" in stdout
    status, stdout, _ = run(capsys, *empty, "import", "ics", str(feed), "--json")
    assert len(json.loads(stdout)["unchanged"]) == 10
    again = tmp_path / "again.ics"
    run(capsys, *empty, "export", "ics", "--out", str(again))
    assert _summaries(again) == _summaries(feed)


def test_import_of_a_broken_file_exits_1_naming_the_line(
    store_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = Path(__file__).resolve().parents[1] / "fixtures" / "ical" / "broken_line.ics"
    status, _, stderr = run(
        capsys, "--db", store_target, "import", "ics", str(broken),
        "--series", "Cup", "--season", "2023",
    )  # fmt: skip
    assert status == 1
    assert "broken_line.ics, line 8" in stderr


@pytest.mark.parametrize(
    "command",
    [
        ("export", "ics"),
        ("export", "feeds"),
        ("export", "event"),
        ("feed", "add"),
        ("feed", "list"),
        ("feed", "remove"),
        ("import", "ics"),
    ],
)
def test_every_feed_command_has_help(
    command: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        main([*command, "--help"])
    assert exit_status.value.code == 0
    assert "usage: planner " + " ".join(command) in capsys.readouterr().out


def _published_calendar(path: Path, sessions: int) -> Path:
    """A foreign calendar of ``sessions`` one-hour sessions four days apart at Mugello
    (each its own weekend: a new round and a new session per event)."""
    days = [date(2024, 3, 1) + timedelta(days=4 * number) for number in range(sessions)]
    events = [
        "\r\n".join(
            [
                "BEGIN:VEVENT",
                f"UID:published-{number}",
                "DTSTAMP:20240101T000000Z",
                f"SUMMARY:Cup – Race {number}",
                f"DTSTART:{day:%Y%m%d}T120000Z",
                f"DTEND:{day:%Y%m%d}T130000Z",
                "LOCATION:Mugello Circuit - Scarperia",
                "END:VEVENT",
            ]
        )
        + "\r\n"
        for number, day in enumerate(days)
    ]
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Some Series//EN\r\n"
    path.write_bytes((head + "".join(events) + "END:VCALENDAR\r\n").encode())
    return path


def test_import_ics_lists_ten_of_each_and_how_many_more_unless_verbose(
    store_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _published_calendar(tmp_path / "published.ics", 14)
    season = ("--series", "Cup", "--season", "2024")
    db = ("--db", store_target)
    assert run(capsys, *db, "add", "driver", "--name", "Nobody Yet")[0] == 0  # a planner
    status, stdout, _ = run(capsys, *db, "import", "ics", str(feed), *season, "--dry-run")
    lines = stdout.splitlines()
    assert status == 0 and "14 added, 0 updated, 0 unchanged, 0 skipped." in lines
    assert sum(line.startswith("  added: “Cup – Race") for line in lines) == 10
    assert "  added: … and 4 more (--verbose lists every one)" in lines
    assert sum(line.startswith("  new round: Cup 2024 round") for line in lines) == 10
    assert "  new round: … and 4 more (--verbose lists every one)" in lines
    verbose = ("--dry-run", "--verbose")
    status, stdout, _ = run(capsys, *db, "import", "ics", str(feed), *season, *verbose)
    lines = stdout.splitlines()
    assert sum(line.startswith("  added: “Cup – Race") for line in lines) == 14
    assert sum(line.startswith("  new round: Cup 2024 round") for line in lines) == 14
    assert not any("--verbose lists" in line for line in lines)
    status, stdout, _ = run(capsys, *db, "--lang", "sv", "import", "ics", str(feed), *season)
    assert status == 0 and "  tillagt: … och 4 till (--verbose listar alla)" in stdout.splitlines()
    status, stdout, _ = run(capsys, *db, "import", "ics", str(feed), *season, "--json")
    assert len(json.loads(stdout)["unchanged"]) == 14
