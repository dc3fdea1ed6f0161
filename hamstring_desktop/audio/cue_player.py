"""Plays the session's cues in priority order.

- Tones: the synthesized WAVs from the compiled resources. Where a PulseAudio (or PipeWire-pulse)
  server is running they are uploaded to its sample cache and played from there, with no stream
  open (pulse_samples.py); elsewhere they go through one Qt output stream that is open only
  around the tones (tone_stream.py).
- Voice: one short sentence per prompt, queued so a prompt is never cut off. On Linux it speaks
  to speech-dispatcher in its own protocol, on a socket, so that starting the voice never holds
  up the window (ssip_voice.py): the app's own server where one can run (speech_server.py), else
  the system's. Elsewhere, or with an engine named in the environment, through Qt TextToSpeech
  (qt_voice.py). It speaks the app's language: a voice of that language is chosen where one is
  installed (English keeps the default voice, which the user may have picked).
- While the voice speaks, halfway and countdown beeps are left out and pacing ticks play
  quietly underneath, so a beep never talks over an instruction.
- With no audio output or no speech engine the session carries on with visual cues, and the
  player is told once.
- Only what is used is loaded: Qt Multimedia for the Qt stream, Qt TextToSpeech for the voice.
  With the sample cache, the voice off, or the sound muted for the run, they stay unloaded.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from hamstring_desktop.audio.pulse_samples import PulseSamples
from hamstring_desktop.audio.speech_server import SpeechServer
from hamstring_desktop.audio.tones import RATE, load_tone, scaled
from hamstring_desktop.audio.voices import (
    Voice,
    choose_voice,
    no_language_voice_notice,
    unreachable_notice,
)
from hamstring_desktop.content import Guide
from hamstring_desktop.content.translation import SOURCE_LANGUAGE
from hamstring_desktop.services.settings import MUTED, PACING, VOICE, VOLUME, Settings
from hamstring_desktop.session.cues import PRIORITY, CueKind, Priority, PromptKind
from hamstring_desktop.session.engine import CueDue, Event, Finished, Outcome
from hamstring_desktop.words.errors import first_line
from hamstring_desktop.words.prompts import prompt_text

_log = logging.getLogger(__name__)

ENV_SOUND_OUTPUT = "HAMSTRING_DESKTOP_SOUND_OUTPUT"  # "samples", "stream"; default: samples if possible
DUCKED = 0.3  # pacing tick volume while the voice speaks
DUCKED_PACING = "pacing-ducked"


class ToneOutput(Protocol):
    """Where tones go: the sound server's sample cache, or a Qt output stream."""

    running: SignalInstance
    streams: bool
    error: str

    @property
    def is_open(self) -> bool: ...

    def open(self, volume: float) -> bool: ...

    def set_volume(self, volume: float) -> None: ...

    def play(self, name: str) -> None: ...

    def stop(self) -> None: ...

    def deleteLater(self) -> None: ...


def qt_stream(tones: Mapping[str, bytes], parent: QObject) -> ToneOutput:
    """A Qt Multimedia output stream (loads Qt Multimedia)."""
    from hamstring_desktop.audio.tone_stream import ToneStream

    return ToneStream(tones, parent)


class CuePlayer(QObject):
    """Turns engine events into tones and speech.

    Signals:
        notice(str): something the user should know once (no sound device, no voice).
        spoken(str): a sentence was handed to the speech engine.
        tone_played(str): a tone was queued for output (the cue kind's value).
    """

    notice = Signal(str)
    spoken = Signal(str)
    tone_played = Signal(str)

    def __init__(
        self,
        settings: Settings,
        guide: Guide,
        muted: bool = False,
        speech_server: SpeechServer | None = None,
        output: ToneOutput | None = None,
        ready_key: Callable[[], str] | None = None,
        parent: QObject | None = None,
        language: str = SOURCE_LANGUAGE,
    ) -> None:
        """``ready_key`` names the key that carries on from a wait, for the spoken prompt (the
        user may have changed it)."""
        super().__init__(parent)
        self._ready_key = ready_key
        self._language = language
        self._speech_server = speech_server
        self._settings = settings
        self._guide = guide
        self._muted_for_run = muted
        self._told: dict[str, str] = {}
        self._tones = {kind.value: load_tone(kind) for kind in CueKind}
        self._tones[DUCKED_PACING] = scaled(self._tones[CueKind.PACING.value], DUCKED)
        choice = os.environ.get(ENV_SOUND_OUTPUT, "")
        if output is not None:
            self._stream = output
        elif choice == "stream":
            self._stream = qt_stream(self._tones, self)
        else:
            self._stream = PulseSamples(self._tones, RATE, self)
        self._fallback_allowed = output is None and choice == ""
        self._speech: Voice | None = None
        self._chosen_address = False  # the voice's server is the one SPEECHD_ADDRESS names
        self._sounding_until = 0.0  # monotonic time when the queued tones have played out
        self._start_speech()
        # A voice that failed at once is not tried again by the first session's open(), a moment later.
        self._voice_just_tried = self._speech is None
        # Between sessions the speech engine is let go: speech-dispatcher keeps sound streams
        # open while any client is connected, which keeps the sound server busy (speechd #787).
        self._release_speech = QTimer(self)
        self._release_speech.setInterval(1000)
        self._release_speech.timeout.connect(self._release_speech_if_quiet)
        settings.changed.connect(self._setting_changed)

    def _setting_changed(self, key: str) -> None:
        if key == VOLUME.key:
            self._stream.set_volume(self._settings.get(VOLUME) / 100)
        elif key == MUTED.key and self.muted:
            self.stop_all_speech()
        elif key == VOICE.key:
            if self._settings.get(VOICE) and self._speech is None:
                self._start_speech()
            elif not self._settings.get(VOICE):
                self.stop_all_speech()

    def stop_all_speech(self) -> None:
        """Stop speaking (muted, or voice turned off)."""
        if self._speech is not None:
            self._speech.stop()

    def _start_speech(self) -> None:
        if not self._settings.get(VOICE) or self._muted_for_run:
            return  # nothing to say: no speech engine loaded at all
        choice = choose_voice(self._language, self._speech_server, self)
        if choice.voice is None:
            self._tell("no-voice", choice.notice)
            return
        self._chosen_address = choice.chosen_address
        choice.voice.failed.connect(self._voice_failed)
        choice.voice.no_voice_for.connect(self._no_voice_for)
        self._speech = choice.voice
        choice.voice.start()

    def _voice_failed(self, addresses: list[str]) -> None:
        self._tell("no-voice", unreachable_notice(addresses, self._chosen_address))
        self._drop_speech()

    def _no_voice_for(self, language_code: str) -> None:
        self._tell("no-language-voice", no_language_voice_notice(language_code))

    def _drop_speech(self) -> None:
        if self._speech is not None:
            speech, self._speech = self._speech, None
            speech.close()
            speech.deleteLater()

    def _tell(self, key: str, text: str) -> None:
        if key not in self._told:
            self._told[key] = text
            self.notice.emit(text)

    def notices_so_far(self) -> list[str]:
        """Notices raised before anyone was listening (during construction)."""
        return list(self._told.values())

    @property
    def muted(self) -> bool:
        """Muted for this run (--mute) or in settings."""
        return self._muted_for_run or self._settings.get(MUTED)

    @property
    def speaking(self) -> bool:
        """Whether the voice is speaking now."""
        return self._speech is not None and self._speech.speaking

    def open(self) -> bool:
        """Open the output stream for a session. True: wait for ``running`` before the first cue.
        False: muted, no output, or it failed (the session runs on visual cues)."""
        self._release_speech.stop()
        if self._speech is None and not self._voice_just_tried:
            self._start_speech()  # again: let go after the last session, or it failed then
        self._voice_just_tried = False
        if self.muted:
            return False
        volume = self._settings.get(VOLUME) / 100
        opened = self._stream.open(volume)
        if not opened and self._fallback_allowed:
            self._fallback_allowed = False  # no sample cache here: use a Qt stream from now on
            try:
                stream = qt_stream(self._tones, self)
            except ImportError as error:
                _log.warning("no sound: the sound system could not be loaded: %s", error)
                self._tell(
                    "no-output",
                    self.tr("No sound: the sound system could not be loaded (%s). Follow the screen.")
                    % first_line(error),
                )
                return False
            self._stream.deleteLater()
            self._stream = stream
            opened = self._stream.open(volume)
        if not opened:
            message = self.tr("Sound is not working (%s): visual cues only.") % self._stream.error
            self._tell("no-output", message)
            return False
        return True

    @property
    def streams(self) -> bool:
        """Whether tones go through an output stream that is worth closing between tones."""
        return self._stream.streams

    @property
    def running(self) -> SignalInstance:
        """Emitted once the opened stream plays sound without start-up delay."""
        return self._stream.running

    def close(self) -> None:
        """Close the output and, once it has finished speaking, the speech engine: the session
        is over."""
        self._stream.stop()
        self._release_speech.start()

    @property
    def has_speech(self) -> bool:
        """Whether a speech engine is connected now."""
        return self._speech is not None

    def _release_speech_if_quiet(self) -> None:
        if self.speaking:
            return  # let the last sentence (the pain advice, say) finish
        self._release_speech.stop()
        self._drop_speech()

    def play(self, events: list[Event]) -> None:
        """Play the cues among ``events``."""
        if self.muted:
            return
        for event in events:
            if isinstance(event, CueDue):
                if event.cue.kind is not None:
                    self._tone(event.cue.kind)
                if event.cue.prompt is not None:
                    key = {"ready_key": self._ready_key()} if self._ready_key is not None else {}
                    self._say(prompt_text(event.cue.prompt, event.step, **key))
            elif isinstance(event, Finished):
                if event.outcome is Outcome.COMPLETED:
                    self._tone(CueKind.SESSION_COMPLETE)
                    self._say(prompt_text(PromptKind.COMPLETE, None))
                elif event.outcome is Outcome.PAIN:
                    self.stop_all()
                    self._say(self._guide.pain_advice)
                else:  # stopped: the rest of a sentence is not wanted either
                    self.stop_all()

    def _tone(self, kind: CueKind) -> None:
        if not self._stream.is_open:
            return
        name = kind.value
        if kind is CueKind.PACING:
            if not self._settings.get(PACING):
                return
            if self.speaking:
                name = DUCKED_PACING
        elif self.speaking and PRIORITY[kind] is Priority.MARKER:
            return  # never beep over a spoken instruction
        frames = self._tones[name]
        self._stream.play(name)
        start = max(time.monotonic(), self._sounding_until)
        self._sounding_until = start + len(frames) / 2 / RATE
        self.tone_played.emit(kind.value)

    @property
    def is_open(self) -> bool:
        """Whether the output stream is open."""
        return self._stream.is_open

    def seconds_until_quiet(self) -> float:
        """How long the tones already queued still sound."""
        return max(0.0, self._sounding_until - time.monotonic())

    def _say(self, text: str) -> None:
        if self._speech is None or not text or not self._settings.get(VOICE):
            return
        self._speech.set_volume(self._settings.get(VOLUME) / 100)
        self._speech.enqueue(text)
        self.spoken.emit(text)

    def stop_all(self) -> None:
        """Silence everything now (pain stop, app closing)."""
        self._stream.stop()
        if self._speech is not None:
            self._speech.stop()
