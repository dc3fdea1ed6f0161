"""The app's language: the setting or the system's, its catalogues (the app's own and Qt's) installed
and removed again, and every language the settings offer has a catalogue in the resources."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hamstring_desktop.history.session_log import History
from hamstring_desktop.resources import resources_in
from hamstring_desktop.services.language import (
    LANGUAGE_NAMES,
    LanguageCatalogues,
    app_languages,
    install_language,
    resolve,
)
from hamstring_desktop.services.settings import LANGUAGE, LANGUAGES, Settings
from hamstring_desktop.session.plan import Leg
from hamstring_desktop.words.legs import leg_label
from hamstring_desktop.words.numbers import decimal


@pytest.fixture
def german(qapp: QApplication) -> Iterator[LanguageCatalogues]:
    catalogues = LanguageCatalogues(qapp, "de")
    yield catalogues
    catalogues.remove()


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", ["de-DE", "de", "en-US"], "de"),
        ("system", ["de-AT"], "de"),
        ("system", ["fr-FR", "de-CH"], "de"),
        ("system", ["fr-FR", "fr"], "en"),
        ("system", ["C"], "en"),
        ("system", [], "en"),
        ("en", ["de-DE"], "en"),
        ("de", ["en-GB"], "de"),
    ],
)
def test_the_language_is_the_chosen_one_or_the_systems(choice: str, system: list[str], expected: str) -> None:
    assert resolve(choice, system) == expected


def test_every_language_offered_has_a_name_and_a_catalogue() -> None:
    assert app_languages() == tuple(LANGUAGE_NAMES) == ("en", "de")
    assert set(LANGUAGES) == {"system", *LANGUAGE_NAMES}
    shipped = {
        name.removeprefix("translations/hamstring_desktop_").removesuffix(".qm")
        for name in resources_in("translations", "*.qm")
    }
    assert shipped == set(LANGUAGE_NAMES)  # English: its plural forms


def test_german_catalogues_translate_the_app_and_qts_own_words(german: LanguageCatalogues) -> None:
    assert german.installed == [":/translations/hamstring_desktop_de.qm", "qtbase_de"]
    assert leg_label(Leg.LEFT) == "LINKES BEIN"
    assert History.tr("%n unfinished session(s) marked as interrupted.", None, 1).startswith(
        "1 nicht abgeschlossene Einheit "
    )
    assert History.tr("%n unfinished session(s) marked as interrupted.", None, 3).startswith(
        "3 nicht abgeschlossene Einheiten "
    )
    # Qt's own: standard buttons and key names
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"
    assert QKeySequence("Space").toString(QKeySequence.SequenceFormat.NativeText) == "Leertaste"


def test_removed_catalogues_leave_english(qapp: QApplication) -> None:
    catalogues = LanguageCatalogues(qapp, "de")
    assert leg_label(Leg.RIGHT) == "RECHTES BEIN"
    catalogues.remove()
    assert leg_label(Leg.RIGHT) == "RIGHT LEG"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_installs_only_its_plural_forms(qapp: QApplication) -> None:
    """English is the source: its catalogue turns "%n session(s)" into "1 session" and
    "2 sessions"; Qt's own catalogues are not needed."""
    catalogues = LanguageCatalogues(qapp, "en")
    assert catalogues.installed == [":/translations/hamstring_desktop_en.qm"]
    catalogues.remove()
    assert History.tr("%n unfinished session(s) marked as interrupted.", None, 1) == (
        "1 unfinished session marked as interrupted."
    )
    assert History.tr("%n unfinished session(s) marked as interrupted.", None, 2) == (
        "2 unfinished sessions marked as interrupted."
    )


def test_the_setting_decides_and_a_missing_catalogue_is_logged(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "de")
    catalogues = install_language(qapp, settings)
    try:
        assert catalogues.language == "de"
        assert leg_label(Leg.BOTH) == "BEIDE BEINE"
    finally:
        catalogues.remove()
    with caplog.at_level(logging.WARNING):
        missing = LanguageCatalogues(qapp, "xx")
    missing.remove()
    assert missing.installed == []
    assert "no xx translation: :/translations/hamstring_desktop_xx.qm was not found" in caplog.text


def test_a_language_other_than_the_systems_brings_its_dates_and_numbers(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """English chosen on a German system: dates and numbers in English, in the German region."""
    before = QLocale()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "en")
    catalogues = install_language(qapp, settings)
    try:
        assert QLocale().language() == QLocale.Language.English
        assert QLocale().territory() == QLocale.Country.Germany
    finally:
        catalogues.remove()
    assert QLocale() == before


def test_german_on_a_system_with_no_locale_brings_german_dates_and_numbers(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LANG=C and German chosen: "26. Nov." and "6,0", not "Nov 26" and "6.0" beside German words."""
    before = QLocale()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    settings = Settings(tmp_path / "settings.ini")
    settings.set(LANGUAGE, "de")
    catalogues = install_language(qapp, settings)
    try:
        assert QLocale().language() == QLocale.Language.German
        assert decimal(6.0) == "6,0"
    finally:
        catalogues.remove()
    assert QLocale() == before
    settings.set(LANGUAGE, "en")
    catalogues = install_language(qapp, settings)
    try:
        assert QLocale() == before, "English on a C system keeps the C locale"
    finally:
        catalogues.remove()
