"""A speech-dispatcher stand-in on a local socket that speaks enough SSIP for the app's voice:
it keeps what it was told, says which voices it has, and ends a sentence when the test says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

REPLIES = {
    "SET SELF CLIENT_NAME": "208 OK CLIENT NAME SET",
    "SET SELF NOTIFICATION": "218 OK NOTIFICATION SET",
    "SET SELF PRIORITY": "202 OK PRIORITY SET",
    "SET SELF LANGUAGE": "201 OK LANGUAGE SET",
    "SET SELF VOLUME": "203 OK VOLUME SET",
    "CANCEL SELF": "210 OK CANCELED",
    "QUIT": "231 HAPPY HACKING",
}


class FakeSpeechd(QObject):
    """Listens on ``path`` once ``listen()`` is called."""

    def __init__(self, path: Path, language: str = "en", voices: tuple[str, ...] = ("en", "en-gb")) -> None:
        super().__init__()
        self.path = path
        self.language = language
        self.voices = voices
        self.commands: list[str] = []  # every command line, in order
        self.spoken: list[str] = []  # every sentence's text, in order
        self.speaking: list[str] = []  # ids of sentences begun and not ended
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)
        self._client: QLocalSocket | None = None
        self._body: list[str] | None = None
        self._next_id = 1
        self.answering = True  # False: it takes commands and never answers (a hung server)
        self.early_end = False  # True: a sentence "ends" before the reply that queued it
        self.pieces = False  # True: what it says arrives a few bytes at a time
        self.events_between = False  # True: an event comes between the lines of the voice list
        self.refuse_once: list[str] = []  # commands (by their start) refused the next time they come
        self._pending = b""
        self._trickle = QTimer(self)
        self._trickle.setInterval(1)
        self._trickle.timeout.connect(self._send_piece)

    def listen(self) -> None:
        QLocalServer.removeServer(str(self.path))
        assert self._server.listen(str(self.path)), self._server.errorString()

    def close(self) -> None:
        if self._client is not None:
            self._client.abort()
        self._server.close()

    def hang_up(self) -> None:
        """The server goes away (it crashed, say)."""
        assert self._client is not None
        self._client.disconnectFromServer()

    def end(self, message_id: str) -> None:
        """The sentence has been spoken."""
        self.speaking.remove(message_id)
        self._event(702, message_id, "END")

    def _accept(self) -> None:
        self._client = self._server.nextPendingConnection()
        self._client.readyRead.connect(self._read)

    def _send(self, *lines: str) -> None:
        assert self._client is not None
        data = "".join(line + "\r\n" for line in lines).encode("utf-8")
        if self.pieces:
            self._pending += data
            self._trickle.start()
        else:
            self._client.write(data)

    def _send_piece(self) -> None:
        piece, self._pending = self._pending[:5], self._pending[5:]
        if self._client is not None and piece:
            self._client.write(piece)
            self._client.flush()
        if not self._pending:
            self._trickle.stop()

    def _event(self, code: int, message_id: str, name: str) -> None:
        self._send(f"{code}-{message_id}", f"{code}-1", f"{code} {name}")

    def _read(self) -> None:
        assert self._client is not None
        while self._client.canReadLine():
            line = bytes(self._client.readLine().data()).decode("utf-8").rstrip("\r\n")
            if not self.answering:
                self.commands.append(line)
            elif self._body is not None:
                self._take_body(line)
            else:
                self._command(line)

    def _take_body(self, line: str) -> None:
        assert self._body is not None
        if line != ".":
            self._body.append(line[1:] if line.startswith("..") else line)
            return
        self.spoken.append("\n".join(self._body))
        self._body = None
        message_id = str(self._next_id)
        self._next_id += 1
        if self.early_end:  # a very short sentence, told of before its reply
            self._event(701, message_id, "BEGIN")
            self._event(702, message_id, "END")
            self._send(f"225-{message_id}", "225 OK MESSAGE QUEUED")
            return
        self._send(f"225-{message_id}", "225 OK MESSAGE QUEUED")
        self.speaking.append(message_id)
        self._event(701, message_id, "BEGIN")

    def _command(self, line: str) -> None:
        self.commands.append(line)
        refused = next((start for start in self.refuse_once if line.startswith(start)), None)
        if refused is not None:
            self.refuse_once.remove(refused)
            self._send("409 ERR NOT ALLOWED HERE")
        elif line == "SPEAK":
            self._body = []
            self._send("230 OK RECEIVING DATA")
        elif line == "GET LANGUAGE":
            self._send(f"251-{self.language}", "251 OK GET RETURNED")
        elif line == "LIST SYNTHESIS_VOICES":
            voices = [f"249-Voice {code}\t{code}\tnone" for code in self.voices]
            if self.events_between:  # speech-dispatcher tells of events whenever they happen
                voices[1:1] = ["702-0", "702-1", "702 END"]
            self._send(*voices, "249 OK VOICE LIST SENT")
        else:
            if line.startswith("SET SELF LANGUAGE "):
                self.language = line.rsplit(" ", 1)[1]
            reply = next((text for prefix, text in REPLIES.items() if line.startswith(prefix)), None)
            self._send(reply or "300 ERR UNKNOWN COMMAND")
            if line == "CANCEL SELF":
                for message_id in list(self.speaking):
                    self.speaking.remove(message_id)
                    self._event(703, message_id, "CANCELED")
