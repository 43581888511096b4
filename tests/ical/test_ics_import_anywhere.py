"""Importing calendars from anywhere (issue 13): places, series, seasons, zones, bytes, races,
vanished events, and a re-import into another series."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from planner.db import models
from planner.db.database import Database
from planner.services import ics_import, queries


def _event(uid: str, summary: str, start: str, end: str, *extra: str) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20240101T000000Z",
        f"SUMMARY:{summary}",
        f"DTSTART{start}",
        f"DTEND{end}",
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


def _calendar(*events: str, header: tuple[str, ...] = ()) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Some Series//EN", *header]
    return ("\r\n".join(head) + "\r\n" + "".join(events) + "END:VCALENDAR\r\n").encode()


MUGELLO = "LOCATION:Mugello Circuit - Scarperia"


def _sessions(db: Database) -> dict[str, tuple[str, int, str, str]]:
    """Session name -> (series, season year, circuit, kind)."""
    return {
        item.session.name: (
            item.round.series_name,
            item.round.year,
            item.round.track.name,
            item.session.kind,
        )
        for item in queries.scheduled_sessions(db)
    }


def test_circuit_town_places_and_summaries_name_circuit_series_and_session(
    db: Database,
) -> None:
    data = _calendar(
        _event("a1", "Italian GT – Round 3 – Gara 1", ":20240601T120000Z", ":20240601T124500Z",
               MUGELLO),
        _event("a2", "Italian GT – Round 3 – Qualifiche", ":20240601T090000Z",
               ":20240601T093000Z", "LOCATION:Autodromo (Mugello)\\, Italy"),
    )  # fmt: skip
    report = ics_import.import_ics(db, data, source_name="it.ics")
    assert len(report.added) == 2 and not report.warnings
    assert _sessions(db) == {
        "Gara 1": ("Italian GT", 2024, "Autodromo Internazionale del Mugello", "race"),
        "Qualifiche": ("Italian GT", 2024, "Autodromo Internazionale del Mugello", "qualifying"),
    }


def test_categories_and_calendar_name_give_the_series_and_dates_the_season(
    db: Database,
) -> None:
    data = _calendar(
        _event("b1", "Gran Premio d'Italia", ":20240602T120000Z", ":20240602T140000Z",
               MUGELLO, "CATEGORIES:Motorsport,Super Trofeo"),
        _event("b2", "Monaco GP", ":20230528T130000Z", ":20230528T150000Z",
               "LOCATION:Hockenheimring"),
        header=("X-WR-CALNAME:Sprint Cup 2024",),
    )  # fmt: skip
    ics_import.import_ics(db, data, source_name="c.ics")
    found = _sessions(db)
    assert found["Gran Premio d'Italia"][:2] == ("Super Trofeo", 2024)
    assert found["Gran Premio d'Italia"][3] == "race"
    # The calendar's name without its year; the season from the event's own date.
    assert found["Monaco GP"][:2] == ("Sprint Cup", 2023)
    assert found["Monaco GP"][3] == "race"


def test_a_season_unlike_the_dates_warns(db: Database) -> None:
    data = _calendar(
        _event("c1", "Race", ":20230601T120000Z", ":20230601T130000Z", "LOCATION:Hockenheimring")
    )
    report = ics_import.import_ics(db, data, source_name="c.ics", series="Cup", year=2024)
    assert any("--season 2024" in warning and "2023" in warning for warning in report.warnings)
    assert _sessions(db)["Race"][:2] == ("Cup", 2024)  # the user's choice is kept


def test_the_users_zone_wins_over_x_wr_timezone_which_counts_otherwise(db: Database) -> None:
    def data(uid: str) -> bytes:
        return _calendar(
            _event(uid, "Race", ":20240907T140000", ":20240907T150000",
                   "LOCATION:Hockenheimring"),
            header=("X-WR-TIMEZONE:America/New_York",),
        )  # fmt: skip

    ics_import.import_ics(db, data("z1"), source_name="z.ics", series="Cup")
    ics_import.import_ics(
        db, data("z2"), source_name="z.ics", series="Other", floating_zone="Europe/Berlin"
    )
    starts = {
        item.round.series_name: item.session.start_wall for item in queries.scheduled_sessions(db)
    }
    assert starts["Cup"] == datetime(2024, 9, 7, 20, 0)  # 14:00 New York at Hockenheim
    assert starts["Other"] == datetime(2024, 9, 7, 14, 0)  # 14:00 as the user said


def test_a_file_not_in_utf8_is_read_as_windows_1252_with_a_warning(db: Database) -> None:
    text = _calendar(
        _event("d1", "Söderström – Round 1 – Race", ":20240601T120000Z", ":20240601T130000Z",
               "LOCATION:Hockenheimring"),
    ).decode()  # fmt: skip
    report = ics_import.import_ics(db, text.encode("cp1252"), source_name="old.ics")
    assert any("not UTF-8" in warning and "old.ics" in warning for warning in report.warnings)
    assert _sessions(db)["Race"][0] == "Söderström"


def test_vanished_events_are_reported_and_cancelled_when_asked(db: Database) -> None:
    both = _calendar(
        _event("e1", "Race 1", ":20240601T120000Z", ":20240601T130000Z", MUGELLO),
        _event("e2", "Race 2", ":20240602T120000Z", ":20240602T130000Z", MUGELLO),
    )
    one = _calendar(_event("e1", "Race 1", ":20240601T120000Z", ":20240601T130000Z", MUGELLO))
    ics_import.import_ics(db, both, source_name="f.ics", series="Cup")
    report = ics_import.import_ics(db, one, source_name="f.ics", series="Cup")
    assert len(report.vanished) == 1 and "Race 2" in report.vanished[0]
    assert {item.session.status for item in queries.scheduled_sessions(db)} == {"scheduled"}
    cancelled = ics_import.import_ics(
        db, one, source_name="f.ics", series="Cup", cancel_vanished=True
    )
    assert cancelled.vanished == report.vanished
    status = {item.session.name: item.session.status for item in queries.scheduled_sessions(db)}
    assert status == {"Race 1": "scheduled", "Race 2": "cancelled"}
    again = ics_import.import_ics(db, one, source_name="f.ics", series="Cup")
    assert again.vanished == ()  # cancelled ones are not reported again


def test_reimporting_into_another_series_creates_no_empty_series(db: Database) -> None:
    data = _calendar(_event("g1", "Race", ":20240601T120000Z", ":20240601T130000Z", MUGELLO))
    ics_import.import_ics(db, data, source_name="g.ics", series="Cup")
    report = ics_import.import_ics(db, data, source_name="g.ics", series="Other Cup")
    assert len(report.unchanged) == 1 and not report.rounds_added
    assert any("Cup" in warning for warning in report.warnings)
    with db.unit_of_work() as orm:
        names = set(orm.scalars(select(models.Series.name)))
        seasons = orm.scalar(select(func.count()).select_from(models.Season))
    assert names == {"Cup"} and seasons == 1
