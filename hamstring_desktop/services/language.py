"""The language the app speaks: the one chosen in settings, or else the system's, if the app has
it. Its catalogues (the app's own, and Qt's for standard dialogs and buttons) are installed
before any widget is built; the content is then loaded in the same language.

A change takes effect at the next start: widgets take their words when they are built.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from hamstring_desktop.content.translation import SOURCE_LANGUAGE
from hamstring_desktop.resources import RESOURCE_ROOT  # importing it registers the app's resources
from hamstring_desktop.services.settings import LANGUAGE, LANGUAGES, SYSTEM_LANGUAGE, Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_log = logging.getLogger(__name__)

# Each language by its own name, as a menu of languages shows them. Every code here has a
# catalogue assets/translations/hamstring_desktop_<code>.qm. English, the source, has one for
# the plural forms only ("1 session", "2 sessions" for "%n session(s)").
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
APP_CATALOGUE = RESOURCE_ROOT + "translations/hamstring_desktop_{language}.qm"
# Qt's own catalogues: qtbase has the standard buttons, dialogs and key names.
QT_CATALOGUES = ("qtbase",)


def app_languages() -> tuple[str, ...]:
    """The languages the app can speak, the source language first."""
    return tuple(code for code in LANGUAGES if code != SYSTEM_LANGUAGE)


def system_languages() -> list[str]:
    """The user's languages in order of preference, as the system gives them (``de-DE``, ``de``)."""
    return QLocale.system().uiLanguages()


def resolve(choice: str, preferred: Iterable[str]) -> str:
    """The language to use: ``choice`` unless it is ``system``; then the first of the
    ``preferred`` languages (``de-AT``, ``de``, ``en-US``) the app has, else English."""
    if choice != SYSTEM_LANGUAGE:
        return choice
    available = app_languages()
    for name in preferred:
        code = name.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in available:
                return candidate
    return SOURCE_LANGUAGE


class LanguageCatalogues:
    """The translators installed for one language, until :meth:`remove`."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        self.language = language
        self.installed: list[str] = []
        self._app = app
        self._translators: list[QTranslator] = []
        self._default_locale = QLocale()
        self._install(app, APP_CATALOGUE.format(language=language), "")
        if language == SOURCE_LANGUAGE:
            return  # Qt's own texts are written in English
        from PySide6.QtCore import QLibraryInfo

        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_CATALOGUES:
            self._install(app, f"{name}_{language}", folder)

    def _install(self, app: QCoreApplication, name: str, folder: str) -> None:
        from PySide6.QtCore import QTranslator

        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            self._translators.append(translator)
            self.installed.append(name)
        else:
            where = folder or "the app's resources"
            _log.warning("no %s translation: %s was not found in %s", self.language, name, where)

    def remove(self) -> None:
        """Uninstall the translators and restore the default locale (the app's run is over)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators.clear()
        QLocale.setDefault(self._default_locale)


def install_language(app: QCoreApplication, settings: Settings) -> LanguageCatalogues:
    """Install the catalogues of the language the settings ask for (or the system's). When the
    system's locale speaks another language, dates and numbers follow the app's language too,
    in the system's region (English in Germany: 26.11.2025 and A4 paper); on a system with no
    locale (``C``), German brings German dates and numbers."""
    language = resolve(settings.get(LANGUAGE), system_languages())
    catalogues = LanguageCatalogues(app, language)
    system = QLocale.system()
    wanted = QLocale(language).language()
    if system.language() == QLocale.Language.C:
        # no locale set up (LANG=C): the source language keeps it; another takes its own region
        if language != SOURCE_LANGUAGE:
            QLocale.setDefault(QLocale(wanted))
    elif system.language() != wanted:
        QLocale.setDefault(QLocale(wanted, system.territory()))
    return catalogues
