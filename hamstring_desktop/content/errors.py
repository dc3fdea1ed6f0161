"""Typed content errors that know the file, line and key they are about."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError(Exception):
    """One problem in one content or routine file.

    ``line`` is 1-based, or 0 when the problem concerns the file as a whole.
    ``key`` is a dotted path such as ``steps[2].seconds`` (empty for file-level problems).
    """

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.key:
            return f"{where}: {self.key}: {self.message}"
        return f"{where}: {self.message}"


class ContentErrors(Exception):
    """Several content errors found in one load; ``errors`` keeps them in file order."""

    def __init__(self, errors: Sequence[ContentError]) -> None:
        self.errors: tuple[ContentError, ...] = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
