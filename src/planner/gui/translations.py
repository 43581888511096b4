"""The UI language: our .qm, Qt's own qtbase catalogue, the locale and core messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.paths import resource_path

LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
}


# The translators installed in the application. Module-wide on purpose: Qt keeps
# only a pointer, so they must live as long as they are installed, whichever
# Translations object installed them.
_INSTALLED: list[QTranslator] = []


class Translations:
    """Installs and swaps translators at run time; widgets get a LanguageChange event."""

    def __init__(self) -> None:
        self.language = "en"

    @property
    def _installed(self) -> list[QTranslator]:
        return _INSTALLED

    def switch(self, language: str) -> bool:
        """Use ``language`` ("en" or "sv"); False if our catalogue could not be loaded."""
        from planner.i18n import check_language, set_language

        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        language = check_language(language)
        self.language = language
        QLocale.setDefault(LOCALES[language])
        set_language(language)
        # English needs a catalogue too, for its plural forms ("1 round", "6 rounds").
        loaded = True
        ours = QTranslator()
        if ours.load(str(resource_path("translations", f"race_planner_{language}.qm"))):
            self._installed.append(ours)
        else:
            loaded = language == "en"  # English still reads, with "round(s)"
        if language == "en":
            for translator in self._installed:
                QCoreApplication.installTranslator(translator)
            return loaded
        qt_own = QTranslator()
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_path):
            self._installed.append(qt_own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        return loaded


def remove_translators() -> None:
    """Uninstall and drop every translator (at exit, before the application goes)."""
    for translator in _INSTALLED:
        QCoreApplication.removeTranslator(translator)
    _INSTALLED.clear()
