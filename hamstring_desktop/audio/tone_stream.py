"""One audio output stream per session, fed the cue tones' samples as they fall due.

A single stream avoids the start-up delay that a fresh stream per tone pays on its first play
(which made the first beeps of a session late) and never opens several streams at once (which
can wedge Qt's PulseAudio backend). It is opened when a session starts and closed after it ends.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from hamstring_desktop.audio.tones import RATE

PREROLL_LIMIT_MS = 2000
PREROLL_POLL_MS = 5


class ToneStream(QObject):
    """Writes tones into one QAudioSink (push mode) that stays open while a session runs.

    A freshly opened stream takes a few hundred milliseconds to start playing, while a running
    one that has merely run dry restarts at once. So :meth:`open` pre-rolls a little silence and
    emits ``running`` once that has played out; start the session clock then.

    Signals:
        running(): the stream has started; a tone written now plays without start-up delay.
    """

    running = Signal()
    streams = True  # an open stream costs CPU even when silent: close it between far-apart tones

    def __init__(self, samples: Mapping[str, bytes], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._samples = dict(samples)
        self._format = QAudioFormat()
        self._format.setSampleRate(RATE)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._sink: QAudioSink | None = None
        self._device: QIODevice | None = None
        self._was_active = False
        # Polled, not connected: PySide6 cannot pass QAudio::State to a Python slot.
        self._preroll = QTimer(self)
        self._preroll.setInterval(PREROLL_POLL_MS)
        self._preroll.timeout.connect(self._poll_preroll)
        self._preroll_polls_left = 0
        self.error = ""

    @property
    def is_open(self) -> bool:
        """Whether the stream is open."""
        return self._device is not None

    def open(self, volume: float) -> bool:
        """Open the default output and pre-roll; False (``error`` set) if there is none or it fails.

        ``running`` follows when it is ready (at once if it was already open).
        """
        if self._device is not None:
            self.set_volume(volume)
            self.running.emit()
            return True
        output = QMediaDevices.defaultAudioOutput()
        if output.isNull():
            self.error = self.tr("no audio output")
            return False
        sink = QAudioSink(output, self._format, self)
        sink.setBufferSize(RATE * 2)  # room for a second of overlapping tones
        sink.setVolume(volume)
        device = sink.start()
        if device is None or sink.error() != QtAudio.Error.NoError:
            self.error = self.tr("audio output failed (%s)") % sink.error().name
            sink.deleteLater()
            return False
        self._sink, self._device = sink, device
        self._was_active = False
        device.write(bytes(RATE // 20 * 2))  # 50 ms of silence
        self._preroll_polls_left = PREROLL_LIMIT_MS // PREROLL_POLL_MS
        self._preroll.start()
        return True

    def _poll_preroll(self) -> None:
        """Running once the silence has played out: the sink went active, then idle."""
        self._preroll_polls_left -= 1
        state = self._sink.state() if self._sink is not None else QtAudio.State.StoppedState
        if state == QtAudio.State.ActiveState:
            self._was_active = True
        drained = self._was_active and state == QtAudio.State.IdleState
        if drained or self._preroll_polls_left <= 0 or self._sink is None:
            self._preroll.stop()
            self.running.emit()

    def set_volume(self, volume: float) -> None:
        """Output volume, 0-1."""
        if self._sink is not None:
            self._sink.setVolume(volume)

    def play(self, name: str) -> None:
        """Queue a tone; it starts as soon as what is already queued has played."""
        if self._device is not None and name in self._samples:
            self._device.write(self._samples[name])

    def stop(self) -> None:
        """Silence at once and close the stream."""
        self._preroll.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = None
        self._device = None
