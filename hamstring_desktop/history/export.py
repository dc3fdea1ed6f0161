"""Exports: the history as CSV (one row per session), as a steps CSV (one row per step) and as
JSON (everything, in the format of ``history-v2.schema.json``), optionally for a range of dates.

Rows are streamed from the database into the safe writer (``services/safe_io.py``): nothing is
built in memory whole, the file appears only once it is complete (a temporary file renamed over
the target), and a failure or a cancel leaves the old file, if any, as it was.

CSV files are UTF-8 with a header row and CRLF line ends (RFC 4180). Numbers are written as
numbers; every text cell is quoted (quotes inside doubled), and one that a spreadsheet could take
for a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a line feed)
gets a leading single quote inside its quotes, as OWASP's advice on CSV injection has it. Not a
tab: a tab is itself one of the triggers. SQLite builds each CSV line itself, in one ``printf``:
handing every value to Python first would make a CSV export of 100,000 sessions take twice as
long, and joining the cells with ``||`` takes twice as long again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hamstring_desktop import __version__
from hamstring_desktop.history.plans import plan_json
from hamstring_desktop.history.schema import FORMAT_VERSION
from hamstring_desktop.history.store import (
    ALL_DATES,
    Cancelled,
    DateRange,
    HistoryStore,
    PlanStep,
    SessionRecord,
    StepRecord,
)
from hamstring_desktop.services.safe_io import writing_atomically

FORMATS = ("csv", "steps-csv", "json")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
CHUNK_ROWS = 2000  # rows between two looks at the cancel flag (and two progress reports)
PLANS_KEPT = 1000  # plans written out, kept to be used again (most sessions share a few)
Progress = Callable[[int], None]  # percent done

# A CSV column: its header, how its cells are written, and what it holds (a session field by
# name, or an SQL expression over ``sessions s`` and, in the steps file, ``steps st``). Kinds:
#   text: quoted, quotes doubled, a leading single quote where a spreadsheet would see a formula;
#   plain: quoted; text of a fixed shape that holds neither quotes nor a formula's first
#       character (ids, times, outcomes, sides: the schema, the importer and the salvage see to it);
#   number: as it is, an empty cell for nothing.
Column = tuple[str, str, str]
SESSION_CSV: tuple[Column, ...] = (
    ("id", "plain", "uid"),
    ("date", "plain", "substr(s.started_at, 1, 10)"),
    ("started_at", "plain", "started_at"),
    ("ended_at", "plain", "ended_at"),
    ("routine_id", "text", "routine_id"),
    ("routine_name", "text", "routine_name"),
    ("outcome", "plain", "outcome"),
    ("active_seconds", "number", "active_seconds"),
    ("steps", "number", "step_count"),
    ("steps_completed", "number", "steps_completed"),
    ("pain_step", "number", "pain_step"),
    ("tightness_before_left", "number", "tightness_before_left"),
    ("tightness_before_right", "number", "tightness_before_right"),
    ("tightness_after_left", "number", "tightness_after_left"),
    ("tightness_after_right", "number", "tightness_after_right"),
    ("notes", "text", "notes"),
    # Added with the plan (after the columns an older export had, so that they keep their
    # places): empty for a session recorded before the history kept plans.
    ("planned_steps", "number", "planned_steps"),
    ("planned_seconds", "number", "planned_seconds"),
)
# The header of a sessions CSV written before the plan was kept.
SESSION_COLUMNS_BEFORE_PLANS = tuple(header for header, _, _ in SESSION_CSV[:16])
STEP_CSV: tuple[Column, ...] = (
    ("session_id", "plain", "uid"),
    ("position", "number", "st.position"),
    ("technique_id", "text", "st.technique_id"),
    ("side", "plain", "st.side"),
    ("zone", "text", "st.zone"),
    ("planned_seconds", "number", "st.planned_seconds"),
    ("actual_seconds", "number", "st.actual_seconds"),
    ("completed", "plain", "CASE st.completed WHEN 1 THEN 'true' ELSE 'false' END"),
    ("ended_at", "plain", "st.ended_at"),
)
SESSION_COLUMNS = tuple(header for header, _, _ in SESSION_CSV)
STEP_COLUMNS = tuple(header for header, _, _ in STEP_CSV)
_APOSTROPHE = "''''"  # a single quote, as an SQL string


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    sessions: int
    steps: int


def csv_line_sql(columns: tuple[Column, ...], store: HistoryStore) -> str:
    """One SQL expression that makes a whole CSV line (without its line end) of a row: one
    ``printf`` call (``%w`` doubles double quotes), so SQLite builds each line in one piece."""
    triggers = ", ".join(str(ord(character)) for character in FORMULA_TRIGGERS)
    cells, values = [], []
    for _, kind, source in columns:
        value = store.session_column(source) if source.isidentifier() else source
        if kind == "text":
            text = f"COALESCE({value}, '')"
            cells.append('"%s%w"')
            values += [f"CASE WHEN unicode({text}) IN ({triggers}) THEN {_APOSTROPHE} ELSE '' END", text]
        elif kind == "plain":
            cells.append('"%s"')  # nothing (NULL) is written as an empty string
            values.append(value)
        else:
            cells.append("%s")
            values.append(value)
    return f"printf('{','.join(cells)}', {', '.join(values)})"


def tightness(left: int | None, right: int | None) -> dict[str, int | None] | None:
    """A check-in as the JSON format has it: null when neither leg was rated."""
    if left is None and right is None:
        return None
    return {"left": left, "right": right}


def session_json(record: SessionRecord) -> dict[str, Any]:
    """One session in the JSON format (``history-v2.schema.json``, ``$defs/session``)."""
    return {**_session_fields(record), "plan": plan_json(record.plan)}


def _session_fields(record: SessionRecord) -> dict[str, Any]:
    """A session in the JSON format, all but its plan."""
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "outcome": record.outcome,
        "active_seconds": record.active_seconds,
        "pain_step": record.pain_step,
        "tightness_before": tightness(record.before_left, record.before_right),
        "tightness_after": tightness(record.after_left, record.after_right),
        "notes": record.notes,
    }


def step_json(session_id: str, step: StepRecord) -> dict[str, Any]:
    """One step in the JSON format (``$defs/step``)."""
    return {
        "session_id": session_id,
        "position": step.position,
        "technique_id": step.technique_id,
        "side": step.side,
        "zone": step.zone,
        "planned_seconds": step.planned_seconds,
        "actual_seconds": step.actual_seconds,
        "completed": step.completed,
        "ended_at": step.ended_at,
    }


def export_history(
    store: HistoryStore,
    kind: str,
    target: Path,
    dates: DateRange = ALL_DATES,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress = lambda percent: None,
    now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
) -> ExportResult:
    """Write the sessions of ``store`` in ``dates`` to ``target`` as ``kind`` (one of
    :data:`FORMATS`). Raises :class:`OSError` when the file cannot be written and
    :class:`~hamstring_desktop.history.store.Cancelled` when ``cancelled`` says so; either way
    nothing is left half-written."""
    if kind not in FORMATS:
        raise ValueError(f"unknown export format {kind!r}")
    sessions = store.count_sessions(dates)
    steps = store.count_steps(dates) if kind != "csv" else 0
    counter = _Counter(max(sessions + steps, 1), cancelled, progress)
    with writing_atomically(target) as stream:
        if kind == "json":
            _write_json(stream.write_text, store, dates, counter, now)
        else:
            columns, headers = (SESSION_CSV, SESSION_COLUMNS) if kind == "csv" else (STEP_CSV, STEP_COLUMNS)
            stream.write_text(",".join(f'"{header}"' for header in headers) + "\r\n")
            line = csv_line_sql(columns, store)
            for batch in store.select_batches([line], dates, steps=kind == "steps-csv", size=CHUNK_ROWS):
                stream.write_text("\r\n".join([row[0] for row in batch]) + "\r\n")
                counter.chunk(len(batch))
    progress(100)
    return ExportResult(sessions, steps)


class _Counter:
    """Counts rows; every :data:`CHUNK_ROWS` rows, asks whether to stop and reports progress."""

    def __init__(self, total: int, cancelled: Callable[[], bool], progress: Progress) -> None:
        self.total = total
        self.done = 0
        self.cancelled = cancelled
        self.progress = progress

    def chunk(self, rows: int) -> None:
        self.done += rows
        if self.cancelled():
            raise Cancelled
        self.progress(min(99, 100 * self.done // self.total))


def _write_json(
    write: Callable[[str], int],
    store: HistoryStore,
    dates: DateRange,
    counter: _Counter,
    now: Callable[[], datetime],
) -> None:
    """The JSON file, one session or step per line (readable, and easy to compare)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    write(
        "{\n"
        f'  "schema_version": {FORMAT_VERSION},\n'
        f'  "app_version": {encode(__version__)},\n'
        f'  "exported_at": {encode(now().isoformat(timespec="seconds"))},\n'
        '  "sessions": ['
    )
    separator = "\n    "
    rows = 0
    # Most sessions of a routine have the same plan (one object, as the reader shares it): each
    # plan is written out once and its text used again.
    plans: dict[int, tuple[tuple[PlanStep, ...] | None, str]] = {}
    for record in store.iter_sessions(dates):
        kept = plans.get(id(record.plan))
        if kept is None or kept[0] is not record.plan:
            if len(plans) > PLANS_KEPT:
                plans.clear()
            kept = plans[id(record.plan)] = (record.plan, encode(plan_json(record.plan)))
        fields = encode(_session_fields(record))
        write(f'{separator}{fields[:-1]}, "plan": {kept[1]}}}')
        separator = ",\n    "
        rows += 1
        if rows == CHUNK_ROWS:
            counter.chunk(rows)
            rows = 0
    write('\n  ],\n  "steps": [')
    separator = "\n    "
    for session_id, step in store.iter_steps(dates):
        write(separator + encode(step_json(session_id, step)))
        separator = ",\n    "
        rows += 1
        if rows == CHUNK_ROWS:
            counter.chunk(rows)
            rows = 0
    counter.chunk(rows)
    write("\n  ]\n}\n")
