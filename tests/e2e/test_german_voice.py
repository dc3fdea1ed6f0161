"""End to end: in German, the voice is espeak-ng's German voice, picked through the app's own
speech-dispatcher, and it is heard in the PulseAudio null sink."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent

from hamstring_desktop.audio.cue_player import CuePlayer
from hamstring_desktop.audio.speech_server import SpeechServer
from hamstring_desktop.audio.ssip_voice import SsipVoice
from hamstring_desktop.content import load_library
from hamstring_desktop.paths import SYSTEM_SPEECHD_CONFIG_DIRS, user_speechd_config_dir
from hamstring_desktop.services.settings import Settings
from tests.helpers.pulse import pulse_daemon, read_samples, recording
from tests.helpers.spoken_prompts import WINDOW, classify
from tests.helpers.system import require_programs

pytestmark = pytest.mark.e2e


def test_german_prompts_are_spoken_by_a_german_voice(
    qtbot: QtBot, tmp_path: Path, asset_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    require_programs("speech-dispatcher", "espeak-ng")
    socket = Path("/tmp") / f"hamstring-test-{os.getpid()}" / "speechd.sock"
    # Under the test's HOME, so that the tests' clean-up ends this server with the test.
    folder = tmp_path / "home" / "cache" / "speech-dispatcher"
    server = SpeechServer(folder, socket, SYSTEM_SPEECHD_CONFIG_DIRS, user_speechd_config_dir())
    library = load_library(asset_texts, "de")
    try:
        with pulse_daemon(tmp_path / "pulse") as pulse:
            monkeypatch.setenv("PULSE_SERVER", pulse.server)
            monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)  # no server chosen by the user
            with recording(pulse, tmp_path / "voice.raw") as raw:
                player = CuePlayer(
                    Settings(tmp_path / "settings.ini"), library.guide, speech_server=server, language="de"
                )
                speech = player._speech
                assert isinstance(speech, SsipVoice), player.notices_so_far()
                qtbot.waitUntil(lambda: speech.language == "de", timeout=10_000)
                assert speech.address == server.socket_address
                assert player.notices_so_far() == []
                speech.enqueue(library.guide.pain_advice)  # "Hör jetzt auf. Wenn der Schmerz …"
                started = time.monotonic()
                qtbot.waitUntil(lambda: player.speaking, timeout=10_000)
                qtbot.waitUntil(lambda: not player.speaking, timeout=20_000)
                spoke_for = time.monotonic() - started
                time.sleep(0.5)
            player.stop_all()
            player.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # disconnects
    finally:
        shutil.rmtree(socket.parent, ignore_errors=True)
    windows = classify(read_samples(raw))
    speech_seconds = sum(WINDOW for _, kind in windows if kind == "speech")
    assert speech_seconds >= 1.5, f"{speech_seconds:.1f} s of speech in {spoke_for:.1f} s"
