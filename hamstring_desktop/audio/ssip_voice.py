"""A voice that talks to speech-dispatcher in its own protocol (SSIP, ssip.py), without ever
blocking.

Qt's speech-dispatcher engine lists every installed voice when it is created: with espeak-ng that
is more than a thousand voices and about 1.5 s in which the window takes no key, the pain key
included. A session starts the voice, so that freeze came at every session's start. This voice
never lists voices unless it has to pick one for a language, and does all its talking on a socket
that Qt's event loop serves: starting the server (speechd_reach.py), connecting, choosing the
language and speaking all happen while the window goes on taking keys.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from hamstring_desktop.audio.speechd_reach import Route, ServerReach, Socket
from hamstring_desktop.audio.ssip import (
    CLIENT_NAME,
    ENDED,
    SPEAK_ACCEPTED,
    Command,
    LineSorter,
    speech_text,
    voice_languages,
)
from hamstring_desktop.audio.voice_choice import voice_locale
from hamstring_desktop.content.translation import SOURCE_LANGUAGE

_log = logging.getLogger(__name__)

REPLY_TIMEOUT_S = 5.0  # a server that has not answered a command by then is taken as gone
# The longest a sentence may take before it no longer counts as being spoken, for a server that
# never says it ended (its sound output hangs): generous enough for the slowest speech rate.
SENTENCE_GRACE_S = 5.0
SECONDS_PER_CHARACTER = 0.2


@dataclass
class _Sentence:
    """A sentence the server has taken: the longest it may take, and when it ends at the latest."""

    seconds: float
    until: float


class SsipVoice(QObject):
    """Speaks queued sentences through speech-dispatcher.

    The routes are tried in order until a server answers. Sentences queued before that are
    spoken once it does, in order.

    Signals:
        failed(list[str]): no server could be reached, or the one in use stopped answering (the
            addresses tried; why goes to the log).
        no_voice_for(str): no installed voice speaks the app's language (its code).
    """

    failed = Signal(list)
    no_voice_for = Signal(str)

    def __init__(self, routes: Sequence[Route], language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._reach = ServerReach(routes, self)
        self._reach.reached.connect(self._on_connected)
        self._reach.failed.connect(self._fail)
        self._route: Route | None = None
        self._socket: Socket | None = None
        self._connected = False
        self._closed = False
        self._outbox: deque[Command] = deque()
        self._awaiting: Command | None = None
        self._lines = LineSorter(self._on_reply, self._on_event)
        self._sentences: dict[str, _Sentence] = {}  # by message id, in the order they are spoken
        self._ended_early: set[int] = set()  # ids told of as ended before their SPEAK's reply
        self._generation = 0
        self._volume: int | None = None
        self._spoken_language = ""
        self._reply_wait = QTimer(self)
        self._reply_wait.setSingleShot(True)
        self._reply_wait.setInterval(round(REPLY_TIMEOUT_S * 1000))
        self._reply_wait.timeout.connect(self._no_reply)
        self._sentence_wait = QTimer(self)
        self._sentence_wait.setSingleShot(True)
        self._sentence_wait.timeout.connect(self._sentence_overdue)

    def start(self) -> None:
        """Reach a server (once the signals are connected)."""
        self._reach.start()

    # What the cue player uses

    @property
    def connected(self) -> bool:
        """Whether a server answers now."""
        return self._connected

    @property
    def address(self) -> str | None:
        """The address of the server in use (None while connecting, or after a failure)."""
        return self._route.address if self._connected and self._route is not None else None

    @property
    def language(self) -> str:
        """The language code the server speaks for us (empty until it has said)."""
        return self._spoken_language

    @property
    def speaking(self) -> bool:
        """Whether a sentence is being spoken or waits its turn (once a server answers)."""
        if not self._connected:
            return False
        awaiting = self._awaiting
        in_flight = (
            awaiting is not None and awaiting.body is not None and awaiting.generation == self._generation
        )
        queued = any(command.body is not None for command in self._outbox)
        now = time.monotonic()
        return any(sentence.until > now for sentence in self._sentences.values()) or in_flight or queued

    def set_volume(self, volume: float) -> None:
        """0.0 (silent) to 1.0 (full); speech-dispatcher counts from -100 to 100."""
        level = max(-100, min(100, round(volume * 200 - 100)))
        if level != self._volume:
            self._volume = level
            self._send(Command(f"SET SELF VOLUME {level}"))

    def enqueue(self, text: str) -> None:
        """Speak ``text`` after what is queued already."""
        if self._closed or not text.strip():
            return
        seconds = SENTENCE_GRACE_S + len(text) * SECONDS_PER_CHARACTER
        self._send(Command("SPEAK", body=speech_text(text), generation=self._generation, seconds=seconds))

    def stop(self) -> None:
        """Stop speaking and drop what is queued."""
        self._generation += 1
        self._outbox = deque(command for command in self._outbox if command.body is None)
        self._sentences.clear()
        self._sentence_wait.stop()
        if self._connected:
            self._send(Command("CANCEL SELF"))

    def close(self) -> None:
        """Let go of the server (it may exit when idle); nothing more is said."""
        self._closed = True
        self._reach.close()
        self._outbox.clear()
        self._sentences.clear()
        self._let_go()

    def _let_go(self) -> None:
        """Close the socket, quietly (a close is not a lost server)."""
        self._reply_wait.stop()
        self._sentence_wait.stop()
        self._awaiting = None
        if self._socket is not None:
            socket, self._socket = self._socket, None
            socket.blockSignals(True)
            socket.abort()
            socket.deleteLater()
        self._connected = False

    # Reaching a server

    def _on_connected(self, socket: Socket) -> None:
        if self._closed:
            socket.abort()
            socket.deleteLater()
            return
        self._socket = socket
        self._route = self._reach.route
        self._connected = True
        self._lines.clear()
        socket.errorOccurred.connect(self._on_lost)
        socket.disconnected.connect(self._on_lost)
        socket.readyRead.connect(self._read)
        setup = [
            Command(f"SET SELF CLIENT_NAME {CLIENT_NAME}"),
            Command("SET SELF NOTIFICATION ALL on"),
            Command("SET SELF PRIORITY message"),
            Command("GET LANGUAGE", on_reply=self._current_language),
        ]
        self._outbox.extendleft(reversed(setup))
        self._send_next()

    def _on_lost(self, *_args: object) -> None:
        if self._closed or not self._connected:
            return
        self._lose(self._socket.errorString() if self._socket is not None else "")

    def _no_reply(self) -> None:
        if self._connected and self._awaiting is not None:
            self._lose(f"no answer to {self._awaiting.line!r} in {REPLY_TIMEOUT_S:g} s")

    def _lose(self, reason: str) -> None:
        """The server in use is gone, or hangs: nothing more is said through it."""
        address = self._route.address if self._route is not None else ""
        _log.info("speech-dispatcher at %s stopped answering: %s", address, reason)
        self._sentences.clear()
        self._outbox.clear()
        self._let_go()
        self._fail([address])

    def _fail(self, addresses: list[str]) -> None:
        _log.warning("no voice: no speech-dispatcher answers at %s", ", ".join(addresses) or "(nowhere)")
        self.failed.emit(addresses)

    # The language

    def _current_language(self, _code: int, lines: list[str]) -> None:
        current = lines[0].strip() if lines else ""
        self._spoken_language = current
        if QLocale(current).language() == QLocale(self._language).language():
            return  # it speaks the app's language already: no need to look at the voices
        command = Command("LIST SYNTHESIS_VOICES", on_reply=lambda c, voices: self._pick(current, voices))
        self._outbox.appendleft(command)

    def _pick(self, current: str, lines: list[str]) -> None:
        codes = voice_languages(lines)
        locales = [QLocale(code.replace("-", "_")) for code in codes]
        chosen = voice_locale(locales, self._language, QLocale(current.replace("-", "_")))
        if chosen is not None:
            code = codes[locales.index(chosen)]
            self._outbox.appendleft(
                Command(f"SET SELF LANGUAGE {code}", on_reply=lambda *_: self._now_speaks(code))
            )
            _log.info("voice: language %s", code)
        elif self._language != SOURCE_LANGUAGE:
            self.no_voice_for.emit(self._language)

    def _now_speaks(self, code: str) -> None:
        self._spoken_language = code

    # Talking

    def _send(self, command: Command) -> None:
        self._outbox.append(command)
        self._send_next()

    def _send_next(self) -> None:
        if not self._connected or self._awaiting is not None or not self._outbox or self._socket is None:
            return
        command = self._outbox.popleft()
        self._awaiting = command
        self._socket.write((command.line + "\r\n").encode("utf-8"))
        self._socket.flush()  # now, not at the next turn of the event loop: a stop is a stop
        self._reply_wait.start()

    def _read(self) -> None:
        socket = self._socket
        while socket is not None and socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", errors="replace").rstrip("\r\n")
            self._lines.feed(line)
            socket = self._socket

    def _on_reply(self, code: int, text: str, data: list[str]) -> None:
        command = self._awaiting
        if command is None:
            return
        if command.body is not None and not command.sent_body and code == SPEAK_ACCEPTED:
            command.sent_body = True
            assert self._socket is not None
            self._socket.write(command.body.encode("utf-8"))
            self._socket.flush()
            self._reply_wait.start()
            return
        self._awaiting = None
        self._reply_wait.stop()
        if code >= 300:
            _log.info("speech-dispatcher refused %r: %s %s", command.line, code, text)
        elif command.body is not None and data and command.generation == self._generation:
            self._taken(data[0].strip(), command.seconds)
        if command.on_reply is not None and code < 300:
            command.on_reply(code, data)
        self._send_next()

    def _taken(self, message_id: str, seconds: float) -> None:
        """The server queued a sentence: it is spoken after those before it."""
        number = int(message_id) if message_id.isdigit() else None
        if number is not None and number in self._ended_early:
            self._ended_early = {early for early in self._ended_early if early > number}
            return  # it has been spoken already
        start = max([time.monotonic(), *(sentence.until for sentence in self._sentences.values())])
        self._sentences[message_id] = _Sentence(seconds, start + seconds)
        self._watch_sentences()

    def _on_event(self, parts: list[str]) -> None:
        """``parts``: the message id, the client id, the event's name."""
        if len(parts) < 3:
            return
        message_id, name = parts[0].strip(), parts[-1].strip().upper()
        sentence = self._sentences.get(message_id)
        if name == "BEGIN" and sentence is not None:
            sentence.until = time.monotonic() + sentence.seconds
        elif name in ENDED:
            if sentence is not None:
                del self._sentences[message_id]
            elif message_id.isdigit():
                self._ended_early.add(int(message_id))
        self._watch_sentences()

    def _watch_sentences(self) -> None:
        """Look again when the first sentence should have ended at the latest."""
        if not self._sentences:
            self._sentence_wait.stop()
            return
        first = min(sentence.until for sentence in self._sentences.values())
        self._sentence_wait.start(max(0, round((first - time.monotonic()) * 1000)))

    def _sentence_overdue(self) -> None:
        """A sentence has had far longer than it could take and was never told of as ended: the
        server's sound output hangs, and nothing more will be heard from it."""
        if any(sentence.until <= time.monotonic() for sentence in self._sentences.values()):
            self._lose("a sentence was never told of as ended")
        else:
            self._watch_sentences()
