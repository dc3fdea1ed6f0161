"""The voice that talks to speech-dispatcher on a socket: what reaches the server, in what order,
when the voice counts as speaking, and that starting it never holds up the window."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer

from hamstring_desktop.audio import speechd_reach, ssip_voice
from hamstring_desktop.audio.cue_player import CuePlayer
from hamstring_desktop.audio.speech_server import SpeechServer
from hamstring_desktop.audio.speechd_reach import Route
from hamstring_desktop.audio.ssip import speech_text, speechd_address, voice_languages
from hamstring_desktop.audio.ssip_voice import SsipVoice
from hamstring_desktop.audio.voices import ENV_SPEECHD_ADDRESS, ENV_TTS_ENGINE
from hamstring_desktop.content import Library, load_library
from hamstring_desktop.paths import SYSTEM_SPEECHD_CONFIG_DIRS
from hamstring_desktop.services.settings import MUTED, Settings
from hamstring_desktop.session.engine import SessionAction, SessionEngine
from hamstring_desktop.session.plan import plan_session
from tests.gui.audio.test_cue_player import session_events
from tests.gui.audio.test_voice_language import german  # noqa: F401 (a fixture)
from tests.helpers.fake_speechd import FakeSpeechd


@pytest.fixture
def folder() -> Iterator[Path]:
    # Short: a Unix socket's path has to fit in about 100 bytes.
    path = Path(tempfile.mkdtemp(prefix="hd-ssip-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def server(qtbot: QtBot, folder: Path) -> Iterator[FakeSpeechd]:
    fake = FakeSpeechd(folder / "speechd.sock")
    fake.listen()
    yield fake
    fake.close()


def started(voice: SsipVoice) -> SsipVoice:
    voice.start()
    return voice


def hanging_start(pid_file: Path) -> tuple[str, ...]:
    """A start command that writes its process id to ``pid_file`` and then never ends."""
    script = (
        f"import os, pathlib, time; pathlib.Path({str(pid_file)!r}).write_text(str(os.getpid())); "
        "time.sleep(30)"
    )
    return (sys.executable, "-c", script)


def test_speech_text_is_escaped_as_the_protocol_wants() -> None:
    assert speech_text("Ten seconds left.") == "Ten seconds left.\r\n.\r\n"
    assert speech_text(".\nnext\r\n.x") == "..\r\nnext\r\n..x\r\n.\r\n"


def test_voice_languages_are_read_from_the_voice_list() -> None:
    lines = ["German\tde\tnone", "German+Max\tde\tMax", "English (GB)\ten-gb\tnone", "broken"]
    assert voice_languages(lines) == ["de", "en-gb"]


def test_sentences_queued_before_the_server_answers_are_spoken_in_order(
    qtbot: QtBot, server: FakeSpeechd
) -> None:
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    voice.set_volume(0.6)
    voice.enqueue("Get ready.")
    voice.enqueue("Foam rolling, both legs.")
    qtbot.waitUntil(lambda: len(server.spoken) == 2, timeout=3000)
    assert server.spoken == ["Get ready.", "Foam rolling, both legs."]
    assert voice.address == f"unix_socket:{server.path}"
    # It says who it is and asks to hear when a sentence ends, before its first sentence; it
    # speaks English already, so it never asks for the (long) list of voices.
    first_speak = server.commands.index("SPEAK")
    assert server.commands[:first_speak] == [
        "SET SELF CLIENT_NAME user:hamstring-desktop:prompts",
        "SET SELF NOTIFICATION ALL on",
        "SET SELF PRIORITY message",
        "GET LANGUAGE",
        "SET SELF VOLUME 20",  # 60 %, on speech-dispatcher's scale from -100 to 100
    ]
    voice.close()


def test_the_voice_speaks_until_the_server_says_each_sentence_ended(
    qtbot: QtBot, server: FakeSpeechd
) -> None:
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    qtbot.waitUntil(lambda: voice.connected, timeout=3000)
    assert not voice.speaking
    voice.enqueue("Ten seconds left.")
    voice.enqueue("Switch to your right leg.")
    assert voice.speaking  # from the moment a sentence is queued
    qtbot.waitUntil(lambda: len(server.speaking) == 2, timeout=3000)
    server.end(server.speaking[0])
    qtbot.wait(50)
    assert voice.speaking  # the second is still to be heard
    server.end(server.speaking[0])
    qtbot.waitUntil(lambda: not voice.speaking, timeout=3000)
    voice.close()


def test_stop_cancels_what_is_spoken_and_drops_what_waits(qtbot: QtBot, server: FakeSpeechd) -> None:
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    qtbot.waitUntil(lambda: voice.connected, timeout=3000)
    voice.enqueue("Foam rolling, left leg.")
    qtbot.waitUntil(lambda: len(server.speaking) == 1, timeout=3000)
    voice.enqueue("One")
    voice.enqueue("Two")
    voice.stop()  # pain: everything stops now
    assert not voice.speaking
    qtbot.waitUntil(lambda: "CANCEL SELF" in server.commands, timeout=3000)
    qtbot.wait(50)
    assert server.speaking == []
    assert "Two" not in server.spoken
    voice.enqueue("Stop now.")  # the pain advice, after the stop
    qtbot.waitUntil(lambda: server.spoken[-1] == "Stop now.", timeout=3000)
    voice.close()


def test_a_voice_of_the_apps_language_is_chosen_before_the_first_sentence(qtbot: QtBot, folder: Path) -> None:
    server = FakeSpeechd(folder / "speechd.sock", language="en", voices=("en", "de", "fi"))
    server.listen()
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "de"))
    voice.enqueue("Mach dich bereit.")
    qtbot.waitUntil(lambda: server.spoken == ["Mach dich bereit."], timeout=3000)
    assert server.commands.index("SET SELF LANGUAGE de") < server.commands.index("SPEAK")
    assert server.language == "de"
    voice.close()
    server.close()


def test_no_voice_for_the_language_is_told(qtbot: QtBot, folder: Path) -> None:
    server = FakeSpeechd(folder / "speechd.sock", language="en", voices=("en", "fi"))
    server.listen()
    voice = SsipVoice([Route(f"unix_socket:{server.path}")], "de")
    with qtbot.waitSignal(voice.no_voice_for, timeout=3000) as told:
        voice.start()
    assert told.args == ["de"]
    assert not any(command.startswith("SET SELF LANGUAGE") for command in server.commands)
    voice.close()
    server.close()


def test_replies_in_pieces_with_events_between_their_lines_are_read_whole(qtbot: QtBot, folder: Path) -> None:
    server = FakeSpeechd(folder / "speechd.sock", language="en", voices=("en", "fi", "de"))
    server.pieces = True  # a few bytes at a time: lines, and UTF-8 characters, cut in two
    server.events_between = True
    server.listen()
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "de"))
    voice.enqueue("Mach dich bereit.")
    voice.enqueue("Drück mit den Knöcheln.")
    qtbot.waitUntil(lambda: len(server.spoken) == 2, timeout=5000)
    assert server.spoken == ["Mach dich bereit.", "Drück mit den Knöcheln."]
    assert voice.language == "de"
    qtbot.waitUntil(lambda: len(server.speaking) == 2, timeout=3000)
    assert voice.speaking
    voice.close()
    server.close()


def test_a_refused_command_leaves_the_voice_talking(qtbot: QtBot, folder: Path) -> None:
    server = FakeSpeechd(folder / "speechd.sock", language="en", voices=("en", "de"))
    server.refuse_once = ["SET SELF LANGUAGE", "SPEAK"]
    server.listen()
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "de"))
    voice.enqueue("Eins.")  # refused
    voice.enqueue("Zwei.")
    qtbot.waitUntil(lambda: server.spoken == ["Zwei."], timeout=3000)
    assert voice.language == "en"  # the switch was refused: it says so, not what was asked
    server.end(server.speaking[0])
    qtbot.waitUntil(lambda: not voice.speaking, timeout=3000)  # nothing counted for the refused one
    voice.close()
    server.close()


def test_starting_the_server_never_holds_up_the_window(
    qtbot: QtBot, server: FakeSpeechd, folder: Path
) -> None:
    """The old engine blocked the window for about 1.5 s at each session's start, the pain key
    queued behind it. Here the server's start command takes 0.5 s: meanwhile, the window's
    events are handled."""
    server.close()  # nobody listens until the start command has run
    slow_start = (sys.executable, "-c", "import time; time.sleep(0.5)")
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}", slow_start)], "en"))
    handled: list[bool] = []  # whether the voice was connected when each event was handled
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: handled.append(voice.connected))
    tick.start()
    qtbot.waitUntil(
        lambda: voice._reach._process is not None and voice._reach._process.poll() is not None, timeout=5000
    )
    server.listen()  # the server is up once its start command has ended
    qtbot.waitUntil(lambda: voice.connected, timeout=5000)
    tick.stop()
    assert handled.count(False) >= 5, handled  # events went on while the server was starting
    voice.close()


def test_a_voice_closed_while_its_server_starts_leaves_no_process_behind(qtbot: QtBot, folder: Path) -> None:
    """The session ended, or the app quit, while the start command was still at work (one that
    hangs, say): it is ended, not left running unwatched."""
    pid_file = folder / "start.pid"
    hanging = hanging_start(pid_file)
    voice = started(SsipVoice([Route(f"unix_socket:{folder / 'own.sock'}", hanging)], "en"))
    qtbot.waitUntil(pid_file.exists, timeout=5000)
    voice.close()
    voice.deleteLater()
    del voice
    gc.collect()  # (a Popen dropped while its process runs warns, and is not waited for)
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_start_command_that_hangs_is_ended_and_the_next_server_used(
    qtbot: QtBot, server: FakeSpeechd, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speechd_reach, "START_TIMEOUT_S", 0.3)
    pid_file = folder / "start.pid"
    hanging = hanging_start(pid_file)
    routes = [Route(f"unix_socket:{folder / 'own.sock'}", hanging), Route(f"unix_socket:{server.path}")]
    voice = started(SsipVoice(routes, "en"))
    voice.enqueue("Get ready.")
    qtbot.waitUntil(lambda: server.spoken == ["Get ready."], timeout=5000)
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid_file.read_text()), 0)
    voice.close()


def test_when_a_server_cannot_start_the_next_one_is_used(
    qtbot: QtBot, server: FakeSpeechd, folder: Path
) -> None:
    failing = (sys.executable, "-c", "raise SystemExit(1)")
    routes = [Route(f"unix_socket:{folder / 'own.sock'}", failing), Route(f"unix_socket:{server.path}")]
    voice = started(SsipVoice(routes, "en"))
    voice.enqueue("Get ready.")
    qtbot.waitUntil(lambda: server.spoken == ["Get ready."], timeout=5000)
    assert voice.address == f"unix_socket:{server.path}"
    voice.close()


def test_no_server_to_reach_is_told_with_where_it_was_looked_for(qtbot: QtBot, folder: Path) -> None:
    voice = SsipVoice([Route(f"unix_socket:{folder / 'nobody.sock'}")], "en")
    with qtbot.waitSignal(voice.failed, timeout=3000) as failed:
        voice.start()
    assert failed.args == [[f"unix_socket:{folder / 'nobody.sock'}"]]
    voice.enqueue("Get ready.")  # nothing happens, and nothing breaks
    assert not voice.speaking


def test_a_lost_server_is_told_and_the_voice_stops_counting_as_speaking(
    qtbot: QtBot, server: FakeSpeechd
) -> None:
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    voice.enqueue("Get ready.")
    qtbot.waitUntil(lambda: len(server.speaking) == 1, timeout=3000)
    with qtbot.waitSignal(voice.failed, timeout=3000):
        server.hang_up()
    assert not voice.speaking  # beeps are no longer held back for a voice that is gone
    voice.close()


def test_a_server_that_stops_answering_is_given_up(
    qtbot: QtBot, server: FakeSpeechd, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hung speech-dispatcher (its sound output could not open, say) takes commands and never
    answers: the voice used to count as speaking for good, and every halfway and countdown beep
    of the session was left out for it."""
    monkeypatch.setattr(ssip_voice, "REPLY_TIMEOUT_S", 0.3)
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    qtbot.waitUntil(lambda: voice.language == "en", timeout=3000)
    server.answering = False
    voice.enqueue("Get ready.")
    assert voice.speaking
    with qtbot.waitSignal(voice.failed, timeout=3000) as failed:
        pass
    assert failed.args == [[f"unix_socket:{server.path}"]]
    assert not voice.speaking
    voice.close()


def test_a_server_that_never_ends_a_sentence_is_given_up(
    qtbot: QtBot, server: FakeSpeechd, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that began a sentence and never says it ended (its sound output hangs: the real
    one then also leaves the next sentences unbegun, answering all the while): once the sentence
    has had far longer than it could take, the server is given up and the beeps come back. Before,
    the next sentence queued behind it held them back for as long again."""
    monkeypatch.setattr(ssip_voice, "SENTENCE_GRACE_S", 0.3)
    monkeypatch.setattr(ssip_voice, "SECONDS_PER_CHARACTER", 0.01)
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    voice.enqueue("Ten seconds left.")  # 17 characters: at most 0.47 s here
    qtbot.waitUntil(lambda: len(server.speaking) == 1, timeout=3000)
    qtbot.wait(200)
    assert voice.speaking
    with qtbot.waitSignal(voice.failed, timeout=1000) as failed:
        voice.enqueue("Switch to your right leg.")  # it would be queued behind the first
    assert failed.args == [[f"unix_socket:{server.path}"]]
    assert not voice.speaking
    assert server.speaking  # (the server never said it ended)
    voice.close()


def test_a_sentence_that_ends_before_its_reply_is_not_counted_as_spoken(
    qtbot: QtBot, server: FakeSpeechd
) -> None:
    """Events come at any moment, also before the reply that gives the sentence its id."""
    voice = started(SsipVoice([Route(f"unix_socket:{server.path}")], "en"))
    qtbot.waitUntil(lambda: voice.connected, timeout=3000)
    server.early_end = True
    voice.enqueue("Go.")
    qtbot.waitUntil(lambda: server.spoken == ["Go."], timeout=3000)
    qtbot.waitUntil(lambda: not voice.speaking, timeout=1000)
    server.early_end = False
    voice.enqueue("Next.")  # an earlier id that ended does not stand for a later one
    qtbot.waitUntil(lambda: len(server.speaking) == 1, timeout=3000)
    qtbot.wait(50)
    assert voice.speaking
    voice.close()


@pytest.fixture
def speechd_player(
    qtbot: QtBot, server: FakeSpeechd, settings: Settings, library: Library, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CuePlayer]:
    monkeypatch.delenv(ENV_TTS_ENGINE, raising=False)
    monkeypatch.setenv(ENV_SPEECHD_ADDRESS, f"unix_socket:{server.path}")  # the user's choice
    player = CuePlayer(settings, library.guide)
    yield player
    player.stop_all()
    player.deleteLater()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
def test_a_session_is_spoken_through_speech_dispatcher(
    qtbot: QtBot, speechd_player: CuePlayer, server: FakeSpeechd, library: Library
) -> None:
    assert speechd_player.has_speech
    assert speechd_player.open() in (True, False)  # the sound output does not matter here
    speechd_player.play(session_events(library, 125.0))
    qtbot.waitUntil(lambda: "Switch to your right leg." in server.spoken, timeout=5000)
    assert server.spoken[0] == "Get ready. First: Foam rolling, both legs."
    assert server.spoken[1].startswith("Foam rolling, both legs. Both legs on the roller.")
    assert speechd_player.speaking


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
@pytest.mark.parametrize("action", [SessionAction.STOP, SessionAction.PAIN])
def test_stop_and_pain_end_the_sentence_being_spoken(
    qtbot: QtBot, speechd_player: CuePlayer, server: FakeSpeechd, library: Library, action: SessionAction
) -> None:
    """Stop (Esc) and the pain key both silence the voice at once: after Stop it used to read the
    rest of the step's instruction, five seconds of it. Pain then gives its advice."""
    engine = SessionEngine(plan_session(library.routine("pre-workout"), library))
    speechd_player.play(engine.start(0.0) + engine.advance(5.0))  # get ready, then the first step
    qtbot.waitUntil(lambda: len(server.speaking) == 2, timeout=3000)  # both sentences under way
    speechd_player.play(engine.perform(action, 7.0))
    qtbot.waitUntil(lambda: "CANCEL SELF" in server.commands, timeout=3000)
    if action is SessionAction.PAIN:
        qtbot.waitUntil(lambda: server.spoken[-1] == library.guide.pain_advice, timeout=3000)
        assert len(server.speaking) == 1  # the advice, and nothing else
    else:
        qtbot.wait(100)
        assert server.speaking == []
        assert not speechd_player.speaking


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
def test_without_speech_dispatcher_the_player_is_told_at_once(
    qtbot: QtBot,
    settings: Settings,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No speech-dispatcher on the PATH and no server's socket: the player says so, and the
    session does not wait on Qt's engine, which is speech-dispatcher's too, to find nothing."""
    monkeypatch.delenv(ENV_TTS_ENGINE, raising=False)
    monkeypatch.delenv(ENV_SPEECHD_ADDRESS, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # no programs at all
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))  # no server listens there
    own = SpeechServer(tmp_path / "own", tmp_path / "run" / "own.sock", SYSTEM_SPEECHD_CONFIG_DIRS, tmp_path)
    settings.set(MUTED, True)  # no tones either: only the voice is tried when a session opens
    with caplog.at_level(logging.WARNING, logger="hamstring_desktop.audio"):
        player = CuePlayer(settings, library.guide, speech_server=own)
        player.open()  # the first session: the voice is not tried a second time at once
    assert not player.has_speech
    assert player.notices_so_far() == [
        "No voice: speech-dispatcher is not installed. Prompts are shown, not spoken."
    ]
    assert [r.getMessage() for r in caplog.records] == ["no voice: speech-dispatcher is not installed"]
    player.close()
    with caplog.at_level(logging.WARNING, logger="hamstring_desktop.audio"):
        player.open()  # a later session tries again (it may have been installed since)
    assert len(caplog.records) == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
def test_an_unreachable_server_is_told_once_in_german(
    qtbot: QtBot,
    settings: Settings,
    asset_texts: dict[str, str],
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    german: None,  # noqa: F811 (the fixture)
) -> None:
    monkeypatch.delenv(ENV_TTS_ENGINE, raising=False)
    monkeypatch.setenv(ENV_SPEECHD_ADDRESS, f"unix_socket:{folder / 'gone.sock'}")
    player = CuePlayer(settings, load_library(asset_texts, "de").guide, language="de")
    qtbot.waitUntil(lambda: not player.has_speech, timeout=3000)
    (notice,) = player.notices_so_far()
    assert notice == (
        f"Keine Stimme: speech-dispatcher antwortet nicht unter {folder / 'gone.sock'}, der Adresse in "
        "SPEECHD_ADDRESS. Ansagen werden angezeigt, nicht gesprochen."
    )


def test_speechd_address_is_read_as_speech_dispatchers_client_library_reads_it() -> None:
    default = Path("/run/user/1000/speech-dispatcher/speechd.sock")
    assert speechd_address("unix_socket:/tmp/s.sock", default) == "unix_socket:/tmp/s.sock"
    assert speechd_address("unix_socket", default) == f"unix_socket:{default}"
    assert speechd_address("inet_socket", default) == "inet_socket:127.0.0.1:6560"
    assert speechd_address("inet_socket:speech.lan", default) == "inet_socket:speech.lan:6560"
    assert speechd_address("inet_socket:speech.lan:7000", default) == "inet_socket:speech.lan:7000"
    assert speechd_address("inet_socket:speech.lan:seven", default) is None
    assert speechd_address("/tmp/s.sock", default) is None
    assert speechd_address("speechd", default) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
def test_unix_socket_alone_is_the_default_socket(
    qtbot: QtBot, folder: Path, settings: Settings, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_TTS_ENGINE, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv(ENV_SPEECHD_ADDRESS, "unix_socket")
    (folder / "speech-dispatcher").mkdir()
    server = FakeSpeechd(folder / "speech-dispatcher" / "speechd.sock")
    server.listen()
    player = CuePlayer(settings, library.guide)
    player.play(session_events(library, 1.0))
    qtbot.waitUntil(lambda: server.spoken == ["Get ready. First: Foam rolling, both legs."], timeout=3000)
    assert player.notices_so_far() == []
    player.stop_all()
    server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's")
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "No voice: SPEECHD_ADDRESS (/tmp/speechd.sock) is not an address speech-dispatcher uses: "
            "unix_socket:PATH or inet_socket:HOST:PORT. Prompts are shown, not spoken.",
        ),
        (
            "de",
            "Keine Stimme: SPEECHD_ADDRESS (/tmp/speechd.sock) ist keine Adresse, die speech-dispatcher "
            "kennt: unix_socket:PFAD oder inet_socket:HOST:PORT. Ansagen werden angezeigt, nicht gesprochen.",
        ),
    ],
)
def test_a_speechd_address_that_is_none_is_told_naming_it(
    request: pytest.FixtureRequest,
    settings: Settings,
    asset_texts: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    expected: str,
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    monkeypatch.delenv(ENV_TTS_ENGINE, raising=False)
    monkeypatch.setenv(ENV_SPEECHD_ADDRESS, "/tmp/speechd.sock")  # the method left out
    player = CuePlayer(settings, load_library(asset_texts, language).guide, language=language)
    assert not player.has_speech
    assert player.notices_so_far() == [expected]
