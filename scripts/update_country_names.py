#!/usr/bin/env python3
"""Write ``src/planner/domain/country_names.py``: CLDR's country names, through Babel.

    python scripts/update_country_names.py

The first screen names each round's country ("Tyskland" in Swedish). Asking
Babel for them at run time loads its whole locale data, which imports
``babel.dates`` and looks up the machine's time zone: ~60 ms of every start
for a table that only changes when Babel does. The table is written here
instead, and ``tests/core/test_locale_names.py`` fails when it is no longer
what the installed Babel gives (then run this script again).
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

from planner.domain.locale_names import BABEL_LOCALES

TARGET = Path(__file__).resolve().parent.parent / "src" / "planner" / "domain" / "country_names.py"


def babel_country_names() -> dict[str, dict[str, str]]:
    """Every territory code Babel names, by planner language (as ``country_name`` reads it)."""
    return {
        language: {code: str(name) for code, name in Locale.parse(locale).territories.items()}
        for language, locale in BABEL_LOCALES.items()
    }


def _literal(text: str) -> str:
    """A double-quoted Python string, as ruff formats it (JSON's escapes are Python's)."""
    return json.dumps(text, ensure_ascii=False)


def module_text(names: dict[str, dict[str, str]]) -> str:
    lines = [
        '"""Country and region names in the planner\'s languages: CLDR\'s, as Babel gives them.',
        "",
        "Written by ``scripts/update_country_names.py`` (do not edit by hand); a test checks",
        "that they are still the installed Babel's. Read by ``locale_names.country_name``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from planner.i18n import Language",
        "",
        "COUNTRY_NAMES: dict[Language, dict[str, str]] = {",
    ]
    for language, table in names.items():
        lines.append(f"    {_literal(language)}: {{")
        lines.extend(
            f"        {_literal(code)}: {_literal(name)}," for code, name in sorted(table.items())
        )
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    TARGET.write_text(module_text(babel_country_names()), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
