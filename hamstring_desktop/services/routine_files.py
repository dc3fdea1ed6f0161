"""The user's routine files: saved from the editor, imported, exported and deleted.

Every file is written through :func:`~hamstring_desktop.services.safe_io.write_atomically` (a
full disk or a crash leaves the old file whole) and read through the safe reader. Nothing a user
had is overwritten by accident:

- an import validates the whole file first (syntax, values, techniques): nothing is imported
  from an invalid file;
- an id that one of the user's routines already has is refused unless ``replace`` is given; a
  built-in routine's id is always refused;
- a new file never takes the name of a file already in the folder (a broken routine file the app
  skipped keeps its name and its text): ``ID.toml``, else ``ID-2.toml`` and so on.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hamstring_desktop.content import ContentError, Library, Routine, parse_routine
from hamstring_desktop.content.advice import routine_advice
from hamstring_desktop.content.fields import Locator, parse_toml
from hamstring_desktop.content.routine_toml import routine_to_toml, update_routine_text
from hamstring_desktop.content.wording import Template, say
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text, write_atomically
from hamstring_desktop.words.advice import advice_text

SUFFIX = ".toml"
SHARED_SUFFIX = ".hamstring.toml"  # the name to share a routine under (its MIME type)


@dataclass(frozen=True)
class RoutineWarning:
    """Advice about one step of one file, located like an error: ``FILE:LINE: key: message``."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


@dataclass(frozen=True)
class IdTaken(ContentError):
    """The routine's id is already used: by one of the user's routines (``replaceable``), or by a
    built-in one (never replaced)."""

    routine_id: str = ""
    owner: str = ""  # the name of the routine that has it
    replaceable: bool = False


@dataclass(frozen=True)
class Imported:
    """A routine imported into the user's folder."""

    routine: Routine
    path: Path  # where it now lives
    replaced: Routine | None  # the user's routine of the same id it replaced
    warnings: tuple[RoutineWarning, ...]


def located_advice(routine: Routine, text: str, library: Library) -> tuple[RoutineWarning, ...]:
    """The advice on a routine (content/advice.py), each pointing at its step's line."""
    locator = Locator(text)
    techniques = {t.id: t for t in library.techniques}
    return tuple(
        RoutineWarning(
            routine.source,
            locator.line("steps", advice.step, advice.key),
            f"steps[{advice.step + 1}].{advice.key}",
            advice_text(advice, library),
        )
        for advice in routine_advice(routine, techniques)
    )


def read_routine_text(path: Path, library: Library) -> tuple[Routine, str]:
    """Read and fully validate one routine file on its own (not whether its id is free)."""
    text = read_user_text(path, ROUTINE_FILE_LIMIT)
    routine = parse_routine(text, str(path), {t.id: t for t in library.techniques})
    return routine, text


def free_path(folder: Path, routine_id: str, keep: Path | None = None) -> Path:
    """``folder/ID.toml``, or the first of ``ID-2.toml``, ``ID-3.toml``... that no file (or
    link, or anything else) has taken; ``keep`` is a file that may be reused (the routine's own)."""
    number = 1
    while True:
        name = f"{routine_id}{SUFFIX}" if number == 1 else f"{routine_id}-{number}{SUFFIX}"
        candidate = folder / name
        if keep is not None and _same_file(candidate, keep):
            return candidate
        if not os.path.lexists(candidate):
            return candidate
        number += 1


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def user_routine(library: Library, routine_id: str) -> Routine | None:
    """The user's own routine with this id, if there is one."""
    return next((r for r in library.routines if r.id == routine_id and not r.builtin), None)


def import_routine(source: Path, library: Library, folder: Path, replace: bool = False) -> Imported:
    """Copy a routine file into the user's folder, as it was written (comments and all), once
    it has passed every check; raises ContentError (naming ``source``) otherwise."""
    routine, text = read_routine_text(source, library)
    id_line = Locator(text).line(key="id")
    builtin = next((r for r in library.routines if r.id == routine.id and r.builtin), None)
    if builtin is not None:
        wording = say(Template.ID_OF_BUILT_IN_NOT_REPLACED, id=routine.id, name=builtin.name)
        raise IdTaken(
            str(source),
            id_line,
            "id",
            str(wording),
            wording=wording,
            routine_id=routine.id,
            owner=builtin.name,
        )
    existing = user_routine(library, routine.id)
    if existing is not None and not replace:
        wording = say(Template.ID_OF_YOURS, id=routine.id, name=existing.name, file=existing.source)
        raise IdTaken(
            str(source),
            id_line,
            "id",
            str(wording),
            wording=wording,
            routine_id=routine.id,
            owner=existing.name,
            replaceable=True,
        )
    old_path = Path(existing.source) if existing is not None else None
    target = free_path(folder, routine.id, keep=old_path)
    write_atomically(target, text.encode("utf-8"))
    if old_path is not None and not _same_file(old_path, target):
        old_path.unlink(missing_ok=True)
    warnings = located_advice(routine, text, library)
    return Imported(_with_source(routine, target), target, existing, warnings)


def export_routine(routine: Routine, output: Path, builtin_text: str | None = None) -> None:
    """Write a routine's file to ``output``: a user's routine as its file is (comments and
    all), a built-in one as it ships (``builtin_text``). Raises OSError or ContentError."""
    if routine.builtin:
        text = builtin_text if builtin_text is not None else routine_to_toml(routine)
    else:
        text = read_user_text(Path(routine.source), ROUTINE_FILE_LIMIT)
    write_atomically(output, text.encode("utf-8"))


def save_routine(
    folder: Path,
    routine: Routine,
    original: tuple[Path, str] | None = None,
    origins: Sequence[int | None] | None = None,
) -> Path:
    """Save a routine from the editor; returns where it now lives.

    ``original`` is the file it was read from and the text it had then: the new text keeps what
    a person wrote there (content/routine_toml.py), and the file keeps its name unless the id
    changed (then the routine moves to ``ID.toml`` and the old file goes once the new one is
    written). A new routine gets a file of its own. Raises OSError when it cannot be written.
    """
    keep = None
    if original is None:
        text = routine_to_toml(routine)
    else:
        path, old_text = original
        text = update_routine_text(old_text, routine, origins)
        if _id_in(old_text) == routine.id:
            keep = path
    target = keep if keep is not None else free_path(folder, routine.id)
    write_atomically(target, text.encode("utf-8"))
    if original is not None and not _same_file(original[0], target):
        original[0].unlink(missing_ok=True)
    return target


def _id_in(text: str) -> object:
    try:
        return parse_toml(text, "").get("id")
    except ContentError:
        return None


def _with_source(routine: Routine, path: Path) -> Routine:
    return replace(routine, source=str(path))
