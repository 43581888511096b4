"""Country names in English and Swedish, to the English name the circuit library uses."""

from __future__ import annotations

from planner.importing.text_tools import collapse_spaces, fold

# English name -> other ways to write it (Swedish first).
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "Argentina": (),
    "Australia": ("Australien",),
    "Austria": ("Österrike",),
    "Azerbaijan": ("Azerbajdzjan",),
    "Bahrain": (),
    "Belgium": ("Belgien",),
    "Brazil": ("Brasilien",),
    "Canada": ("Kanada",),
    "China": ("Kina",),
    "Croatia": ("Kroatien",),
    "Czech Republic": ("Tjeckien", "Czechia"),
    "Denmark": ("Danmark",),
    "Estonia": ("Estland",),
    "Finland": (),
    "France": ("Frankrike",),
    "Germany": ("Tyskland",),
    "Greece": ("Grekland",),
    "Hungary": ("Ungern",),
    "India": ("Indien",),
    "Indonesia": ("Indonesien",),
    "Ireland": ("Irland",),
    "Italy": ("Italien",),
    "Japan": (),
    "Latvia": ("Lettland",),
    "Lithuania": ("Litauen",),
    "Malaysia": (),
    "Mexico": ("Mexiko",),
    "Monaco": (),
    "Morocco": ("Marocko",),
    "Netherlands": ("Nederländerna", "Holland", "The Netherlands"),
    "New Zealand": ("Nya Zeeland",),
    "Norway": ("Norge",),
    "Poland": ("Polen",),
    "Portugal": (),
    "Qatar": (),
    "Romania": ("Rumänien",),
    "Saudi Arabia": ("Saudiarabien",),
    "Singapore": (),
    "Slovakia": ("Slovakien",),
    "Slovenia": ("Slovenien",),
    "South Africa": ("Sydafrika",),
    "South Korea": ("Sydkorea", "Korea"),
    "Spain": ("Spanien",),
    "Sweden": ("Sverige",),
    "Switzerland": ("Schweiz",),
    "Thailand": (),
    "Turkey": ("Turkiet", "Türkiye"),
    "United Arab Emirates": ("Förenade Arabemiraten", "UAE", "Arabemiraten"),
    "United Kingdom": (
        "Storbritannien",
        "UK",
        "Great Britain",
        "Britain",
        "England",
        "Scotland",
        "Wales",
    ),
    "United States": ("USA", "United States of America", "US"),
}

_ENGLISH_BY_FOLDED: dict[str, str] = {
    fold(name): english for english, others in _OTHER_NAMES.items() for name in (english, *others)
}


def english_country_name(name: str) -> str | None:
    """The English name for a country written in English or Swedish, any case; None if unknown."""
    return _ENGLISH_BY_FOLDED.get(fold(collapse_spaces(name.strip(" .()"))))
