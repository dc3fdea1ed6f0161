"""The shipped JSON Schema and the importer's own validator for it: the schema is a valid draft
2020-12 schema, and the validator accepts and refuses exactly what the jsonschema library does."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hamstring_desktop.history.schema import SchemaProblem, Validator, history_validator, schema_text
from tests.conftest import ASSETS

SHIPPED = json.loads((ASSETS / "schema" / "history-v2.schema.json").read_text(encoding="utf-8"))
REFERENCE = jsonschema.Draft202012Validator(SHIPPED)
VALID: dict[str, Any] = {
    "schema_version": 1,
    "app_version": "0.1.0",
    "exported_at": "2026-11-25T09:00:00+01:00",
    "sessions": [
        {
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
            "notes": "ça va",
        }
    ],
    "steps": [
        {
            "session_id": "5f0c3c1e-8a7b-4c1d-9e2f-0a1b2c3d4e5f",
            "position": 0,
            "technique_id": "foam-rolling",
            "side": "both",
            "zone": "full",
            "planned_seconds": 60,
            "actual_seconds": 60.0,
            "completed": True,
            "ended_at": "2026-11-24T18:01:05.5+01:00",
        }
    ],
}


def test_the_schema_is_valid_and_ships_as_it_is_in_assets() -> None:
    jsonschema.Draft202012Validator.check_schema(SHIPPED)
    assert json.loads(schema_text()) == SHIPPED  # the compiled resources carry this very file
    assert REFERENCE.is_valid(VALID)
    history_validator().check(VALID)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value in a document."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += leaves(item, (*path, index))
    return found


PATHS = [path for path in leaves(VALID) if path]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-20, 2_000_000_000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", "left", "gave up", "2026-11-24T18:00:00+01:00", "2026-13-01", "1", "x" * 70])
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = document
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(json_values)
            elif action == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=6))] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the way there
    return document


@settings(max_examples=400, derandomize=True, database=None, deadline=None)
@given(document=mutated_documents())
def test_the_validator_agrees_with_jsonschema(document: Any) -> None:
    expected = REFERENCE.is_valid(document)
    try:
        history_validator().check(document)
    except SchemaProblem as problem:
        assert not expected, f"refused a valid document at {problem.pointer()}: {problem.message}"
        errors = [error.json_path for error in REFERENCE.iter_errors(document)]
        assert errors, problem.message
        return
    assert expected, [error.message for error in REFERENCE.iter_errors(document)][:3]


def with_step(**changes: Any) -> dict[str, Any]:
    return {**VALID, "steps": [{**VALID["steps"][0], **changes}]}


UPPER_CASE_ID = "5F0C3C1E-8A7B-4C1D-9E2F-0A1B2C3D4E5F"


@pytest.mark.parametrize(
    ("value", "pointer", "message"),
    [
        ({**VALID, "schema_version": True}, "/schema_version", "must be one of 1, 2, not true"),
        (with_step(position=2.0), "", ""),  # 2.0 is a whole number
        (with_step(position=2.5), "/steps/0/position", "must be a whole number"),
        (with_step(completed=1), "/steps/0/completed", "must be true or false, not 1"),
        (
            {**VALID, "sessions": [{**VALID["sessions"][0], "id": UPPER_CASE_ID}]},
            "/sessions/0/id",
            "expected form",
        ),
        ({**VALID, "a/b~c": 1}, "/a~1b~0c", "is not a key this format has"),
    ],
)
def test_problems_name_the_json_pointer_of_the_bad_value(value: Any, pointer: str, message: str) -> None:
    assert REFERENCE.is_valid(value) is (not message)
    if not message:
        history_validator().check(value)
        return
    with pytest.raises(SchemaProblem) as caught:
        history_validator().check(value)
    assert caught.value.pointer() == pointer and message in caught.value.message


def test_a_keyword_the_validator_does_not_know_is_refused_when_the_schema_is_read() -> None:
    with pytest.raises(ValueError, match="does not know: \\['uniqueItems'\\]"):
        Validator({"type": "array", "uniqueItems": True})
    with pytest.raises(ValueError, match="only references"):
        Validator({"$ref": "https://example.invalid/other.json"})
