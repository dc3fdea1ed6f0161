"""Dependency canary: the pinned PySide6 + qasync survive heavy timer and async use.

PySide6 6.12.0 on Python 3.11 leaks a reference to None on every QTimer.singleShot and
startTimer/killTimer; after a few thousand calls the process dies with "Fatal Python error:
none_dealloc". qasync schedules every callback that way, so an upgrade must pass this first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import asyncio, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    import qasync

    app = QCoreApplication([])
    fired = 0

    def count():
        global fired
        fired += 1

    for _ in range(100_000):
        QTimer.singleShot(0, count)
    while fired < 100_000:
        app.processEvents()

    async def spin():
        for _ in range(20_000):
            await asyncio.sleep(0)
        return "done"

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    result = loop.run_until_complete(spin())
    loop.close()
    print(fired, result, sys.getrefcount(None) > 0)
    """
)


def test_timers_and_qasync_exit_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-2000:]}"
    assert result.stdout.split() == ["100000", "done", "True"]
    assert "Fatal" not in result.stderr
