"""Qt-free translations for the core: error messages, feed texts, sheet texts.

The GUI uses Qt's own .ts/.qm pipeline; everything below the GUI (services,
iCal feeds, printed sheets, the command line) translates through here, so an
export can be written in a language other than the UI's.

Catalogues are plain dicts (English source text -> Swedish) in modules under
``planner.i18n.catalog_sv``, one module per part of the app; a test checks
that every ``tr("...")`` literal in the package has a Swedish entry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Literal

Language = Literal["en", "sv"]
LANGUAGES: tuple[Language, ...] = ("en", "sv")

_current: Language = "en"


def check_language(code: str) -> Language:
    code = code.strip().lower()[:2]
    if code == "sv":
        return "sv"
    if code == "en":
        return "en"
    from planner.domain.errors import ValidationError

    raise ValidationError(f"Unknown language “{code}”: choose en (English) or sv (Swedish).")


@cache
def _swedish_catalogue() -> dict[str, str]:
    import pkgutil

    from planner.i18n import catalog_sv

    merged: dict[str, str] = {}
    for module_info in pkgutil.iter_modules(catalog_sv.__path__):
        module = importlib.import_module(f"{catalog_sv.__name__}.{module_info.name}")
        merged.update(getattr(module, "MESSAGES", {}))
    return merged


def translate(text: str, language: Language) -> str:
    if language == "sv":
        return _swedish_catalogue().get(text, text)
    return text


def translate_part(part: str, text: str, language: Language) -> str:
    """:func:`translate` for a text whose Swedish is in one part of the catalogue
    (the module ``planner.i18n.catalog_sv.<part>``): only that part is read. A
    command that needs one text (``planner import ics``: the "Cancelled:" prefix)
    loaded all of the catalogue's modules for it before: ~20 M instructions of a
    20,000-event import (callgrind). ``tests/core/test_translations.py`` checks
    each such text against the whole catalogue."""
    if language != "sv":
        return text
    module = importlib.import_module(f"planner.i18n.catalog_sv.{part}")
    messages: dict[str, str] = module.MESSAGES
    return messages.get(text, text)


def translator(language: Language) -> Callable[[str], str]:
    """A ``tr`` bound to one language, for exports that are not in the UI's language."""

    def tr(text: str) -> str:
        return translate(text, language)

    return tr


def set_language(language: Language) -> None:
    """The language of messages shown to the user (errors, CLI output)."""
    global _current
    _current = language


def current_language() -> Language:
    return _current


def tr(text: str) -> str:
    """Translate into the current message language. Use ``.format()`` after, never before."""
    return translate(text, _current)
