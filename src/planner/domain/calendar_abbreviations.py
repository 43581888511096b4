"""Short weekday and month names in the planner's two languages, fixed by us.

The schedule-text parser and the feed texts expect exactly these (CLDR's
Swedish ones carry dots and differ: "tors", "sep."). Apart from
:mod:`planner.domain.calendar_words`, whose whole names come from the locale
data, so that a feed export does not load the locale data.
"""

from __future__ import annotations

from planner.i18n import Language

WEEKDAYS_SHORT: dict[Language, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "sv": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
}
MONTHS_SHORT: dict[Language, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}
