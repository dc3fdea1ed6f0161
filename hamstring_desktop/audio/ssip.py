"""Speech-dispatcher's protocol (SSIP), as the voice speaks it: addresses, commands, the text
block, and the server's lines sorted into replies and events. No sockets here (ssip_voice.py).

SSIP in short: a command is a line ending in CRLF; the reply is lines ``NNN-data`` ending with a
line ``NNN text``. ``SPEAK`` is answered 230, then takes the text, ended by a line holding a single
dot, and answers 225 with the message's id. With notifications on, the server tells of each
message's start and end in lines coded 7xx, at any moment between replies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

CLIENT_NAME = "user:hamstring-desktop:prompts"
EVENT_CODES = range(700, 800)
DEFAULT_PORT = 6560  # speech-dispatcher's, on an inet_socket
ENDED = {"END", "CANCELED", "CANCELLED"}
SPEAK_ACCEPTED = 230  # the server waits for the text


@dataclass
class Command:
    """A command on its way to the server, and what to do with the reply."""

    line: str
    on_reply: Callable[[int, list[str]], None] | None = None
    body: str | None = None  # SPEAK's text, sent once the server asks for it
    generation: int = 0  # the voice's stops before it was queued (a later stop cancels it)
    sent_body: bool = False
    seconds: float = 0.0  # SPEAK: the longest its sentence may take


def speechd_address(value: str, default_socket: Path) -> str | None:
    """A ``SPEECHD_ADDRESS`` read as speech-dispatcher's client library reads it, written out in
    full: ``unix_socket:PATH`` (without a path: the default socket) or ``inet_socket:HOST:PORT``
    (without a host: this computer; without a port: 6560). None when it is neither."""
    method, _, rest = value.strip().partition(":")
    if method == "unix_socket":
        return f"unix_socket:{rest or default_socket}"
    if method == "inet_socket":
        host, _, port = rest.partition(":")
        if port and not port.isdigit():
            return None
        return f"inet_socket:{host or '127.0.0.1'}:{port or DEFAULT_PORT}"
    return None


def voice_languages(lines: Sequence[str]) -> list[str]:
    """The language codes of a ``LIST SYNTHESIS_VOICES`` reply's lines ("name<TAB>lang<TAB>variant"),
    each once, in the order first met."""
    seen: dict[str, None] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip():
            seen.setdefault(parts[1].strip(), None)
    return list(seen)


def speech_text(text: str) -> str:
    """``text`` as SSIP's data block: CRLF line ends, a leading dot doubled, the ending dot line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = ["." + line if line.startswith(".") else line for line in lines]
    return "\r\n".join(escaped) + "\r\n.\r\n"


class LineSorter:
    """Sorts the server's lines into replies (to the command awaiting one) and events (7xx),
    which may come between a reply's lines."""

    def __init__(
        self,
        reply: Callable[[int, str, list[str]], None],
        event: Callable[[list[str]], None],
    ) -> None:
        """``reply(code, text, data lines)``; ``event(parts)``: the message id, the client id
        and the event's name."""
        self._on_reply = reply
        self._on_event = event
        self._reply: list[str] = []
        self._event: list[str] = []

    def feed(self, line: str) -> None:
        """One line, without its line end."""
        code = int(line[:3]) if line[:3].isdigit() else 0
        final = len(line) < 4 or line[3] != "-"
        if code in EVENT_CODES:
            self._event.append(line[4:])
            if final:
                parts, self._event = self._event, []
                self._on_event(parts)
            return
        if not final:
            self._reply.append(line[4:])
            return
        data, self._reply = self._reply, []
        self._on_reply(code, line[4:], data)

    def clear(self) -> None:
        """Forget a reply or an event cut off (a new connection starts afresh)."""
        self._reply = []
        self._event = []
