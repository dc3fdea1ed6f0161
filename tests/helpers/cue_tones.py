"""A short routine whose cue tones are checked in a recording of the sound server's null sink.

Shared by the end-to-end sound test (the app run from the checkout) and the packaging tests (the
frozen bundle): both play the routine at ``SCALE`` and hand the recording to ``assert_cue_tones``.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from tests.helpers.pulse import RATE, level_at, onsets, read_samples

ROUTINE_ID = "beeps"
ROUTINE = """\
id = "beeps"
name = "Beeps"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 8
side = "each"
"""
SCALE = 2.0


def prepare_data_dir(data: Path) -> Path:
    """A data dir with the routine, the voice off and the default volume; returns ``data``."""
    (data / "routines").mkdir(parents=True)
    (data / "routines" / f"{ROUTINE_ID}.toml").write_text(ROUTINE, encoding="utf-8")
    (data / "settings.ini").write_text("[sound]\nvoice=false\nvolume=60\n", encoding="utf-8")
    return data


def expected_tones() -> list[tuple[float, str]]:
    """Session-time schedule of the tones (get ready 5 s, 8 s left, 6 s switch, 8 s right)."""
    left, right = 5.0, 5.0 + 8 + 6
    return [
        (0.0, "get-ready"),
        (2.0, "countdown"),
        (3.0, "countdown"),
        (4.0, "countdown"),
        (left, "step-start"),
        (left + 5, "countdown"),
        (left + 6, "countdown"),
        (left + 7, "countdown"),
        (left + 8, "step-end"),
        # switch-legs follows 0.5 s after step-end: at 2x they overlap into one onset
        (right, "step-start"),
        (right + 5, "countdown"),
        (right + 6, "countdown"),
        (right + 7, "countdown"),
        (right + 8, "session-complete"),
    ]


def assert_cue_tones(raw: Path, scale: float = SCALE) -> None:
    """Every cue tone is in the recording, in order, within 60 ms of its schedule, at its own pitch
    and at the moderate default level."""
    samples = read_samples(raw)
    heard = onsets(samples)
    expected = [(at / scale, name) for at, name in expected_tones()]
    # The get-ready cue is two beeps 240 ms apart: both are onsets in the recording.
    expected.insert(1, (0.24, "get-ready (second beep)"))
    assert len(heard) == len(expected), f"heard {len(heard)} onsets at {heard}"
    # The recording starts at an arbitrary moment: line it up on the median offset.
    origin = statistics.median(actual - planned for (planned, _), actual in zip(expected, heard, strict=True))
    timeline = [
        f"{name} {actual - origin:.3f}/{planned:.3f}"
        for (planned, name), actual in zip(expected, heard, strict=True)
    ]
    for (planned, name), actual in zip(expected, heard, strict=True):
        assert actual - origin == pytest.approx(planned, abs=0.06), f"{name} off: {timeline}"
    # Each cue is told apart by pitch: countdown ticks are 1 kHz, get-ready 660 Hz, switch starts at 587 Hz.
    for (_, name), actual in zip(expected, heard, strict=True):
        start = actual + 0.012
        if name == "countdown":
            assert level_at(samples, start, 1000) > 5 * level_at(samples, start, 660)
        elif name.startswith("get-ready"):
            assert level_at(samples, start, 660) > 5 * level_at(samples, start, 1000)
        elif name == "step-end":  # then switch-legs: 587 Hz, 880 Hz, 587 Hz, 880 Hz
            # At 2x the switch-legs pattern queues right behind the step-end glide: look at the
            # stretch after the glide for both of its pitches, and no countdown pitch.
            after = actual + 0.32
            quiet_1k = level_at(samples, after, 1000, 0.5)
            assert level_at(samples, after, 587.33, 0.5) > 5 * quiet_1k
            assert level_at(samples, after, 880, 0.5) > 5 * quiet_1k
    # Default volume is moderate: a -3 dBFS tick at 60 % peaks near 0.42 of full scale.
    for (_, name), actual in zip(expected, heard, strict=True):
        if name == "countdown":
            begin = int(actual * RATE)
            tick_peak = max(abs(s) for s in samples[begin : begin + RATE // 10]) / 32768
            assert tick_peak == pytest.approx(0.708 * 0.6, rel=0.1)
    assert max(abs(s) for s in samples) < 32767, "the recording clipped"
