"""``planner import schedule`` and ``planner import calendar`` on files and standard input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.db.database import Database
from planner.services import queries
from planner.services.lookup import find_round

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "schedules"
GT4_R6 = ["--series", "GT4 Europe", "--season", "2023", "--round", "6"]


def run(capsys: pytest.CaptureFixture[str], db: Database, *arguments: str) -> tuple[int, str, str]:
    status = main(["--db", db.location, *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def sessions_of(db: Database, series: str, year: int, number: int) -> list[tuple[str, str]]:
    with db.unit_of_work() as orm:
        round_id = find_round(orm, series, year, number).id
    return [
        (session.name, session.start_wall.strftime("%Y-%m-%d %H:%M"))
        for session in queries.weekend(db, round_id).sessions
    ]


def database_dump(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        rounds = connection.exec_driver_sql("SELECT * FROM rounds ORDER BY id").fetchall()
        sessions = connection.exec_driver_sql("SELECT * FROM sessions ORDER BY id").fetchall()
    return [tuple(row) for row in (*rounds, *sessions)]


def test_dry_run_prints_the_preview_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db: Database
) -> None:
    before = database_dump(demo_db)
    file = str(SAMPLES / "series-timetable-with-end-times-en.txt")

    status, out, err = run(capsys, demo_db, "import", "schedule", file, *GT4_R6, "--dry-run")

    assert status == 0
    assert "Free Practice 1" in out and "10:35" in out and "Dry run" in out
    assert "At the track (Europe/Madrid)" in out
    assert err == ""
    assert database_dump(demo_db) == before


def test_json_dry_run_gives_every_session_and_the_unread_lines(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    text = (SAMPLES / "series-timetable-with-end-times-en.txt").read_text(encoding="utf-8")
    file = tmp_path / "timetable.txt"
    file.write_text(text + "\nParking opens at 07:00 sharp, bring your pass.\n", encoding="utf-8")

    status, out, err = run(
        capsys, demo_db, "import", "schedule", str(file), *GT4_R6, "--dry-run", "--json"
    )

    assert status == 0
    data = json.loads(out)
    first = data["sessions"][0]
    assert first == {
        "line": 5,
        "name": "Free Practice 1",
        "written_name": "Free Practice 1",
        "kind": "practice",
        "local_start": "2023-09-29T10:35",
        "zone": "Europe/Madrid",
        "utc_start": "2023-09-29T08:35:00Z",
        "written_start": "2023-09-29T10:35",
        "written_zone": "Europe/Madrid",
        "duration_minutes": 60,
        "broadcast": "",
        "notes": "",
        "action": "add",
        "changes": [],
        "session_id": None,
        "problem": None,
        "tentative": False,
        "set_aside": None,
        "include": True,
    }
    assert len(data["sessions"]) == 6
    assert data["sessions"][4]["broadcast"] == "LIVE on GT World YouTube"
    assert data["unread"] == [
        {
            "line": 16,
            "text": "Parking opens at 07:00 sharp, bring your pass.",
            "reason": data["unread"][0]["reason"],
        }
    ]
    assert "line 16" in err  # unread lines also go to stderr, the status stays 0
    assert data["dry_run"] is True and data["imported"] is None
    assert sessions_of(demo_db, "GT4 Europe", 2023, 6) == []


def test_import_from_standard_input_and_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (SAMPLES / "series-timetable-with-end-times-en.txt").read_bytes()
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        status, out, _err = run(capsys, demo_db, "import", "schedule", "-", *GT4_R6)
        assert status == 0

    assert "0 added, 0 updated, 6 unchanged" in out
    assert sessions_of(demo_db, "GT4 Europe", 2023, 6)[0] == ("Free Practice 1", "2023-09-29 10:35")
    assert len(sessions_of(demo_db, "GT4 Europe", 2023, 6)) == 6


def test_written_in_shows_both_clocks_side_by_side(
    capsys: pytest.CaptureFixture[str], demo_db: Database
) -> None:
    file = str(SAMPLES / "series-timetable-with-end-times-en.txt")

    status, out, _err = run(
        capsys, demo_db, "import", "schedule", file, *GT4_R6, "--written-in", "UTC", "--dry-run"
    )

    assert status == 0
    assert "As written (UTC)" in out
    line = next(text for text in out.splitlines() if "Free Practice 1" in text)
    assert "12:35" in line and "10:35" in line  # track (CEST) and as written (UTC)


def test_a_windows_1252_file_is_read_with_a_note(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    text = (SAMPLES / "hankook-12h-schema-sv.txt").read_text(encoding="utf-8")
    file = tmp_path / "schema.txt"
    file.write_bytes(text.replace("–", "-").encode("cp1252"))

    status, out, err = run(
        capsys,
        demo_db,
        *("import", "schedule", str(file), "--series", "24H", "--season", "2022", "--round", "4"),
        "--dry-run",
    )

    assert status == 0
    assert "Windows-1252" in err
    assert "Kvalificering 2" in out


def test_a_missing_file_is_an_error_naming_the_file(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.txt"

    status, _out, err = run(capsys, demo_db, "import", "schedule", str(missing), *GT4_R6)

    assert status == 1
    assert str(missing) in err and "cannot be read" in err


def test_a_text_with_nothing_readable_fails(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    file = tmp_path / "letter.txt"
    file.write_text("Dear team,\nsee you at the track!\n", encoding="utf-8")
    before = database_dump(demo_db)

    status, _out, err = run(capsys, demo_db, "import", "schedule", str(file), *GT4_R6)

    assert status == 1
    assert "line 1" in err and "Nothing in the text could be read" in err
    assert database_dump(demo_db) == before


def test_a_row_with_a_problem_refuses_the_import(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    file = tmp_path / "late.txt"
    file.write_text("Monday 2 October 2023\n10:00 Test day (60 min)\n", encoding="utf-8")
    before = database_dump(demo_db)

    status, _out, err = run(capsys, demo_db, "import", "schedule", str(file), *GT4_R6)

    assert status == 1
    assert "Line 2" in err and "outside the round's days" in err
    assert database_dump(demo_db) == before


def test_calendar_dry_run_json_lists_rounds_and_circuits(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    text = (SAMPLES / "gt4-calendar-2023-en.txt").read_text(encoding="utf-8")
    file = tmp_path / "calendar.txt"
    file.write_text(text + "October 20th-22nd - Atlantis\n", encoding="utf-8")
    before = database_dump(demo_db)

    status, out, _err = run(
        capsys,
        demo_db,
        *("import", "calendar", str(file), "--series", "GT4 Europe", "--season", "2023"),
        *("--dry-run", "--json"),
    )

    assert status == 0
    rounds = json.loads(out)["rounds"]
    assert [(item["number"], item["circuit"], item["action"]) for item in rounds[:2]] == [
        (1, "Autodromo Nazionale Monza", "unchanged"),
        (2, "Circuit Paul Ricard", "unchanged"),
    ]
    assert rounds[6]["place"] == "Atlantis"
    assert rounds[6]["circuit"] is None and rounds[6]["number"] == 7
    assert "pick a circuit" in rounds[6]["problem"]
    assert database_dump(demo_db) == before


def test_calendar_import_into_an_empty_season(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    run(capsys, db, "add", "series", "--name", "GT4 European Series", "--short-name", "GT4")
    run(capsys, db, "add", "season", "--series", "GT4", "--season", "2023")
    file = str(SAMPLES / "gt4-calendar-2023-en.txt")
    arguments = ("import", "calendar", file, "--series", "GT4", "--season", "2023")

    status, out, _err = run(capsys, db, *arguments)

    assert status == 0
    assert "6 rounds created" in out
    assert "Hockenheimring" in out
    status, out, _err = run(capsys, db, *arguments)
    assert "0 rounds created, 0 updated, 6 unchanged" in out


def test_a_timetable_pdf_is_imported_from_its_page_text(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    from timetable_pdfs import barcelona_timetable_pdf

    pdf = barcelona_timetable_pdf(tmp_path / "timetable.pdf")
    before = sessions_of(demo_db, "GT4 Europe", 2023, 6)

    status, out, err = run(capsys, demo_db, "import", "schedule", str(pdf), *GT4_R6, "--json")

    assert status == 0, err
    rows = {row["name"]: row["local_start"] for row in json.loads(out)["sessions"]}
    assert rows["Free Practice 1"] == "2023-09-29T10:35"
    assert rows["Qualifying 2"] == "2023-09-30T10:00"
    assert rows["Race 2"] == "2023-10-01T11:15"
    assert sessions_of(demo_db, "GT4 Europe", 2023, 6) != before


def test_a_file_that_is_not_a_readable_pdf_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    before = database_dump(demo_db)

    status, _out, err = run(capsys, demo_db, "import", "schedule", str(broken), *GT4_R6)

    assert status == 1
    assert "broken.pdf" in err and "PDF" in err
    assert database_dump(demo_db) == before


def test_skip_problems_imports_the_good_rows_and_lists_the_others(
    capsys: pytest.CaptureFixture[str], demo_db: Database, tmp_path: Path
) -> None:
    file = tmp_path / "late.txt"
    file.write_text(
        "Friday 29 September 2023\n10:00 Shakedown (30 min)\n"
        "Monday 2 October 2023\n10:00 Test day (60 min)\n",
        encoding="utf-8",
    )

    status, _out, err = run(
        capsys, demo_db, "import", "schedule", str(file), *GT4_R6, "--skip-problems"
    )

    assert status == 0
    assert "line 4: skipped" in err and "outside the round's days" in err
    names = [name for name, _start in sessions_of(demo_db, "GT4 Europe", 2023, 6)]
    assert "Shakedown" in names and "Test day" not in names


def test_calendar_skip_problems_creates_the_known_circuits_and_names_the_unknown(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    run(capsys, db, "add", "series", "--name", "GT4 European Series", "--short-name", "GT4")
    run(capsys, db, "add", "season", "--series", "GT4", "--season", "2024")
    file = tmp_path / "calendar.txt"
    file.write_text(
        "• 26–28 April Hockenheim\nAtlantis Raceway: 11/13 September\n", encoding="utf-8"
    )
    arguments = ("import", "calendar", str(file), "--series", "GT4", "--season", "2024")

    refused, _out, refused_err = run(capsys, db, *arguments)
    status, out, err = run(capsys, db, *arguments, "--skip-problems")

    assert refused == 1 and "Atlantis" in refused_err
    assert status == 0
    assert "line 2: skipped" in err and "Atlantis Raceway" in err
    assert "1 rounds created" in out or "1 round created" in out
