"""The JSON Schema for routine files agrees with the loader: what one accepts, so does the other,
and its lists of values are the app's own."""

from __future__ import annotations

import json
import tomllib
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

from hamstring_desktop.content import (
    ContentError,
    Library,
    Routine,
    RoutineWhen,
    Side,
    StepKind,
    Zone,
    parse_routine,
)
from hamstring_desktop.content.loader import REST_STEP_KEYS, TECHNIQUE_STEP_KEYS, WAIT_STEP_KEYS
from hamstring_desktop.content.routine_toml import routine_to_toml
from tests.conftest import ASSETS
from tests.helpers.routine_strategies import editor_routines

SCHEMA: dict[str, Any] = json.loads(
    (ASSETS / "schema" / "routine-v1.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)


def schema_accepts(text: str) -> bool:
    return VALIDATOR.is_valid(tomllib.loads(text))


def loader_accepts(text: str, library: Library) -> bool:
    from hamstring_desktop.content.loader import check_routine_references

    try:
        routine = parse_routine(text, "mine.toml")
        check_routine_references(routine, text, {t.id: t for t in library.techniques})
    except ContentError:
        return False
    return True


def test_the_schema_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_its_values_and_keys_are_the_apps_own(library: Library) -> None:
    definitions = SCHEMA["definitions"]
    technique = definitions["techniqueStep"]["properties"]
    assert SCHEMA["properties"]["when"]["enum"] == [w.value for w in RoutineWhen]
    assert technique["side"]["enum"] == [s.value for s in Side]
    assert technique["zone"]["enum"] == [z.value for z in Zone]
    assert technique["technique"]["enum"] == sorted(t.id for t in library.techniques)
    assert set(technique) == {"kind", *TECHNIQUE_STEP_KEYS}
    assert set(definitions["restStep"]["properties"]) == {"kind", *REST_STEP_KEYS}
    assert set(definitions["waitStep"]["properties"]) == {"kind", *WAIT_STEP_KEYS}
    kinds = {definitions[f"{kind.value}Step"]["properties"]["kind"]["const"] for kind in StepKind}
    assert kinds == {kind.value for kind in StepKind}
    # Every key says what it is for: editors show these as help.
    for name, definition in {**SCHEMA["properties"], **technique}.items():
        assert definition.get("description") or "$ref" in definition, name


def test_every_built_in_routine_is_valid(asset_texts: dict[str, str]) -> None:
    # routines/de/ and the like hold translations of the texts, not routines.
    routines = {
        path: text
        for path, text in asset_texts.items()
        if path.count("/") == 1 and path.startswith("routines/")
    }
    assert len(routines) == 4
    for path, text in routines.items():
        assert schema_accepts(text), path


@settings(max_examples=150, deadline=None)
@given(routine=editor_routines())
def test_every_routine_the_editor_can_build_is_valid(routine: Routine) -> None:
    assert schema_accepts(routine_to_toml(routine))


GOOD = """\
id = "evening"
name = "Evening"
when = "rest-day"

[[steps]]
kind = "wait"
instruction = "Lie on your front."

[[steps]]
technique = "foam-rolling"
seconds = 60
side = "each"

[[steps]]
kind = "rest"
seconds = 30
"""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", ""),
        ('id = "evening"', 'id = "Evening"'),
        ('id = "evening"', 'id = "' + "a" * 65 + '"'),
        ('name = "Evening"', 'name = "  "'),
        ('when = "rest-day"', 'when = "never"'),
        ('kind = "wait"', 'kind = "pause"'),
        ('kind = "wait"', 'kind = "wait"\nseconds = 10'),
        ('kind = "rest"', 'kind = "rest"\nside = "each"'),
        ("seconds = 30\n", ""),
        ("seconds = 60", "seconds = 0"),
        ("seconds = 60", "seconds = 3601"),
        ("seconds = 60", "seconds = 60.5"),
        ('side = "each"', 'side = "middle"'),
        ('side = "each"\n', ""),
        ('side = "each"', 'side = "each"\nzone = "top"'),
        ('side = "each"', 'side = "each"\npace_seconds = 31'),
        ('side = "each"', 'side = "each"\nhold = "yes"'),
        ('side = "each"', 'side = "each"\ncolour = "red"'),
        ('technique = "foam-rolling"', 'technique = "foam-roling"'),
        ('technique = "foam-rolling"', 'kind = "technique"\ntechnique = "foam-rolling"'),
        ('when = "rest-day"', 'when = "rest-day"\nauthor = "me"'),
        ('technique = "foam-rolling"\nseconds = 60\nside = "each"', 'kind = "wait"'),
    ],
)
def test_the_schema_accepts_exactly_what_the_loader_accepts(old: str, new: str, library: Library) -> None:
    text = GOOD.replace(old, new, 1) if old else GOOD
    assert schema_accepts(text) == loader_accepts(text, library), text
