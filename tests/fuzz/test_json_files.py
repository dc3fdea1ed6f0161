"""JSON files (the reader imports will use), generated and mutated: parsed data or a ContentError."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.checks import check_json_file
from tests.fuzz.support import CRASHERS, fuzz, keep_crasher, mutated

EXPORT = b"""{
  "sessions": [
    {"id": 1, "routine_id": "pre-workout", "routine_name": "Pre-workout warm-up",
     "started_at": "2026-11-24T18:00:00+01:00", "ended_at": null, "outcome": "completed",
     "active_seconds": 240.5, "pain_step": null,
     "steps": [{"technique_id": "foam-rolling", "side": "left", "zone": "full",
                "planned_seconds": 60, "actual_seconds": 60.0, "completed": true}],
     "tightness_before": {"left": 6, "right": 7}, "tightness_after": null, "notes": "caf\\u00e9"}
  ]
}
"""
SEEDS = [EXPORT, *(p.read_bytes() for p in sorted(CRASHERS.glob("*.json")))]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=30,
)


@fuzz(300)
@given(value=json_values, indent=st.sampled_from([None, 2]))
def test_generated_json_files(value: object, indent: int | None, fuzz_dir: Path) -> None:
    data = json.dumps(value, indent=indent).encode("utf-8")
    keep_crasher(data, ".json", lambda d: check_json_file(d, fuzz_dir))


@fuzz(1000)
@given(data=mutated(SEEDS))
def test_mutated_json_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".json", lambda d: check_json_file(d, fuzz_dir))
