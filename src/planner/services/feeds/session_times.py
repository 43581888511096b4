"""A session's times as its event shows them, worked out once per offset period.

Every session event needs the same three answers about its start and end:
the local DTSTART/DTEND digits (:func:`~planner.ical.zone_clock.local_times`),
the track time's text and the home time's text (:func:`.describe.span_text`,
:func:`.describe.same_clock`). Asked one by one they bisect the zone tables
four to six times per session. Nearly every session starts and ends within
one offset period of its zone (no change of the clocks, no wall time shown
twice): :class:`PeriodMemo` keeps what such a period means (offset,
abbreviation, how far it reaches) per (zone, period), so one bisect per zone
answers all three. Anything near a change of the clocks gets the general
functions' answer; tests compare both ways around every change.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from planner.ical.zone_clock import ambiguity

_FOREVER = float("inf")


class Period(NamedTuple):
    """One offset period of a zone: from one change of the clocks to the next."""

    offset: int  # UTC offset in seconds
    name: str  # abbreviation (CET)
    plain_from: float  # from here on no wall time of the period is also shown before it
    plain_until: float  # nor from here on after it (a fall-back), nor a new offset
    next_change: float  # POSIX second of the next change of the clocks (inf: none)


class ShownTimes(NamedTuple):
    """What a session's event shows of its times."""

    local_clock: tuple[str, str | None] | None  # DTSTART/DTEND digits; None: written in UTC
    track_time: str  # "Sat 1 Feb 2020 08:17-09:00 CET"
    home_time: str | None  # the same in the home zone (None: no home zone)


class PeriodMemo:
    """Offset periods per (zone, index), filled as met; owned by an :class:`ExportCache`."""

    def __init__(self) -> None:
        self._periods: dict[tuple[str, int], Period] = {}

    def __len__(self) -> int:
        return len(self._periods)

    def clear(self) -> None:
        self._periods.clear()

    def period(self, zone_name: str, instant: float) -> Period:
        """The offset period of ``zone_name`` at POSIX second ``instant``."""
        table = ambiguity(zone_name)
        index = bisect_right(table.starts, instant) - 1
        found = self._periods.get((zone_name, index))
        if found is None:
            following = index + 1
            next_change = table.starts[following] if following < len(table.starts) else _FOREVER
            found = self._periods[zone_name, index] = Period(
                table.offsets[index], table.names[index], *table.plain_span(index), next_change
            )
        return found
