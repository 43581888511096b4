"""What a saved feed selects: its choices (:class:`FeedSpec`) and storing them.

Pure values plus one unit of work per user action; nothing here builds an
event or writes a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.db import models
from planner.db.database import Database
from planner.db.feed_models import Feed
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import SessionKind
from planner.i18n import Language, check_language, tr
from planner.services import validation
from planner.services.feeds.choices import FeedSpec
from planner.services.lookup import find_driver, find_series, get_or_fail


@dataclass(frozen=True)
class FeedView:
    """A saved feed, detached. ``series``/``seasons``/``drivers``: (id, label) pairs."""

    id: int
    name: str
    language: Language
    alarm_minutes: int | None
    all_day_events: bool
    kinds: tuple[SessionKind, ...]
    only_broadcast: bool
    include_cancelled: bool
    file_name: str
    created_utc: datetime
    last_exported_utc: datetime | None
    series: tuple[tuple[int, str], ...] = ()
    seasons: tuple[tuple[int, str], ...] = ()
    drivers: tuple[tuple[int, str], ...] = ()

    @property
    def spec(self) -> FeedSpec:
        return FeedSpec(
            name=self.name,
            language=self.language,
            series_ids=frozenset(item for item, _ in self.series),
            season_ids=frozenset(item for item, _ in self.seasons),
            driver_ids=frozenset(item for item, _ in self.drivers),
            kinds=frozenset(self.kinds),
            alarm_minutes=self.alarm_minutes,
            all_day_events=self.all_day_events,
            only_broadcast=self.only_broadcast,
            include_cancelled=self.include_cancelled,
            file_name=self.file_name,
        )


def _feed_view(row: Feed) -> FeedView:
    return FeedView(
        id=row.id,
        name=row.name,
        language=check_language(row.language),
        alarm_minutes=row.alarm_minutes,
        all_day_events=row.all_day_events,
        kinds=tuple(SessionKind(kind) for kind in row.kinds.split(",") if kind),
        only_broadcast=row.only_broadcast,
        include_cancelled=row.include_cancelled,
        file_name=row.file_name,
        created_utc=row.created_utc.replace(tzinfo=UTC),
        last_exported_utc=(
            row.last_exported_utc.replace(tzinfo=UTC) if row.last_exported_utc else None
        ),
        series=tuple((series.id, series.name) for series in row.series),
        seasons=tuple((season.id, f"{season.series.name} {season.year}") for season in row.seasons),
        drivers=tuple((driver.id, driver.name) for driver in row.drivers),
    )


def default_file_name(name: str) -> str:
    from planner.services.circuit_library import slug

    return f"{slug(name) or 'feed'}.ics"


#: Longest file name we save (with ".ics"): file systems allow 255 bytes, and
#: cloud folders and web servers often fewer.
MAX_FILE_NAME = 120
#: Characters Windows, cloud folders or a web address would refuse or mangle.
_REFUSED_CHARACTERS = frozenset('/\\<>:"|?*')


def checked_file_name(file_name: str, feed_name: str = "") -> str:
    """The file name a feed is written under, or a clear error naming the bad name.

    Empty: made from the feed's name. ".ics" is added when missing. Refused:
    folders, control characters (a newline), characters other systems refuse,
    a name that is only an extension or dots, and names over
    :data:`MAX_FILE_NAME` characters.
    """
    chosen = file_name.strip() or default_file_name(feed_name)
    if any(ord(character) < 32 or ord(character) == 127 for character in chosen):
        raise ValidationError(
            tr("The file name {name} holds a line break or another control character.").format(
                name=repr(chosen)  # shows the line break as \n instead of breaking the message
            )
        )
    if any(character in _REFUSED_CHARACTERS for character in chosen):
        raise ValidationError(
            tr("“{name}” is not a file name: leave out folders and the characters {chars}.").format(
                name=chosen, chars='/ \\ < > : " | ? *'
            )
        )
    if not chosen.lower().endswith(".ics"):
        chosen += ".ics"
    stem = chosen[: -len(".ics")]
    if not stem.strip(". "):
        raise ValidationError(
            tr("“{name}” is not a file name: give the feed file a name before “.ics”.").format(
                name=chosen
            )
        )
    if stem.startswith(".") or chosen != chosen.strip():
        raise ValidationError(
            tr("“{name}” would be a hidden file: start the name with a letter or digit.").format(
                name=chosen
            )
        )
    if len(chosen) > MAX_FILE_NAME:
        raise ValidationError(
            tr("The file name “{name}…” is {length} characters long; at most {limit}.").format(
                name=chosen[:40], length=len(chosen), limit=MAX_FILE_NAME
            )
        )
    return chosen


def _checked_file_name(spec: FeedSpec) -> str:
    return checked_file_name(spec.file_name, spec.name)


def _fill_feed(orm: OrmSession, row: Feed, spec: FeedSpec) -> None:
    row.name = validation.required_text(spec.name, "feed name")
    row.language = check_language(spec.language)
    if spec.alarm_minutes is not None and spec.alarm_minutes < 0:
        raise ValidationError(tr("An alarm is given in minutes before the start (0 or more)."))
    row.alarm_minutes = validation.alarm_minutes(spec.alarm_minutes)
    row.all_day_events = spec.all_day_events
    row.kinds = ",".join(sorted(validation.session_kind(str(kind)).value for kind in spec.kinds))
    row.only_broadcast = spec.only_broadcast
    row.include_cancelled = spec.include_cancelled
    row.file_name = _checked_file_name(spec)
    row.series = [
        get_or_fail(orm, models.Series, item, "series") for item in sorted(spec.series_ids)
    ]
    row.seasons = [
        get_or_fail(orm, models.Season, item, "season") for item in sorted(spec.season_ids)
    ]
    row.drivers = [
        get_or_fail(orm, models.Driver, item, "driver") for item in sorted(spec.driver_ids)
    ]


def _refuse_taken(orm: OrmSession, spec: FeedSpec, except_id: int | None = None) -> None:
    file_name = _checked_file_name(spec)
    for other in orm.scalars(select(Feed)):
        if other.id == except_id:
            continue
        if other.name.casefold() == spec.name.strip().casefold():
            raise ValidationError(
                tr("There is already a feed called “{name}”.").format(name=other.name)
            )
        if other.file_name.casefold() == file_name.casefold():
            raise ValidationError(
                tr("The feed “{name}” already writes the file {file}.").format(
                    name=other.name, file=other.file_name
                )
            )


def create_feed(db: Database, spec: FeedSpec) -> FeedView:
    with db.unit_of_work() as orm:
        _refuse_taken(orm, spec)
        row = Feed(created_utc=datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        _fill_feed(orm, row, spec)
        orm.add(row)
        orm.flush()
        return _feed_view(row)


def edit_feed(db: Database, feed_id: int, spec: FeedSpec) -> FeedView:
    """Replace a feed's choices (its export history is kept: the next export lists changes)."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, Feed, feed_id, "feed")
        _refuse_taken(orm, spec, except_id=feed_id)
        _fill_feed(orm, row, spec)
        orm.flush()
        return _feed_view(row)


def delete_feed(db: Database, feed_id: int) -> FeedView:
    """Delete a feed; returns what it was (``create_feed(db, view.spec)`` brings it back)."""
    with db.unit_of_work() as orm:
        row = get_or_fail(orm, Feed, feed_id, "feed")
        view = _feed_view(row)
        orm.delete(row)
        return view


def list_feeds(db: Database) -> list[FeedView]:
    with db.unit_of_work() as orm:
        return [_feed_view(row) for row in orm.scalars(select(Feed).order_by(Feed.name))]


def get_feed(db: Database, feed_id: int) -> FeedView:
    with db.unit_of_work() as orm:
        return _feed_view(get_or_fail(orm, Feed, feed_id, "feed"))


def find_feed(db: Database, name: str) -> FeedView:
    with db.unit_of_work() as orm:
        wanted = name.strip().casefold()
        rows = list(orm.scalars(select(Feed).order_by(Feed.name)))
        for row in rows:
            if wanted in (row.name.casefold(), row.file_name.casefold()):
                return _feed_view(row)
        known = ", ".join(row.name for row in rows) or tr("none yet")
        raise NotFoundError(
            tr("There is no feed called “{name}”. Saved feeds: {known}.").format(
                name=name, known=known
            )
        )


def resolve_choice(
    db: Database,
    *,
    series: str | None = None,
    year: int | None = None,
    drivers: Sequence[str] = (),
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """(series ids, season ids, driver ids) for what a user types.

    ``series`` alone: that series; ``series`` and ``year``: that season;
    ``year`` alone: the seasons of that year of every series.
    """
    with db.unit_of_work() as orm:
        series_ids: set[int] = set()
        season_ids: set[int] = set()
        if series is not None:
            series_row = find_series(orm, series)
            if year is None:
                series_ids.add(series_row.id)
            else:
                season = orm.scalar(
                    select(models.Season).where(
                        models.Season.series_id == series_row.id, models.Season.year == year
                    )
                )
                if season is None:
                    raise NotFoundError(
                        tr("{series} has no season {year}.").format(
                            series=series_row.name, year=year
                        )
                    )
                season_ids.add(season.id)
        elif year is not None:
            season_ids.update(
                orm.scalars(select(models.Season.id).where(models.Season.year == year))
            )
            if not season_ids:
                raise NotFoundError(tr("No series has a season {year}.").format(year=year))
        driver_ids = {find_driver(orm, name).id for name in drivers if name.strip()}
        return frozenset(series_ids), frozenset(season_ids), frozenset(driver_ids)
