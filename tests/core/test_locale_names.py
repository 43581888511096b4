from __future__ import annotations

from datetime import date

from babel import Locale

from planner.domain.calendar_words import format_day
from planner.domain.country_names import COUNTRY_NAMES
from planner.domain.locale_names import BABEL_LOCALES, country_name, month_names, weekday_names
from planner.i18n import set_language
from planner.services.views import TrackView


def test_country_names_come_from_the_locale_data() -> None:
    assert country_name("DE", "sv") == "Tyskland"
    assert country_name("de", "en") == "Germany"
    assert country_name("", "sv", "Germany") == "Germany"


def test_the_country_table_is_babels_in_both_languages() -> None:
    """``country_names`` is written from Babel: a new Babel must not be shadowed by it."""
    for language, locale in BABEL_LOCALES.items():
        territories = Locale.parse(locale).territories
        assert COUNTRY_NAMES[language] == {code: str(name) for code, name in territories.items()}
    assert country_name("xx", "en", "Nowhere") == "Nowhere"


def test_weekday_and_month_names_in_both_languages() -> None:
    assert weekday_names("sv")[4] == "fredag"
    assert month_names("en")[8] == "September"
    assert format_day(date(2023, 9, 1), "sv") == "fredag 1 september"


def test_a_track_names_its_country_in_the_message_language() -> None:
    track = TrackView(
        id=1, key="x", name="Hockenheimring", short_name="Hockenheim", aliases=(),
        town="Hockenheim", region="", country="Germany", country_code="DE",
        timezone="Europe/Berlin", length_m=None, corners=None, latitude=None,
        longitude=None, built_in=True,
    )  # fmt: skip
    set_language("sv")
    assert track.place == "Hockenheim, Tyskland"
    set_language("en")
    assert track.place == "Hockenheim, Germany"
