"""Rows -> events: a feed's sessions and weekends as :class:`~planner.ical.FeedEvent` values.

Pure apart from the :class:`ExportCache` it fills: an event is cached on
everything it is made of, so an unchanged session costs one dict lookup.

* ``UID``: the session's (or the round's) stored UUID ``@race-planner``:
  the same forever, whatever is inserted, renumbered or renamed around it,
  and different in every database.
* ``SEQUENCE`` is ``revision - 1``; the revision rises with every real
  change (time, length, status, title, kind; for a weekend: its number,
  name, days, status or circuit), so it never decreases.
  ``DTSTAMP``/``LAST-MODIFIED`` are the stored change time: an untouched
  event is byte-identical in every export.
* A session whose length was never published has no DTEND (RFC 5545 forbids
  DTEND equal to DTSTART) and says "Length not published". Nothing is guessed.
* Cancelled sessions stay (STATUS:CANCELLED, "Cancelled:" in the summary);
  a cancelled round cancels its sessions, a postponed one makes them tentative.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from operator import itemgetter

from planner.domain.kinds import RoundStatus
from planner.domain.zone_table import zone_table
from planner.i18n import Language, translator
from planner.ical import EventStatus, FeedCalendar, FeedEvent, RenderedEvent, cancelled_summary
from planner.ical.dialect import X_FACTS, X_ROUND_NAME, X_ROUND_UID, X_WEEKEND, event_uid
from planner.ical.text import FoldedStart, escape_plain
from planner.ical.writer import (
    LineCache,
    line_start,
    place_lines,
    render_timed_event,
    rendered_event,
    stamp_lines,
)
from planner.services.feeds.cache import ExportCache
from planner.services.feeds.choices import FeedSpec
from planner.services.feeds.describe import (
    STATUS_OF,
    Options,
    crew_suffix,
    days_show_plain,
    description_pieces,
    escaped_description,
    escaped_facts,
    escaped_piece,
    escaped_time_labels,
    escaped_times,
    round_facts,
    round_parts,
    session_facts,
    session_members,
    shown_times,
    shows_plain,
    status_of,
    times_in_period,
)
from planner.services.feeds.rows import SESSION_FIELDS, RoundFacts, Row, Selection, SessionHead
from planner.services.stored_values import as_date, as_datetime

REFRESH_INTERVAL = timedelta(hours=2)

#: One session's event: (uid, event, UTC start, revision, kind, length in minutes).
SessionEvent = tuple[str, FeedEvent, datetime, int, str, int | None]


def compose_sessions(
    selection: Selection, options: Options, cache: ExportCache
) -> list[SessionEvent]:
    """Every session's event, round by round (in no particular order); each cached on
    everything it is made of (when the cache remembers)."""
    built: dict[tuple[object, ...], tuple[FeedEvent, datetime]] | None = None
    if cache.remember:
        built = cache.events.get(options)
        if built is None:
            built = cache.events[options] = {}
    events: list[SessionEvent] = []
    for rows in _by_round(selection.rows):
        _round_events(rows, selection, options, cache, built, events, None)
    return events


#: A session's VEVENT rendered as it was built: (UTC POSIX start, stored UID, VEVENT).
RenderedSession = tuple[float, str, RenderedEvent]


class _Rendering:
    """What :func:`render_sessions` keeps while it renders: the writer's line cache, the
    VEVENTs so far, the DTSTAMP/LAST-MODIFIED lines of each stored change time
    (sessions of a round mostly share one: looked up as stored, not as a datetime),
    the JSON facts' members escaped, and per track zone whether its times are shown without escaping
    (:func:`shows_plain`, and so are the home zone's and the language's days)."""

    __slots__ = ("fact_members", "lines", "plain_home", "plain_zones", "rendered", "stamp_lines")

    def __init__(self, lines: LineCache, options: Options) -> None:
        self.lines = lines
        self.rendered: list[RenderedSession] = []
        self.stamp_lines: dict[object, bytes] = {}
        self.plain_home = days_show_plain(options.language) and (
            options.home_zone is None or shows_plain(options.home_zone)
        )
        self.plain_zones: dict[str, bool] = {}
        #: The members of the sessions' JSON facts, escaped as TEXT (:func:`session_members`).
        self.fact_members: dict[object, str] = {}


def render_sessions(
    selection: Selection, options: Options, cache: ExportCache, lines: LineCache
) -> list[RenderedEvent]:
    """Every session's VEVENT in the calendar's order, rendered as it is built: what
    :func:`render_calendar` writes for :func:`compose_sessions`' events, without making
    them (a one-off export keeps no event; ``lines`` is the writer's line cache)."""
    rendering = _Rendering(lines, options)
    for rows in _by_round(selection.rows):
        _round_events(rows, selection, options, cache, None, [], rendering)
    rendered = rendering.rendered
    # By start, then UID, as compose_calendar sorts (UIDs differ: the VEVENTs are never
    # compared). The starts are floats: the sort compares them in C, a third of the time
    # of comparing (start, UID) keys.
    rendered.sort()
    return list(map(_VEVENT, rendered))  # in C: a comprehension ran a bytecode loop


_VEVENT = itemgetter(2)  # a RenderedSession's VEVENT


def _by_round(rows: list[Row]) -> Iterable[list[Row]]:
    by_round: dict[int, list[Row]] = {}
    for row in rows:
        found = by_round.get(row.round_id)
        if found is None:
            by_round[row.round_id] = [row]
        else:
            found.append(row)
    return by_round.values()


def _round_events(
    rows: list[Row],
    selection: Selection,
    options: Options,
    cache: ExportCache,
    built: dict[tuple[object, ...], tuple[FeedEvent, datetime]] | None,
    events: list[SessionEvent],
    render: _Rendering | None,
) -> None:
    """The events of the sessions ``rows`` of one round, appended to ``events``; or with
    ``render``, each session's VEVENT rendered and appended to ``render.rendered``
    instead.

    What the sessions of a round share (heading, place, location, GEO, categories,
    links, the head of the JSON facts) is looked up once here (:func:`round_parts`),
    a start comes from its local day (:meth:`PeriodMemo.wall_start`), the
    description's lines around the times from pieces joined once per distinct value:
    what is left per session is its own times, title and a few joins."""
    first = rows[0]
    token = selection.round_tokens[first.round_id]
    language = options.language
    alarm_minutes = options.alarm_minutes
    parts = round_parts(first, token, language, cache)
    place, location, geo = parts.place, parts.location, parts.geo
    default_url, categories, series_label = parts.default_url, parts.categories, parts.series_label
    keys, drivers_of, cars_of = selection.keys, selection.drivers, selection.cars
    results_of, stamps, texts = selection.results, cache.stamps, cache.texts
    wall_start = cache.periods.wall_start
    round_status = first.round_status
    # A rendered session's LOCATION to TRANSP lines, per (URL, kind, status): all the
    # rest of them is the round's.
    places: dict[tuple[str | None, str, str], bytes] = {}
    heads: dict[tuple[object, ...], FoldedStart] = {}
    tails: dict[tuple[object, ...], str] = {}
    facts_line: FoldedStart | None = None  # the X- facts line's start, the round's
    round_name_member = ""  # the facts' round name member, escaped (with facts_line)
    if render is not None:
        # What every rendered session of the round reads, as locals: an attribute of
        # a plain object is a dictionary lookup each time (~20 a session, ~2 % of the
        # export).
        lines, line_starts, rendered = render.lines, cache.line_starts, render.rendered
        plain_zones, stamped_lines = render.plain_zones, render.stamp_lines
        fact_members, plain_home = render.fact_members, render.plain_home
        time_labels = escaped_time_labels(language, options.home_zone)
    for row in rows:
        # A session's own fields as locals: reading a NamedTuple's field is a descriptor
        # call, and a session's event reads them some twenty times.
        head: SessionHead = row[:SESSION_FIELDS]  # type: ignore[assignment]
        (
            session_id, uid, kind, name, start_wall, zone_name, is_dst, minutes,
            session_status, broadcast, stream_url, notes, revision, changed_utc,
        ) = head  # fmt: skip
        drivers = drivers_of.get(session_id, ())
        car = cars_of.get(session_id)
        if built is not None:
            key = (keys[session_id], drivers, car)
            found = built.get(key)
            if found is not None:
                events.append((uid, found[0], found[1], revision, kind, minutes))
                continue
        plain = wall_start(zone_name, start_wall)
        if plain is None:
            dst = None if is_dst is None else bool(is_dst)
            instant = zone_table(zone_name).utc_instant(as_datetime(start_wall), dst)
            end_instant = instant + minutes * 60 if minutes else None
            times = shown_times(zone_name, instant, end_instant, options, cache)
        else:
            instant, period = plain
            end_instant = instant + minutes * 60 if minutes else None
            times = times_in_period(period, zone_name, instant, end_instant, options, cache)
        status = STATUS_OF.get((session_status, round_status)) or status_of(row)
        if drivers:
            suffix = texts.get(drivers)
            if suffix is None:
                suffix = texts[drivers] = crew_suffix(drivers)
            title = f"{place} · {name}{suffix}"
        else:
            title = f"{place} · {name}"
        if status == "CANCELLED":
            title = cancelled_summary(title, language)
        results = results_of.get(session_id, ())
        local_clock = times.local_clock
        url = stream_url or default_url
        if render is not None and local_clock is not None:
            if results:
                text_start, text_rest = escaped_description(
                    description_pieces(
                        row, drivers, car, times, status, bool(minutes), options, parts, results,
                        cache,
                    ),
                    cache,
                )  # fmt: skip
                described = _line_start("DESCRIPTION", text_start, line_starts)
            else:
                # The description's lines before and after the times (escaped, the
                # former as its line's folded start) per what makes them within a round.
                head_key = (drivers, car)
                tail_key = (status, bool(minutes), broadcast, stream_url, notes)
                found_head = heads.get(head_key)
                tail = tails.get(tail_key)
                if found_head is None or tail is None:
                    head_text, _times, tail_text = description_pieces(
                        row, drivers, car, times, status, bool(minutes), options, parts, (),
                        cache,
                    )  # fmt: skip
                    start_text = escaped_piece(head_text, cache)
                    found_head = heads[head_key] = _line_start(
                        "DESCRIPTION", start_text, line_starts
                    )
                    tail = tails[tail_key] = escaped_piece(tail_text, cache)
                described = found_head
                plain_times = plain_zones.get(zone_name)
                if plain_times is None:
                    plain_times = plain_zones[zone_name] = plain_home and shows_plain(zone_name)
                text_rest = escaped_times(times, options, plain_times, time_labels) + tail
            if facts_line is None:
                facts_head = escaped_piece(parts.facts_head, cache)
                facts_line = _line_start(X_FACTS, facts_head, line_starts)
                round_name_member = escaped_piece(parts.facts_round_name, cache)
            stamped = stamped_lines.get(changed_utc)
            if stamped is None:
                stamped = stamped_lines[changed_utc] = stamp_lines(
                    lines, stamps.get(changed_utc) or _stamp(changed_utc, cache)
                )
            place_key = (url, kind, status)
            place_block = places.get(place_key)
            if place_block is None:
                place_block = places[place_key] = place_lines(
                    lines,
                    location,
                    geo,
                    url,
                    categories.get(kind) or (series_label, kind),
                    status,
                )
            rendered.append(
                (
                    instant,  # a float (wall_start's and utc_instant's)
                    uid,
                    render_timed_event(
                        lines,
                        event_uid(uid),
                        max(revision - 1, 0),
                        stamped,
                        zone_name,
                        local_clock,
                        title,
                        (described, text_rest),
                        place_block,
                        status,
                        (
                            (
                                facts_line,
                                session_members(
                                    (name, kind, broadcast, notes, stream_url),
                                    drivers,
                                    car,
                                    round_name_member,
                                    fact_members,
                                    escape_plain,
                                ),
                            ),
                        ),
                        alarm_minutes,
                    ),
                )
            )
            continue
        pieces = description_pieces(
            row, drivers, car, times, status, bool(minutes), options, parts, results, cache
        )
        text_start, text_rest = escaped_description(pieces, cache)
        own_facts = session_facts(row, drivers, car, parts, cache)
        facts_start, facts_rest = escaped_facts(parts, own_facts, cache)
        stamp = stamps.get(changed_utc) or _stamp(changed_utc, cache)
        start = datetime.fromtimestamp(instant, UTC)
        end = start + timedelta(minutes=minutes) if minutes else None
        event = FeedEvent.trusted(
            (
                event_uid(uid),
                max(revision - 1, 0),  # sequence
                stamp,  # dtstamp
                stamp,  # last_modified
                title,  # summary
                start,
                end,
                zone_name,  # tzid
                "".join(pieces),  # description
                location,
                geo,
                url,
                categories.get(kind) or (series_label, kind),
                status,
                alarm_minutes,  # alarm_minutes_before
                False,  # all_day
                None,  # busy
                ((X_FACTS, parts.facts_head + own_facts),),  # x_props
                local_clock,
                (text_start + text_rest, facts_start + facts_rest),  # escaped
            )
        )
        if render is not None:  # written in UTC (an ambiguous wall time): as the writer does
            render.rendered.append((instant, uid, rendered_event(event, render.lines)))
            continue
        if built is not None:
            built[key] = (event, start)
        events.append((uid, event, start, revision, kind, minutes))


def _line_start(name: str, escaped: str, starts: dict[tuple[str, str], FoldedStart]) -> FoldedStart:
    """:func:`line_start`, memoised in ``starts`` (a round's sessions begin alike)."""
    found = starts.get((name, escaped))
    if found is None:
        found = starts[name, escaped] = line_start(name, escaped)
    return found


def _stamp(value: object, cache: ExportCache) -> datetime:
    found = cache.stamps.get(value)
    if found is None:
        found = cache.stamps[value] = as_datetime(value).replace(tzinfo=UTC)
    return found


def weekend_event(facts: RoundFacts, language: Language, cache: ExportCache) -> FeedEvent:
    """The all-day event of a round (with or without sessions), under its own UUID."""
    tr = translator(language)
    stamp = _stamp(facts.round_changed_utc, cache)
    status: EventStatus = "CONFIRMED"
    if facts.round_status == RoundStatus.CANCELLED:
        status = "CANCELLED"
    elif facts.round_status == RoundStatus.POSTPONED:
        status = "TENTATIVE"
    title = facts.round_name or facts.track_short_name or facts.track_name
    text = f"{facts.series_short_name or facts.series_name} · {title}"
    if status == "CANCELLED":
        text = cancelled_summary(text, language)
    heading = (
        f"{facts.series_name} {facts.year} - "
        + tr("Round {number}").format(number=facts.round_number)
        + f" - {facts.round_name or facts.track_name}"
    )
    place = [facts.track_name]
    place.extend(part for part in (facts.track_town, facts.track_country) if part not in place)
    return FeedEvent(
        uid=event_uid(facts.round_uid),
        sequence=max(facts.round_revision - 1, 0),
        dtstamp=stamp,
        last_modified=stamp,
        summary=text,
        start=as_date(facts.first_day),
        end=as_date(facts.last_day) + timedelta(days=1),
        tzid=facts.track_zone,
        description=heading,
        location=", ".join(part for part in place if part),
        geo=(
            (facts.latitude, facts.longitude)
            if facts.latitude is not None and facts.longitude is not None
            else None
        ),
        categories=(facts.series_short_name or facts.series_name, tr("Race weekend")),
        status=status,
        all_day=True,
        x_props=(
            (X_WEEKEND, str(facts.round_number)),
            (
                X_FACTS,
                json.dumps(
                    {
                        **round_facts(facts),
                        X_ROUND_NAME: facts.round_name,
                        X_ROUND_UID: facts.round_uid,
                    }
                ),
            ),
        ),
    )


def compose_calendar(
    selection: Selection,
    spec: FeedSpec,
    options: Options,
    cache: ExportCache,
) -> tuple[FeedCalendar, tuple[SessionEvent, ...]]:
    """The whole calendar of a feed and, per session, what the change record keeps."""
    session_events = compose_sessions(selection, options, cache)
    session_events.sort(key=itemgetter(2, 0))
    calendar = calendar_of(selection, spec, options, cache, [item[1] for item in session_events])
    return calendar, tuple(session_events)


def calendar_of(
    selection: Selection,
    spec: FeedSpec,
    options: Options,
    cache: ExportCache,
    events: list[FeedEvent],
) -> FeedCalendar:
    """The calendar of a feed with the session events ``events`` (none: rendered apart,
    :func:`render_sessions`) and its weekend events before them."""
    if spec.all_day_events:
        # Every round of the feed's seasons with its dates, sessions or not.
        weekends = sorted(
            selection.rounds, key=lambda facts: (as_date(facts.first_day), facts.round_id)
        )
        events = [weekend_event(facts, options.language, cache) for facts in weekends] + events
    tr = translator(options.language)
    return FeedCalendar(
        name=spec.name,
        events=tuple(events),
        description=tr(
            "Race Planner: {name}. Times are in each track's time zone; "
            "Google refreshes subscribed calendars only every 8–24 hours."
        ).format(name=spec.name),
        refresh_interval=REFRESH_INTERVAL,
        language=options.language,
        timezone=options.home_zone,
    )
