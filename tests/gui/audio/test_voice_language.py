"""The voice speaks the app's language: German prompts, and a voice of the language where one is
installed (through Qt's mock speech engine, which has English, Norwegian and Finnish voices only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hamstring_desktop.audio.cue_player import CuePlayer
from hamstring_desktop.audio.qt_voice import QtVoice
from hamstring_desktop.audio.voice_choice import voice_locale
from hamstring_desktop.audio.voices import ENV_TTS_ENGINE
from hamstring_desktop.content import Library, load_library
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.engine import SessionEngine
from hamstring_desktop.session.plan import plan_session

LOCALES = [QLocale("en_US"), QLocale("de_AT"), QLocale("de_DE"), QLocale("fi_FI")]


@pytest.fixture
def mock_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_TTS_ENGINE, "mock")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    catalogues = LanguageCatalogues(qapp, "de")
    yield
    catalogues.remove()


def test_a_voice_of_the_language_is_chosen_in_the_languages_own_region() -> None:
    chosen = voice_locale(LOCALES, "de", QLocale("en_US"))
    assert chosen is not None and chosen.name() == "de_DE"


def test_the_voice_is_kept_when_it_speaks_the_language_already() -> None:
    assert voice_locale(LOCALES, "de", QLocale("de_AT")) is None


def test_english_keeps_the_engines_default_voice_the_user_may_have_chosen() -> None:
    assert voice_locale(LOCALES, "en", QLocale.c()) is None
    chosen = voice_locale(LOCALES, "en", QLocale("fi_FI"))
    assert chosen is not None and chosen.name() == "en_US"


def test_no_voice_for_the_language_keeps_the_current_one() -> None:
    assert voice_locale([QLocale("en_GB")], "de", QLocale("en_GB")) is None


def test_the_player_switches_the_engine_to_the_languages_voice(
    qtbot: QtBot, settings: Settings, library: Library, mock_engine: None
) -> None:
    """The mock engine speaks Finnish among others: asked for Finnish, the voice is Finnish."""
    player = CuePlayer(settings, library.guide, language="fi")
    assert player.has_speech
    speech = player._speech
    assert isinstance(speech, QtVoice)
    assert speech.engine.locale().language() == QLocale.Language.Finnish
    assert player.notices_so_far() == []


def test_without_a_german_voice_the_user_is_told_once(
    qtbot: QtBot, settings: Settings, asset_texts: dict[str, str], mock_engine: None, german: None
) -> None:
    library = load_library(asset_texts, "de")
    player = CuePlayer(settings, library.guide, language="de")
    assert player.notices_so_far() == [
        "Keine Stimme für Deutsch installiert: Die Ansagen kommen mit der Standardstimme."
    ]


def test_german_prompts(
    qtbot: QtBot, settings: Settings, asset_texts: dict[str, str], mock_engine: None, german: None
) -> None:
    library = load_library(asset_texts, "de")
    player = CuePlayer(settings, library.guide, language="de")
    spoken: list[str] = []
    player.spoken.connect(spoken.append)
    engine = SessionEngine(plan_session(library.routine("pre-workout"), library))
    events = engine.start(0.0)
    while (wake := engine.next_wakeup()) is not None and wake <= 125.0:
        events += engine.advance(wake)
    player.play(events)
    assert spoken[0] == "Mach dich bereit. Zuerst: Rollen mit der Faszienrolle, beide Beine."
    assert spoken[1].startswith("Rollen mit der Faszienrolle, beide Beine. Beide Beine auf der Rolle.")
    assert "Noch zehn Sekunden." in spoken
    assert "Als Nächstes: Rollen mit der Faszienrolle, linkes Bein." in spoken
    assert "Beinwechsel: rechtes Bein." in spoken
