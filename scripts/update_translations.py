#!/usr/bin/env python3
"""Refresh the Qt translations of the GUI: extract, then compile.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # fail if a Swedish text is missing

``pyside6-lupdate`` reads every ``self.tr()`` / ``QCoreApplication.translate()``
in ``src/planner/gui`` and every text of the Qt Designer forms in ``ui/`` (their
context is the form's class name, as QUiLoader translates them) into
``resources/translations/race_planner_sv.ts`` and keeps the translations
already there (the .ts is the source, edited by people or Qt Linguist);
``pyside6-lrelease`` compiles it into the shipped ``race_planner_sv.qm`` (a
built file: never edit it by hand). English has a small
``race_planner_en.ts`` too, holding only the plural forms ("%n round(s)"
→ "1 round" / "6 rounds").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "planner" / "gui"
FORMS = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")  # English only for its plural forms (lupdate -pluralonly)


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def untranslated(ts_file: Path) -> list[str]:
    """Source texts still without a translation (obsolete entries are ignored)."""
    missing = []
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type", "")
        if kind in ("obsolete", "vanished"):
            continue
        numerus = translation.findall("numerusform")
        texts = [form.text for form in numerus] if numerus else [translation.text]
        if kind == "unfinished" or not all(texts):
            source = message.findtext("source") or ""
            missing.append(source)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check completeness")
    args = parser.parse_args()
    sources = sorted(str(path) for path in [*SOURCES.rglob("*.py"), *FORMS.glob("*.ui")])
    status = 0
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"race_planner_{language}.ts"
        qm_file = ts_file.with_suffix(".qm")
        if not args.check:
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            target = {"sv": "sv_SE", "en": "en_GB"}[language]
            plural_only = ["-pluralonly"] if language == "en" else []
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *plural_only,
                    "-source-language",
                    "en",
                    "-target-language",
                    target,
                    *sources,
                    "-ts",
                    str(ts_file),
                ],
                check=True,
            )
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                check=True,
            )
        missing = untranslated(ts_file)
        if missing:
            status = 1
            print(f"{ts_file.name}: {len(missing)} text(s) without a translation:")
            for text in missing:
                print(f"  {text!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
