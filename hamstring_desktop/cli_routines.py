"""The ``routines`` commands that work on files: validate (or check), import, export and schema.

``routines list`` is in ``cli.py``, beside ``techniques list``. Problems go to stderr as
``error:`` lines (a routine file's with its FILE:LINE, every problem of the file in line order)
and the exit code is 1; advice on a routine's dose is a ``warning:`` line, which does not fail
the command.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from hamstring_desktop.paths import DataPaths

if TYPE_CHECKING:
    from hamstring_desktop.content import ContentError, Routine


def run(args: argparse.Namespace, paths: DataPaths, out: TextIO, err: TextIO) -> int:
    """Run ``routines ACTION`` (any but ``list``) with its parsed arguments; returns the exit code."""
    if args.action == "import":
        return _import_routine(paths, args.file, args.replace, out, err)
    if args.action == "export":
        return _export_routine(paths, args.routine, args.output, out, err)
    if args.action == "schema":
        return _print_schema(args.output, out, err)
    return _check_routines(args.files, out, err)  # validate, or its alias check


def _check_routines(files: Sequence[Path], out: TextIO, err: TextIO) -> int:
    """Apply every rule loading applies, including that ids are free (not a built-in routine's,
    not an earlier file's); advice on the dose is a warning, which does not fail the check."""
    from hamstring_desktop.content import ContentError
    from hamstring_desktop.services.content_source import check_user_routines, load_content
    from hamstring_desktop.services.routine_files import located_advice
    from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text

    library = load_content().library
    failed = 0
    for path, result in zip(files, check_user_routines(files, library), strict=True):
        if isinstance(result, ContentError):
            _print_errors(result, err)
            failed += 1
            continue
        print(f"ok: {path}: {_summary(result)}", file=out)
        for warning in located_advice(result, read_user_text(path, ROUTINE_FILE_LIMIT), library):
            print(f"warning: {warning}", file=err)
    return 1 if failed else 0


def _print_errors(error: ContentError, err: TextIO) -> None:
    """An ``error:`` line for each problem ``error`` stands for (all of a file's, in line order)."""
    from hamstring_desktop.content.errors import each_error

    for problem in each_error(error):
        print(f"error: {problem}", file=err)


def _summary(routine: Routine) -> str:
    """ "Desk break, 4 steps, 5:00" (and the waits, which have no time of their own)."""
    from hamstring_desktop.words.durations import clock

    summary = f"{routine.name}, {routine.step_count} steps, {clock(routine.total_seconds)}"
    if routine.wait_count:
        summary += f" and {routine.wait_count} wait{'s' if routine.wait_count > 1 else ''} for you"
    return summary


def _import_routine(paths: DataPaths, file: Path, replace: bool, out: TextIO, err: TextIO) -> int:
    """Validate a routine file as a whole and copy it into the user's routines; nothing is
    imported from an invalid file, and an id in use is refused unless ``replace``."""
    from hamstring_desktop.content import ContentError
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.services.routine_files import import_routine

    try:
        paths.ensure()
    except OSError as error:
        print(
            f"error: {error.filename or paths.routines_dir}: cannot be created ({error.strerror})", file=err
        )
        return 1
    library = load_content(paths.routines_dir).library
    try:
        imported = import_routine(file, library, paths.routines_dir, replace=replace)
    except ContentError as error:
        _print_errors(error, err)
        print("nothing was imported", file=err)
        return 1
    except OSError as error:
        print(f"error: {paths.routines_dir}: cannot write the routine ({error.strerror or error})", file=err)
        return 1
    for warning in imported.warnings:
        print(f"warning: {warning}", file=err)
    verb = "replaced" if imported.replaced is not None else "imported"
    routine = imported.routine
    print(f"{verb}: {routine.id} ({_summary(routine)}) as {imported.path}", file=out)
    return 0


def _export_routine(paths: DataPaths, routine_id: str, output: Path, out: TextIO, err: TextIO) -> int:
    """Write a routine's file: yours as you wrote it, a built-in one as it ships."""
    from hamstring_desktop.content import ContentError
    from hamstring_desktop.resources import read_resource
    from hamstring_desktop.services.content_source import load_content
    from hamstring_desktop.services.routine_files import export_routine
    from hamstring_desktop.services.safe_io import folder_problem, is_stdout

    library = load_content(paths.routines_dir).library
    try:
        routine = library.routine(routine_id)
    except KeyError:
        known = ", ".join(r.id for r in library.routines)
        print(f"error: there is no routine '{routine_id[:64]}'; known: {known}", file=err)
        return 1
    problem = folder_problem(output)
    if problem:
        print(f"error: {output}: cannot write the routine ({problem})", file=err)
        return 1
    builtin = read_resource(routine.source).decode("utf-8") if routine.builtin else None
    try:
        export_routine(routine, output, builtin)
    except ContentError as error:
        print(f"error: {error}", file=err)
        return 1
    except OSError as error:
        print(f"error: {output}: cannot write the routine ({error.strerror or error})", file=err)
        return 1
    summary_to = err if is_stdout(output) else out
    print(f"exported {routine.id} ({routine.name}) to {output}", file=summary_to)
    return 0


def _print_schema(output: Path | None, out: TextIO, err: TextIO) -> int:
    """The JSON Schema of routine files, as it ships in the app."""
    from hamstring_desktop.resources import read_resource

    schema = read_resource("schema/routine-v1.schema.json")
    if output is None:
        out.write(schema.decode("utf-8"))
        return 0
    from hamstring_desktop.services.safe_io import folder_problem, write_atomically

    problem = folder_problem(output)
    if problem:
        print(f"error: {output}: cannot write the schema ({problem})", file=err)
        return 1
    try:
        write_atomically(output, schema)
    except OSError as error:
        print(f"error: {output}: cannot write the schema ({error.strerror or error})", file=err)
        return 1
    return 0
