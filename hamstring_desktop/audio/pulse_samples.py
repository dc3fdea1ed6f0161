"""Cue tones from the sound server's sample cache (PulseAudio, or PipeWire's pulse service).

The tones are uploaded once; playing one is then a single short message to the server, which
mixes the sample itself. No output stream stays open, so between tones neither the app nor the
server has any work to do. (An open stream, even a silent one, kept the server busy: about 2 % of
a core against well under 0.1 % this way; see the README's benchmarks.)

This talks to libpulse through ctypes. It needs no callbacks into Python: the library's own
thread does the I/O, and this side polls states under its lock, with a deadline, so a server that
stops answering can never hang the app. Where libpulse or a server is missing, ``open`` fails with
a reason and the caller falls back to a Qt audio stream.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

_log = logging.getLogger(__name__)

SAMPLE_PREFIX = "hamstring-desktop-"
CONNECT_TIMEOUT_S = 2.0
# Measured with PulseAudio 16: right after an upload the server starts a tone's first play up to
# half a second late; later plays land within 10 ms of the request. So every tone is played once
# at zero volume straight after the upload, and ``running`` (which starts the session clock)
# waits this long.
WARM_UP_MS = 600
_POLL_S = 0.0002  # the GUI thread waits for each upload's round trip: 11 tones in about 10 ms
_S16LE = 3
_CONTEXT_READY, _CONTEXT_FAILED, _CONTEXT_TERMINATED = 4, 5, 6
_STREAM_READY, _STREAM_FAILED, _STREAM_TERMINATED = 2, 3, 4
_NOAUTOSPAWN = 1
_OPERATION_RUNNING = 0


class _SampleSpec(ctypes.Structure):
    _fields_ = (("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8))


def _load_library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("pulse") or "libpulse.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    pointer = ctypes.c_void_p
    signatures: dict[str, tuple[object, list[object]]] = {
        "pa_threaded_mainloop_new": (pointer, []),
        "pa_threaded_mainloop_start": (ctypes.c_int, [pointer]),
        "pa_threaded_mainloop_stop": (None, [pointer]),
        "pa_threaded_mainloop_free": (None, [pointer]),
        "pa_threaded_mainloop_lock": (None, [pointer]),
        "pa_threaded_mainloop_unlock": (None, [pointer]),
        "pa_threaded_mainloop_get_api": (pointer, [pointer]),
        "pa_context_new": (pointer, [pointer, ctypes.c_char_p]),
        "pa_context_connect": (ctypes.c_int, [pointer, ctypes.c_char_p, ctypes.c_int, pointer]),
        "pa_context_get_state": (ctypes.c_int, [pointer]),
        "pa_context_errno": (ctypes.c_int, [pointer]),
        "pa_context_disconnect": (None, [pointer]),
        "pa_context_unref": (None, [pointer]),
        "pa_context_play_sample": (
            pointer,
            [pointer, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint32, pointer, pointer],
        ),
        "pa_context_remove_sample": (pointer, [pointer, ctypes.c_char_p, pointer, pointer]),
        "pa_operation_get_state": (ctypes.c_int, [pointer]),
        "pa_operation_unref": (None, [pointer]),
        "pa_stream_new": (pointer, [pointer, ctypes.c_char_p, ctypes.POINTER(_SampleSpec), pointer]),
        "pa_stream_connect_upload": (ctypes.c_int, [pointer, ctypes.c_size_t]),
        "pa_stream_get_state": (ctypes.c_int, [pointer]),
        "pa_stream_write": (
            ctypes.c_int,
            [pointer, ctypes.c_char_p, ctypes.c_size_t, pointer, ctypes.c_int64, ctypes.c_int],
        ),
        "pa_stream_finish_upload": (ctypes.c_int, [pointer]),
        "pa_stream_unref": (None, [pointer]),
        "pa_strerror": (ctypes.c_char_p, [ctypes.c_int]),
        "pa_sw_volume_from_linear": (ctypes.c_uint32, [ctypes.c_double]),
    }
    try:
        for function, (result, arguments) in signatures.items():
            symbol = getattr(lib, function)
            symbol.restype = result
            symbol.argtypes = arguments
    except AttributeError:
        return None
    return lib


class PulseSamples(QObject):
    """Tones uploaded to the sound server's sample cache and played from there.

    Same interface as ToneStream: ``open`` (then ``running``), ``play``, ``set_volume``,
    ``stop``, ``is_open`` and ``error``.

    Signals:
        running(): ready; a tone played now starts at once.
    """

    running = Signal()
    streams = False  # nothing stays open between tones: no need to close and reopen around them

    def __init__(self, samples: Mapping[str, bytes], rate: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._samples = dict(samples)
        self._rate = rate
        self._lib = _load_library()
        self._loop: int | None = None
        self._context: int | None = None
        self._volume = ctypes.c_uint32(0)
        self._uploaded = False
        self.error = ""
        # Emitted from the event loop, after open() has returned and the caller has connected.
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.timeout.connect(self.running.emit)

    @property
    def is_open(self) -> bool:
        """Whether the tones are uploaded and the server connection is up."""
        return self._uploaded and self._context_state() == _CONTEXT_READY

    def open(self, volume: float) -> bool:
        """Connect and upload the tones (once); False (``error`` set) if that fails."""
        self.set_volume(volume)
        if self.is_open:
            self._announce.setInterval(0)
            self._announce.start()
            return True
        self.stop()
        if self._lib is None:
            self.error = self.tr("libpulse is not available")
            return False
        try:
            self._connect()
            self._upload_all()
        except OSError as error:
            self.error = str(error)
            _log.info("sample cache not used: %s", error)
            self.stop()
            return False
        self._uploaded = True
        self._warm_up()
        self._announce.setInterval(WARM_UP_MS)
        self._announce.start()
        return True

    def set_volume(self, volume: float) -> None:
        """Volume for tones played from now on, 0-1."""
        if self._lib is not None:
            self._volume = ctypes.c_uint32(self._lib.pa_sw_volume_from_linear(max(0.0, min(1.0, volume))))

    def play(self, name: str) -> None:
        """Play an uploaded tone now (a tone already playing goes on: they mix)."""
        if not self.is_open or name not in self._samples:
            return
        lib, loop = self._lib, self._loop
        assert lib is not None and loop is not None
        lib.pa_threaded_mainloop_lock(loop)
        try:
            operation = lib.pa_context_play_sample(
                self._context, (SAMPLE_PREFIX + name).encode(), None, self._volume, None, None
            )
            if operation:
                lib.pa_operation_unref(operation)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def _warm_up(self) -> None:
        """Play every tone once at zero volume: the server's first plays after an upload start late."""
        lib, loop = self._lib, self._loop
        assert lib is not None and loop is not None
        lib.pa_threaded_mainloop_lock(loop)
        try:
            for name in self._samples:
                operation = lib.pa_context_play_sample(
                    self._context, (SAMPLE_PREFIX + name).encode(), None, 0, None, None
                )
                if operation:
                    lib.pa_operation_unref(operation)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def stop(self) -> None:
        """Remove the tones from the server and disconnect."""
        self._announce.stop()
        lib, loop, context = self._lib, self._loop, self._context
        if lib is None or loop is None:
            return
        if context is not None:
            if self._uploaded and self._context_state() == _CONTEXT_READY:
                self._remove_all()
            lib.pa_threaded_mainloop_lock(loop)
            lib.pa_context_disconnect(context)
            lib.pa_context_unref(context)
            lib.pa_threaded_mainloop_unlock(loop)
        lib.pa_threaded_mainloop_stop(loop)
        lib.pa_threaded_mainloop_free(loop)
        self._loop = self._context = None
        self._uploaded = False

    # --- the server conversation -----------------------------------------------------------------

    def _context_state(self) -> int:
        lib, loop = self._lib, self._loop
        if lib is None or loop is None or self._context is None:
            return _CONTEXT_TERMINATED
        lib.pa_threaded_mainloop_lock(loop)
        try:
            return int(lib.pa_context_get_state(self._context))
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

    def _wait(self, check: Callable[[], bool], what: str) -> None:
        """Poll ``check`` (called with the lock held) until it is true or the deadline passes."""
        lib, loop = self._lib, self._loop
        assert lib is not None and loop is not None
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while True:
            lib.pa_threaded_mainloop_lock(loop)
            try:
                if check():
                    return
            finally:
                lib.pa_threaded_mainloop_unlock(loop)
            if time.monotonic() > deadline:
                raise OSError(f"the sound server did not answer in time ({what})")
            time.sleep(_POLL_S)

    def _failure(self, what: str) -> OSError:
        lib = self._lib
        assert lib is not None
        code = lib.pa_context_errno(self._context) if self._context else 0
        reason = lib.pa_strerror(code).decode(errors="replace") if code else "unknown error"
        return OSError(f"{what}: {reason}")

    def _connect(self) -> None:
        lib = self._lib
        assert lib is not None
        loop = lib.pa_threaded_mainloop_new()
        if not loop:
            raise OSError("cannot create the PulseAudio main loop")
        self._loop = loop
        lib.pa_threaded_mainloop_lock(loop)
        try:
            context = lib.pa_context_new(lib.pa_threaded_mainloop_get_api(loop), b"Hamstring Desktop")
            if not context:
                raise OSError("cannot create a PulseAudio context")
            self._context = context
            if lib.pa_context_connect(context, None, _NOAUTOSPAWN, None) < 0:
                raise self._failure("cannot connect to the sound server")
            if lib.pa_threaded_mainloop_start(loop) < 0:
                raise OSError("cannot start the PulseAudio main loop")
        finally:
            lib.pa_threaded_mainloop_unlock(loop)

        def settled() -> bool:
            return int(lib.pa_context_get_state(self._context)) in (
                _CONTEXT_READY,
                _CONTEXT_FAILED,
                _CONTEXT_TERMINATED,
            )

        self._wait(settled, "connecting")
        if self._context_state() != _CONTEXT_READY:
            raise self._failure("cannot connect to the sound server")

    def _upload_all(self) -> None:
        for name, frames in self._samples.items():
            self._upload(SAMPLE_PREFIX + name, frames)

    def _upload(self, name: str, frames: bytes) -> None:
        lib, loop = self._lib, self._loop
        assert lib is not None and loop is not None
        spec = _SampleSpec(_S16LE, self._rate, 1)
        lib.pa_threaded_mainloop_lock(loop)
        try:
            stream = lib.pa_stream_new(self._context, name.encode(), ctypes.byref(spec), None)
            if not stream:
                raise self._failure(f"cannot create an upload stream for {name}")
            if lib.pa_stream_connect_upload(stream, len(frames)) < 0:
                lib.pa_stream_unref(stream)
                raise self._failure(f"cannot upload {name}")
        finally:
            lib.pa_threaded_mainloop_unlock(loop)
        try:

            def stream_settled(*wanted: int) -> Callable[[], bool]:
                return lambda: int(lib.pa_stream_get_state(stream)) in (*wanted, _STREAM_FAILED)

            self._wait(stream_settled(_STREAM_READY, _STREAM_TERMINATED), f"uploading {name}")
            lib.pa_threaded_mainloop_lock(loop)
            try:
                if lib.pa_stream_get_state(stream) != _STREAM_READY:
                    raise self._failure(f"cannot upload {name}")
                if lib.pa_stream_write(stream, frames, len(frames), None, 0, 0) < 0:
                    raise self._failure(f"cannot upload {name}")
                if lib.pa_stream_finish_upload(stream) < 0:
                    raise self._failure(f"cannot upload {name}")
            finally:
                lib.pa_threaded_mainloop_unlock(loop)
            self._wait(stream_settled(_STREAM_TERMINATED), f"uploading {name}")
        finally:
            lib.pa_threaded_mainloop_lock(loop)
            lib.pa_stream_unref(stream)
            lib.pa_threaded_mainloop_unlock(loop)

    def _remove_all(self) -> None:
        lib, loop = self._lib, self._loop
        assert lib is not None and loop is not None
        operations = []
        lib.pa_threaded_mainloop_lock(loop)
        try:
            for name in self._samples:
                operation = lib.pa_context_remove_sample(
                    self._context, (SAMPLE_PREFIX + name).encode(), None, None
                )
                if operation:
                    operations.append(operation)
        finally:
            lib.pa_threaded_mainloop_unlock(loop)
        try:
            self._wait(
                lambda: all(lib.pa_operation_get_state(op) != _OPERATION_RUNNING for op in operations),
                "removing the tones",
            )
        except OSError as error:
            _log.info("%s", error)
        finally:
            lib.pa_threaded_mainloop_lock(loop)
            for operation in operations:
                lib.pa_operation_unref(operation)
            lib.pa_threaded_mainloop_unlock(loop)
