"""A voice through Qt TextToSpeech: the platform's engine where speech-dispatcher is not used
(Windows, macOS, an engine named in the environment, such as Qt's ``mock`` engine in tests)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from hamstring_desktop.audio.voice_choice import voice_locale
from hamstring_desktop.content.translation import SOURCE_LANGUAGE

_log = logging.getLogger(__name__)


class VoiceUnavailable(Exception):
    """No engine of that name, or it does not work."""

    def __init__(self, missing: bool) -> None:
        super().__init__("no such speech engine" if missing else "the speech engine is not working")
        self.missing = missing


class QtVoice(QObject):
    """Speaks queued sentences through a Qt TextToSpeech engine.

    Signals:
        failed(list[str]): never emitted (an engine that fails does so at once: VoiceUnavailable).
        no_voice_for(str): no installed voice speaks the app's language (its code).
    """

    failed = Signal(list)
    no_voice_for = Signal(str)

    def __init__(self, engine: str, language: str, parent: QObject | None = None) -> None:
        """Raises VoiceUnavailable. ``engine``: a plugin's name, or empty for the platform's."""
        super().__init__(parent)
        self._language = language
        available = QTextToSpeech.availableEngines()
        if (engine and engine not in available) or not available:
            raise VoiceUnavailable(missing=True)
        self._speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if self._speech.state() == QTextToSpeech.State.Error:
            raise VoiceUnavailable(missing=False)

    def start(self) -> None:
        """Choose the language's voice (once the signals are connected)."""
        if self._speech.state() == QTextToSpeech.State.Ready:
            self._speak_the_language()
        else:  # an engine that gets ready later
            self._speech.stateChanged.connect(self._state_changed)

    @property
    def engine(self) -> QTextToSpeech:
        """Qt's engine (for tests that look at its voice)."""
        return self._speech

    @property
    def speaking(self) -> bool:
        """Whether the voice is speaking now."""
        return self._speech.state() == QTextToSpeech.State.Speaking

    def set_volume(self, volume: float) -> None:
        """0.0 (silent) to 1.0 (full)."""
        self._speech.setVolume(volume)

    def enqueue(self, text: str) -> None:
        """Speak ``text`` after what is queued already."""
        self._speech.enqueue(text)

    def stop(self) -> None:
        """Stop speaking and drop what is queued."""
        self._speech.stop()

    def close(self) -> None:
        """Nothing more is said (the engine goes with this object)."""

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Ready:
            self._speech.stateChanged.disconnect(self._state_changed)
            self._speak_the_language()

    def _speak_the_language(self) -> None:
        """Switch the voice to the app's language, or say that none speaks it."""
        current = self._speech.locale()
        if current.language() == QLocale(self._language).language():
            return
        locale = voice_locale(self._speech.availableLocales(), self._language, current)
        if locale is not None:
            self._speech.setLocale(locale)
            _log.info("voice: %s (%s)", self._speech.voice().name(), locale.name())
        elif self._language != SOURCE_LANGUAGE:
            self.no_voice_for.emit(self._language)
