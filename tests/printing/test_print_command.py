"""``planner print``: the command line over the same content and renderer."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_helpers import page_count, pdf_info, pdf_text

from planner.cli.main import main
from planner.db.database import Database


@pytest.fixture
def demo_path(demo_db: Database) -> str:
    """Where the ``demo_db`` fixture's copy lives: its file, or its URL on PostgreSQL."""
    return demo_db.location


def test_print_weekend_in_swedish_with_home_time(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hockenheim.pdf"
    status = main(
        [
            "--db",
            str(demo_path),
            "print",
            "weekend",
            "--series",
            "gt4 europe",
            "--season",
            "2023",
            "--round",
            "5",
            "--out",
            str(out),
            "--lang",
            "sv",
            "--home-tz",
            "America/New_York",
            "--paper",
            "letter",
        ]
    )
    assert status == 0
    assert str(out) in capsys.readouterr().out
    text = pdf_text(out)
    assert "Fredag 1 september" in text
    assert "12:10–13:10 06:10–07:10 Free Practice 1" in " ".join(text.split())
    assert pdf_info(out)["Page size"] == "612 x 792 pts (letter)"
    assert page_count(out) == 1


def test_print_weekend_notes_option_prints_markup_as_typed(demo_path: str, tmp_path: Path) -> None:
    out = tmp_path / "notes.pdf"
    args = ["--db", str(demo_path), "print", "weekend", "--series", "24H", "--season", "2022"]
    args += ["--round", "4", "--out", str(out), "--notes", "<b>bold</b> stays <b>"]
    assert main(args) == 0
    assert "<b>bold</b> stays <b>" in pdf_text(out)


def test_print_season_and_year(demo_path: str, tmp_path: Path) -> None:
    season = tmp_path / "season.pdf"
    year = tmp_path / "year.pdf"
    series = ["--series", "GT4 European Series", "--season", "2023"]
    assert main(["--db", str(demo_path), "print", "season", *series, "--out", str(season)]) == 0
    assert (
        main(["--db", str(demo_path), "print", "year", "--year", "2022", "--out", str(year)]) == 0
    )
    assert "GT4 European Series 2023" in pdf_text(season)
    assert "2022: Andreas and Jessica" in pdf_text(year)
    assert page_count(season) == page_count(year) == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--round", "9"], "has no round 9"),
        (["--round", "5", "--home-tz", "Mars/Olympus"], "not a time zone"),
    ],
)
def test_print_errors_are_clear_and_exit_1(
    demo_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "never.pdf"
    args = ["--db", str(demo_path), "print", "weekend", "--series", "GT4 Europe"]
    status = main([*args, "--season", "2023", *extra, "--out", str(out)])
    assert status == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_print_to_a_missing_folder_is_a_clear_error(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "folder" / "year.pdf"
    status = main(["--db", str(demo_path), "print", "year", "--year", "2023", "--out", str(out)])
    assert status == 1
    assert "Could not write the PDF" in capsys.readouterr().err


def test_print_year_without_seasons(
    demo_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "1999.pdf"
    status = main(["--db", str(demo_path), "print", "year", "--year", "1999", "--out", str(out)])
    assert status == 1
    assert "No season of 1999" in capsys.readouterr().err


def test_print_help_documents_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["print", "weekend", "--help"])
    help_text = capsys.readouterr().out
    for option in ("--series", "--season", "--round", "--out", "--paper", "--lang", "--home-tz"):
        assert option in help_text
    assert "--landscape" in help_text
