"""Stand-ins for time in tests: a clock that moves only when told, and a wall clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

LOCAL = timezone(timedelta(hours=1))


class FakeClock:
    """A monotonic clock (seconds) that moves only when a test advances it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += seconds


class FakeWallClock:
    """Local time that moves only when a test advances it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 24, 18, 0, 0, tzinfo=LOCAL)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += timedelta(seconds=seconds)
