"""The cue tones as PCM frames, read from the compiled resources (no sound library needed)."""

from __future__ import annotations

import io
import wave
from array import array

from hamstring_desktop.resources import read_resource
from hamstring_desktop.session.cues import CueKind

RATE = 44_100


def load_tone(kind: CueKind) -> bytes:
    """The 16-bit mono PCM frames of a cue's WAV from the compiled resources."""
    with wave.open(io.BytesIO(read_resource(f"sounds/{kind.value}.wav")), "rb") as source:
        if (source.getnchannels(), source.getsampwidth(), source.getframerate()) != (1, 2, RATE):
            raise ValueError(f"sounds/{kind.value}.wav is not 44.1 kHz mono 16-bit")
        return source.readframes(source.getnframes())


def scaled(frames: bytes, gain: float) -> bytes:
    """The same PCM at ``gain`` (0-1)."""
    samples = array("h", frames)
    return array("h", (int(sample * gain) for sample in samples)).tobytes()
