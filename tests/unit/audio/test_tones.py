"""The shipped cue tones are fresh from the synthesis script and meet the sound spec."""

from __future__ import annotations

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
