"""The built-in demo seasons, built through the real services from the facts
published by two Swedish drivers (Andreas and Jessica Bäckman).

Where a fact is missing (a team, an end time, who drove which qualifying)
it stays empty rather than invented.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.db.database import Database
from planner.domain.kinds import SessionKind
from planner.domain.results import ResultStatus
from planner.services import catalog, points, results, rounds, sessions, tracks
from planner.services.lookup import find_round, find_track
from planner.services.sessions import NewSession

HOME_ZONE = "Europe/Stockholm"


def _track_id(db: Database, name: str) -> int:
    with db.unit_of_work() as orm:
        return find_track(orm, name).id


def build_demo(db: Database) -> None:
    """Fill an empty database with the demo seasons (and the circuit library)."""
    tracks.install_circuit_library(db)

    andreas = catalog.add_driver(db, "Andreas Bäckman", nationality="SWE", followed=True)
    jessica = catalog.add_driver(db, "Jessica Bäckman", nationality="SWE", followed=True)
    oliver = catalog.add_driver(db, "Oliver Söderström")
    emil = catalog.add_driver(db, "Emil Sällberg")
    marcus = catalog.add_driver(db, "Marcus Fluch")

    lestrup = catalog.add_team(db, "Lestrup Racing Team")
    roja = catalog.add_team(db, "ROJA Motorsport")

    _gt4_european_series_2023(db, andreas.id, jessica.id)
    _hankook_12h_hockenheim_2022(db, lestrup.id, (andreas.id, oliver.id, emil.id, marcus.id))
    _stcc_2022(db, lestrup.id, andreas.id)
    _tcr_germany_2022(db, roja.id, jessica.id)
    _published_results(db)


def _gt4_european_series_2023(db: Database, andreas_id: int, jessica_id: int) -> None:
    series = catalog.add_series(
        db, "GT4 European Series", short_name="GT4 Europe", colour="#1565c0"
    )
    season = catalog.add_season(db, series.id, 2023)
    calendar = [
        (1, "Monza", date(2023, 4, 22), date(2023, 4, 23)),
        (2, "Paul Ricard", date(2023, 6, 2), date(2023, 6, 4)),
        (3, "Spa", date(2023, 6, 29), date(2023, 7, 2)),
        (4, "Misano", date(2023, 7, 14), date(2023, 7, 16)),
        (5, "Hockenheim", date(2023, 9, 1), date(2023, 9, 3)),
        (6, "Barcelona", date(2023, 9, 29), date(2023, 10, 1)),
    ]
    round_ids = {}
    for number, place, first_day, last_day in calendar:
        created = rounds.add_round(
            db,
            season.id,
            number=number,
            track_id=_track_id(db, place),
            first_day=first_day,
            last_day=last_day,
        )
        round_ids[number] = created.id

    car = catalog.add_car(db, model="Aston Martin AMR Vantage GT4", car_class="GT4")
    catalog.add_entry(db, season_id=season.id, car_id=car.id, driver_ids=[andreas_id, jessica_id])

    change = "Driver change in the middle of the race"
    weekend = sessions.add_sessions(
        db,
        round_ids[5],
        [
            NewSession(
                "Free Practice 1",
                SessionKind.PRACTICE,
                datetime(2023, 9, 1, 12, 10),
                60,
                broadcast="Live timing",
            ),
            NewSession(
                "Free Practice 2",
                SessionKind.PRACTICE,
                datetime(2023, 9, 1, 17, 0),
                60,
                broadcast="Live timing",
            ),
            NewSession(
                "Qualifying 1",
                SessionKind.QUALIFYING,
                datetime(2023, 9, 2, 11, 10),
                20,
                broadcast="LIVE TV",
            ),
            NewSession(
                "Qualifying 2",
                SessionKind.QUALIFYING,
                datetime(2023, 9, 2, 11, 30),
                20,
                broadcast="LIVE TV",
            ),
            NewSession(
                "Race 1",
                SessionKind.RACE,
                datetime(2023, 9, 2, 16, 55),
                60,
                broadcast="LIVE TV",
                notes=change,
            ),
            NewSession(
                "Race 2",
                SessionKind.RACE,
                datetime(2023, 9, 3, 11, 35),
                60,
                broadcast="LIVE TV",
                notes=change,
            ),
        ],
    )
    siblings = [jessica_id, andreas_id]
    for session in weekend:
        # Who drove which qualifying is not published: those stay empty.
        if session.kind != SessionKind.QUALIFYING:
            sessions.set_session_drivers(db, session.id, siblings)


def _hankook_12h_hockenheim_2022(
    db: Database, team_id: int, crew: tuple[int, int, int, int]
) -> None:
    series = catalog.add_series(
        db,
        "24H Series",
        short_name="24H",
        colour="#c62828",
        website="https://www.24hseries.com",
        live_timing_url="https://livetiming.getraceresults.com/24hseries",
    )
    season = catalog.add_season(db, series.id, 2022, notes="Seven endurance races.")
    hockenheim = rounds.add_round(
        db,
        season.id,
        number=4,
        name="Hankook 12h Hockenheimring",
        track_id=_track_id(db, "Hockenheim"),
        first_day=date(2022, 5, 13),
        last_day=date(2022, 5, 15),
        notes="TCR class: eight cars. Results of #120: free practice 3rd, qualifying 1st "
        "(class pole), race 3rd (TCR and TCE).",
    )
    car = catalog.add_car(
        db, model="Audi RS 3 LMS TCR", number="120", car_class="TCR", team_id=team_id
    )
    catalog.add_entry(
        db, season_id=season.id, round_id=hockenheim.id, car_id=car.id, driver_ids=list(crew)
    )
    stream = "Live on the 24H Series YouTube channel"
    sessions.add_sessions(
        db,
        hockenheim.id,
        [
            NewSession(
                "Free Practice",
                SessionKind.PRACTICE,
                datetime(2022, 5, 13, 16, 20),
                None,
                broadcast="Live timing",
            ),
            NewSession(
                "Qualifying",
                SessionKind.QUALIFYING,
                datetime(2022, 5, 13, 19, 5),
                None,
                broadcast="Live timing",
            ),
            NewSession(
                "Race – Part 1",
                SessionKind.RACE,
                datetime(2022, 5, 14, 13, 55),
                360,
                broadcast=f"{stream}; live timing",
                notes="12-hour race, first 6 hours",
            ),
            NewSession(
                "Race – Part 2",
                SessionKind.RACE,
                datetime(2022, 5, 15, 14, 5),
                360,
                broadcast=f"{stream}; live timing",
                notes="12-hour race, last 6 hours",
            ),
        ],
    )


def _stcc_2022(db: Database, team_id: int, andreas_id: int) -> None:
    series = catalog.add_series(
        db, "Scandinavian Touring Car Championship", short_name="STCC", colour="#f9a825"
    )
    season = catalog.add_season(db, series.id, 2022)
    rounds.add_round(
        db,
        season.id,
        number=1,
        name="Season opener",
        track_id=_track_id(db, "Ljungbyhed"),
        first_day=date(2022, 6, 3),
        last_day=date(2022, 6, 4),
    )
    car = catalog.add_car(db, model="Audi RS 3 LMS TCR", car_class="TCR", team_id=team_id)
    catalog.add_entry(db, season_id=season.id, car_id=car.id, driver_ids=[andreas_id])


def _tcr_germany_2022(db: Database, team_id: int, jessica_id: int) -> None:
    series = catalog.add_series(db, "ADAC TCR Germany", short_name="TCR Germany", colour="#2e7d32")
    season = catalog.add_season(
        db,
        series.id,
        2022,
        notes="Seven rounds. The next round is at the Red Bull Ring about a month after the "
        "opener; the finale is at the Hockenheimring at the end of October (dates not yet "
        "entered).",
    )
    rounds.add_round(
        db,
        season.id,
        number=1,
        name="Season opener",
        track_id=_track_id(db, "Oschersleben"),
        first_day=date(2022, 4, 22),
        last_day=date(2022, 4, 24),
    )
    car = catalog.add_car(db, model="Hyundai Veloster N TCR", car_class="TCR", team_id=team_id)
    catalog.add_entry(db, season_id=season.id, car_id=car.id, driver_ids=[jessica_id])


def _published_results(db: Database) -> None:
    """The points system of each demo season (from the library) and the published results.

    Only the Hankook 12h Hockenheimring has published results: #120 was 3rd of
    the TCR class in free practice, 1st in qualifying (class pole) and 3rd in
    the race (TCR and TCE). The race ran in two parts; its result is the finish,
    at the end of part 2.
    """
    for season in catalog.list_seasons(db):
        scale = points.library_scale(season.series_name)
        if scale is not None:
            points.set_points_system(db, season.id, scale)
    with db.unit_of_work() as orm:
        hockenheim = find_round(orm, "24H Series", 2022, 4)
        entry_id = results.entry_of_car(orm, hockenheim, "120").id
        session_ids = {session.name: session.id for session in hockenheim.sessions}
    classified = ResultStatus.CLASSIFIED
    results.set_results(
        db,
        [
            results.ResultChange(
                session_ids["Free Practice"],
                entry_id,
                results.ResultValues(status=classified, class_position=3),
            ),
            results.ResultChange(
                session_ids["Qualifying"],
                entry_id,
                results.ResultValues(status=classified, class_position=1, pole=True),
            ),
            results.ResultChange(
                session_ids["Race – Part 2"],
                entry_id,
                results.ResultValues(
                    status=classified,
                    class_position=3,
                    notes="3rd in the TCR and TCE classes; lost 20 minutes in the pits for repairs",
                ),
            ),
        ],
    )
