"""Exporters: the history as JSON (CSV and PDF come with the history view)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hamstring_desktop.history.store import SessionRecord


def session_json(record: SessionRecord) -> dict[str, object]:
    """One session in the export format documented in the README."""
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "outcome": record.outcome,
        "active_seconds": record.active_seconds,
        "steps": [
            {
                "technique_id": step.technique_id,
                "side": step.side,
                "zone": step.zone,
                "planned_seconds": step.planned_seconds,
                "actual_seconds": step.actual_seconds,
                "completed": step.completed,
            }
            for step in record.steps
        ],
        "pain_step": record.pain_step,
        "tightness_before": record.tightness_before.as_dict(),
        "tightness_after": record.tightness_after.as_dict(),
        "notes": record.notes,
    }


def write_atomically(target: Path, text: str) -> None:
    """Write to a temporary file beside ``target`` and rename it over, so a full disk or a crash
    never leaves a half-written export (or destroys an older one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_json(records: list[SessionRecord], target: Path) -> None:
    """Write ``{"sessions": [...]}`` to ``target``."""
    document = {"sessions": [session_json(record) for record in records]}
    write_atomically(target, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
