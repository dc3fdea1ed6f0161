"""The sample-cache output against a real PulseAudio daemon: upload, clean up, fail clearly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hamstring_desktop.audio.pulse_samples import CONNECT_TIMEOUT_S, SAMPLE_PREFIX, PulseSamples
from hamstring_desktop.audio.tones import RATE, load_tone
from hamstring_desktop.session.cues import CueKind
from tests.helpers.pulse import cached_samples, forget_app_samples, pulse_daemon

pytestmark = pytest.mark.e2e


def test_tones_are_uploaded_and_removed_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tones = {kind.value: load_tone(kind) for kind in (CueKind.HALFWAY, CueKind.STEP_END)}
    with pulse_daemon(tmp_path / "pulse") as pulse:
        forget_app_samples(pulse)
        monkeypatch.setenv("PULSE_SERVER", pulse.server)
        output = PulseSamples(tones, RATE)
        with qtbot.waitSignal(output.running, timeout=3000):
            assert output.open(0.6), output.error
        assert not output.streams and output.is_open, output.error
        cache = cached_samples(pulse)
        assert SAMPLE_PREFIX + "halfway" in cache, cache
        assert cache[SAMPLE_PREFIX + "halfway"] == pytest.approx(0.1, abs=0.002)
        assert cache[SAMPLE_PREFIX + "step-end"] == pytest.approx(0.3, abs=0.002)
        # What they sound like, and when, is checked by recording whole sessions in
        # test_session_sound.py; here, playing is accepted without an error.
        output.play("halfway")
        output.play("no-such-tone")  # ignored
        assert output.is_open
        output.stop()
        assert not output.is_open
        left = cached_samples(pulse)
        assert not [name for name in left if name.startswith(SAMPLE_PREFIX)], left


def test_no_sound_server_fails_quickly_with_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-listens'}")
    output = PulseSamples({"halfway": load_tone(CueKind.HALFWAY)}, RATE)
    started = time.monotonic()
    assert not output.open(0.6)
    assert time.monotonic() - started < CONNECT_TIMEOUT_S + 0.5
    assert "cannot connect to the sound server" in output.error
    assert not output.is_open
    output.play("halfway")  # harmless when closed
    output.stop()
