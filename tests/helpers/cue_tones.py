"""A short routine whose cue tones are checked in a recording of the sound server's null sink.

Shared by the end-to-end sound test (the app run from the checkout) and the packaging tests (the
frozen bundle): both play the routine at ``SCALE`` and hand the recording to ``assert_cue_tones``.
"""

from __future__ import annotations

import itertools
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


# --- a routine with a rest and a "wait for me" step ---------------------------------------------------

PAUSES_ID = "pauses"
PAUSES = """\
id = "pauses"
name = "Pauses"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 6
side = "both"

[[steps]]
kind = "rest"
seconds = 8

[[steps]]
kind = "wait"

[[steps]]
technique = "knuckle-massage"
seconds = 4
side = "both"
"""
# A wait's tone is three knocks 280 ms apart (140 ms each, 140 ms between); at 2x the first
# sounds within the rest's end glide, so it is heard as one onset with it.
KNOCK_SPACING = 0.28


def prepare_pauses_data_dir(data: Path) -> Path:
    """A data dir with the rest-and-wait routine, the voice off and the default volume."""
    prepare_data_dir(data)
    (data / "routines" / f"{PAUSES_ID}.toml").write_text(PAUSES, encoding="utf-8")
    return data


def expected_pause_tones() -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
    """Real-time schedules at 2x: until the wait (from the session's start), and from the press
    that ends the wait. The times inside one cue (a second beep, the knocks) are real seconds."""
    until_wait = [
        (0.0, "get-ready"),
        (0.24, "get-ready (second beep)"),
        (1.0, "countdown"),
        (1.5, "countdown"),
        (2.0, "countdown"),
        (2.5, "step-start"),
        (4.0, "countdown"),
        (4.5, "countdown"),
        (5.0, "countdown"),
        (5.5, "step-end"),
        (7.5, "rest"),  # after the 4 s pause before the next step
        (10.0, "countdown"),
        (10.5, "countdown"),
        (11.0, "countdown"),
        (11.5, "step-end"),  # the rest is over: the wait's first knock sounds within this glide
        (11.75 + KNOCK_SPACING, "wait (second knock)"),
        (11.75 + 2 * KNOCK_SPACING, "wait (third knock)"),
    ]
    after_press = [
        (0.0, "get-ready"),
        (0.24, "get-ready (second beep)"),
        (1.0, "countdown"),
        (1.5, "countdown"),
        (2.0, "countdown"),
        (2.5, "step-start"),
        (3.0, "countdown"),
        (3.5, "countdown"),
        (4.0, "countdown"),
        (4.5, "session-complete"),
    ]
    return until_wait, after_press


def _aligned(heard: list[float], expected: list[tuple[float, str]], what: str) -> list[tuple[float, str]]:
    """Each expected onset with the time it was heard, lined up on the median offset; every one
    within 60 ms of its schedule."""
    assert len(heard) == len(expected), f"{what}: heard {len(heard)} onsets at {heard}"
    origin = statistics.median(actual - planned for (planned, _), actual in zip(expected, heard, strict=True))
    timeline = [
        f"{name} {actual - origin:.3f}/{planned:.3f}"
        for (planned, name), actual in zip(expected, heard, strict=True)
    ]
    for (planned, name), actual in zip(expected, heard, strict=True):
        assert actual - origin == pytest.approx(planned, abs=0.06), f"{what}: {name} off: {timeline}"
    return [(actual, name) for (_, name), actual in zip(expected, heard, strict=True)]


def assert_pause_tones(raw: Path) -> None:
    """The routine's tones until the wait, on time; then nothing until the press (the longest
    quiet stretch of the recording); then the lead-in and the last step, on time from the press.
    The rest and the wait are heard at their own low pitches."""
    samples = read_samples(raw)
    heard = onsets(samples)
    until_wait, after_press = expected_pause_tones()
    gaps = [later - earlier for earlier, later in itertools.pairwise(heard)]
    split = gaps.index(max(gaps)) + 1  # the wait: the session made no sound until the press
    assert max(gaps) > 2.5, f"no silent wait before the press: {heard}"
    before = _aligned(heard[:split], until_wait, "until the wait")
    after = _aligned(heard[split:], after_press, "after the press")
    for actual, name in before + after:
        start = actual + 0.012
        if name == "rest":  # two low notes, 440 then 330 Hz
            assert level_at(samples, start, 440) > 5 * level_at(samples, start, 1000)
            assert level_at(samples, start + 0.3, 329.63) > 5 * level_at(samples, start + 0.3, 440)
        elif name.startswith("wait"):  # knocks at 392 Hz
            assert level_at(samples, start, 392) > 5 * level_at(samples, start, 1000)
        elif name == "countdown":
            assert level_at(samples, start, 1000) > 5 * level_at(samples, start, 440)
    assert max(abs(s) for s in samples) < 32767, "the recording clipped"
