"""Start-up: the Python code compiled from text while the app starts is kept, compiled, for the
next start, as Python keeps its modules in ``__pycache__``; so is the built-in content's TOML,
parsed.

Two things compile Python from text on every start, and neither has a cache of its own:
- PySide6's support modules (``shibokensupport``), which its library holds as source and
  compiles when it is imported: about 18 ms, which a bare PySide6 window pays too;
- the ``dataclasses`` module, which writes and compiles ``__init__``, ``__eq__``, ``__hash__``
  and the other methods of every record class: about 15 ms for the 27 made before the
  first paint.

And the built-in content, about 20 KB of TOML, took about 5 ms to parse (2.5 of them to import
``tomllib``): :class:`CodeCache` is also the memo that ``content.fields.parse_toml`` asks first
while the app loads its content, and recalls the data parsed from exactly the same text.

From the launcher's first lines until the window's first paint (or a command starts), both
compile through :class:`CodeCache`. It looks each text up by its digest, along with the file
name, the mode and the compiler flags the call would have used, and hands back the code compiled
from it on an earlier start; it compiles (exactly as the call would have) only what it has not
seen. After the first paint what was new is written to the user's cache folder, atomically, and
read on the next start.

The file is for this Python's bytecode alone (its magic number and optimisation level are in
the header) and carries a checksum of what follows. A file that is missing, for another Python,
damaged, or unreadable is ignored, and one that cannot be written is skipped: only the speed
changes. ``builtins.compile`` and ``dataclasses.exec`` are put back as they were when the start
is over. ``tests/unit/test_code_cache.py`` checks that what comes out of the cache behaves as
freshly compiled code does.
"""

import __future__

import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
import zlib
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

try:  # what hashlib.blake2b is; hashlib itself would load OpenSSL first (about 2.5 ms)
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

FORMAT = b"HDcc2"  # this file's own format, after Python's magic number
_HEADER_SIZE = len(MAGIC_NUMBER) + len(FORMAT) + 1 + 4 + 4  # magic, format, -O level, length, CRC
MAX_ENTRIES = 2000  # beyond this, older entries (from earlier versions of the app) are dropped
CODE, PARSED = "code", "parsed"  # the file's two parts
# The flags by which code calling compile() or exec() passes its own __future__ imports on.
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

Key = tuple[str, str, int, bytes]  # file name, mode, compiler flags, digest of the source

_STANDARD_COMPILE = builtins.compile
_STANDARD_EXEC = builtins.exec


def _header(payload: bytes) -> bytes:
    return (
        MAGIC_NUMBER
        + FORMAT
        + bytes([sys.flags.optimize & 0xFF])
        + len(payload).to_bytes(4, "little")
        + zlib.crc32(payload).to_bytes(4, "little")
    )


def _digest(source: str | bytes) -> bytes:
    data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
    kind = b"b" if isinstance(source, bytes) else b"s"
    return blake2b(kind + data, digest_size=20).digest()


def _inherited_flags(depth: int) -> int:
    """The __future__ flags of the code ``depth`` frames up: what compile() and exec() would
    have taken over from their caller."""
    try:
        return sys._getframe(depth + 1).f_code.co_flags & _FUTURE_FLAGS
    except ValueError:
        return 0


def read_cache(file: Path) -> tuple[dict[Key, Any], dict[str, bytes]]:
    """The compiled code and the parsed texts kept in ``file``; both empty if there are none for
    this Python, or the file is damaged or unreadable."""
    try:
        data = file.read_bytes()
    except OSError:
        return {}, {}
    header, payload = data[:_HEADER_SIZE], data[_HEADER_SIZE:]
    if len(header) != _HEADER_SIZE or header != _header(payload):
        return {}, {}
    try:
        kept = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}, {}
    if (
        not isinstance(kept, dict)
        or not isinstance(kept.get(CODE), dict)
        or not isinstance(kept.get(PARSED), dict)
    ):
        return {}, {}
    code_type = type(read_cache.__code__)
    code = {
        key: found for key, found in kept[CODE].items() if type(found) is code_type and type(key) is tuple
    }
    parsed = {text: data for text, data in kept[PARSED].items() if type(text) is str and type(data) is bytes}
    return code, parsed


def write_cache(file: Path, code: dict[Key, Any], parsed: dict[str, bytes]) -> bool:
    """Keep ``code`` and ``parsed`` in ``file`` (written beside it, then renamed over it); False
    if it cannot be written."""
    payload = marshal.dumps({CODE: code, PARSED: parsed})
    temporary = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_header(payload) + payload)
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True


class CodeCache:
    """Compiled code looked up by its source, read from and kept in ``file``."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.entries, self.parsed = read_cache(file) if file is not None else ({}, {})
        self.used: set[Key] = set()
        self.parsed_used: set[str] = set()
        self.new = 0  # compiled or parsed during this start: not in the file yet

    def code(self, source: str | bytes, filename: str, mode: str, flags: int) -> Any:
        """The code compile(source, filename, mode, flags, dont_inherit=True) makes."""
        key = (filename, mode, flags, _digest(source))
        self.used.add(key)
        code = self.entries.get(key)
        if code is None:
            code = _STANDARD_COMPILE(source, filename, mode, flags, True)
            self.entries[key] = code
            self.new += 1
        return code

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **options: Any,
    ) -> Any:
        """builtins.compile, answered from the cache where the call is a plain one. A module read
        from its file is Python's to cache (in ``__pycache__``), so a call naming a file by its
        full path goes straight through (Python compiles that way when it may not write
        bytecode: ``PYTHONDONTWRITEBYTECODE``)."""
        plain = isinstance(source, (str, bytes)) and isinstance(filename, str) and optimize == -1
        if not plain or options or flags & ~_FUTURE_FLAGS or os.path.isabs(filename):
            return _STANDARD_COMPILE(source, filename, mode, flags, dont_inherit, optimize, **options)
        if not dont_inherit:
            flags |= _inherited_flags(1)
        return self.code(source, filename, mode, flags)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, **options: Any) -> Any:
        """builtins.exec, for text from the cache (``dataclasses`` passes both namespaces)."""
        if not isinstance(source, str) or globals is None or options:
            return _STANDARD_EXEC(source, globals, locals, **options)
        code = self.code(source, "<string>", "exec", _inherited_flags(1))
        return _STANDARD_EXEC(code, globals, locals)

    def recall(self, text: str) -> dict[str, Any] | None:
        """The data parsed from ``text`` on an earlier start (a copy of its own), or None."""
        kept = self.parsed.get(text)
        if kept is None:
            return None
        self.parsed_used.add(text)
        data: dict[str, Any] = marshal.loads(kept)
        return data

    def keep(self, text: str, data: dict[str, Any]) -> None:
        """Keep what ``text`` parsed to, as it is now (data marshal cannot hold is not kept)."""
        try:
            self.parsed[text] = marshal.dumps(data)
        except ValueError:  # a TOML date or time
            return
        self.parsed_used.add(text)
        self.new += 1

    def save(self) -> bool:
        """Keep what this start compiled and parsed for the next; True if the file was written.
        Entries of earlier starts stay, unless there are too many: then only this start's are
        kept."""
        if self.file is None or not self.new:
            return False
        code, parsed = self.entries, self.parsed
        if len(code) + len(parsed) > MAX_ENTRIES:
            code = {key: found for key, found in code.items() if key in self.used}
            parsed = {text: data for text, data in parsed.items() if text in self.parsed_used}
        return write_cache(self.file, code, parsed)


_running: list[CodeCache] = []  # the cache in use while the app starts; none after


def start(file: Path | None) -> CodeCache:
    """Compile through a cache kept in ``file`` until :func:`stop`."""
    stop(save=False)
    cache = CodeCache(file)
    _running.append(cache)
    builtins.compile = cache.compile
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]  # found before the built-in one
    return cache


def stop(*, save: bool) -> None:
    """Compile as usual again; with ``save``, keep what was new for the next start. Only what
    :func:`start` put in place is taken away."""
    if not _running:
        return
    cache = _running.pop()
    if builtins.compile == cache.compile:
        builtins.compile = _STANDARD_COMPILE
    if dataclasses.__dict__.get("exec") == cache.exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    if save:
        cache.save()


def active() -> CodeCache | None:
    """The cache in use, if the start-up is compiling through one."""
    return _running[-1] if _running else None
