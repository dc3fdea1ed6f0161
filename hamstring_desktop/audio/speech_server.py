"""The app's own speech-dispatcher, so that a quiet voice costs the sound server next to nothing.

On Linux, QTextToSpeech speaks through speech-dispatcher. As soon as a client connects, its
output modules open PulseAudio playback streams and keep them open while it runs, asking for
10 ms of latency; the sound server then wakes every few milliseconds for streams with nothing
in them, about 1.1-1.4 % of a core for a whole session (speechd issue #787). So the app runs a
speech-dispatcher of its own: the same program and output modules, the user's configuration
(their own if ``spd-conf`` made one, else the system's), with one change: 500 ms of latency.
Spoken prompts are not timed to the millisecond (the tones are), and the idle streams then cost
the sound server about a tenth as much.

The server runs on a socket of its own and exits five seconds after the app lets go of the
speech engine (between sessions). Where it cannot be started (no speech-dispatcher, no
configuration to copy, an error), the system's own server is used, as before; so is a server
the user chose by setting ``SPEECHD_ADDRESS``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from hamstring_desktop.services.safe_io import write_atomically

LATENCY_MS = 500
IDLE_TIMEOUT_S = 5  # the server exits this long after its last client has gone
START_TIMEOUT_S = 5.0  # a start command that has not ended by then is given up
# After a start command that succeeded, the socket gets this long to answer; after one that failed
# (one runs already, say), this long: a server that could not start says so at once, and one that
# runs answers at once. The app's own start (speechd_reach.py) keeps the same limits.
READY_WAIT_S = 5.0
REFUSED_WAIT_S = 0.3
_LATENCY_LINE = re.compile(r"^\s*#?\s*AudioPulseMinLength\b.*$", re.MULTILINE)

_log = logging.getLogger(__name__)


def write_config(target: Path, system_dirs: Sequence[Path], user_dir: Path) -> bool:
    """Copy speech-dispatcher's configuration (system, then the user's on top) into ``target``
    and set the PulseAudio latency. False when there is no configuration to start from."""
    sources = [d for d in system_dirs if (d / "speechd.conf").is_file()][:1]
    if (user_dir / "speechd.conf").is_file():
        sources.append(user_dir)
    if not sources:
        return False
    if target.exists():
        shutil.rmtree(target)
    # Files, not links, are copied: a link to the user's own speechd.conf (kept in a dotfiles
    # folder, say) would otherwise have our change written into their file.
    for source in sources:
        shutil.copytree(source, target, symlinks=False, ignore_dangling_symlinks=True, dirs_exist_ok=True)
    conf = target / "speechd.conf"
    text = _LATENCY_LINE.sub("", conf.read_text(encoding="utf-8", errors="replace"))
    text = text.rstrip("\n") + (
        f"\n\n# Set by Hamstring Desktop: idle output streams cost the sound server little.\n"
        f"AudioPulseMinLength {LATENCY_MS}\n"
    )
    write_atomically(conf, text.encode("utf-8"))
    return True


class SpeechServer:
    """Starts the app's speech-dispatcher on demand and tells where it listens."""

    def __init__(
        self,
        folder: Path,
        socket_path: Path,
        system_dirs: Sequence[Path],
        user_dir: Path,
        program: str = "speech-dispatcher",
    ) -> None:
        self._folder = folder
        self._socket = socket_path
        self._system_dirs = system_dirs
        self._user_dir = user_dir
        self._program = program
        self._configured = False
        self._failed = False

    @property
    def config_dir(self) -> Path:
        """The configuration the server runs with."""
        return self._folder / "config"

    @property
    def socket_address(self) -> str:
        """Where the server listens, as ``SPEECHD_ADDRESS`` says it."""
        return f"unix_socket:{self._socket}"

    def address(self) -> str | None:
        """Start the server unless it runs already, and wait for it; its ``SPEECHD_ADDRESS``, or
        None when the system's own server has to do. (The app itself starts it without waiting:
        ssip_voice.py runs ``command()``.)"""
        command = self.command()
        if command is None:
            return None
        try:
            return self._start(command)
        except (OSError, subprocess.SubprocessError) as error:
            self._failed = True  # do not try again on every session
            _log.info("using the system's speech-dispatcher: %s", error)
            return None

    def command(self) -> list[str] | None:
        """The command that starts the server on its socket (it forks once the socket is
        ready, and fails at once when one runs already); None when the system's own server has
        to do (no speech-dispatcher, no configuration to copy, an unsafe folder)."""
        if self._failed:
            return None
        try:
            return self._command()
        except OSError as error:
            self._failed = True
            _log.info("using the system's speech-dispatcher: %s", error)
            return None

    def _command(self) -> list[str] | None:
        program = shutil.which(self._program)
        if program is None:
            self._failed = True
            return None
        if not self._configured:
            if not write_config(self.config_dir, self._system_dirs, self._user_dir):
                self._failed = True
                _log.info("no speech-dispatcher configuration found to start from")
                return None
            self._configured = True
        self._socket.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(self._socket.parent):
            self._failed = True
            _log.info("%s is open to other users: not running a speech server there", self._socket.parent)
            return None
        return [
            program,
            "--run-daemon",
            "--communication-method",
            "unix_socket",
            "--socket-path",
            str(self._socket),
            "--config-dir",
            str(self.config_dir),
            "--pid-file",
            str(self._folder / "speech-dispatcher.pid"),
            "--log-dir",
            str(self._folder / "log"),
            "--timeout",
            str(IDLE_TIMEOUT_S),
        ]

    def _start(self, command: list[str]) -> str:
        # When one runs already (its pid file says so) the command fails at once, and the
        # running one is used: either way, the socket must answer.
        started = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=START_TIMEOUT_S,
            check=False,
        )
        # 0: it forked once its socket was ready. Anything else: it could not start (no sound
        # server, a broken module), unless one runs already and answers.
        deadline = time.monotonic() + (READY_WAIT_S if started.returncode == 0 else REFUSED_WAIT_S)
        while not _answers(self._socket):
            if time.monotonic() > deadline:
                raise OSError(f"speech-dispatcher does not answer on {self._socket}")
            time.sleep(0.02)
        return self.socket_address


def _private(folder: Path) -> bool:
    """Whether ``folder`` is ours and no one else may write to it (a shared temp dir could hold a
    folder someone else made, to listen on our socket)."""
    status = folder.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _answers(path: Path) -> bool:
    """Whether a server accepts connections on the Unix socket ``path``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True
