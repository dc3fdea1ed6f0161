"""One reader and one writer for the user's files.

The reader takes regular files only (a FIFO, a device or a folder is refused before anything
opens it for reading, so nothing blocks), up to a size limit, and decodes them with
:func:`~hamstring_desktop.content.user_text.decode_text` (UTF-8, a byte-order mark allowed). Every
failure is a :class:`ContentError` naming the file, so callers report it as they report a
broken routine.

The writer is atomic: the data goes to a temporary file in the target's own folder, is flushed
to disk and renamed over the target, so a full disk or a crash leaves the old file whole. It
writes where a symbolic link points (the link stays a link), keeps an existing file's
permissions (and its owner, where it may), and never renames anything over a special file:
FIFOs and character devices (``/dev/null``, a terminal) are written directly, and
``/dev/stdout``, ``/dev/stderr`` and ``/dev/fd/N`` use the descriptor the program was given;
folders, block devices and sockets are refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hamstring_desktop.content.errors import problem
from hamstring_desktop.content.user_text import decode_text, parse_json
from hamstring_desktop.content.wording import Template, Value, Wording, say

KIB = 1024
MIB = 1024 * KIB
ROUTINE_FILE_LIMIT = 1 * MIB  # a routine is a few kilobytes
SETTINGS_FILE_LIMIT = 1 * MIB  # a dozen keys and the window layout
JSON_FILE_LIMIT = 64 * MIB  # JSON files in general
HISTORY_FILE_LIMIT = 1024 * MIB  # a history export: 100,000 sessions with their steps take about 200 MiB

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check still cannot block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_INHERITED = re.compile(r"/dev/(?:(?P<std>stdout|stderr)|fd/(?P<fd>\d+))|/proc/self/fd/(?P<proc>\d+)")


def _kind_of(mode: int) -> Wording:
    if stat.S_ISDIR(mode):
        return say(Template.FOLDER)
    if stat.S_ISFIFO(mode):
        return say(Template.NAMED_PIPE)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say(Template.DEVICE)
    if stat.S_ISSOCK(mode):
        return say(Template.SOCKET)
    return say(Template.NOT_REGULAR)


def _size(count: int) -> Value:
    if count >= MIB:
        return f"{count / MIB:.1f} MiB"
    if count >= KIB:
        return f"{count / KIB:.0f} KiB"
    return say(Template.BYTES, count=count)


def file_problem(path: Path, limit: int) -> str:
    """Why ``path`` cannot be read as a user file (not there, not a regular file, too large),
    or "" when it can. Only looks at the file's status: nothing is opened."""
    wording = _file_problem(path, limit)
    return str(wording) if wording is not None else ""


def _file_problem(path: Path, limit: int) -> Wording | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError) as error:
        return _cannot_read(error)
    return _status_problem(status, limit)


def _status_problem(status: os.stat_result, limit: int) -> Wording | None:
    if not stat.S_ISREG(status.st_mode):
        return say(Template.NOT_A_FILE, kind=_kind_of(status.st_mode))
    if status.st_size > limit:
        return say(Template.TOO_LARGE, size=_size(status.st_size), limit=_size(limit))
    return None


def _cannot_read(error: OSError | ValueError) -> Wording:
    if isinstance(error, OSError) and error.strerror:
        return say(Template.CANNOT_BE_READ, reason=error.strerror)
    return say(Template.NAME_NOT_VALID)


def read_user_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a user's regular file of at most ``limit`` bytes; else a file-level
    :class:`ContentError`. A FIFO or device is refused without being opened."""
    name = str(path)
    found = _file_problem(path, limit)
    if found is not None:
        raise problem(name, 0, "", found)
    try:
        handle = os.open(path, _READ_FLAGS)
    except (OSError, ValueError) as error:
        raise problem(name, 0, "", _cannot_read(error)) from None
    with open(handle, "rb", closefd=True) as stream:
        found = _status_problem(os.fstat(handle), limit)  # it may have changed since the check
        if found is not None:
            raise problem(name, 0, "", found)
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise problem(name, 0, "", _cannot_read(error)) from None
    if len(data) > limit:
        raise problem(name, 0, "", say(Template.TOO_LARGE_AFTER_ALL, limit=_size(limit)))
    return data


def read_user_text(path: Path, limit: int) -> str:
    """The text of a user's file (UTF-8, with or without a byte-order mark)."""
    return decode_text(read_user_bytes(path, limit), str(path))


def read_json_file(path: Path, limit: int = JSON_FILE_LIMIT) -> Any:
    """A user's JSON file, parsed; every failure is a :class:`ContentError` with the file and,
    where known, the line, column and an excerpt. (For imports.)"""
    return parse_json(read_user_text(path, limit), str(path))


def is_stdout(path: Path) -> bool:
    """Whether ``path`` is this process's standard output (``/dev/stdout``, ``/dev/fd/1``), so
    that a command writing its file there says its summary on stderr instead."""
    try:
        return os.path.samestat(os.stat(path), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError):
        return False


def folder_problem(output: Path) -> str:
    """Why the folder ``output`` names cannot take the file ("" when it can, or when only the
    writer can tell). A missing folder is not made: a typo in the path would leave new folders."""
    folder = output.parent
    try:
        found = os.stat(folder)
    except FileNotFoundError:
        return f"the folder {folder} does not exist"
    except NotADirectoryError:  # a file where a folder of the path should be
        blocker = next((part for part in folder.parents if os.path.isfile(part)), folder)
        return f"{blocker} is a file, not a folder"
    except (OSError, ValueError):
        return ""
    return "" if stat.S_ISDIR(found.st_mode) else f"{folder} is a file, not a folder"


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` as described in the module docstring. Missing parent
    folders are created. Raises :class:`OSError` (with a readable ``strerror``) on failure; the
    old file, if any, is then left as it was."""
    with writing_atomically(target) as stream:
        stream.write(data)


class AtomicStream:
    """What :func:`writing_atomically` hands out: bytes and text (as UTF-8) are collected and
    written in chunks of about ``chunk`` bytes, so a long export never sits in memory whole."""

    def __init__(self, handle: int, chunk: int) -> None:
        self._handle = handle
        self._chunk = chunk
        self._bytes: list[bytes] = []
        self._text: list[str] = []
        self._pending = 0

    def write(self, data: bytes) -> int:
        """Add bytes."""
        self._encode_text()
        self._bytes.append(data)
        self._pending += len(data)
        if self._pending >= self._chunk:
            self.flush()
        return len(data)

    def write_text(self, text: str) -> int:
        """Add text, written as UTF-8."""
        self._text.append(text)
        self._pending += len(text)
        if self._pending >= self._chunk:
            self.flush()
        return len(text)

    def text(self) -> _TextSink:
        """A file-like object that takes text (for ``csv.writer``)."""
        return _TextSink(self)

    def flush(self) -> None:
        """Write everything collected so far."""
        self._encode_text()
        if self._bytes:
            data = b"".join(self._bytes)
            self._bytes.clear()
            self._pending = 0
            _write_all(self._handle, data)

    def _encode_text(self) -> None:
        if self._text:
            self._bytes.append("".join(self._text).encode("utf-8"))
            self._text.clear()


class _TextSink:
    """``write(str)`` into an :class:`AtomicStream`."""

    def __init__(self, stream: AtomicStream) -> None:
        self.write = stream.write_text


@contextlib.contextmanager
def writing_atomically(target: Path, chunk: int = MIB) -> Iterator[AtomicStream]:
    """Stream a file to ``target`` with the writer's guarantees (see the module docstring): the
    data goes to a temporary file beside the target and replaces it only when the ``with``
    block ends without an exception; on any exception (a full disk, or the caller giving up
    halfway) the temporary file is removed and the old file is left whole. A FIFO, a character
    device or an inherited descriptor (``/dev/stdout``) gets the data as it comes."""
    inherited = _INHERITED.fullmatch(os.fspath(target))
    if inherited:
        yield from _stream_inherited(inherited, chunk)
        return
    try:
        status: os.stat_result | None = os.stat(target)  # follows symbolic links
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        yield from _stream_special(target, status.st_mode, chunk)
        return
    real = Path(os.path.realpath(target))
    if status is not None:
        found = os.stat(real)
        if (found.st_dev, found.st_ino) != (status.st_dev, status.st_ino):
            raise OSError(errno.ENOENT, "cannot tell which file this path stands for", str(target))
    real.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _temporary_beside(real)
    try:
        if status is not None:
            if (status.st_uid, status.st_gid) != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):
                    os.fchown(handle, status.st_uid, status.st_gid)
            os.fchmod(handle, stat.S_IMODE(status.st_mode))
        writer = AtomicStream(handle, chunk)
        yield writer
        writer.flush()
        os.fsync(handle)
        os.close(handle)
        handle = -1
        os.replace(temporary, real)
    except BaseException:
        if handle >= 0:
            os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(real.parent)


def _stream_inherited(match: re.Match[str], chunk: int) -> Iterator[AtomicStream]:
    """/dev/stdout and friends: write to the descriptor the program was given, so that the
    shell's redirection (``>`` or ``>>``) is honoured."""
    number = {"stdout": 1, "stderr": 2}.get(match["std"] or "", -1)
    if number < 0:
        number = int(match["fd"] or match["proc"])
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    try:
        writer = AtomicStream(number, chunk)
        yield writer
        writer.flush()
    except OSError as error:
        raise OSError(error.errno, error.strerror, match.group(0)) from None


def _stream_special(target: Path, mode: int, chunk: int) -> Iterator[AtomicStream]:
    """A FIFO or a character device: written into as the data comes."""
    handle = _open_special(target, mode)
    try:
        writer = AtomicStream(handle, chunk)
        yield writer
        writer.flush()
    finally:
        os.close(handle)


def _temporary_beside(real: Path) -> tuple[int, str]:
    """A new, empty file next to ``real``; created with mode 0666 so that the umask gives it
    the permissions any new file of the user's gets."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = str(real.parent / f".{real.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(real.parent))


def _open_special(target: Path, mode: int) -> int:
    """Open a FIFO or character device to write straight into it; refuse anything else that is
    not a regular file (renaming over it would replace it)."""
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(target))
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise OSError(errno.EPERM, f"it is {_kind_of(mode)}, not a file: refused", str(target))
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if stat.S_ISFIFO(mode):
        flags |= os.O_NONBLOCK  # fails at once when nothing reads from it, instead of hanging
    try:
        handle = os.open(target, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "it is a named pipe that nothing reads from", str(target)) from None
        raise
    os.set_blocking(handle, True)
    return handle


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can sync a folder)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
