"""Names from the locale data (CLDR, through Babel) for the Qt-free core.

Weekday, month and country names come from here rather than from word lists
we keep by hand; the GUI uses QLocale for the same. Country names are read
from a table written from Babel (``country_names``, checked against Babel by a
test): the first screen names countries, and Babel's own lookup loads its whole
locale data, ``babel.dates`` and the machine's time zone first (~60 ms a start).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from planner.domain.country_names import COUNTRY_NAMES
from planner.i18n import Language

if TYPE_CHECKING:
    from babel import Locale

# The locales of the planner's two languages (British English dates: "Friday 1 September").
BABEL_LOCALES: dict[Language, str] = {"en": "en_GB", "sv": "sv_SE"}


@cache
def _locale(language: Language) -> Locale:
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[language])


def country_name(code: str, language: Language, fallback: str = "") -> str:
    """'Tyskland' for DE in Swedish; ``fallback`` where the code is unknown or empty."""
    if not code:
        return fallback
    return COUNTRY_NAMES[language].get(code.upper(), fallback)


def weekday_names(language: Language) -> tuple[str, ...]:
    """Monday first, as ``date.weekday()`` counts."""
    names = _locale(language).days["format"]["wide"]
    return tuple(str(names[index]) for index in range(7))


def month_names(language: Language) -> tuple[str, ...]:
    """January first."""
    names = _locale(language).months["format"]["wide"]
    return tuple(str(names[number]) for number in range(1, 13))
