"""The frozen bundle (PyInstaller, one folder): what it carries, and that it runs, shows its window,
plays its cue tones and speaks its prompts, as the app from the checkout does.

A peer app shipped a frozen build with no sound at all ("No QtMultimedia backends found": the
multimedia plugin was not bundled). Here the bundle plays a routine into PulseAudio's null sink and
the recording is checked exactly as the end-to-end sound test checks the checkout's, through the
sound server's sample cache and through a Qt audio stream.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from hamstring_desktop import __version__
from hamstring_desktop.paths import speech_server_dir
from tests.helpers import cue_tones, spoken_prompts
from tests.helpers.app_run import run_routine
from tests.helpers.pulse import pulse_daemon, recording
from tests.helpers.system import require_programs
from tests.helpers.xvfb import xvfb_display

pytestmark = pytest.mark.packaging

NO_BACKEND = "No QtMultimedia backends found"
FFMPEG_LOADED = "Using Qt multimedia with FFmpeg"
# Files the bundle must carry: sound (the FFmpeg backend and its libraries), speech, windows.
REQUIRED = (
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libavformat.so.61",
    "PySide6/Qt/lib/libavutil.so.59",
    "PySide6/Qt/lib/libswresample.so.5",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/translations/qtbase_de.qm",
)
# What the app never uses, and what the system provides (the .deb declares those).
UNWANTED = re.compile(
    r"WebEngine|Qt6Pdf|Qt63D|VirtualKeyboard|Qt6Charts|Qt6Sql|/qml/|qgtk3|"
    r"^(libpulse|libX11|libxcb|libfontconfig|libfreetype|libglib|libdbus|libspeechd|libstdc\+\+)"
)


def executable(bundle: Path) -> list[str]:
    return [str(bundle / "hamstring-desktop")]


def test_the_bundle_carries_sound_speech_and_windows_and_nothing_unused(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in REQUIRED:
        assert (internal / name).is_file(), f"the bundle lacks {name}"
    files = [path.relative_to(internal).as_posix() for path in internal.rglob("*")]
    unwanted = [name for name in files if UNWANTED.search(name)]
    assert not unwanted, unwanted
    dangling = [name for name in files if (internal / name).is_symlink() and not (internal / name).exists()]
    assert not dangling, dangling


def test_every_library_in_the_bundle_finds_what_it_links_to(bundle: Path) -> None:
    """Qt's plugins and libraries find each other in the bundle, and the rest on this system (the
    runtime packages ./dev installs, which the .deb declares)."""
    require_programs("ldd")
    internal = bundle / "_internal"
    objects = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert len(objects) > 50
    unresolved = {}
    for path in objects:
        listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=30, check=False)
        missing = re.findall(r"^\s*(\S+) => not found", listing.stdout, re.MULTILINE)
        if missing:
            unresolved[path.relative_to(internal).as_posix()] = missing
    assert not unresolved, unresolved


def test_the_bundle_runs_its_commands(bundle: Path) -> None:
    version = subprocess.run(
        [*executable(bundle), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.stdout.strip() == f"hamstring-desktop {__version__}"
    listed = subprocess.run(
        [*executable(bundle), "routines", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    ids = {routine["id"] for routine in json.loads(listed.stdout)}
    assert {"pre-workout", "post-workout", "rest-day", "partner"} <= ids


def test_the_bundle_shows_its_window_on_an_x_server(bundle: Path, tmp_path: Path) -> None:
    """The xcb platform plugin loads with the system's X libraries."""
    shot = tmp_path / "window.png"
    with xvfb_display() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        result = subprocess.run(
            [*executable(bundle), "--data-dir", str(tmp_path / "data"), "--screenshot", str(shot)],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    assert "platform plugin" not in result.stderr, result.stderr


def test_the_bundle_starts_in_german_with_qts_own_catalogue(bundle: Path, tmp_path: Path) -> None:
    """The app's catalogue (in the resources) and Qt's qtbase_de.qm (in the bundle) both load."""
    shots = {}
    for language in ("C.UTF-8", "de_DE.UTF-8"):
        shot = tmp_path / f"{language}.png"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        result = subprocess.run(
            [*executable(bundle), "--data-dir", str(tmp_path / "data"), "--screenshot", str(shot)],
            check=False,
            capture_output=True,
            text=True,
            env=dict(env, LANG=language, QT_QPA_PLATFORM="offscreen"),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "translation" not in result.stderr, result.stderr  # "no de translation: ... not found"
        shots[language] = shot.read_bytes()
    assert shots["C.UTF-8"] != shots["de_DE.UTF-8"]


@pytest.mark.parametrize("output", ["samples", "stream"])
def test_the_bundle_plays_its_cue_tones(bundle: Path, tmp_path: Path, output: str) -> None:
    """Through the sound server's sample cache (libpulse through ctypes, from the system; Qt
    Multimedia is then not even loaded), and through a Qt audio stream with the FFmpeg multimedia
    backend loaded."""
    data = cue_tones.prepare_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse:
        with recording(pulse, tmp_path / "cues.raw") as raw:
            env = dict(
                pulse.environment(), QT_QPA_PLATFORM="offscreen", HAMSTRING_DESKTOP_SOUND_OUTPUT=output
            )
            result = run_routine(
                data, cue_tones.ROUTINE_ID, env, time_scale=cue_tones.SCALE, command=executable(bundle)
            )
        assert result.returncode == 0, result.stderr
    assert NO_BACKEND not in result.stderr
    if output == "stream":
        assert FFMPEG_LOADED in result.stderr, result.stderr
    else:
        assert FFMPEG_LOADED not in result.stderr, result.stderr
    cue_tones.assert_cue_tones(raw)


def test_the_bundle_speaks_its_prompts(bundle: Path, tmp_path: Path) -> None:
    """Through its speech-dispatcher plugin and the system's speech-dispatcher, which the app starts
    with the system's libraries, not the bundle's."""
    require_programs("speech-dispatcher", "espeak-ng")
    data = spoken_prompts.prepare_data_dir(tmp_path / "data")
    with pulse_daemon(tmp_path / "pulse") as pulse:
        with recording(pulse, tmp_path / "voice.raw") as raw:
            env = dict(pulse.environment(), QT_QPA_PLATFORM="offscreen")
            result = run_routine(data, spoken_prompts.ROUTINE_ID, env, command=executable(bundle))
            # The server outlives the app by a few seconds: look at it now.
            pid_file = speech_server_dir() / "speech-dispatcher.pid"
            assert pid_file.is_file(), "the app did not start its own speech-dispatcher"
            process = Path("/proc") / pid_file.read_text(encoding="utf-8").strip()
            assert process.is_dir(), "the app's speech-dispatcher has already gone"
            mapped = (process / "maps").read_text(encoding="utf-8")
            environment = (process / "environ").read_bytes().split(b"\0")
        assert result.returncode == 0, result.stderr
    assert str(bundle) not in mapped, "speech-dispatcher loaded libraries from the bundle"
    assert not any(
        entry.startswith(b"LD_LIBRARY_PATH=") and str(bundle).encode() in entry for entry in environment
    )
    spoken_prompts.assert_prompts_spoken(raw)
