"""Unsaved changes kept when the app must close without asking (a log-out, ``kill``): the editor's
document as it was, written beside the routines as ``.ID.unsaved.json`` (hidden, so never read as
a routine), and read back when the routine next opens.

The file holds the routine exactly as the editor held it, even when it could not be saved yet (an
empty name, say), and for each step the step of the routine's file it came from, so comments stay
with their steps when the changes are restored and saved. Those origins count only while the file
is still the one they were taken from (its SHA-256 is kept too); otherwise the steps are restored
without them. A second set of kept changes never replaces a first: it takes the next free name
(``.ID.unsaved-2.json``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side, StepKind, Zone
from hamstring_desktop.services.safe_io import write_atomically

FORMAT = "hamstring-desktop kept changes"
VERSION = 1
SUFFIX = ".json"
LIMIT = 1024 * 1024  # a kept routine is a few kilobytes


@dataclass(frozen=True)
class KeptChanges:
    """A routine as the editor held it, and per step the file's step it came from (or None)."""

    routine: Routine
    origins: tuple[int | None, ...]


def _digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def kept_files(folder: Path, routine_id: str) -> list[Path]:
    """The kept changes of the routine ``routine_id``, the oldest first."""
    try:
        found = [
            *folder.glob(f".{routine_id}.unsaved{SUFFIX}"),
            *folder.glob(f".{routine_id}.unsaved-*{SUFFIX}"),
        ]
    except OSError:
        return []
    return sorted(found, key=_order)


def _order(path: Path) -> int:
    number = path.name.removesuffix(SUFFIX).rpartition(".unsaved")[2].removeprefix("-")
    return int(number) if number.isdigit() else 1


def kept_ids(folder: Path) -> list[str]:
    """The ids of the routines with kept changes in ``folder``."""
    try:
        names = sorted(p.name for p in folder.glob(f".*.unsaved*{SUFFIX}"))
    except OSError:
        return []
    return sorted({name[1:].rpartition(".unsaved")[0] for name in names if ".unsaved" in name})


def write_kept(
    folder: Path, routine_id: str, routine: Routine, origins: tuple[int | None, ...], file_text: str | None
) -> Path:
    """Write the changes to the next free ``.ID.unsaved[-N].json``; returns its path."""
    target = folder / f".{routine_id}.unsaved{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f".{routine_id}.unsaved-{number}{SUFFIX}"
        number += 1
    document = {
        "format": FORMAT,
        "version": VERSION,
        "file_sha256": _digest(file_text),
        "origins": list(origins),
        "routine": {
            "id": routine.id,
            "name": routine.name,
            "when": routine.when.value,
            "description": routine.description,
            "steps": [
                {
                    "technique": step.technique,
                    "seconds": step.seconds,
                    "side": step.side.value,
                    "zone": step.zone.value,
                    "instruction": step.instruction,
                    "pace_seconds": step.pace_seconds,
                    "hold": step.hold,
                    "kind": step.kind.value,
                }
                for step in routine.steps
            ],
        },
    }
    write_atomically(target, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def read_kept(path: Path, file_text: str | None) -> KeptChanges:
    """The changes kept in ``path``; origins only if the routine's file is still ``file_text``.
    Raises ValueError (with what is wrong) or OSError."""
    raw = path.read_bytes()[: LIMIT + 1]
    if len(raw) > LIMIT:
        raise ValueError("the file is too large")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"it is not readable JSON ({error})") from None
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("version") != VERSION
    ):
        raise ValueError("it is not a file of kept changes this version of the app writes")
    try:
        fields = document["routine"]
        steps = tuple(_step(entry) for entry in fields["steps"])
        routine = Routine(
            _text(fields["id"]),
            _text(fields["name"]),
            RoutineWhen(fields["when"]),
            _text(fields["description"]),
            steps,
        )
        origins: tuple[int | None, ...] = (None,) * len(steps)
        stored = document["origins"]
        same_file = document.get("file_sha256") == _digest(file_text)
        if same_file and isinstance(stored, list) and len(stored) == len(steps):
            origins = tuple(o if isinstance(o, int) and not isinstance(o, bool) else None for o in stored)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"a value is missing or wrong ({error})") from None
    return KeptChanges(routine, origins)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{value!r} is not a whole number")
    return value


def _step(entry: Any) -> RoutineStep:
    pace = entry["pace_seconds"]
    hold = entry["hold"]
    if not isinstance(hold, bool):
        raise TypeError(f"{hold!r} is not true or false")
    return RoutineStep(
        _text(entry["technique"]),
        _whole(entry["seconds"]),
        Side(entry["side"]),
        Zone(entry["zone"]),
        _text(entry["instruction"]),
        None if pace is None else _whole(pace),
        hold,
        StepKind(entry["kind"]),
    )
