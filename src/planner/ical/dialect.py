"""Our own words in iCalendar files, shared by the feed writer and the importer.

* ``UID``: ``<stored UUID>@race-planner`` for sessions and weekends alike: the
  identifier is stored with the row, so it stays the same forever and differs
  between databases (two families' feeds in one calendar never collide).
* ``X-RACE-PLANNER-FACTS``: ASCII JSON of a session's facts (series, season,
  round, circuit key, session name, kind, drivers, broadcast, notes), so that
  importing our own file rebuilds the same sessions.
* ``X-RACE-PLANNER-WEEKEND``: on the all-day weekend events (the round
  number); the importer reads the round from it, not a session.
"""

from __future__ import annotations

UID_DOMAIN = "race-planner"

#: The track's zone of an event, written only where the standard properties lose
#: it (an all-day event, or one written in UTC because its local time happens
#: twice). Here, not with the feed's values (:mod:`planner.ical.events`), so that
#: the reader imports no more than it reads (that module: ~6 M instructions).
X_TRACK_TZID = "X-RACE-PLANNER-TZID"

#: Our own facts of a session: one X- property holding ASCII JSON (one short,
#: fast-to-fold line instead of a dozen).
X_FACTS = "X-RACE-PLANNER-FACTS"
#: Keys of that JSON object.
X_SERIES = "series"
X_SERIES_SHORT = "series_short"
X_SEASON = "season"
X_ROUND = "round"
X_ROUND_NAME = "round_name"
X_ROUND_DAYS = "round_days"
X_TRACK = "track"
X_SESSION = "session"
X_KIND = "kind"
X_DRIVERS = "drivers"  # full names, one a line, in stint order
X_BROADCAST = "broadcast"
X_NOTES = "notes"
X_STREAM = "stream"
#: The series' links, when it has them (a round trip keeps them).
X_SERIES_WEBSITE = "series_website"
X_SERIES_TIMING = "series_timing"
X_SERIES_STREAM = "series_stream"
#: The session's car, when the feed knows it (number, model, class, team).
X_CAR_NUMBER = "car_number"
X_CAR_MODEL = "car_model"
X_CAR_CLASS = "car_class"
X_CAR_TEAM = "car_team"
#: On the all-day weekend events: the round's own identifier.
X_ROUND_UID = "round_uid"
#: On the all-day weekend events (the round number); they carry the round's
#: facts too, so a round without sessions survives a round trip.
X_WEEKEND = "X-RACE-PLANNER-WEEKEND"


def event_uid(stored_uid: str) -> str:
    """The UID of a session's or a weekend's event from its stored UUID."""
    return f"{stored_uid}@{UID_DOMAIN}"
