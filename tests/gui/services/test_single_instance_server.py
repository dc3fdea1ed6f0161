"""The first app's listening socket, in-process."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtNetwork import QLocalSocket

from hamstring_desktop.services.single_instance import InstanceServer


@pytest.mark.skipif(sys.platform.startswith("win"), reason="a named pipe on Windows")
def test_the_first_app_listens_in_its_folder_of_the_runtime_dir_made_anew(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The session's runtime dir is empty after a login: the first launch could not listen
    ("QLocalServer::listen: Name error"), so a later launch never reached its window."""
    folder = tmp_path / "run" / "hamstring-desktop"
    server = InstanceServer(str(folder / "instance-0123.sock"))
    assert server.listen(remove_stale=True) == ""
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # this user's alone
    later = QLocalSocket()
    later.connectToServer(server.name)
    qtbot.waitUntil(lambda: later.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=3000)
    later.abort()
    server.close()
