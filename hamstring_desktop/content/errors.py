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


@dataclass(frozen=True)
class FileErrors(ContentError):
    """Every problem found in one file, in line order (a routine file is read to its end, so
    that one run shows them all). It is itself the first problem (file, line, key, message),
    so whoever catches a :class:`ContentError` catches them all; ``str()`` gives one per line,
    and :func:`each_error` takes them apart."""

    errors: tuple[ContentError, ...] = ()

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def each_error(error: ContentError) -> tuple[ContentError, ...]:
    """The problems one caught error stands for: those of a :class:`FileErrors`, else itself."""
    return error.errors if isinstance(error, FileErrors) else (error,)


def raise_all(errors: Sequence[ContentError]) -> None:
    """Raise the problems found in one file, if any: one alone as it is, several as a
    :class:`FileErrors` in line order (problems about the whole file first)."""
    if not errors:
        return
    ordered = sorted(errors, key=lambda error: error.line)
    if len(ordered) == 1:
        raise ordered[0]
    first = ordered[0]
    where = (first.file, first.line, first.key, first.message, first.column, first.excerpt)
    raise FileErrors(*where, errors=tuple(ordered))
