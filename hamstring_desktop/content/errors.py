"""Typed content errors that know the file, line and key they are about."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hamstring_desktop.content.wording import Template, Wording, say


@dataclass(frozen=True)
class ContentError(Exception):
    """One problem in one content or routine file (or any other file a user gives the app).

    ``line`` is 1-based, or 0 when the problem concerns the file as a whole.
    ``key`` is a dotted path such as ``steps[2].seconds`` (empty for file-level problems).
    ``column`` (1-based, 0 when unknown) and ``excerpt`` (a short, escaped piece of the file
    where the problem was found) are set for syntax errors.
    ``message`` is the English sentence; ``wording`` (when the error is about a user's file)
    is its template and values, which the window translates (see content/wording.py). Build
    such an error with :func:`problem`.
    """

    file: str
    line: int
    key: str
    message: str
    column: int = 0
    excerpt: str = ""
    wording: Wording | None = None

    def __str__(self) -> str:
        return self.shown()

    def shown(self, translate: Callable[[str], str] = str) -> str:
        """``FILE:LINE: key: message``, and a quote of the spot when there is one; each template
        passed through ``translate`` (the window's translator; English as it is)."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        message = self.wording.render(translate) if self.wording is not None else self.message
        text = f"{self.key}: {message}" if self.key else message
        if self.excerpt:
            text = say(Template.AT_SPOT, problem=text, excerpt=self.excerpt).render(translate)
        return f"{where}: {text}"


def problem(
    file: str, line: int, key: str, wording: Wording, column: int = 0, excerpt: str = ""
) -> ContentError:
    """A :class:`ContentError` about a user's file, its message in words the window can translate."""
    return ContentError(file, line, key, str(wording), column, excerpt, wording)


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

    def shown(self, translate: Callable[[str], str] = str) -> str:
        """Every problem, one a line (see :meth:`ContentError.shown`)."""
        return "\n".join(error.shown(translate) for error in self.errors)


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
    where = (first.file, first.line, first.key, first.message, first.column, first.excerpt, first.wording)
    raise FileErrors(*where, errors=tuple(ordered))
