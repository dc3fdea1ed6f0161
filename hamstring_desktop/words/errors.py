"""How an error is named in a one-line notice."""

from __future__ import annotations


def first_line(error: BaseException, limit: int = 120) -> str:
    """An exception's message, short enough for a one-line notice."""
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return text if len(text) <= limit else text[: limit - 1] + "…"
