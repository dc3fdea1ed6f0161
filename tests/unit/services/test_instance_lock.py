"""The data dir's lock: taken, seen as held from another process, let go, and taken over when
its holder crashed, also when its process id has since gone to another process; a folder that
cannot hold it says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hamstring_desktop.services.instance_lock import InstanceLock, LockState
from tests.helpers.history import lock_held_elsewhere
from tests.helpers.system import as_plain_user


@contextmanager
def another_python_process() -> Iterator[subprocess.Popen[bytes]]:
    """A live process of the same program as the app run from source, with nothing to do with it."""
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"]) as process:
        try:
            yield process
        finally:
            process.kill()


def name_in_lock(path: Path, pid: int) -> None:
    """Make the lock file name another process, as it reads once the system has given its
    holder's process id to that process (the program, host and boot lines stay as written)."""
    lines = path.read_text().split("\n")
    path.write_text("\n".join([str(pid), *lines[1:]]))


def test_taken_and_let_go(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "data" / "instance.lock")
    assert lock.acquire() is LockState.ACQUIRED and lock.path.exists()
    assert lock.acquire() is LockState.ACQUIRED  # asking again changes nothing
    lock.release()
    assert not lock.path.exists()


def test_held_by_a_live_process_whatever_its_age(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    with lock_held_elsewhere(path) as holder:
        lock = InstanceLock(path)
        assert lock.acquire() is LockState.HELD
        assert lock.holder.pid == holder.pid and str(lock.holder) == f"process {holder.pid}"
        holder.send_signal(signal.SIGKILL)
        holder.wait(30)
        assert lock.acquire() is LockState.ACQUIRED  # the crash's lock is stale: cleared
        lock.release()


def test_a_crashs_lock_is_taken_over_when_its_process_id_went_to_another_process(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    with lock_held_elsewhere(path) as crashed:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(30)
    with another_python_process() as other:
        name_in_lock(path, other.pid)
        lock = InstanceLock(path)
        assert lock.acquire() is LockState.ACQUIRED  # not "held by process <other>" for ever
        assert path.read_text().splitlines()[0] == str(os.getpid())
        assert other.poll() is None  # that process is left alone
        lock.release()
    assert not path.exists()


def test_a_live_holder_keeps_its_lock_whatever_process_id_it_names(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    with lock_held_elsewhere(path) as holder, another_python_process() as other:
        name_in_lock(path, other.pid)
        written = path.read_bytes()
        lock = InstanceLock(path)
        assert lock.acquire() is LockState.HELD
        assert lock.holder.pid == other.pid
        assert path.read_bytes() == written and holder.poll() is None
        holder.send_signal(signal.SIGKILL)  # now its holder is gone: only then is it free
        holder.wait(30)
        assert lock.acquire() is LockState.ACQUIRED
        lock.release()


def test_a_folder_that_cannot_hold_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    script = (
        "import sys; from pathlib import Path\n"
        "from hamstring_desktop.services.instance_lock import InstanceLock\n"
        "lock = InstanceLock(Path(sys.argv[1]) / 'instance.lock')\n"
        "print(lock.acquire().value, lock.problem)\n"
    )
    try:
        result = subprocess.run(
            [*as_plain_user(), sys.executable, "-c", script, str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        folder.chmod(0o755)
    assert result.stdout.strip() == f"unavailable {folder / 'instance.lock'}: permission denied"
