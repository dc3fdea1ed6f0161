"""The start-up's compiled-code cache: what comes out of it behaves as freshly compiled code,
a damaged or foreign file is ignored, and a second start compiles nothing from text."""

from __future__ import annotations

import ast
import builtins
import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from hamstring_desktop import code_cache
from hamstring_desktop.code_cache import CodeCache, read_cache
from hamstring_desktop.content import ContentError
from hamstring_desktop.content.fields import parse_toml, parsed_texts_kept
from hamstring_desktop.services.content_source import load_content
from tests.helpers.app_run import run_python

REPO = Path(__file__).resolve().parents[2]
SOURCE = "def shout(word: int = 2) -> str:\n    return str(word).upper() * 2\n"


@pytest.fixture
def cache_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache" / "code.bin"
    code_cache.stop(save=False)  # whatever a failing test left installed


def make_record() -> type:
    @dataclasses.dataclass(frozen=True)
    class Step:
        name: str
        seconds: int = 30
        tools: tuple[str, ...] = ()

    return Step


def behaviour(record: type) -> list[Any]:
    """What code can see of a record class."""
    first, same, other = record("roll", 45, ("roller",)), record("roll", 45, ("roller",)), record("knead")
    try:
        first.seconds = 1
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    return [
        repr(first),
        first == same,
        first == other,
        hash(first) == hash(same),
        other.seconds,
        other.tools,
        frozen,
        [field.name for field in dataclasses.fields(record)],
        record.__match_args__,
        dataclasses.replace(first, seconds=10).seconds,
    ]


def test_records_made_through_the_cache_behave_as_usual(cache_file: Path) -> None:
    usual = behaviour(make_record())
    cache = code_cache.start(cache_file)
    made_fresh = make_record()
    assert cache.new > 0  # the record's methods were compiled here
    code_cache.stop(save=True)
    assert cache_file.is_file()

    cache = code_cache.start(cache_file)
    made_from_file = make_record()
    assert cache.new == 0  # all of them came from the file
    code_cache.stop(save=True)
    assert behaviour(made_fresh) == behaviour(made_from_file) == usual


def same_code(code: CodeType, expected: CodeType) -> bool:
    """Equal as Python compares code (instructions, constants, names, line table), from the same
    file, and so for every function inside."""
    inner = [
        (a, b) for a, b in zip(code.co_consts, expected.co_consts, strict=True) if isinstance(a, CodeType)
    ]
    return (
        code == expected
        and code.co_filename == expected.co_filename
        and all(same_code(a, b) for a, b in inner)
    )


def test_code_from_the_file_is_the_code_python_compiles(cache_file: Path) -> None:
    expected = compile(SOURCE, "shout.py", "exec")
    fresh = CodeCache(cache_file)
    assert same_code(fresh.compile(SOURCE, "shout.py", "exec"), expected)
    assert fresh.save()

    kept = CodeCache(cache_file)
    assert same_code(kept.compile(SOURCE, "shout.py", "exec"), expected)
    assert kept.new == 0
    namespace: dict[str, Any] = {}
    kept.exec(SOURCE, namespace, namespace)  # the text again, as dataclasses passes it
    assert namespace["shout"]() == "22"


def test_the_callers_future_imports_carry_over_as_with_compile(cache_file: Path) -> None:
    """This module imports ``annotations`` from __future__: compile() passes it on to the code
    it compiles unless told not to, and so must the cache."""
    cache = CodeCache(cache_file)
    for dont_inherit in (False, True):
        ours: dict[str, Any] = {}
        usual: dict[str, Any] = {}
        builtins.exec(cache.compile(SOURCE, "shout.py", "exec", dont_inherit=dont_inherit), ours)
        builtins.exec(compile(SOURCE, "shout.py", "exec", dont_inherit=dont_inherit), usual)
        assert ours["shout"].__annotations__ == usual["shout"].__annotations__
    assert cache.compile(SOURCE, "shout.py", "exec") is not cache.compile(SOURCE, "shout.py", "exec", 0, True)


def test_other_kinds_of_compile_pass_through(cache_file: Path) -> None:
    cache = CodeCache(cache_file)
    tree = cache.compile(SOURCE, "shout.py", "exec", ast.PyCF_ONLY_AST)
    assert isinstance(tree, ast.Module)
    assert cache.compile(tree, "shout.py", "exec").co_filename == "shout.py"
    optimised = cache.compile("assert False", "x.py", "exec", optimize=2)
    builtins.exec(optimised)  # the assert is gone
    assert cache.compile(SOURCE, str(REPO / "shout.py"), "exec").co_filename == str(REPO / "shout.py")
    assert cache.new == 0 and not cache.entries


def damage(data: bytes) -> list[bytes]:
    flipped = bytearray(data)
    flipped[-10] ^= 0xFF
    return [
        b"",
        data[:10],
        data[:-1],
        bytes(flipped),
        b"\0\0\0\0" + data[4:],  # another Python's magic number
        b"not a cache at all " * 100,
    ]


def test_a_damaged_or_foreign_file_is_ignored_then_replaced(cache_file: Path) -> None:
    fresh = CodeCache(cache_file)
    fresh.compile(SOURCE, "shout.py", "exec")
    assert fresh.save()
    good = cache_file.read_bytes()
    assert len(read_cache(cache_file)[0]) == 1
    for bad in damage(good):
        cache_file.write_bytes(bad)
        assert read_cache(cache_file)[0] == {}
        cache = CodeCache(cache_file)
        cache.compile(SOURCE, "shout.py", "exec")
        assert cache.new == 1 and cache.save()
        assert len(read_cache(cache_file)[0]) == 1


def test_a_cache_that_cannot_be_kept_changes_nothing_else(tmp_path: Path) -> None:
    place = tmp_path / "place"
    place.mkdir()
    blocker = place / "a file"
    blocker.write_text("in the way")
    for where in (blocker / "code.bin", place):  # a file where its folder should be; a folder
        cache = CodeCache(where)
        namespace: dict[str, Any] = {}
        builtins.exec(cache.compile(SOURCE, "shout.py", "exec"), namespace)
        assert namespace["shout"](3) == "33"
        assert not cache.save()
    assert sorted(path.name for path in place.iterdir()) == ["a file"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home", "place"]  # no stray temporary file


def test_stop_puts_back_only_what_start_put_in_place(cache_file: Path) -> None:
    usual = builtins.compile
    code_cache.start(cache_file)
    assert builtins.compile is not usual and "exec" in vars(dataclasses)
    code_cache.stop(save=False)
    assert builtins.compile is usual and "exec" not in vars(dataclasses)

    code_cache.start(cache_file)

    def someone_elses(*args: Any, **kwargs: Any) -> Any:
        return usual(*args, **kwargs)

    builtins.compile = someone_elses
    try:
        code_cache.stop(save=False)
        assert builtins.compile is someone_elses
    finally:
        builtins.compile = usual
    assert code_cache.active() is None


def first_paint_report(home: Path, data: Path) -> subprocess.CompletedProcess[str]:
    """Launch the app as the command does, and report what the cache did by the first paint."""
    code = f"""
        import sys
        sys.argv = ["hamstring-desktop", "--data-dir", {str(data)!r}]
        from hamstring_desktop import code_cache, launcher
        from hamstring_desktop.app import bootstrap

        original = bootstrap.FirstPaintWatcher.eventFilter

        def watch(self, watched, event):
            if event.type() == event.Type.Paint and not self.done:
                cache = code_cache.active()
                support = sum(key[0].startswith("shibokensupport/") for key in cache.used)
                print(cache.new, len(cache.used), support, len(cache.parsed_used))
                watched.close()
            return original(self, watched, event)

        bootstrap.FirstPaintWatcher.eventFilter = watch
        sys.exit(launcher.main())
        """
    # Without bytecode files Python compiles each module from its file: that is not for this cache.
    return run_python(code, XDG_CACHE_HOME=str(home / "cache"), PYTHONDONTWRITEBYTECODE="1")


TOML = 'id = "roll"\nname = "Roll"\n[[steps]]\nseconds = 30\n'


def test_parsed_texts_come_back_as_parsed_each_a_copy_of_its_own(cache_file: Path) -> None:
    fresh = CodeCache(cache_file)
    with parsed_texts_kept(fresh):
        first = parse_toml(TOML, "roll.toml")
        with pytest.raises(ContentError):
            parse_toml("id = ", "broken.toml")
        parse_toml("when = 2026-11-26", "dated.toml")  # a date: marshal cannot keep it
    assert list(fresh.parsed) == [TOML]
    assert fresh.save()

    kept = CodeCache(cache_file)
    with parsed_texts_kept(kept):
        again = parse_toml(TOML, "roll.toml")
        again["steps"].append("changed by its user")
        assert parse_toml(TOML, "roll.toml") == first  # not the changed copy
    assert again != first and kept.new == 0


def test_the_content_loaded_through_the_memo_is_the_content(cache_file: Path) -> None:
    usual = load_content(None, "de")
    fresh = CodeCache(cache_file)
    assert load_content(None, "de", fresh) == usual
    assert len(fresh.parsed) >= 10 and fresh.save()
    kept = CodeCache(cache_file)
    assert load_content(None, "de", kept) == usual
    assert kept.new == 0 and kept.parsed_used == set(kept.parsed)


def test_a_second_start_compiles_nothing_from_text(tmp_path: Path) -> None:
    first = first_paint_report(tmp_path, tmp_path / "data")
    assert first.returncode == 0, first.stderr[-2000:]
    new, used, support, parsed = map(int, first.stdout.split())
    assert new == used + parsed and used > 100  # PySide6's support modules and the record classes
    assert support >= 10
    assert parsed >= 10  # the built-in content's TOML files
    kept = tmp_path / "cache" / "hamstring-desktop" / f"start-up-code.{sys.implementation.cache_tag}.bin"
    assert len(read_cache(kept)[0]) == used
    assert not [key for key in read_cache(kept)[0] if Path(key[0]).is_absolute()]
    written = kept.stat().st_mtime_ns

    second = first_paint_report(tmp_path, tmp_path / "data")
    assert second.returncode == 0, second.stderr[-2000:]
    new, used_again, support_again, parsed_again = map(int, second.stdout.split())
    # Nothing new; and tomllib, with the code it compiles, is not even imported this time.
    assert (new, support_again, parsed_again) == (0, support, parsed)
    assert used - 5 < used_again <= used
    assert kept.stat().st_mtime_ns == written  # nothing new: not written again
