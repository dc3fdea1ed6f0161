"""The one reader and the one writer for user files: what a user keeps, whatever the path is."""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hamstring_desktop.content import ContentError
from hamstring_desktop.services.safe_io import (
    read_json_file,
    read_user_bytes,
    read_user_text,
    write_atomically,
    writing_atomically,
)

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="making device nodes needs root")


def finishes(action: Callable[[], object], seconds: float = 5.0) -> object:
    """Run ``action`` in a daemon thread; fail (instead of hanging the suite) if it blocks."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    return outcome[0]


def read_error(path: Path, limit: int = 1000) -> ContentError:
    result = finishes(lambda: read_user_bytes(path, limit))
    assert isinstance(result, ContentError), result
    return result


# The reader


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo)
    error = read_error(fifo)
    assert str(error) == f"{fifo}: is a named pipe (FIFO), not a file: it was not opened"


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    assert "is a device" in read_error(Path("/dev/zero")).message  # would never end
    assert "is a folder" in read_error(tmp_path).message


def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "x.toml").symlink_to(tmp_path / "fifo")
    assert "named pipe" in read_error(tmp_path / "x.toml").message


def test_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"#" * 1000)
    assert read_user_bytes(path, 1000) == b"#" * 1000
    path.write_bytes(b"#" * 3 * 1024 * 1024)
    assert read_error(path, 1024 * 1024).message == "is too large (3.0 MiB; at most 1.0 MiB is read)"


def test_missing_unreadable_and_looping_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_error(tmp_path / "absent.toml").message == "cannot be read: No such file or directory"
    (tmp_path / "loop.toml").symlink_to(tmp_path / "loop.toml")
    assert "Too many levels of symbolic links" in read_error(tmp_path / "loop.toml").message
    locked = tmp_path / "locked.toml"
    locked.write_text("x", encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    assert read_error(locked).message == "cannot be read: Permission denied"


def test_text_with_a_byte_order_mark_and_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "real.toml").write_bytes(b'\xef\xbb\xbfid = "x"\n')
    (tmp_path / "link.toml").symlink_to("real.toml")
    assert read_user_text(tmp_path / "link.toml", 1000) == 'id = "x"\n'


def test_json_files(tmp_path: Path) -> None:
    path = tmp_path / "import.json"
    path.write_text('{"sessions": []}', encoding="utf-8")
    assert read_json_file(path) == {"sessions": []}
    path.write_text('{"sessions": [}', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_json_file(path)
    assert (caught.value.file, caught.value.line, caught.value.column) == (str(path), 1, 15)


# The writer


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "sub" / "new.json", b"{}")
    finally:
        os.umask(umask)
    assert (tmp_path / "sub" / "new.json").read_bytes() == b"{}"
    assert stat.S_IMODE((tmp_path / "sub" / "new.json").stat().st_mode) == 0o644


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o664])
def test_an_existing_files_permissions_are_kept(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(mode)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == mode


@needs_root
def test_an_existing_files_owner_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    os.chown(target, 65534, 65534)
    write_atomically(target, b"new")
    assert (target.stat().st_uid, target.stat().st_gid) == (65534, 65534)


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "history.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "later.json")
    write_atomically(link, b"new")
    assert link.is_symlink() and (tmp_path / "later.json").read_bytes() == b"new"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as caught:
        write_atomically(tmp_path, b"new")
    assert caught.value.strerror == "it is a folder, not a file"
    assert tmp_path.is_dir()


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "history.json"
    target.write_text("the old export", encoding="utf-8")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"x" * 100_000)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in folder.iterdir()] == ["history.json"]  # no temporary file left


@needs_root
def test_a_full_device_is_written_directly_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "devices"
    folder.mkdir()
    full = folder / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # what /dev/full is
    with pytest.raises(OSError) as caught:
        write_atomically(full, b"{}")
    assert caught.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(full.lstat().st_mode) and full.lstat().st_rdev == os.makedev(1, 7)
    assert [p.name for p in folder.iterdir()] == ["full"]


@needs_root
def test_a_null_device_takes_the_data_and_stays_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    write_atomically(null, b"{}")
    assert stat.S_ISCHR(null.lstat().st_mode)


@needs_root
def test_a_block_device_is_refused_without_being_opened(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    os.mknod(disk, 0o600 | stat.S_IFBLK, os.makedev(7, 250))  # a loop device that need not exist
    with pytest.raises(OSError) as caught:
        write_atomically(disk, b"{}")
    assert caught.value.strerror == "it is a device, not a file: refused"
    assert stat.S_ISBLK(disk.lstat().st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        with pytest.raises(OSError) as caught:
            write_atomically(path, b"{}")
    assert "a socket" in (caught.value.strerror or "")
    assert stat.S_ISSOCK(path.lstat().st_mode)


def test_a_fifo_with_a_reader_gets_the_data_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    opened = threading.Event()

    def read() -> None:
        with open(fifo, "rb") as stream:
            opened.set()
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    # Opening the FIFO for writing waits for the reader, so try until it is there.
    data = b"x" * 300_000  # more than a pipe holds: the writer must wait for the reader
    for _ in range(200):
        try:
            write_atomically(fifo, data)
            break
        except OSError as error:
            assert error.errno == errno.ENXIO
            opened.wait(0.01)
    reader.join(5)
    assert received == [data]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_fifo_nobody_reads_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = finishes(lambda: write_atomically(fifo, b"{}"))
    assert isinstance(result, OSError)
    assert result.strerror == "it is a named pipe that nothing reads from"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_dev_fd_writes_to_the_descriptor_itself() -> None:
    read_end, write_end = os.pipe()
    try:
        write_atomically(Path(f"/dev/fd/{write_end}"), b"through the pipe")
        assert os.read(read_end, 100) == b"through the pipe"
    finally:
        os.close(read_end)
        os.close(write_end)


def test_dev_stdout_appends_when_the_shell_appends(tmp_path: Path) -> None:
    """``--output /dev/stdout >> log`` adds to the log; it must not replace it."""
    import subprocess
    import sys

    log = tmp_path / "log"
    log.write_text("earlier\n", encoding="utf-8")
    code = (
        "from pathlib import Path\n"
        "from hamstring_desktop.services.safe_io import write_atomically\n"
        "write_atomically(Path('/dev/stdout'), b'later\\n')\n"
    )
    with open(log, "ab") as stream:
        subprocess.run([sys.executable, "-c", code], stdout=stream, check=True, timeout=60)
    assert log.read_text(encoding="utf-8") == "earlier\nlater\n"


# Streaming: the same guarantees, written in chunks


def test_a_stream_is_written_in_chunks_and_appears_whole(tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    with writing_atomically(target, chunk=16) as stream:
        for number in range(100):
            stream.write_text(f"line {number}, ça\n")
            if number == 50:
                assert target.read_text(encoding="utf-8") == "old"  # not there until the end
                [temporary] = [p for p in tmp_path.iterdir() if p.name.startswith(".export.csv.")]
                assert temporary.stat().st_size > 0  # already written, in chunks
        stream.write(b"bytes too\n")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("line 0, ça\n") and text.endswith("line 99, ça\nbytes too\n")
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_stream_given_up_halfway_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")

    class Stop(Exception):
        pass

    with pytest.raises(Stop), writing_atomically(target, chunk=8) as stream:
        stream.write_text("a long line that is written before the stop\n" * 10)
        raise Stop
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_stream_into_a_fifo_is_written_as_it_comes(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    time.sleep(0.2)  # the reader has the FIFO open
    with writing_atomically(fifo, chunk=4) as stream:
        stream.write_text("through the pipe")
    reader.join(10)
    assert received == [b"through the pipe"] and stat.S_ISFIFO(fifo.lstat().st_mode)
