"""The shipped cue tones are fresh from the synthesis script and meet the sound spec."""

from __future__ import annotations

import itertools
import struct
import wave
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.helpers.scripts import load_packaging_script

SOUNDS = REPO / "assets" / "sounds"


def make_tones() -> ModuleType:
    return load_packaging_script("make_tones")


CUES = make_tones().cues()


def read(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as source:
        params = source.getparams()
        frames = source.readframes(params.nframes)
    return params, list(struct.unpack(f"<{len(frames) // 2}h", frames))


@pytest.mark.parametrize("name", sorted(CUES))
def test_tone_format_level_and_clean_edges(name: str) -> None:
    params, samples = read(SOUNDS / f"{name}.wav")
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    peak = max(abs(s) for s in samples) / 32767
    assert peak <= 10 ** (-3 / 20) + 1e-4, "peak above -3 dBFS"
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200, "starts or ends with a click"


@pytest.mark.parametrize("name", sorted(CUES))
def test_shipped_wav_matches_the_script(name: str, tmp_path: Path) -> None:
    module = make_tones()
    module.write_wav(tmp_path / "fresh.wav", CUES[name])
    assert (tmp_path / "fresh.wav").read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), (
        "assets/sounds is stale: run packaging/make_tones.py"
    )


def test_pacing_tick_is_18_db_below_the_cues() -> None:
    _, tick = read(SOUNDS / "pacing.wav")
    _, cue = read(SOUNDS / "halfway.wav")
    ratio = max(abs(s) for s in tick) / max(abs(s) for s in cue)
    assert ratio == pytest.approx(10 ** (-18 / 20), rel=0.15)


def _notes(samples: list[int]) -> list[tuple[float, float]]:
    """(length in seconds, pitch in Hz from zero crossings) of each burst of sound."""
    quiet = 0.05 * max(abs(s) for s in samples)
    notes: list[tuple[float, float]] = []
    start = None
    for index in range(len(samples) + 1):
        window = samples[max(0, index - 20) : index + 20] if index < len(samples) else [0]
        loud = max(abs(s) for s in window) > quiet
        if loud and start is None:
            start = index
        elif not loud and start is not None:
            burst = samples[start:index]
            crossings = sum(1 for a, b in itertools.pairwise(burst) if a < 0 <= b)
            notes.append((len(burst) / 44_100, crossings / (len(burst) / 44_100)))
            start = None
    return notes


def test_rest_and_wait_sound_lower_than_every_work_cue_and_differ_in_rhythm() -> None:
    """A rest falls in two long notes and a wait knocks three times, both below the lowest
    pitch of every other cue (523 Hz and up), so neither is mistaken for a step's cue."""
    rest = _notes(read(SOUNDS / "rest.wav")[1])
    wait = _notes(read(SOUNDS / "wait.wav")[1])
    assert len(rest) == 2 and rest[0][1] == pytest.approx(440, rel=0.05) and rest[1][1] < rest[0][1]
    assert rest[1][0] > rest[0][0] > 0.15, "two long notes, the second longer"
    assert len(wait) == 3 and all(pitch == pytest.approx(392, rel=0.05) for _, pitch in wait)
    highest = max(pitch for _, pitch in rest + wait)
    for name in sorted(set(CUES) - {"rest", "wait", "pacing"}):
        lowest = min(pitch for _, pitch in _notes(read(SOUNDS / f"{name}.wav")[1]))
        assert lowest > highest * 1.1, f"{name} sounds as low as a rest or a wait"
