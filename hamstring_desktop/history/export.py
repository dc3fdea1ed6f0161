"""Exporters: the history as JSON (CSV and PDF come with the history view)."""

from __future__ import annotations

import json
from pathlib import Path

from hamstring_desktop.history.store import SessionRecord
from hamstring_desktop.services.safe_io import write_atomically


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


def export_json(records: list[SessionRecord], target: Path) -> None:
    """Write ``{"sessions": [...]}`` to ``target`` through the safe writer: atomically, so a full
    disk never leaves half a file or destroys an older export; through symbolic links; keeping
    the old file's permissions; straight into a FIFO or ``/dev/stdout``."""
    document = {"sessions": [session_json(record) for record in records]}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_atomically(target, text.encode("utf-8"))
