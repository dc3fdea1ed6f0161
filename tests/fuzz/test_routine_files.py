"""Routine files, generated and mutated: the reader gives a routine or a brief ContentError."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.checks import ASSETS, check_routine_file, check_routine_import
from tests.fuzz.support import CRASHERS, fuzz, keep_crasher, mutated

FULL_EXAMPLE = b"""\
id = "desk-break"
name = "Desk break"
when = "rest-day"
description = "Five calm minutes."

[[steps]]
technique = "foam-rolling"
seconds = 60
side = "each"
zone = "full"
instruction = "Roll slowly."
pace_seconds = 3

[[steps]]
technique = "knuckle-massage"
seconds = 30
side = "left"
zone = "middle"
hold = true

[[steps]]
kind = "rest"
seconds = 30
instruction = "Shake out your legs."

[[steps]]
kind = "wait"
instruction = "Turn over."

[[steps]]
kind = "technique"
technique = "foam-rolling"
seconds = 45
side = "right"
"""
SEEDS = [
    FULL_EXAMPLE,
    *(p.read_bytes() for p in sorted((ASSETS / "routines").glob("*.toml"))),
    *(p.read_bytes() for p in sorted(CRASHERS.glob("*.toml"))),
]

TECHNIQUES = ["foam-rolling", "knuckle-massage", "cross-fiber-friction", "compression-massage", "elbow"]
CHOICES = {
    "when": ["pre-workout", "post-workout", "rest-day", "any", "never"],
    "side": ["left", "right", "both", "each", "middle"],
    "zone": ["upper", "middle", "lower", "full", "top"],
    "technique": TECHNIQUES,
    "id": ["desk-break", "pre-workout", "Not An Id", "a" * 65],
    "kind": ["technique", "rest", "wait", "pause"],
}
ROOT_KEYS = ["id", "name", "when", "description", "steps"]
STEP_KEYS = ["kind", "technique", "seconds", "side", "zone", "instruction", "pace_seconds", "hold"]

scalars = st.one_of(
    st.integers(-(10**30), 10**30),
    st.integers(0, 4000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.datetimes(),
    st.dates(),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


def toml_value(value: object) -> str:
    """A value written as TOML (inline forms only)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**20 else f"0x{value:x}" if value > 0 else str(value)
    if isinstance(value, float):
        return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(repr(value), repr(value))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    return value.isoformat()  # type: ignore[attr-defined]


def toml_key(key: str) -> str:
    bare = key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key)
    return key if bare else json.dumps(key, ensure_ascii=False)


@st.composite
def field_value(draw: st.DrawFn, key: str) -> object:
    """Mostly a plausible value for the key, sometimes anything at all."""
    if draw(st.integers(0, 3)) == 0:
        return draw(values)
    if key in CHOICES:
        return draw(st.sampled_from(CHOICES[key]))
    if key in ("seconds", "pace_seconds"):
        return draw(st.integers(-5, 4000))
    if key == "hold":
        return draw(st.booleans())
    return draw(st.text(max_size=20, alphabet=st.characters(exclude_categories=("Cs",))))


@st.composite
def table(draw: st.DrawFn, keys: list[str]) -> list[str]:
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, min_size=len(keys) - 4))
    chosen += draw(st.lists(st.text(min_size=1, max_size=10), max_size=2))
    lines = [f"{toml_key(key)} = {toml_value(draw(field_value(key)))}" for key in chosen]
    return draw(st.permutations(lines))


@st.composite
def routine_documents(draw: st.DrawFn) -> bytes:
    """A routine file built from the format's keys, with plausible and implausible values."""
    root = [line for line in draw(table(ROOT_KEYS[:-1])) if not line.startswith("steps")]
    steps = draw(st.lists(table(STEP_KEYS), max_size=5))
    parts = ["\n".join(root)] + ["[[steps]]\n" + "\n".join(step) for step in steps]
    return ("\n\n".join(parts) + "\n").encode("utf-8")


@fuzz(300)
@given(data=routine_documents())
def test_generated_routine_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".toml", lambda d: check_routine_file(d, fuzz_dir))


@fuzz(1000)
@given(data=mutated(SEEDS))
def test_mutated_routine_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".toml", lambda d: check_routine_file(d, fuzz_dir))


@fuzz(300)
@given(data=st.binary(max_size=300))
def test_random_bytes_as_a_routine_file(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".toml", lambda d: check_routine_file(d, fuzz_dir))


@fuzz(300)
@given(data=mutated(SEEDS))
def test_importing_a_mutated_file_imports_it_whole_or_nothing(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".toml", lambda d: check_routine_import(d, fuzz_dir))
