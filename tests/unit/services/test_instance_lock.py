"""The data dir's lock: taken, seen as held from another process, let go, and taken over when
its holder crashed; a folder that cannot hold it says so."""

from __future__ import annotations

import signal
from pathlib import Path

from hamstring_desktop.services.instance_lock import InstanceLock, LockState
from tests.helpers.history import lock_held_elsewhere
from tests.helpers.system import as_plain_user


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
