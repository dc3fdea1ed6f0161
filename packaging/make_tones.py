"""Synthesize the session's cue tones into assets/sounds/*.wav (44.1 kHz, mono, 16-bit).

Every tone has a 5 ms raised-cosine attack and release (no clicks) and peaks at or below
-3 dBFS. Cues differ by pitch and rhythm, so they can be learnt without looking:

  get-ready         two soft beeps, 660 Hz, 120 ms each, 120 ms apart
  step-start        rising glide 523 -> 784 Hz, 250 ms
  halfway           one beep, 880 Hz, 100 ms
  countdown         one tick, 1 kHz, 80 ms (played for each of the last 3 seconds)
  step-end          falling glide 784 -> 523 Hz, 300 ms
  switch-legs       587 / 880 Hz alternating twice
  session-complete  arpeggio C5-E5-G5-C6, about 600 ms
  pacing            woodblock-like click, 1.5 kHz, 30 ms, 18 dB below the cues
  rest              a soft, low two-note fall, A4 then E4 (440 -> 330 Hz), 200 ms and 350 ms
  wait              three soft, low knocks, G4 (392 Hz), 140 ms each, 140 ms apart

Run: .venv/bin/python packaging/make_tones.py && .venv/bin/python packaging/build_resources.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK_DBFS = -3.0
RAMP_SECONDS = 0.005
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def gain(dbfs: float) -> float:
    """Linear amplitude for a level in dBFS."""
    return 10 ** (dbfs / 20)


def tone(
    seconds: float, start_hz: float, end_hz: float | None = None, level_db: float = PEAK_DBFS
) -> list[float]:
    """A sine (optionally gliding) with raised-cosine ramps at both ends."""
    end_hz = start_hz if end_hz is None else end_hz
    count = round(seconds * RATE)
    ramp = round(RAMP_SECONDS * RATE)
    amplitude = gain(level_db)
    samples = []
    phase = 0.0
    for n in range(count):
        frequency = start_hz + (end_hz - start_hz) * n / max(1, count - 1)
        phase += 2 * math.pi * frequency / RATE
        envelope = 1.0
        if n < ramp:
            envelope = 0.5 - 0.5 * math.cos(math.pi * n / ramp)
        elif n >= count - ramp:
            envelope = 0.5 - 0.5 * math.cos(math.pi * (count - 1 - n) / ramp)
        samples.append(amplitude * envelope * math.sin(phase))
    return samples


def click(seconds: float, hz: float, level_db: float) -> list[float]:
    """A short percussive tone: fast attack, exponential decay (a woodblock-like tick)."""
    count = round(seconds * RATE)
    ramp = round(RAMP_SECONDS * RATE / 5) or 1
    amplitude = gain(level_db)
    samples = []
    for n in range(count):
        attack = 0.5 - 0.5 * math.cos(math.pi * min(n, ramp) / ramp)
        decay = math.exp(-n / (count / 5))
        release = 1.0 if n < count - ramp else 0.5 - 0.5 * math.cos(math.pi * (count - 1 - n) / ramp)
        samples.append(attack * decay * release * math.sin(2 * math.pi * hz * n / RATE))
    loudest = max(abs(sample) for sample in samples)
    return [amplitude * sample / loudest for sample in samples]


def silence(seconds: float) -> list[float]:
    """Quiet for ``seconds``."""
    return [0.0] * round(seconds * RATE)


def sequence(*parts: list[float]) -> list[float]:
    """Parts one after another."""
    return [sample for part in parts for sample in part]


def cues() -> dict[str, list[float]]:
    """Every cue's samples, by file name."""
    soft = PEAK_DBFS - 3
    return {
        "get-ready": sequence(tone(0.12, 660, level_db=soft), silence(0.12), tone(0.12, 660, level_db=soft)),
        "step-start": tone(0.25, 523.25, 783.99),
        "halfway": tone(0.10, 880),
        "countdown": tone(0.08, 1000),
        "step-end": tone(0.30, 783.99, 523.25),
        "switch-legs": sequence(
            tone(0.11, 587.33),
            silence(0.03),
            tone(0.11, 880),
            silence(0.05),
            tone(0.11, 587.33),
            silence(0.03),
            tone(0.11, 880),
        ),
        "session-complete": sequence(
            tone(0.13, 523.25),
            silence(0.02),
            tone(0.13, 659.25),
            silence(0.02),
            tone(0.13, 783.99),
            silence(0.02),
            tone(0.17, 1046.5),
        ),
        "pacing": click(0.03, 1500, PEAK_DBFS - 18),
        # Lower than every other cue, so a rest and a wait are told from the work cues at once;
        # the rest falls in two long notes (a breath out), the wait knocks three times.
        "rest": sequence(tone(0.20, 440, level_db=soft), silence(0.06), tone(0.35, 329.63, level_db=soft)),
        "wait": sequence(
            tone(0.14, 392, level_db=soft),
            silence(0.14),
            tone(0.14, 392, level_db=soft),
            silence(0.14),
            tone(0.14, 392, level_db=soft),
        ),
    }


def write_wav(path: Path, samples: list[float]) -> None:
    """16-bit mono PCM."""
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, samples in cues().items():
        write_wav(OUT / f"{name}.wav", samples)
        print(f"{name}.wav: {len(samples) / RATE * 1000:.0f} ms")


if __name__ == "__main__":
    main()
