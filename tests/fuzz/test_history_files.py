"""History files for import, mutated from a real export: checked records, or a ContentError that
names the line (and the JSON pointer of the bad value)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given

from tests.fuzz.checks import check_history_file
from tests.fuzz.support import fuzz, keep_crasher, mutated

SESSION = {
    "id": "5f0c3c1e-8a7b-4c1d-9e2f-0a1b2c3d4e5f",
    "routine_id": "pre-workout",
    "routine_name": "Pre-workout warm-up",
    "started_at": "2026-11-24T18:00:00+01:00",
    "ended_at": "2026-11-24T18:04:10+01:00",
    "outcome": "pain",
    "active_seconds": 72.25,
    "pain_step": 1,
    "tightness_before": {"left": 6, "right": None},
    "tightness_after": None,
    "notes": "café =1+2",
}
STEP = {
    "session_id": SESSION["id"],
    "position": 0,
    "technique_id": "foam-rolling",
    "side": "both",
    "zone": "full",
    "planned_seconds": 60,
    "actual_seconds": 60.0,
    "completed": True,
    "ended_at": "2026-11-24T18:01:05+01:00",
}
PLAN = {
    "steps": [
        {
            "technique_id": "foam-rolling",
            "side": "both",
            "zone": "full",
            "planned_seconds": 60,
            "hold": False,
        },
        {"technique_id": "rest", "side": "both", "zone": "full", "planned_seconds": 20, "hold": False},
        {
            "technique_id": "knuckle-massage",
            "side": "left",
            "zone": "middle",
            "planned_seconds": 45,
            "hold": True,
        },
    ]
}
# One session of each kind: with its plan, and one from before plans were kept (no plan key).
DOCUMENT = {
    "schema_version": 2,
    "app_version": "0.1.0",
    "exported_at": "2026-11-25T09:00:00+01:00",
    "sessions": [
        {**SESSION, "plan": PLAN},
        {**SESSION, "id": "6a1d4d2f-9b8c-4d2e-8f30-1b2c3d4e5f60", "outcome": "completed"},
    ],
    "steps": [
        STEP,
        {**STEP, "position": 1, "side": "left", "completed": False, "ended_at": "2026-11-24T18:01:20.5Z"},
    ],
}
# As the app writes it (one element a line), and compact.
EXPORTS = [
    json.dumps(DOCUMENT, indent=2, ensure_ascii=False).encode("utf-8"),
    json.dumps(DOCUMENT, separators=(",", ":")).encode("utf-8"),
]


def test_the_seed_is_a_valid_history_file(fuzz_dir: Path) -> None:
    for export in EXPORTS:
        check_history_file(export, fuzz_dir)


@fuzz(500)
@given(data=mutated(EXPORTS))
def test_mutated_history_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".json", lambda d: check_history_file(d, fuzz_dir))
