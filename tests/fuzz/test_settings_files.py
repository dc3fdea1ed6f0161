"""settings.ini files, generated and mutated: every setting comes back typed and in range."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hamstring_desktop.services.settings import ALL_SETTINGS
from tests.fuzz.checks import check_settings_file
from tests.fuzz.support import CRASHERS, fuzz, keep_crasher, mutated

REAL = b"""\
[General]
x=1

[anatomy]
labels=true
legs=left

[appearance]
theme=dark

[safety]
acknowledged=true
injured=false

[sound]
muted=false
pacing=true
pacing_seconds=3
voice=true
volume=60

[window]
geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\x5w\\0\\0\\x3\\x83)
state=@ByteArray(\\0\\0\\0\\xff\\0\\0\\0\\0\\xfd\\0\\0\\0\\x2)
"""
# Qt's own note about a damaged "@Variant(...)" value in the file: noise, not a failure.
pytestmark = pytest.mark.qt_log_ignore(r"QVariant::load: unknown user type")

SEEDS = [REAL, *(p.read_bytes() for p in sorted(CRASHERS.glob("*.ini")))]

raw_values = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["true", "false", "TRUE", "yes", "", " ", "system", "dark", "neon", "left", "middle"]),
    st.sampled_from(["1" * 5000, "3000000000", "-2147483649", "1e3", "0x10", "60.5", "inf", "nan"]),
    st.sampled_from(["a, b", '"quoted"', "@Invalid()", "@ByteArray(x)", "@Variant(\\0\\0\\0\\x7f)"]),
    st.sampled_from(["@Size(1 2)", "@Rect(1 2 3 4)", "@Point(1 2)", "@DateTime(x)", "\\x41", "\\n"]),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\r\n"), max_size=20),
)


@st.composite
def settings_documents(draw: st.DrawFn) -> bytes:
    """An INI file with the app's keys (and others), holding values of every kind."""
    keys = draw(st.lists(st.sampled_from([s.key for s in ALL_SETTINGS] + ["sound/other", "x"]), max_size=14))
    by_group: dict[str, list[str]] = {}
    for key in keys:
        group, _, name = key.rpartition("/")
        by_group.setdefault(group or "General", []).append(f"{name}={draw(raw_values)}")
    text = "\n".join(f"[{group}]\n" + "\n".join(lines) for group, lines in by_group.items())
    return text.encode("utf-8")


@fuzz(300)
@given(data=settings_documents())
def test_generated_settings_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".ini", lambda d: check_settings_file(d, fuzz_dir))


@fuzz(500)
@given(data=mutated(SEEDS))
def test_mutated_settings_files(data: bytes, fuzz_dir: Path) -> None:
    keep_crasher(data, ".ini", lambda d: check_settings_file(d, fuzz_dir))
