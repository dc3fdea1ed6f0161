"""What the fuzz tests share: the Hypothesis settings for a short or a long run, byte-level
mutations of real files, and keeping a new crasher as a regression case.

``./dev test`` runs the short profile (``ci``): derandomized, so every run tries the same inputs
and a failure reproduces. ``./dev fuzz`` selects the long one (``HYPOTHESIS_PROFILE=fuzz``): random
inputs from a seed it prints, many more of them, and any input that raises something other than
the project's own errors is saved under ``tests/fuzz/crashers/`` (``FUZZ_SAVE_CRASHERS=1``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.control import current_build_context

CRASHERS = Path(__file__).resolve().parent / "crashers"
FUZZ_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

LONG_RUN_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5000"))


def fuzz(short_run_examples: int) -> settings:
    """Hypothesis settings for one fuzz test: ``short_run_examples`` inputs, always the same ones,
    in ``./dev test``; in ``./dev fuzz``, ``FUZZ_EXAMPLES`` (default 5000) random ones."""
    if FUZZ_PROFILE == "fuzz":
        return settings(
            max_examples=LONG_RUN_EXAMPLES, deadline=None, suppress_health_check=_QUIET, print_blob=True
        )
    return settings(
        max_examples=short_run_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=_QUIET,
        print_blob=True,
    )


# Pieces of text that break parsers: deep nesting, huge numbers, encodings, brackets, quotes,
# escapes, dates that do not exist, and the names the readers look for. The ones that crashed
# readers come first: Hypothesis tries early entries more often.
TOKENS: tuple[bytes, ...] = (
    b"[" * 1200,
    b"{a=" * 1200,
    b"[{a=" * 600,
    b"9" * 4301,
    b"0x" + b"f" * 4000,
    b"\xef\xbb\xbf",
    b"a." * 300 + b"a",
    b"x" * 5000,
    b"NaN",
    b"[",
    b"]",
    b"{",
    b"}",
    b"[[",
    b"]]",
    b"=",
    b",",
    b".",
    b'"',
    b"'",
    b'"""',
    b"'''",
    b"\\",
    b"\\u0000",
    b"\\UFFFFFFFF",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"#",
    b"\x00",
    b"\x7f",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    "é".encode(),
    "\u202e".encode(),
    "\U0001f600".encode(),
    b"0x",
    b"0o",
    b"0b",
    b"-",
    b"+",
    b"_",
    b"inf",
    b"nan",
    b"-0",
    b"1e999",
    b"true",
    b"false",
    b"null",
    b"Infinity",
    b"@ByteArray(",
    b"@Variant(",
    b"1979-05-27T07:32:00Z",
    b"9999-99-99T99:99:99+99:99",
    b"2024-02-30",
    b"1" * 20,
    b"]" * 600,
    b"steps",
    b"[[steps]]",
    b"[steps.a]",
    b"technique",
    b"seconds",
    b"side",
    b"zone",
    b"id",
    b"volume",
    b"[sound]",
    b"sessions",
)


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes], max_mutations: int = 8) -> bytes:
    """One of ``seeds`` with up to ``max_mutations`` random edits: a byte changed, a token or
    random bytes inserted, a range deleted or repeated, a line repeated, a value replaced by a
    token, the end cut off."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, max_mutations))):
        kind = draw(st.integers(0, 8))
        at = draw(st.integers(0, len(data)))
        if kind == 0:
            # A value replaced: what follows an "=" (or a ":" in JSON) becomes a token.
            marks = [i for i, byte in enumerate(data) if byte in b"=:"]
            if marks:
                start = draw(st.sampled_from(marks)) + 1
                end = data.find(b"\n", start)
                data[start : len(data) if end < 0 else end] = b" " + draw(st.sampled_from(TOKENS))
        elif kind == 1:
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == 2:
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == 3:
            data[at : at + draw(st.integers(1, 64))] = b""
        elif kind == 4:
            size = draw(st.integers(1, 128))
            data[at:at] = data[at : at + size] * draw(st.integers(1, 50))
        elif kind == 5:
            lines = bytes(data).split(b"\n")
            lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
            data = bytearray(b"\n".join(lines))
        elif kind == 6:
            data[at:at] = draw(st.sampled_from(TOKENS)) * draw(st.integers(1, 300))
        elif kind == 7 and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        else:
            del data[at:]
    return bytes(data)


def keep_crasher(data: bytes, suffix: str, check: Callable[[bytes], None]) -> None:
    """Run ``check(data)``. In a long run (``FUZZ_SAVE_CRASHERS=1``), when it fails on the
    minimal input Hypothesis ends with, save that input under ``tests/fuzz/crashers/`` so that
    ``test_crashers.py`` keeps it as a regression case."""
    try:
        check(data)
    except Exception:
        if os.environ.get("FUZZ_SAVE_CRASHERS") and current_build_context().is_final:
            CRASHERS.mkdir(exist_ok=True)
            name = f"found-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
            (CRASHERS / name).write_bytes(data)
            print(f"\nsaved the input as tests/fuzz/crashers/{name}")
        raise
