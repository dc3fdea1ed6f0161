"""One app per data directory: the first one listens on a local socket, a second launch sends it
its arguments and exits.

The socket's name comes from the data directory (``paths.instance_socket``), so two apps on two
data directories never meet. Who is first is decided by the data directory's lock
(``instance_lock.py``), not by the socket: the process that holds the lock removes whatever
socket file a crashed app left behind before it listens, and a second launch that finds the lock
held knows the socket will answer (soon, if the first app is still starting).

The exchange is one line of JSON each way, in UTF-8: the request (``routine``, ``start``,
``select_muscle``), then the first app's answer, ``ok`` or ``error: ...``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

REQUEST_LIMIT = 64 * 1024  # a request is a few hundred bytes
Reply = Callable[[str], None]


class InstanceServer(QObject):
    """The first app's side: listens for later launches on the same data directory.

    Signals:
        request(object, object): a later launch's request (a dict) and the function that sends
            the answer back (call it once, with ``"ok"`` or ``"error: ..."``).
    """

    request = Signal(object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, remove_stale: bool) -> str:
        """Start listening; returns "" or why it could not. ``remove_stale``: this process holds
        the data directory's lock, so a socket file found under the name was left by a crash."""
        if not sys.platform.startswith("win"):
            try:
                # The session's runtime dir starts empty at each login: the app's folder in it
                # is made on first use, for this user only.
                Path(self.name).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as error:
                return str(error)
        if remove_stale:
            QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return ""
        return self._server.errorString()

    def close(self) -> None:
        """Stop listening (the socket file is removed)."""
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > REQUEST_LIMIT:
                self._answer(socket, "error: the request is too long")
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            request = json.loads(line.decode("utf-8"))
            if not isinstance(request, dict):
                raise ValueError("not an object")
        except (UnicodeDecodeError, ValueError):
            self._answer(socket, "error: the request could not be read")
            return
        self.request.emit(request, lambda answer, s=socket: self._answer(s, answer))

    def _answer(self, socket: QLocalSocket, answer: str) -> None:
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        socket.write(answer.replace("\n", " ").encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def forward(name: str, request: dict[str, Any], timeout_ms: int = 10_000) -> str | None:
    """Send ``request`` to the app listening under ``name`` and wait for its answer; None when
    nothing listens there. Blocking, and needs no event loop (a second launch uses it before it
    has made any window)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(1000):
        return None
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    answer = b""
    while b"\n" not in answer:
        if not socket.waitForReadyRead(timeout_ms):
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    if not answer:
        return "error: the running app did not answer"
    return answer.split(b"\n", 1)[0].decode("utf-8", "replace")
