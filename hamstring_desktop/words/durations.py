"""Durations, written one way everywhere.

- :func:`clock` ``"4:00"``, ``"0:45"``: a length on a clock face (routine lengths, time left).
- :func:`countdown` ``"1:35"``, ``"45"``: the big digits, where the seconds alone read faster.
- :func:`in_words` ``"4 min"``, ``"45 s"``, ``"1 min 30 s"``: a length in a sentence.
- :func:`spoken` ``"4 minutes"``, ``"1 minute 30 seconds"``: a length said by the voice.
"""

from __future__ import annotations

from hamstring_desktop.words.context import TranslationContext

Durations = TranslationContext("Durations")


def clock(seconds: float) -> str:
    """``m:ss``, rounded to the second: 45 → "0:45", 240 → "4:00"."""
    minutes, rest = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{rest:02d}"


def countdown(seconds: int) -> str:
    """The countdown's digits: ``m:ss`` from a minute up, the bare seconds below: 95 → "1:35",
    45 → "45"."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}" if minutes else f"{rest}"


def in_words(seconds: float) -> str:
    """A length for a sentence: 240 → "4 min", 45 → "45 s", 90 → "1 min 30 s"."""
    minutes, rest = divmod(max(0, round(seconds)), 60)
    if not minutes:
        return Durations.tr("{seconds} s").format(seconds=rest)
    if not rest:
        return Durations.tr("{minutes} min").format(minutes=minutes)
    return Durations.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


def spoken(seconds: float) -> str:
    """A length for the voice, with the units in full: 30 → "30 seconds", 90 → "1 minute 30
    seconds" (a speech engine reads "s" as a letter)."""
    minutes, rest = divmod(max(0, round(seconds)), 60)
    parts = []
    if minutes:
        parts.append(Durations.tr("1 minute") if minutes == 1 else Durations.tr("%n minutes", None, minutes))
    if rest or not minutes:
        parts.append(Durations.tr("1 second") if rest == 1 else Durations.tr("%n seconds", None, rest))
    return " ".join(parts)
