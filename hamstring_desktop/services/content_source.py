"""Read the built-in content from Qt resources and the user's routines from the data dir."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDirIterator, QFile, QIODevice

from hamstring_desktop import _resources_rc  # noqa: F401  (registers the ':/' resources)
from hamstring_desktop.content import (
    ContentError,
    Library,
    Routine,
    Technique,
    load_library,
    parse_routine,
)
from hamstring_desktop.content.loader import check_routine_references, sort_routines

RESOURCE_ROOT = ":/"


def read_resource(path: str) -> bytes:
    """The bytes of one resource (``content/tools.toml`` → ``:/content/tools.toml``)."""
    handle = QFile(RESOURCE_ROOT + path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"resource {path!r} is not compiled into the app")
    try:
        return bytes(handle.readAll().data())
    finally:
        handle.close()


def builtin_texts() -> dict[str, str]:
    """Every built-in TOML text, keyed by its path relative to assets/."""
    texts: dict[str, str] = {}
    for folder in ("content", "routines"):
        iterator = QDirIterator(
            RESOURCE_ROOT + folder, ["*.toml"], flags=QDirIterator.IteratorFlag.Subdirectories
        )
        while iterator.hasNext():
            resource = iterator.next()
            relative = resource.removeprefix(RESOURCE_ROOT)
            texts[relative] = read_resource(relative).decode("utf-8")
    return texts


def read_routine_file(path: Path, techniques: Mapping[str, Technique]) -> Routine:
    """Read and fully validate one routine file; every failure is a located ContentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError(str(path), 0, "", "is not UTF-8 text") from None
    except OSError as error:
        raise ContentError(str(path), 0, "", f"cannot be read: {error.strerror}") from None
    routine = parse_routine(text, str(path))
    check_routine_references(routine, text, techniques)
    return routine


@dataclass(frozen=True)
class LoadedContent:
    """The library with the user's routines merged in, and the user files that failed."""

    library: Library
    user_errors: tuple[ContentError, ...] = field(default=())


def load_content(user_routines_dir: Path | None = None) -> LoadedContent:
    """Load the built-in library (errors there are bugs and raise) plus valid user routines.

    A broken user routine never stops the app: it is left untouched on disk and reported.
    A user routine whose id matches a built-in one is reported rather than replacing it.
    """
    library = load_library(builtin_texts())
    if user_routines_dir is None or not user_routines_dir.is_dir():
        return LoadedContent(library)
    techniques = {t.id: t for t in library.techniques}
    taken = {r.id: r.source for r in library.routines}
    routines: list[Routine] = list(library.routines)
    errors: list[ContentError] = []
    for path in sorted(user_routines_dir.glob("*.toml")):
        try:
            routine = read_routine_file(path, techniques)
        except ContentError as error:
            errors.append(error)
            continue
        if routine.id in taken:
            message = f"'{routine.id}' is already used by {taken[routine.id]}"
            errors.append(ContentError(str(path), 0, "id", message))
            continue
        taken[routine.id] = routine.source
        routines.append(routine)
    merged = Library(
        library.tools, library.muscles, library.techniques, sort_routines(routines), library.guide
    )
    return LoadedContent(merged, tuple(errors))
