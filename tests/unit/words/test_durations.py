"""Durations read the same everywhere: a 45-second routine is "0:45" or "45 s", never "45 min"."""

from __future__ import annotations

import pytest

from hamstring_desktop.words.durations import clock, countdown, in_words


@pytest.mark.parametrize(
    ("seconds", "expected"), [(0, "0:00"), (45, "0:45"), (60, "1:00"), (240, "4:00"), (599.6, "10:00")]
)
def test_clock(seconds: float, expected: str) -> None:
    assert clock(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"), [(0, "0"), (9, "9"), (59, "59"), (60, "1:00"), (95, "1:35")]
)
def test_countdown_digits(seconds: int, expected: str) -> None:
    assert countdown(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(45, "45 s"), (60, "1 min"), (90, "1 min 30 s"), (240, "4 min"), (0.4, "0 s"), (-5, "0 s")],
)
def test_in_words(seconds: float, expected: str) -> None:
    assert in_words(seconds) == expected
