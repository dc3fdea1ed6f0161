"""Which voice speaks the prompts, and what the player is told when there is none.

On Linux the voice talks to speech-dispatcher in its own protocol (ssip_voice.py): the server the
user chose in ``SPEECHD_ADDRESS``, else the app's own (speech_server.py), then the system's.
Elsewhere, or with an engine named in ``HAMSTRING_DESKTOP_TTS_ENGINE`` (Qt's ``mock`` in tests),
it is Qt TextToSpeech (qt_voice.py, loaded only then).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, SignalInstance

from hamstring_desktop.audio.speech_server import SpeechServer
from hamstring_desktop.audio.speechd_reach import Route
from hamstring_desktop.audio.ssip import speechd_address
from hamstring_desktop.audio.ssip_voice import SsipVoice
from hamstring_desktop.paths import system_speechd_socket
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.errors import first_line

_log = logging.getLogger(__name__)

Voices = TranslationContext("Voices")

ENV_TTS_ENGINE = "HAMSTRING_DESKTOP_TTS_ENGINE"  # e.g. "mock" in tests; default: the platform's
ENV_SPEECHD_ADDRESS = "SPEECHD_ADDRESS"  # read by speech-dispatcher's client library too


class Voice(Protocol):
    """Where prompts are spoken: speech-dispatcher's own protocol (ssip_voice.py) or a Qt
    TextToSpeech engine (qt_voice.py)."""

    failed: SignalInstance
    no_voice_for: SignalInstance

    @property
    def speaking(self) -> bool: ...

    def start(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def enqueue(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...

    def deleteLater(self) -> None: ...


@dataclass(frozen=True)
class VoiceChoice:
    """A voice (not yet started), or why there is none (``notice``, for the player)."""

    voice: Voice | None
    notice: str = ""
    chosen_address: bool = False  # the voice's server is the one SPEECHD_ADDRESS names


def choose_voice(language: str, speech_server: SpeechServer | None, parent: QObject) -> VoiceChoice:
    """The voice for this platform and environment (see the module's docstring)."""
    engine = os.environ.get(ENV_TTS_ENGINE, "")
    if engine not in ("", "speechd") or not sys.platform.startswith("linux"):
        return _qt_voice(engine, language, parent)
    chosen = os.environ.get(ENV_SPEECHD_ADDRESS, "").strip()
    address = speechd_address(chosen, system_speechd_socket()) if chosen else None
    if chosen and address is None:
        _log.warning("no voice: %s=%s is not a speech-dispatcher address", ENV_SPEECHD_ADDRESS, chosen)
        message = Voices.tr(
            "No voice: SPEECHD_ADDRESS (%s) is not an address speech-dispatcher uses: "
            "unix_socket:PATH or inet_socket:HOST:PORT. Prompts are shown, not spoken."
        )
        return VoiceChoice(None, message % chosen)
    routes = [Route(address)] if address is not None else speechd_routes(speech_server)
    if not routes:  # (Qt's engine here is speech-dispatcher's too: it would fare no better)
        _log.warning("no voice: speech-dispatcher is not installed")
        message = Voices.tr("No voice: speech-dispatcher is not installed. Prompts are shown, not spoken.")
        return VoiceChoice(None, message)
    return VoiceChoice(SsipVoice(routes, language, parent), chosen_address=address is not None)


def speechd_routes(speech_server: SpeechServer | None) -> list[Route]:
    """Where to reach speech-dispatcher when the user did not choose a server: the app's own,
    then the system's. Empty: it is not installed."""
    program = shutil.which("speech-dispatcher")
    routes = []
    if speech_server is not None:
        command = speech_server.command()
        if command is not None:
            routes.append(Route(speech_server.socket_address, tuple(command)))
    system = system_speechd_socket()
    if program is not None:  # started the way its client library starts it
        spawn = (program, "--spawn", "--communication-method", "unix_socket", "--socket-path", str(system))
        routes.append(Route(f"unix_socket:{system}", spawn))
    elif system.exists():
        routes.append(Route(f"unix_socket:{system}"))
    return routes


def _qt_voice(engine: str, language: str, parent: QObject) -> VoiceChoice:
    """A Qt TextToSpeech engine (``engine``, or the platform's), or why there is none."""
    try:
        from hamstring_desktop.audio.qt_voice import QtVoice, VoiceUnavailable
    except ImportError as error:
        _log.warning("no voice: the speech engine could not be loaded: %s", error)
        message = Voices.tr(
            "No voice: the speech engine could not be loaded (%s). Prompts are shown, not spoken."
        )
        return VoiceChoice(None, message % first_line(error))
    try:
        return VoiceChoice(QtVoice(engine, language, parent))
    except VoiceUnavailable as error:
        if error.missing:
            return VoiceChoice(None, Voices.tr("No speech engine found: prompts are shown, not spoken."))
        return VoiceChoice(
            None, Voices.tr("The speech engine is not working: prompts are shown, not spoken.")
        )


def unreachable_notice(addresses: list[str], chosen_address: bool) -> str:
    """What the player is told when no speech-dispatcher answers (where it was looked for)."""
    place = ", ".join(address.removeprefix("unix_socket:") for address in addresses)
    if chosen_address:
        message = Voices.tr(
            "No voice: speech-dispatcher does not answer at %s, the address in SPEECHD_ADDRESS. "
            "Prompts are shown, not spoken."
        )
    else:
        message = Voices.tr(
            "No voice: speech-dispatcher does not answer at %s. Prompts are shown, not spoken."
        )
    return message % place


def no_language_voice_notice(language_code: str) -> str:
    """What the player is told when no installed voice speaks the app's language."""
    _log.warning("no voice speaks %s; the default voice is used", language_code)
    message = Voices.tr("No voice for %s is installed: prompts are spoken with the default voice.")
    return message % QLocale(language_code).nativeLanguageName()
