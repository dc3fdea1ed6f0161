"""Read the built-in content from Qt resources and the user's routines from the data dir."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hamstring_desktop.content import (
    ContentError,
    Library,
    Routine,
    Technique,
    load_library,
    parse_routine,
)
from hamstring_desktop.content.errors import each_error, problem
from hamstring_desktop.content.fields import Locator, ParsedTexts, parsed_texts_kept
from hamstring_desktop.content.filtering import sort_routines
from hamstring_desktop.content.loader import CONTENT_ROOTS
from hamstring_desktop.content.translation import SOURCE_LANGUAGE, translation_language
from hamstring_desktop.content.wording import Template, say
from hamstring_desktop.resources import read_resource, resources_in
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text


def builtin_texts(language: str | None = None) -> dict[str, str]:
    """Every built-in TOML text, keyed by its path relative to assets/; with a ``language``, the
    English content and that language's translations only."""
    names = [name for folder in ("content", "routines") for name in resources_in(folder, "*.toml")]
    if language is not None:
        names = [name for name in names if translation_language(name, CONTENT_ROOTS) in (None, language)]
    return {name: read_resource(name).decode("utf-8") for name in names}


def read_routine_file(path: Path, techniques: Mapping[str, Technique]) -> Routine:
    """Read and fully validate one routine file on its own; every failure is a located
    ContentError. (Whether its id is free is for :func:`check_user_routines`.)"""
    return _read_routine(path, techniques)[0]


def _read_routine(path: Path, techniques: Mapping[str, Technique]) -> tuple[Routine, str]:
    text = read_user_text(path, ROUTINE_FILE_LIMIT)
    return parse_routine(text, str(path), techniques), text


def check_user_routines(files: Sequence[Path], library: Library) -> list[Routine | ContentError]:
    """Every rule loading applies to the user's routine files, in the order given: each file
    must read and validate on its own, and its id must not be taken by a built-in routine or
    by an earlier file. One result per file: its routine, or why it is rejected."""
    techniques = {t.id: t for t in library.techniques}
    # id -> who has it: the name of a built-in routine, or the path and real path of an earlier file
    taken = {r.id: (r.name, "") for r in library.routines}
    results: list[Routine | ContentError] = []
    for path in files:
        try:
            routine, text = _read_routine(path, techniques)
        except ContentError as error:
            results.append(error)
            continue
        real = os.path.realpath(path)
        owner, owner_file = taken.get(routine.id, ("", ""))
        if owner and owner_file != real:  # the same file named twice is no clash
            if owner_file:
                wording = say(Template.ID_OF_FILE, id=routine.id, file=owner)
            else:
                wording = say(Template.ID_OF_BUILT_IN, id=routine.id, name=owner)
            results.append(problem(str(path), Locator(text).line(key="id"), "id", wording))
            continue
        taken[routine.id] = (str(path), real)
        results.append(routine)
    return results


def user_routine_files(folder: Path) -> tuple[list[Path], list[ContentError]]:
    """The routine files (``*.toml``, hidden ones left out) in the user's folder, sorted; a
    folder that cannot be listed is reported, never silently taken as empty."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(".toml") and not e.name.startswith("."))
    except FileNotFoundError:
        return [], []
    except NotADirectoryError:
        return [], [problem(str(folder), 0, "", say(Template.NOT_A_FOLDER))]
    except OSError as error:
        wording = say(Template.FOLDER_UNREADABLE, reason=str(error.strerror))
        return [], [problem(str(folder), 0, "", wording)]
    return [folder / name for name in names], []


@dataclass(frozen=True)
class LoadedContent:
    """The library with the user's routines merged in, and the problems of the user files that
    failed (each problem on its own, a file's in line order)."""

    library: Library
    user_errors: tuple[ContentError, ...] = field(default=())


def load_content(
    user_routines_dir: Path | None = None,
    language: str = SOURCE_LANGUAGE,
    parsed: ParsedTexts | None = None,
) -> LoadedContent:
    """Load the built-in library in ``language`` (errors there are bugs and raise) plus valid
    user routines (as their files have them). ``parsed``: a memo of the built-in texts parsed on
    an earlier start (the user's files are always read and parsed afresh).

    A broken user routine never stops the app: it is left untouched on disk and reported.
    A user routine whose id matches a built-in one (or an earlier file's) is reported rather
    than replacing it.
    """
    with parsed_texts_kept(parsed) if parsed is not None else contextlib.nullcontext():
        library = load_library(builtin_texts(language), language)
    if user_routines_dir is None:
        return LoadedContent(library)
    files, errors = user_routine_files(user_routines_dir)
    results = check_user_routines(files, library)
    routines = [r for r in results if isinstance(r, Routine)]
    errors += [problem for e in results if isinstance(e, ContentError) for problem in each_error(e)]
    if not routines:
        return LoadedContent(library, tuple(errors))
    merged = Library(
        library.tools,
        library.muscles,
        library.techniques,
        sort_routines([*library.routines, *routines]),
        library.guide,
        library.language,
    )
    return LoadedContent(merged, tuple(errors))
