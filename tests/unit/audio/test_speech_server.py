"""The configuration the app's own speech-dispatcher runs with: the user's settings (else the
system's), with the PulseAudio latency raised, and nothing of theirs changed."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from hamstring_desktop.audio import speech_server
from hamstring_desktop.audio.speech_server import LATENCY_MS, REFUSED_WAIT_S, SpeechServer, write_config

SYSTEM_CONF = """\
# the system's speechd.conf
DefaultRate 0
# AudioPulseMinLength 10
AudioOutputMethod "pulse"
"""


def system_dir(root: Path) -> Path:
    folder = root / "etc" / "speech-dispatcher"
    (folder / "modules").mkdir(parents=True)
    (folder / "speechd.conf").write_text(SYSTEM_CONF, encoding="utf-8")
    (folder / "modules" / "espeak-ng.conf").write_text('GenericExecuteSynth "espeak-ng"\n', encoding="utf-8")
    return folder


def test_the_system_configuration_with_a_longer_latency(tmp_path: Path) -> None:
    source = system_dir(tmp_path)
    target = tmp_path / "cache" / "config"
    assert write_config(target, [tmp_path / "nowhere", source], tmp_path / "no-user-config")
    conf = (target / "speechd.conf").read_text(encoding="utf-8")
    assert "DefaultRate 0" in conf and 'AudioOutputMethod "pulse"' in conf
    assert [line for line in conf.splitlines() if "AudioPulseMinLength" in line] == [
        f"AudioPulseMinLength {LATENCY_MS}"
    ]
    assert (target / "modules" / "espeak-ng.conf").is_file()
    assert (source / "speechd.conf").read_text(encoding="utf-8") == SYSTEM_CONF  # untouched


def test_the_users_own_configuration_wins(tmp_path: Path) -> None:
    source = system_dir(tmp_path)
    user = tmp_path / "home" / ".config" / "speech-dispatcher"
    user.mkdir(parents=True)
    (user / "speechd.conf").write_text("DefaultRate 40\nAudioPulseMinLength 5\n", encoding="utf-8")
    target = tmp_path / "cache" / "config"
    target.mkdir(parents=True)
    (target / "stale.conf").write_text("from an older run", encoding="utf-8")
    assert write_config(target, [source], user)
    conf = (target / "speechd.conf").read_text(encoding="utf-8")
    assert "DefaultRate 40" in conf and "DefaultRate 0" not in conf
    assert [line for line in conf.splitlines() if "AudioPulseMinLength" in line] == [
        f"AudioPulseMinLength {LATENCY_MS}"
    ]
    assert (target / "modules" / "espeak-ng.conf").is_file()  # from the system's
    assert not (target / "stale.conf").exists()


def test_without_any_configuration_the_system_server_is_used(tmp_path: Path) -> None:
    server = SpeechServer(tmp_path / "cache", tmp_path / "s.sock", [tmp_path / "none"], tmp_path / "none")
    assert server.address() is None


def test_without_the_program_the_system_server_is_used(tmp_path: Path) -> None:
    server = SpeechServer(
        tmp_path / "cache",
        tmp_path / "s.sock",
        [system_dir(tmp_path)],
        tmp_path / "none",
        program="no-such-speech-dispatcher",
    )
    assert server.address() is None


def test_a_socket_folder_others_can_write_to_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    server = SpeechServer(tmp_path / "cache", shared / "s.sock", [system_dir(tmp_path)], tmp_path / "none")
    assert server.address() is None


def test_a_linked_user_configuration_is_copied_not_written_through(tmp_path: Path) -> None:
    """A user keeps speechd.conf in a dotfiles folder and links to it: it stays as it was."""
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    mine = dotfiles / "speechd.conf"
    mine.write_text("DefaultRate 40\nAudioPulseMinLength 5\n", encoding="utf-8")
    user = tmp_path / "home" / ".config" / "speech-dispatcher"
    user.mkdir(parents=True)
    (user / "speechd.conf").symlink_to(mine)
    target = tmp_path / "cache" / "config"
    assert write_config(target, [], user)
    assert mine.read_text(encoding="utf-8") == "DefaultRate 40\nAudioPulseMinLength 5\n"
    copied = target / "speechd.conf"
    assert not copied.is_symlink()
    assert f"AudioPulseMinLength {LATENCY_MS}" in copied.read_text(encoding="utf-8")


class SteppedClock:
    """time.monotonic and time.sleep for the server's wait: sleeping moves the clock on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waited = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.waited += seconds


def fake_program(folder: Path, exit_code: int) -> str:
    """A speech-dispatcher that exits at once with ``exit_code`` and never listens."""
    program = folder / "fake-speech-dispatcher"
    program.write_text(f"#!/bin/sh\nexit {exit_code}\n", encoding="utf-8")
    program.chmod(0o755)
    return str(program)


def test_a_server_that_cannot_start_is_given_up_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A session's start waits for this, and the pain key with it: a speech-dispatcher that fails
    # (no sound server, a broken module) made the window stand still for 5 s.
    clock = SteppedClock()
    monkeypatch.setattr(speech_server, "time", clock)
    folder = tmp_path / "socket"
    server = SpeechServer(
        tmp_path / "cache",
        folder / "s.sock",
        [system_dir(tmp_path)],
        tmp_path / "none",
        program=fake_program(tmp_path, 1),
    )
    assert server.address() is None  # the system's server is used
    assert clock.waited <= REFUSED_WAIT_S + 0.05


def test_a_server_that_runs_already_is_used_when_a_second_start_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "socket"
    folder.mkdir(mode=0o700)
    path = folder / "s.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as running:
        running.bind(str(path))
        running.listen()
        program = fake_program(tmp_path, 1)
        server = SpeechServer(
            tmp_path / "cache", path, [system_dir(tmp_path)], tmp_path / "none", program=program
        )
        assert server.address() == f"unix_socket:{path}"
