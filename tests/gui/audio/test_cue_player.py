"""What the voice says and which tones play, through Qt's mock speech engine (no sound device)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Signal

from hamstring_desktop.audio.cue_player import CuePlayer
from hamstring_desktop.audio.voices import ENV_TTS_ENGINE
from hamstring_desktop.content import Library
from hamstring_desktop.services.settings import MUTED, VOICE, Settings
from hamstring_desktop.session.engine import Event, SessionEngine
from hamstring_desktop.session.plan import plan_session


@pytest.fixture
def player(qtbot: QtBot, settings: Settings, library: Library, monkeypatch: pytest.MonkeyPatch) -> CuePlayer:
    monkeypatch.setenv(ENV_TTS_ENGINE, "mock")
    return CuePlayer(settings, library.guide)


def session_events(library: Library, until: float) -> list[Event]:
    engine = SessionEngine(plan_session(library.routine("pre-workout"), library))
    events = engine.start(0.0)
    while (wake := engine.next_wakeup()) is not None and wake <= until:
        events += engine.advance(wake)
    return events


def test_prompts_name_the_step_first_and_announce_the_leg_switch(
    qtbot: QtBot, player: CuePlayer, library: Library
) -> None:
    spoken: list[str] = []
    player.spoken.connect(spoken.append)
    # pre-workout: 5 s get ready, 60 s both legs, 4 s, 45 s left leg, 6 s switch, right leg.
    player.play(session_events(library, 125.0))
    assert spoken[0] == "Get ready. First: Foam rolling, both legs."
    assert spoken[1].startswith("Foam rolling, both legs. Both legs on the roller.")
    assert "Ten seconds left." in spoken
    assert "Next: Foam rolling, left leg." in spoken
    assert "Switch to your right leg." in spoken
    assert spoken.index("Switch to your right leg.") < spoken.index(
        next(s for s in spoken if s.startswith("Foam rolling, right leg."))
    )


def test_voice_off_and_mute_silence_the_prompts(
    player: CuePlayer, settings: Settings, library: Library
) -> None:
    spoken: list[str] = []
    player.spoken.connect(spoken.append)
    settings.set(VOICE, False)
    player.play(session_events(library, 10.0))
    assert spoken == []
    settings.set(VOICE, True)
    settings.set(MUTED, True)
    player.play(session_events(library, 10.0))
    assert spoken == []


class RecordingOutput(QObject):
    """A tone output that notes what it was asked to play."""

    running = Signal()
    streams = False
    error = ""

    def __init__(self) -> None:
        super().__init__()
        self.is_open = False
        self.played: list[str] = []

    def open(self, volume: float) -> bool:
        self.is_open = True
        return True

    def set_volume(self, volume: float) -> None:
        pass

    def play(self, name: str) -> None:
        self.played.append(name)

    def stop(self) -> None:
        self.is_open = False


def test_every_transition_has_its_own_tone_and_beeps_never_talk_over_the_voice(
    qtbot: QtBot, settings: Settings, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_TTS_ENGINE, "mock")
    output = RecordingOutput()
    player = CuePlayer(settings, library.guide, output=output)
    assert player.open()
    settings.set(VOICE, False)  # tones alone first
    player.play(session_events(library, 300.0))
    assert set(output.played) >= {
        "get-ready",
        "countdown",
        "halfway",
        "step-start",
        "step-end",
        "switch-legs",
        "pacing",
    }
    assert output.played[0] == "get-ready" and output.played.index("step-start") > output.played.index(
        "countdown"
    )
    # With the voice on, while it speaks: no halfway or countdown beep, and a quieter pacing tick.
    settings.set(VOICE, True)
    output.played.clear()
    monkeypatch.setattr(CuePlayer, "speaking", property(lambda self: True))
    player.play(session_events(library, 300.0))
    assert "halfway" not in output.played and "countdown" not in output.played
    assert "pacing-ducked" in output.played and "pacing" not in output.played


def test_muted_for_the_run_loads_no_voice_and_plays_nothing(
    settings: Settings, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_TTS_ENGINE, "mock")
    output = RecordingOutput()
    player = CuePlayer(settings, library.guide, muted=True, output=output)
    assert not player.has_speech  # --mute: the speech engine is never loaded
    assert not player.open()
    player.play(session_events(library, 100.0))
    assert output.played == []


def test_speech_engine_is_let_go_between_sessions(
    qtbot: QtBot, player: CuePlayer, settings: Settings
) -> None:
    """speech-dispatcher keeps sound streams open while a client is connected: the app stays
    connected only while sessions run."""
    assert player.has_speech
    player.close()  # the session is over
    qtbot.waitUntil(lambda: not player.has_speech, timeout=3000)
    settings.set(MUTED, True)  # no sound output needed for the next session here
    player.open()  # the next session starts
    assert player.has_speech
