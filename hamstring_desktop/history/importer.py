"""Importing a history file (the app's own JSON export): the whole file is checked first, then
written in one transaction, merging by session id.

The file is read once, as text; its two long lists (``sessions`` and ``steps``) are decoded one
element at a time, checked against the shipped schema (``schema.py``) and kept as compact
records, so a file of 100,000 sessions never becomes a tree of millions of Python objects.
Beyond the schema, every date must be a real date and time, no session id may appear twice, and
every step must name a session in the file. A problem is reported with the JSON pointer of the
bad value and the line it is on (or the line and column of a syntax error), and nothing is
written. A session already in the history (the same id) is left as it is, with its steps, so
importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from hamstring_desktop.content.errors import ContentError
from hamstring_desktop.content.user_text import json_decoder, json_error, line_of
from hamstring_desktop.history.plans import plan_from_json
from hamstring_desktop.history.schema import (
    READABLE_FORMATS,
    SchemaProblem,
    describe,
    history_validator,
    pointer_part,
)
from hamstring_desktop.history.store import Cancelled, HistoryStore, PlanStep, SessionRecord, StepRecord
from hamstring_desktop.services.safe_io import HISTORY_FILE_LIMIT, read_user_text

_SPACE = re.compile(r"[ \t\n\r]*")
_CSV_NAME = re.compile(r"[^\W\d][\w .()/-]{0,63}")  # a column's name: a word, then a few more
LISTS = ("sessions", "steps")
PARSE_SHARE = 60  # of 100: reading and checking the file; the rest is writing it
Progress = Callable[[int], None]  # percent done


@dataclass(frozen=True)
class ImportResult:
    """What an import added, and how many of the file's sessions were already there."""

    sessions: int
    steps: int
    already_there: int


@dataclass
class HistoryFile:
    """A checked history file: every session and every (session id, step), in file order."""

    sessions: list[SessionRecord] = field(default_factory=list)
    steps: list[tuple[str, StepRecord]] = field(default_factory=list)


def import_history(
    store: HistoryStore,
    path: Path,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress = lambda percent: None,
) -> ImportResult:
    """Check the file at ``path`` whole, then add its sessions and steps to ``store`` in one
    transaction. Raises :class:`ContentError` for a bad file (nothing is written),
    :class:`~hamstring_desktop.history.store.Cancelled` when ``cancelled`` says so (nothing is
    written) and :class:`~hamstring_desktop.history.store.HistoryError` when saving fails."""
    checked = read_history_file(path, cancelled, progress)
    total = max(len(checked.sessions) + len(checked.steps), 1)
    added, steps, present = store.add_sessions(
        checked.sessions,
        checked.steps,
        cancelled,
        lambda done: progress(PARSE_SHARE + (100 - PARSE_SHARE) * done // total),
    )
    progress(100)
    return ImportResult(added, steps, present)


def read_history_file(
    path: Path, cancelled: Callable[[], bool] = lambda: False, progress: Progress = lambda percent: None
) -> HistoryFile:
    """Read and check a history file; raises :class:`ContentError` naming the file, the line
    and the JSON pointer of the first problem."""
    text = read_user_text(path, HISTORY_FILE_LIMIT)
    return _Reader(text, str(path), cancelled, progress).read()


class _Reader:
    """One pass over the text of a history file."""

    def __init__(self, text: str, file: str, cancelled: Callable[[], bool], progress: Progress) -> None:
        self.text = text
        self.file = file
        self.cancelled = cancelled
        self.progress = progress
        self.decoder = json_decoder()
        self.scan = self.decoder.scan_once
        self.validator = history_validator()
        self.result = HistoryFile()
        self.first_problem: ContentError | None = None
        self.version: Any = None
        self.version_at = 0
        self.ids: dict[str, str] = {}  # each session id, to share one string between its steps
        self.where: dict[str, int] = {}  # the index of each session id, for a repeated id
        self.unseen: list[tuple[int, int, str]] = []  # steps naming a session not (yet) seen
        self.plans: dict[tuple[PlanStep, ...], tuple[PlanStep, ...]] = {}

    # --- errors -------------------------------------------------------------------------------------

    def syntax(self, message: str, position: int) -> ContentError:
        import json

        return json_error(self.text, self.file, json.JSONDecodeError(message, self.text, position))

    def problem(self, pointer: str, message: str, position: int) -> None:
        """Remember the first problem found (the reading goes on to find the format version)."""
        if self.first_problem is None:
            self.first_problem = ContentError(self.file, line_of(self.text, position), pointer, message)

    # --- the top level ------------------------------------------------------------------------------

    def read(self) -> HistoryFile:
        text = self.text
        position = self.skip(0)
        if not text.startswith("{", position):
            self.refuse_csv()
            self.check_whole_document()  # a syntax error, or a document of the wrong kind
        seen: set[str] = set()
        position = self.skip(position + 1)
        if text.startswith("}", position):
            position += 1
        else:
            while True:
                if not text.startswith('"', position):
                    raise self.syntax("Expecting property name enclosed in double quotes", position)
                key, position = self.decode_key(position)
                if key in seen:
                    self.problem(f"/{pointer_part(key)}", "this key appears twice", position)
                seen.add(key)
                position = self.skip(position)
                if not text.startswith(":", position):
                    raise self.syntax("Expecting ':' delimiter", position)
                position = self.skip(position + 1)
                if key in LISTS and text.startswith("[", position):
                    position = self.read_list(key, position)
                else:
                    position = self.read_value(key, position)
                position = self.skip(position)
                if text.startswith(",", position):
                    position = self.skip(position + 1)
                    continue
                if text.startswith("}", position):
                    position += 1
                    break
                raise self.syntax("Expecting ',' delimiter", position)
        if self.skip(position) != len(text):
            raise self.syntax("Extra data", self.skip(position))
        self.finish(seen)
        return self.result

    def finish(self, keys: set[str]) -> None:
        """The checks that need the whole file: the version first, then the first problem,
        then the keys that must be there and the steps' sessions."""
        if "schema_version" in keys and not (
            isinstance(self.version, int | float)
            and not isinstance(self.version, bool)
            and self.version in READABLE_FORMATS
        ):
            shown = describe(self.version)
            formats = " and ".join(str(number) for number in READABLE_FORMATS)
            if isinstance(self.version, int | float) and not isinstance(self.version, bool):
                message = (
                    f"this file is in history format {shown}, which this version of the app cannot read "
                    f"(it reads formats {formats}); a newer version of the app may"
                )
            else:
                message = f"must be {' or '.join(str(n) for n in READABLE_FORMATS)}, not {shown}"
            raise ContentError(self.file, line_of(self.text, self.version_at), "/schema_version", message)
        if self.first_problem is not None:
            raise self.first_problem
        for name in ("schema_version", *LISTS):
            if name not in keys:
                hint = ": this is not a history file exported by this app" if name == "schema_version" else ""
                raise ContentError(self.file, 1, "", f'the key "{name}" is missing at the top level{hint}')
        for index, position, session_id in self.unseen:
            if session_id not in self.ids:
                raise ContentError(
                    self.file,
                    line_of(self.text, position),
                    f"/steps/{index}/session_id",
                    f"no session in this file has the id {describe(session_id)}",
                )

    def refuse_csv(self) -> None:
        """A CSV file (the app's own CSV export, say) is named as such, not as broken JSON."""
        kind = csv_kind(self.text)
        if kind:
            message = (
                f"only the app's JSON exports can be imported, and this looks like {kind}: "
                "export the history as JSON and import that file"
            )
            raise ContentError(self.file, 1, "", message)

    def check_whole_document(self) -> None:
        """Not an object at the top: decode it whole for the right message."""
        try:
            value = self.decoder.decode(self.text)
        except Exception as error:
            raise json_error(self.text, self.file, error) from None
        try:
            self.validator.check(value)
        except SchemaProblem as problem:
            pointer = problem.pointer()
            message = problem.message if pointer else f"is not a history file: the document {problem.message}"
            raise ContentError(self.file, 1, pointer, message) from None

    def skip(self, position: int) -> int:
        found = _SPACE.match(self.text, position)
        return found.end() if found else position  # pragma: no branch (the pattern matches "")

    def decode_key(self, position: int) -> tuple[str, int]:
        from json.decoder import scanstring

        try:
            return scanstring(self.text, position + 1, True)
        except ValueError as error:
            raise json_error(self.text, self.file, error) from None

    def decode(self, position: int) -> tuple[Any, int]:
        try:
            value, end = self.decoder.raw_decode(self.text, position)
        except Exception as error:
            raise json_error(self.text, self.file, error) from None
        return value, end

    def read_value(self, key: str, position: int) -> int:
        value, end = self.decode(position)
        if key == "schema_version":
            self.version, self.version_at = value, position
            return end
        try:
            self.validator.property_check(key)(value)
        except KeyError:
            self.problem(f"/{pointer_part(key)}", f"{describe(key)} is not a key this format has", position)
        except SchemaProblem as problem:
            self.problem(problem.pointer(f"/{pointer_part(key)}"), problem.message, position)
        return end

    def read_list(self, key: str, position: int) -> int:
        """Decode, check and keep each element of ``sessions`` or ``steps``."""
        text = self.text
        keep = self.keep_session if key == "sessions" else self.keep_step
        check = self.validator.part(key[:-1])
        position = self.skip(position + 1)
        index = 0
        size = max(len(text), 1)
        if text.startswith("]", position):
            return position + 1
        while True:
            value, end = self.decode(position)
            if self.first_problem is None:
                try:
                    check(value)
                except SchemaProblem as problem:
                    self.problem(problem.pointer(f"/{key}/{index}"), problem.message, position)
                else:
                    keep(value, index, position)
            index += 1
            if index % 2000 == 0:
                if self.cancelled():
                    raise Cancelled
                self.progress(PARSE_SHARE * end // size)
            position = end if text[end : end + 1] in (",", "]") else self.skip(end)
            if text.startswith(",", position):
                position = self.skip(position + 1)
                continue
            if text.startswith("]", position):
                return position + 1
            raise self.syntax("Expecting ',' delimiter", position)

    # --- the elements -------------------------------------------------------------------------------

    def real_time(self, value: str, pointer: str, position: int) -> bool:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            self.problem(pointer, f"{describe(value)} is not a real date and time", position)
            return False
        return True

    def keep_session(self, value: dict[str, Any], index: int, position: int) -> None:
        session_id = value["id"]
        for name in ("started_at", "ended_at"):
            if not self.real_time(value[name], f"/sessions/{index}/{name}", position):
                return
        if session_id in self.ids:
            first = self.where[session_id]
            self.problem(
                f"/sessions/{index}/id", f"the id is used twice (also at /sessions/{first}/id)", position
            )
            return
        self.ids[session_id] = session_id
        self.where[session_id] = index
        before = value["tightness_before"] or {}
        after = value["tightness_after"] or {}
        pain = value["pain_step"]
        self.result.sessions.append(
            SessionRecord(
                session_id,
                value["routine_id"],
                value["routine_name"],
                value["started_at"],
                value["ended_at"],
                value["outcome"],
                float(value["active_seconds"]),
                _rating(before.get("left")),
                _rating(before.get("right")),
                _rating(after.get("left")),
                _rating(after.get("right")),
                value["notes"],
                None if pain is None else int(pain),
                plan=self.shared_plan(value.get("plan")),  # a file of format 1 has none
            )
        )

    def shared_plan(self, value: Any) -> tuple[PlanStep, ...] | None:
        """A session's plan, one object for every session with the same plan (most sessions
        of a routine have the same one), so that a large file's plans take little memory."""
        plan = plan_from_json(value)
        if plan is None:
            return None
        return self.plans.setdefault(plan, plan)

    def keep_step(self, value: dict[str, Any], index: int, position: int) -> None:
        if not self.real_time(value["ended_at"], f"/steps/{index}/ended_at", position):
            return
        session_id = value["session_id"]
        shared = self.ids.get(session_id)
        if shared is None:
            self.unseen.append((index, position, session_id))
            shared = session_id
        self.result.steps.append(
            (
                shared,
                StepRecord(
                    int(value["position"]),
                    sys.intern(value["technique_id"]),
                    sys.intern(value["side"]),
                    sys.intern(value["zone"]),
                    float(value["planned_seconds"]),
                    float(value["actual_seconds"]),
                    value["completed"],
                    value["ended_at"],
                ),
            )
        )


def csv_kind(text: str) -> str:
    """What kind of CSV file ``text`` looks like from its first line ("a CSV export of the
    history (a row per session)", "... (a row per step)" or "a CSV file"), or "" when its first
    line is not a CSV header (two or more names, with or without quotes, between commas)."""
    import csv

    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].rstrip("\r")
    if not first or first[0] in "{[":
        return ""
    try:
        cells = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return ""
    names = tuple(cell.strip() for cell in cells)
    if len(names) < 2 or not all(_CSV_NAME.fullmatch(name) for name in names):
        return ""
    from hamstring_desktop.history.export import SESSION_COLUMNS, SESSION_COLUMNS_BEFORE_PLANS, STEP_COLUMNS

    if names in (SESSION_COLUMNS, SESSION_COLUMNS_BEFORE_PLANS):
        return "a CSV export of the history (a row per session)"
    if names == STEP_COLUMNS:
        return "a CSV export of the history (a row per step)"
    return "a CSV file"


def _rating(value: Any) -> int | None:
    return None if value is None else int(value)
