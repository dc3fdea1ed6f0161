"""A short routine whose spoken prompts are checked in a recording of the null sink.

Shared by the end-to-end speech test (the app run from the checkout) and the packaging tests (the
frozen bundle). The recording is split into speech and cue tones by where their energy lies: every
cue tone is a pure tone at 523 Hz or above, while a voice has most of its energy in its fundamental
and low harmonics (100-400 Hz).
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.helpers.pulse import RATE, level_at, read_samples

ROUTINE_ID = "talk"
ROUTINE = """\
id = "talk"
name = "Talk"
when = "any"

[[steps]]
technique = "knuckle-massage"
seconds = 12
side = "left"
"""
GET_READY = 5.0  # seconds of get-ready before the step
STEP = 12.0
WINDOW = 0.1  # seconds per analysis window
SOUND = 0.01  # RMS (of full scale) above which a window has sound in it
VOICED = 0.05  # share of a window's RMS in 100-400 Hz above which the sound is a voice


def prepare_data_dir(data: Path) -> Path:
    """A data dir with the routine, the voice on and the pacing tick off; returns ``data``."""
    (data / "routines").mkdir(parents=True)
    (data / "routines" / f"{ROUTINE_ID}.toml").write_text(ROUTINE, encoding="utf-8")
    (data / "settings.ini").write_text("[sound]\nvoice=true\nvolume=60\npacing=false\n", encoding="utf-8")
    return data


def classify(samples: list[int]) -> list[tuple[float, str]]:
    """(start time, "speech" | "tone" | "quiet") per 100 ms window of the recording."""
    size = int(WINDOW * RATE)
    windows: list[tuple[float, str]] = []
    for begin in range(0, len(samples) - size, size):
        at = begin / RATE
        chunk = samples[begin : begin + size]
        rms = math.sqrt(sum(x * x for x in chunk) / size) / 32768
        if rms < SOUND:
            windows.append((at, "quiet"))
            continue
        low = math.sqrt(sum(level_at(samples, at, f, WINDOW) ** 2 for f in range(100, 420, 20))) / 32768
        windows.append((at, "speech" if low > VOICED * rms else "tone"))
    return windows


def speech_between(windows: list[tuple[float, str]], start: float, end: float) -> float:
    """Seconds of speech heard between ``start`` and ``end``."""
    return sum(WINDOW for at, kind in windows if kind == "speech" and start <= at < end)


def assert_prompts_spoken(raw: Path) -> None:
    """Speech as the get-ready beeps sound, as the step starts and after the closing arpeggio, and
    the cue tones still between."""
    windows = classify(read_samples(raw))
    heard = [at for at, kind in windows if kind != "quiet"]
    assert heard, "the recording is silent"
    origin = heard[0]  # the get-ready beep and its prompt start together
    timeline = " ".join(f"{at - origin:.1f}{kind[0]}" for at, kind in windows if kind != "quiet")
    total = speech_between(windows, origin, origin + GET_READY + STEP + 5)
    assert total >= 4.0, f"only {total:.1f} s of speech: {timeline}"
    # "Get ready. First: knuckle massage, left leg." as the get-ready beeps sound.
    assert speech_between(windows, origin, origin + 2.0) >= 0.8, timeline
    # The step's name, leg and instruction as it starts.
    step_start = origin + GET_READY
    assert speech_between(windows, step_start, step_start + 2.0) >= 1.0, timeline
    # "Session complete. Well done." after the closing arpeggio.
    end = step_start + STEP
    assert speech_between(windows, end, end + 3.0) >= 0.8, timeline
    # The cue tones still play: at least the countdown ticks the voice left room for.
    assert any(kind == "tone" for _, kind in windows), timeline
