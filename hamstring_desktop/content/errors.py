"""Typed content errors that know the file, line and key they are about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError(Exception):
    """One problem in one content or routine file (or any other file a user gives the app).

    ``line`` is 1-based, or 0 when the problem concerns the file as a whole.
    ``key`` is a dotted path such as ``steps[2].seconds`` (empty for file-level problems).
    ``column`` (1-based, 0 when unknown) and ``excerpt`` (a short, escaped piece of the file
    where the problem was found) are set for syntax errors.
    """

    file: str
    line: int
    key: str
    message: str
    column: int = 0
    excerpt: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{self.key}: {self.message}" if self.key else self.message
        if self.excerpt:
            text += f', at "{self.excerpt}"'
        return f"{where}: {text}"


class ContentErrors(Exception):
    """Several content errors found in one load; ``errors`` keeps them in file order."""

    def __init__(self, errors: Sequence[ContentError]) -> None:
        self.errors: tuple[ContentError, ...] = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
