"""Names from the locale data (CLDR, through Babel) for the Qt-free core.

Weekday, month and country names come from here rather than from word lists
we keep by hand; the GUI uses QLocale for the same.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from planner.i18n import Language

# The locales of the planner's two languages (British English dates: "Friday 1 September").
BABEL_LOCALES: dict[Language, str] = {"en": "en_GB", "sv": "sv_SE"}


@cache
def _locale(language: Language) -> Locale:
    return Locale.parse(BABEL_LOCALES[language])


def country_name(code: str, language: Language, fallback: str = "") -> str:
    """'Tyskland' for DE in Swedish; ``fallback`` where the code is unknown or empty."""
    if not code:
        return fallback
    return str(_locale(language).territories.get(code.upper(), fallback))


def weekday_names(language: Language) -> tuple[str, ...]:
    """Monday first, as ``date.weekday()`` counts."""
    names = _locale(language).days["format"]["wide"]
    return tuple(str(names[index]) for index in range(7))


def month_names(language: Language) -> tuple[str, ...]:
    """January first."""
    names = _locale(language).months["format"]["wide"]
    return tuple(str(names[number]) for number in range(1, 13))
