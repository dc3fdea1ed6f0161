"""End to end: the spoken prompts reach the sound server through speech-dispatcher and espeak-ng.

A short routine runs at real speed with the voice on, into the PulseAudio null sink; the recording
is told apart into speech and cue tones (tests/helpers/spoken_prompts.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_desktop.paths import speech_server_dir
from tests.helpers.app_run import run_routine
from tests.helpers.pulse import pulse_daemon, recording
from tests.helpers.spoken_prompts import ROUTINE_ID, assert_prompts_spoken, prepare_data_dir
from tests.helpers.system import require_programs

pytestmark = pytest.mark.e2e


def test_prompts_are_spoken_at_the_transitions(tmp_path: Path) -> None:
    require_programs("speech-dispatcher", "espeak-ng")
    data = prepare_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse:
        with recording(pulse, tmp_path / "voice.raw") as raw:
            result = run_routine(data, ROUTINE_ID, dict(pulse.environment(), QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 0, result.stderr
    # It spoke through its own speech-dispatcher (speech_server.py), not the system's.
    assert (speech_server_dir() / "speech-dispatcher.pid").is_file()
    assert_prompts_spoken(raw)
