"""The first picture of a session: from the very first paint of its page, before the clock starts,
the player shows the session's first step (its name, its leg, its full time, the time left in the
routine), never a countdown at 0 or the words a session before left behind; in German too."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.session import SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.content_source import load_content
from hamstring_desktop.services.language import LanguageCatalogues
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.engine import State
from hamstring_desktop.session.plan import plan_session
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.player.host import PlayerWidget
from hamstring_desktop.words.durations import clock, countdown
from hamstring_desktop.words.legs import leg_banner
from hamstring_desktop.words.steps import step_title
from tests.gui.conftest import open_app_window
from tests.gui.ui.player.test_rest_and_wait import PAUSES


@dataclass(frozen=True)
class Frame:
    """What the session page says when it is painted."""

    digits: str
    caption: str
    progress: str
    leg: str
    step: str
    pause: str


class FirstPaint(QObject):
    """Notes what the session page shows the first time its countdown is painted."""

    def __init__(self, player: PlayerWidget) -> None:
        super().__init__()
        self.player = player
        self.frame: Frame | None = None
        player.ring.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.frame is None:
            player = self.player
            self.frame = Frame(
                player.ring.text,
                player.ring.caption,
                player.progress_label.text(),
                player.leg_banner.text(),
                player.step_name.text(),
                player.pause_button.text(),
            )
        return False


@pytest.fixture
def german_window(
    qtbot: QtBot, qapp: QApplication, settings: Settings, paths: DataPaths
) -> Iterator[tuple[MainWindow, SessionController]]:
    catalogues = LanguageCatalogues(qapp, "de")
    window, controller = open_app_window(
        qtbot, load_content(paths.routines_dir, "de").library, settings, paths
    )
    yield window, controller
    controller.close()
    catalogues.remove()


def first_frame(qtbot: QtBot, window: MainWindow, controller: SessionController, routine: str) -> Frame:
    recorder = FirstPaint(window.player)
    assert controller.start(routine)
    qtbot.waitUntil(lambda: recorder.frame is not None, timeout=3000)
    assert recorder.frame is not None
    return recorder.frame


def expected(library: Library, routine: str, step_left: str) -> Frame:
    """The first step of ``routine`` before the clock starts."""
    plan = plan_session(library.routine(routine), library)
    first = plan.steps[0]
    return Frame(
        countdown(first.seconds),
        "",
        step_left.format(count=len(plan.steps), left=clock(plan.total_seconds)),
        leg_banner(first.leg),
        step_title(first),
        "Pause",
    )


def test_a_session_opens_on_its_first_step_with_its_full_time(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], library: Library
) -> None:
    window, controller = app_window
    frame = first_frame(qtbot, window, controller, "post-workout")
    want = expected(library, "post-workout", "Step 1 of {count} · {left} left")
    assert frame == want
    assert frame.digits not in ("0", "0:00")


def test_the_second_session_shows_nothing_the_first_left_behind(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], library: Library
) -> None:
    """A session paused on its third step and stopped there: the next one opens on its own first
    step, not on "PAUSED", "Resume" and the first one's time left."""
    window, controller = app_window
    assert controller.start("pre-workout")
    runner = controller.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.engine.state is State.RUNNING, timeout=3000)
    for _ in range(4):
        window.player.next_button.click()
    window.player.pause_button.click()
    assert window.player.ring.text != countdown(0) and window.player.pause_button.text() == "Resume"
    window.player.stop_button.click()
    qtbot.waitUntil(lambda: window.player.page == "check-out", timeout=3000)
    window.player.save_button.click()
    qtbot.waitUntil(lambda: window.player.page == "idle", timeout=3000)
    frame = first_frame(qtbot, window, controller, "post-workout")
    want = expected(library, "post-workout", "Step 1 of {count} · {left} left")
    assert frame == want


def test_in_german_the_first_frame_is_the_first_step(
    qtbot: QtBot, german_window: tuple[MainWindow, SessionController], paths: DataPaths
) -> None:
    window, controller = german_window
    library = load_content(paths.routines_dir, "de").library
    frame = first_frame(qtbot, window, controller, "post-workout")
    want = expected(library, "post-workout", "Schritt 1 von {count} · noch {left}")
    assert frame == want
    assert want.leg == "◀  LINKES BEIN"


def test_a_routine_that_opens_with_a_wait_shows_the_wait_from_the_first_frame(
    qtbot: QtBot, settings: Settings, paths: DataPaths
) -> None:
    """No countdown at 0 before the clock starts: the key that carries on, as in the wait."""
    (paths.routines_dir / "pauses.toml").write_text(PAUSES, encoding="utf-8")
    window, controller = open_app_window(qtbot, load_content(paths.routines_dir).library, settings, paths)
    try:
        frame = first_frame(qtbot, window, controller, "pauses")
        assert frame == Frame(
            "Space", "WHEN READY", "Step 1 of 3 · 1:00 left", "WAITING", "Wait for me", "Ready"
        )
        ready = window.player.session_page.ready_label
        assert ready.isVisible() and ready.text() == "Press Space when you are ready"
        runner = controller.runner
        assert runner is not None
        qtbot.waitUntil(lambda: runner.engine.state is State.WAITING, timeout=2000)
        assert window.player.ring.text == "Space" and window.player.pause_button.text() == "Ready"
    finally:
        controller.close()
