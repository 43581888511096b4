"""A time zone named in words, as press releases name it ("svensk tid")."""

from __future__ import annotations

from babel.dates import get_timezone_name

from planner.i18n import Language

# Home zones that releases name after the country rather than the region.
_COUNTRY_TIME: dict[str, dict[Language, str]] = {
    "Europe/Stockholm": {"en": "Swedish time", "sv": "svensk tid"},
    "Europe/Oslo": {"en": "Norwegian time", "sv": "norsk tid"},
    "Europe/Copenhagen": {"en": "Danish time", "sv": "dansk tid"},
    "Europe/Helsinki": {"en": "Finnish time", "sv": "finsk tid"},
    "Europe/London": {"en": "UK time", "sv": "brittisk tid"},
    "UTC": {"en": "UTC", "sv": "UTC"},
}


def zone_in_words(zone_name: str, language: Language) -> str:
    """The zone in words: "Europe/Stockholm" -> "Swedish time" / "svensk tid"; "Europe/Berlin" ->
    "Central European time" / "centraleuropeisk tid" (CLDR's generic name)."""
    known = _COUNTRY_TIME.get(zone_name)
    if known is not None:
        return known[language]
    name = get_timezone_name(zone_name, width="long", zone_variant="generic", locale=language)
    if language == "en" and name.endswith(" Time"):
        name = name[: -len(" Time")] + " time"
    return name


def all_times_note(zone_name: str, language: Language) -> str:
    words = zone_in_words(zone_name, language)
    if language == "sv":
        return f"alla tidsangivelser avser {words}"
    return f"all times are {words}"
