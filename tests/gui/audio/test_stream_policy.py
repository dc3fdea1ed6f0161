"""The tone output is open only around tones: closed while the next tone is far off, open again
in time for it, and closed once the session is over."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hamstring_desktop.audio.stream_policy import CLOSE_MARGIN_S, REOPEN_LEAD_S, StreamPolicy


class Output:
    """A tone output that only notes whether it is open."""

    streams = True

    def __init__(self) -> None:
        self.is_open = True
        self.quiet_in = 0.0

    def open(self) -> bool:
        self.is_open = True
        return True

    def close(self) -> None:
        self.is_open = False

    def seconds_until_quiet(self) -> float:
        return self.quiet_in


class Session:
    """A session whose next tone is as far off as the test says."""

    def __init__(self) -> None:
        self.active = True
        self.paused = False
        self.next_tone: float | None = None

    def real_seconds_until_next_tone(self) -> float | None:
        return self.next_tone


def test_closes_between_far_apart_tones_and_reopens_in_time(qtbot: QtBot) -> None:
    output, session = Output(), Session()
    policy = StreamPolicy(output, session)
    session.next_tone = 1.5
    output.quiet_in = 0.1
    policy.plan()
    qtbot.waitUntil(lambda: not output.is_open, timeout=1000)  # closed once the tone played
    # ...and open again before the next tone, with time for the stream to pre-roll.
    qtbot.waitUntil(lambda: output.is_open, timeout=2000)
    assert 1.5 - REOPEN_LEAD_S >= 0.1 + CLOSE_MARGIN_S


def test_stays_open_when_the_next_tone_is_close(qtbot: QtBot) -> None:
    output, session = Output(), Session()
    policy = StreamPolicy(output, session)
    output.is_open = False
    session.next_tone = 0.5
    policy.plan()
    assert output.is_open  # opened at once: no time to close and reopen
    qtbot.wait(700)
    assert output.is_open


def test_closes_after_the_session_ends(qtbot: QtBot) -> None:
    output, session = Output(), Session()
    policy = StreamPolicy(output, session)
    policy._close_after_session.setInterval(50)
    session.active = False
    policy.session_ended()
    qtbot.waitUntil(lambda: not output.is_open, timeout=1000)


def test_a_new_session_keeps_the_output(qtbot: QtBot) -> None:
    output, session = Output(), Session()
    policy = StreamPolicy(output, session)
    policy._close_after_session.setInterval(50)
    policy.session_ended()
    policy.session_started()
    qtbot.wait(150)
    assert output.is_open
