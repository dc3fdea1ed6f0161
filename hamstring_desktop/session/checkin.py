"""The check-in before and after a session: how tight each leg feels, 0 (loose) to 10 (very
tight); either leg may be left unrated."""

from __future__ import annotations

from dataclasses import dataclass

LOOSEST, TIGHTEST = 0, 10


@dataclass(frozen=True)
class Tightness:
    """A 0-10 tightness rating per leg; either may be missing."""

    left: int | None = None
    right: int | None = None

    def __post_init__(self) -> None:
        for value in (self.left, self.right):
            if value is not None and not LOOSEST <= value <= TIGHTEST:
                raise ValueError(f"tightness must be {LOOSEST}-{TIGHTEST}, not {value}")

    def as_dict(self) -> dict[str, int | None] | None:
        """``{"left": n, "right": n}``, or None when neither leg was rated."""
        if self.left is None and self.right is None:
            return None
        return {"left": self.left, "right": self.right}
