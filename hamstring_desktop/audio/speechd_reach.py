"""Reaching a speech-dispatcher without blocking: the routes are tried in order (connect; when
none answers and the route has a start command, run it and connect again once it has ended),
all on Qt's event loop, so the window goes on taking keys while a server starts."""

from __future__ import annotations

import logging
import subprocess
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalSocket, QTcpSocket

from hamstring_desktop.audio.speech_server import READY_WAIT_S, REFUSED_WAIT_S, START_TIMEOUT_S
from hamstring_desktop.audio.ssip import DEFAULT_PORT

_log = logging.getLogger(__name__)

POLL_MS = 20  # how often a starting server is looked at

Socket = QLocalSocket | QTcpSocket


@dataclass(frozen=True)
class Route:
    """One way to reach a speech-dispatcher: where it listens, and the command that starts one
    there when none answers (empty: connect only)."""

    address: str  # "unix_socket:/path" or "inet_socket:host:port", as in SPEECHD_ADDRESS
    start: tuple[str, ...] = ()


class ServerReach(QObject):
    """Tries the routes in order until a server answers.

    Signals:
        reached(object): the connected socket (a QLocalSocket or a QTcpSocket, a child of this).
        failed(list[str]): no route led to a server (the addresses tried; why goes to the log).
    """

    reached = Signal(object)
    failed = Signal(list)

    def __init__(self, routes: Sequence[Route], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes = deque(routes)
        self.route: Route | None = None
        self._socket: Socket | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._process_deadline = 0.0
        self._connect_deadline = 0.0
        self._tried: list[str] = []
        self._closed = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_start)

    def start(self) -> None:
        """Try the first route (once the signals are connected)."""
        self._next_route()

    def close(self) -> None:
        """Give up: a start command still at work is ended, a connection under way dropped."""
        self._closed = True
        self._poll.stop()
        self._end_start_command()
        if self._socket is not None:
            socket, self._socket = self._socket, None
            socket.blockSignals(True)
            socket.abort()
            socket.deleteLater()

    def _next_route(self) -> None:
        if self._closed:
            return
        if not self._routes:
            self.route = None
            self.failed.emit(self._tried)
            return
        self.route = self._routes.popleft()
        self._process = None
        self._connect_deadline = 0.0
        self._connect()

    def _connect(self) -> None:
        assert self.route is not None
        kind, _, where = self.route.address.partition(":")
        if self._socket is not None:
            self._socket.deleteLater()
        socket: Socket
        if kind == "unix_socket" and where:
            socket = QLocalSocket(self)
            socket.connected.connect(self._on_connected)
            socket.errorOccurred.connect(self._on_connect_error)
            self._socket = socket
            socket.connectToServer(where)
        elif kind == "inet_socket" and where:
            host, _, port = where.rpartition(":")
            socket = QTcpSocket(self)
            socket.connected.connect(self._on_connected)
            socket.errorOccurred.connect(self._on_connect_error)
            self._socket = socket
            socket.connectToHost(host or "127.0.0.1", int(port) if port.isdigit() else DEFAULT_PORT)
        else:
            _log.warning("%s: not an address speech-dispatcher uses", self.route.address)
            self._tried.append(self.route.address)
            self._next_route()

    def _on_connect_error(self, _error: object) -> None:
        socket = self.sender()
        if socket is not self._socket or self._socket is None:
            return
        reason = self._socket.errorString()
        assert self.route is not None
        now = time.monotonic()
        if self.route.start and self._process is None and not self._connect_deadline:
            self._start_server()
        elif self._process is not None and self._process.poll() is None:
            pass  # the start command is still at work: the poll connects when it ends
        elif now < self._connect_deadline:
            self._poll.start()  # not up yet: try again in a moment
        else:
            _log.info("speech-dispatcher at %s: %s", self.route.address, reason)
            self._tried.append(self.route.address)
            self._next_route()

    def _start_server(self) -> None:
        assert self.route is not None
        try:
            self._process = subprocess.Popen(
                self.route.start,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            _log.info("%s: %s", self.route.start[0], error)
            self._tried.append(self.route.address)
            self._next_route()
            return
        self._process_deadline = time.monotonic() + START_TIMEOUT_S
        self._poll.start()

    def _poll_start(self) -> None:
        """Every POLL_MS while a server starts: when its start command ends, or when the wait
        for its socket is over, connect again."""
        if self._process is not None and self._connect_deadline == 0.0:
            code = self._process.poll()
            if code is None:
                if time.monotonic() > self._process_deadline:
                    self._end_start_command()
                    self._poll.stop()
                    assert self.route is not None
                    _log.info("%s did not start in %g s", self.route.start[0], START_TIMEOUT_S)
                    self._tried.append(self.route.address)
                    self._next_route()
                return
            # 0: it forked once its socket was ready. Anything else: it could not start, unless
            # one runs already and answers.
            self._connect_deadline = time.monotonic() + (READY_WAIT_S if code == 0 else REFUSED_WAIT_S)
        self._poll.stop()
        self._connect()

    def _end_start_command(self) -> None:
        """End a start command still at work (one that hangs, or one no longer wanted), and wait
        for it: no process is left behind unwatched."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            try:
                process.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                _log.info("%s did not end when killed", process.args)

    def _on_connected(self) -> None:
        socket = self._socket
        if socket is None or self.sender() is not socket:
            return
        self._poll.stop()
        self._socket = None  # the voice's from now on
        socket.connected.disconnect(self._on_connected)
        socket.errorOccurred.disconnect(self._on_connect_error)
        assert self.route is not None
        _log.info("voice: speech-dispatcher at %s", self.route.address)
        self.reached.emit(socket)
