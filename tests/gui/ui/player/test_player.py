"""The session player as a user drives it: keys, countdown, leg display, pain stop, recording.

Sound is left out here (``audio=False``); tests/e2e/test_session_sound.py records it for real.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from hamstring_desktop.app.session import RunOptions, SessionController
from hamstring_desktop.content import Library
from hamstring_desktop.history.store import HistoryStore
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.session_runner import SessionRunner
from hamstring_desktop.services.settings import INJURED, SAFETY_ACKNOWLEDGED, Settings
from hamstring_desktop.session.engine import Finished, SessionAction, SessionEngine, State, StepStarted
from hamstring_desktop.session.plan import Leg, plan_session
from hamstring_desktop.ui.main_window import MainWindow
from hamstring_desktop.ui.player.check_out_page import FULL_SCREEN_COLUMN_WIDTH
from hamstring_desktop.ui.safety_check_dialog import SafetyCheckDialog
from hamstring_desktop.ui.theme import dark_palette
from tests.gui.conftest import open_app_window
from tests.helpers.stubs import FakeClock


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, which)


def test_space_starts_the_selected_routine(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = app_window
    window.player.select_routine("pre-workout")
    key(qtbot, window, Qt.Key.Key_Space)
    assert controller.active and window.player.session_visible
    assert window.player.ring.isVisible()
    # The clock starts once the session page has been painted: the first cue is never late.
    assert controller.runner is not None and controller.runner.engine.state is State.IDLE
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.GET_READY, timeout=1000)


def test_on_opening_space_starts_the_routine_chosen_not_a_search(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """The keyboard starts at the routine picker (it used to start in the library's search box,
    which took Space as a letter); Ctrl+1 takes it back there from the search."""
    window, controller = app_window
    assert window.focusWidget() is window.player.routine_picker
    window.focus_search()
    assert window.focusWidget() is window.library_pane.search
    window.pages.player_action.trigger()
    assert window.focusWidget() is window.player.routine_picker
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert controller.active and window.library_pane.search.text() == ""


def test_countdown_digits_are_big_enough_to_read_from_the_floor(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = app_window
    controller.start("post-workout")
    qtbot.wait(50)
    assert window.player.ring.digit_pixel_height() >= 96
    window.focus_action.trigger()
    qtbot.waitUntil(lambda: window.player.ring.digit_pixel_height() >= 160)
    assert not window.player.back_button.isVisible() and window.player.pain_button.isVisible()
    key(qtbot, window, Qt.Key.Key_Escape)  # Esc leaves focus mode first
    assert not window.focus_action.isChecked() and controller.active


def test_leg_is_shown_by_colour_word_and_arrow(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = app_window
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    banner = window.player.leg_banner
    assert banner.text() == "◀  LEFT LEG"
    assert "#0072B2" in banner.styleSheet()
    key(qtbot, window, Qt.Key.Key_Right)  # next: to the switch-legs transition
    key(qtbot, window, Qt.Key.Key_N)  # next: right leg starts
    assert controller.runner.engine.step.leg is Leg.RIGHT
    assert banner.text() == "RIGHT LEG  ▶" and "#E69F00" in banner.styleSheet()


def test_keys_pause_extend_and_back(qtbot: QtBot, app_window: tuple[MainWindow, SessionController]) -> None:
    window, controller = app_window
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Space)
    assert engine.state is State.PAUSED and window.player.pause_button.text() == "Resume"
    before = engine.remaining(0)
    key(qtbot, window, Qt.Key.Key_E)
    assert engine.remaining(0) == pytest.approx(before + 15)
    key(qtbot, window, Qt.Key.Key_Space)
    assert engine.state is State.RUNNING
    step_seconds = engine.step.seconds
    qtbot.waitUntil(lambda: engine.remaining(controller.runner.now()) < step_seconds + 15 - 5, timeout=3000)
    key(qtbot, window, Qt.Key.Key_B)  # more than 3 s into the step: it starts again, in full
    assert engine.state is State.RUNNING and engine.index == 0
    # In full: about the step's length again (time runs 20x here, so a busy machine's 100 ms is 2 s).
    assert engine.remaining(controller.runner.now()) == pytest.approx(step_seconds, abs=3.0)


def test_media_keys_pause_resume_skip_and_go_back(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """Keyboards' play/pause key arrives as MediaPlay on X11 and as MediaTogglePlayPause
    elsewhere: both toggle."""
    window, controller = app_window
    controller.start("post-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    key(qtbot, window, Qt.Key.Key_MediaPlay)
    assert engine.state is State.PAUSED
    # (QTest would warn that this key has no ASCII form, so its text is given here.)
    target = QApplication.focusWidget() or window
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, target, Qt.Key.Key_MediaTogglePlayPause, "", Qt.KeyboardModifier.NoModifier
    )
    assert engine.state is State.RUNNING
    key(qtbot, window, Qt.Key.Key_MediaNext)  # to the switch-legs transition
    key(qtbot, window, Qt.Key.Key_MediaNext)  # the right leg starts
    assert engine.state is State.RUNNING and engine.step.leg is Leg.RIGHT
    key(qtbot, window, Qt.Key.Key_MediaPrevious)  # early in the step: back to the left leg
    assert engine.state is State.RUNNING and engine.step.leg is Leg.LEFT


def test_pain_key_stops_at_once_shows_advice_and_records_the_step(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], paths: DataPaths, library: Library
) -> None:
    window, controller = app_window
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    with qtbot.waitSignal(controller.session_finished) as finished:
        key(qtbot, window, Qt.Key.Key_P)
    assert finished.args == ["pain"]
    assert window.player.pain_advice.isVisible()
    assert window.player.pain_advice.text() == library.guide.pain_advice
    [session] = HistoryStore.open(paths.database_file).sessions()
    assert session.outcome == "pain" and session.pain_step == 0
    assert session.steps[0].side == "left" and not session.steps[0].completed
    # The whole plan is kept, also the nine steps the pain stop came before.
    assert session.plan is not None and len(session.plan) == 10
    assert [step.side for step in session.plan[:2]] == ["left", "right"]


def test_the_pain_key_works_from_a_text_field_during_a_session(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """Between sessions P is a letter in the library's search; during one it stops for pain, even
    with the search focused (Ctrl+F during a session puts the focus there). Other session keys
    stay with the field: Right moves its cursor."""
    window, controller = app_window
    search = window.library_pane.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_P)
    assert search.text() == "p" and not controller.active
    search.clear()
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    search.setFocus()
    qtbot.keyClicks(search, "ab")
    qtbot.keyClick(search, Qt.Key.Key_Left)
    qtbot.keyClick(search, Qt.Key.Key_Right)
    assert search.text() == "ab" and controller.runner.engine.index == 0
    with qtbot.waitSignal(controller.session_finished) as finished:
        qtbot.keyClick(search, Qt.Key.Key_P)
    assert finished.args == ["pain"] and search.text() == "ab"
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_P)  # the session is over: a letter again
    assert search.text() == "abp"


def test_focus_mode_ends_when_the_session_is_saved(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """F11 in a session, then the pain key and Save: back at the routine picker the window leaves
    full screen, with its menus and status bar (it used to stay full screen with neither)."""
    window, controller = app_window
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    running = "Session running: P stops it for pain, Space pauses and resumes."
    assert window.statusBar().currentMessage() == running
    window.focus_action.trigger()
    assert window.isFullScreen() and not window.menuBar().isVisible()
    with qtbot.waitSignal(controller.session_finished):
        key(qtbot, window, Qt.Key.Key_P)
    assert window.isFullScreen()  # the check-out still fills the screen
    assert not window.pages.switcher.isVisible()  # without the page tabs
    assert window.statusBar().currentMessage() == "Ready. Press F1 for safety advice."
    qtbot.mouseClick(window.player.save_button, Qt.MouseButton.LeftButton)
    assert window.player.page == "idle"
    assert not window.isFullScreen() and not window.focus_action.isChecked()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.pages.switcher.isVisible()


def test_focus_mode_before_start_gives_the_side_panels_back_after_the_session(
    qtbot: QtBot,
    app_window: tuple[MainWindow, SessionController],
    library: Library,
    settings: Settings,
    paths: DataPaths,
) -> None:
    """F11 on the routine picker, then Space, the pain key and Save: the library and the anatomy
    come back, ticked in the View menu, and still there after a restart. The session used to take
    them as hidden (focus mode had hidden them) and focus mode then gave them back hidden."""
    window, controller = app_window
    before = (window.library_dock.width(), window.anatomy_dock.width())
    window.focus_action.trigger()
    assert window.isFullScreen() and not window.library_dock.isVisible()
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: controller.runner is not None and controller.runner.engine.state is State.GET_READY
    )
    ring = window.player.ring  # the lead-in says so in focus mode too, inside the ring
    assert ring.isVisible() and ring.text == "5" and ring.caption == "GET READY" and ring.caption_fits()
    with qtbot.waitSignal(controller.session_finished):
        key(qtbot, window, Qt.Key.Key_P)
    qtbot.mouseClick(window.player.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.library_dock.isVisible() and window.anatomy_dock.isVisible()
    assert window.actions_registry.action("view.library").isChecked()
    assert window.actions_registry.action("view.anatomy").isChecked()
    widths = lambda: (window.library_dock.width(), window.anatomy_dock.width())  # noqa: E731
    qtbot.waitUntil(lambda: widths() == before, timeout=1000)
    window.close()
    again = MainWindow(library, settings, paths)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.library_dock.isVisible() and again.anatomy_dock.isVisible()


def test_the_full_screen_check_out_stands_in_a_centred_column(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """On the 1920×1080 screen, full screen: the Save button and the notes field are no wider
    than the column and stand in the middle; on the window, they fill the player again."""
    window, controller = app_window
    player = window.player
    for full_screen in (True, False):
        controller.start("post-workout")
        qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
        if full_screen:
            window.focus_action.trigger()
            qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry(), timeout=3000)
        with qtbot.waitSignal(controller.session_finished):
            key(qtbot, window, Qt.Key.Key_P)
        qtbot.waitUntil(player.save_button.isVisible)
        page = player.check_out_page
        for widget in (player.save_button, player.notes):
            if full_screen:  # the screen's middle
                assert window.width() == 1920
                left = widget.mapTo(window, widget.rect().topLeft()).x()
                right = window.width() - (left + widget.width())
                assert widget.width() <= FULL_SCREEN_COLUMN_WIDTH and abs(left - right) <= 1, (left, right)
            else:  # the player's whole width
                left = widget.mapTo(page, widget.rect().topLeft()).x()
                right = page.width() - (left + widget.width())
                assert left < 20 and right < 20, (left, right)
        qtbot.mouseClick(player.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.isFullScreen())


def test_tab_goes_from_the_pain_button_through_the_session_controls(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    window, controller = app_window
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    player = window.player
    assert QApplication.focusWidget() is player.pain_button
    reached = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [
        player.back_button,
        player.pause_button,
        player.next_button,
        player.extend_button,
        player.stop_button,
    ]
    assert controller.runner.engine.state is State.RUNNING  # Tab does nothing to the session


@pytest.mark.parametrize("focus_mode", [False, True])
def test_the_side_panels_come_back_as_wide_as_they_were(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController], focus_mode: bool
) -> None:
    """A session narrows the anatomy (and may hide the library); saved, both come back at their
    widths. They used to shrink after every session, down to their narrowest: the session page,
    hidden again, still asked for its width."""
    window, controller = app_window
    window.resize(1366, 740)
    qtbot.wait(50)
    before = (window.library_dock.width(), window.anatomy_dock.width())
    controller.start("post-workout")
    qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
    assert window.anatomy_dock.width() < before[1]  # the session made room
    if focus_mode:
        window.focus_action.trigger()
    with qtbot.waitSignal(controller.session_finished):
        key(qtbot, window, Qt.Key.Key_P)
    qtbot.mouseClick(window.player.save_button, Qt.MouseButton.LeftButton)
    widths = lambda: (window.library_dock.width(), window.anatomy_dock.width())  # noqa: E731
    qtbot.waitUntil(lambda: widths() == before, timeout=1000)
    assert window.library_dock.isVisible() and window.anatomy_dock.isVisible()


def test_the_side_panels_keep_their_widths_session_after_session(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """Three sessions in a row, each stopped with the pain key and saved: the library and the
    anatomy come back as wide as they were before the first. From the second session on they
    used to come back narrower (and stayed so after a restart): the session page, shown once
    already, took its width before the window noted the panels' widths."""
    window, controller = app_window
    window.resize(1350, 700)
    qtbot.wait(50)
    widths = lambda: (window.library_dock.width(), window.anatomy_dock.width())  # noqa: E731
    before = widths()
    for _ in range(3):
        controller.start("pre-workout")
        qtbot.waitUntil(lambda: controller.runner.engine.state is State.RUNNING, timeout=3000)
        with qtbot.waitSignal(controller.session_finished):
            key(qtbot, window, Qt.Key.Key_P)
        qtbot.mouseClick(window.player.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: widths() == before, timeout=1000)


def _light_pixels(button: QPushButton) -> int:
    image = button.icon().pixmap(button.iconSize()).toImage()
    return sum(
        QColor.fromRgba(image.pixel(x, y)).alpha() > 128 and QColor(image.pixel(x, y)).lightness() > 160
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_pause_and_resume_icons_show_on_the_dark_scheme(
    qtbot: QtBot, qapp: QApplication, app_window: tuple[MainWindow, SessionController]
) -> None:
    """On the dark buttons the pause bars and the play triangle are drawn light, in the
    buttons' text colour, as the words beside them; they were the style's black ones (about 1.9:1
    on the dark button), also after a change of scheme."""
    window, controller = app_window
    light = qapp.palette()
    try:
        controller.start("pre-workout")
        qtbot.waitUntil(lambda: controller.runner.engine.state is State.GET_READY, timeout=3000)
        button = window.player.pause_button
        assert _light_pixels(button) == 0  # dark on the light scheme
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: _light_pixels(button) > 10, timeout=1000)  # pause bars
        key(qtbot, window, Qt.Key.Key_Space)
        assert button.text() == "Resume" and _light_pixels(button) > 10  # the play triangle
    finally:
        qapp.setPalette(light)


def test_a_whole_session_is_recorded_with_the_check_ins(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    window, controller = open_app_window(qtbot, library, settings, paths, time_scale=400.0)
    window.player.select_routine("pre-workout")
    window.player.before_left.setValue(7)
    with qtbot.waitSignal(controller.session_finished, timeout=10_000) as finished:
        controller.start("pre-workout")
    assert finished.args == ["completed"]
    window.player.after_left.setValue(4)
    window.player.notes.setText("Much looser")
    qtbot.mouseClick(window.player.save_button, Qt.MouseButton.LeftButton)
    assert not window.player.session_visible
    [session] = HistoryStore.open(paths.database_file).sessions()
    assert session.outcome == "completed" and len(session.steps) == 5
    assert (session.tightness_before.left, session.tightness_after.left) == (7, 4)
    assert session.notes == "Much looser"


def test_the_next_session_does_not_take_the_last_ones_tightness(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths
) -> None:
    """Rated 6 and 7 before a session; back at the routine picker the boxes say "–" again, and
    the next session, started without rating, records no tightness before. The boxes used to
    keep 6 and 7, which every later session then recorded as its own."""
    window, controller = open_app_window(qtbot, library, settings, paths, time_scale=400.0)
    player = window.player
    player.select_routine("pre-workout")
    player.before_left.setValue(6)
    player.before_right.setValue(7)
    for _ in range(2):
        with qtbot.waitSignal(controller.session_finished, timeout=10_000):
            controller.start("pre-workout")
        qtbot.mouseClick(player.save_button, Qt.MouseButton.LeftButton)
        assert player.page == "idle"
        assert (player.before_left.text(), player.before_right.text()) == ("–", "–")
    first, second = sorted(HistoryStore.open(paths.database_file).sessions(), key=lambda s: s.started_at)
    assert (first.tightness_before.left, first.tightness_before.right) == (6, 7)
    assert (second.tightness_before.left, second.tightness_before.right) == (None, None)


def test_runner_reaches_zero_on_time(library: Library) -> None:
    """On a fake clock, woken exactly when its timer asks: each step starts at its deadline and the
    session ends after exactly its planned length, at any time scale. (Real-time lateness is
    measured by the session benchmark.)"""
    clock = FakeClock()
    plan = plan_session(library.routine("pre-workout"), library)
    engine = SessionEngine(plan)
    runner = SessionRunner(engine, time_scale=100.0, clock=clock)
    starts: list[tuple[float, float]] = []
    finished_at: list[float] = []

    def note(events: list[object]) -> None:
        for event in events:
            if isinstance(event, StepStarted):
                starts.append((runner.now(), event.deadline - event.step.seconds))
            if isinstance(event, Finished):
                finished_at.append(clock())

    runner.events.connect(note)
    begun = clock()
    runner.start()
    while not finished_at:
        assert runner._timer.isActive()
        clock.advance(runner._timer.remainingTime() / 1000)  # the timer fires when it said
        runner._wake()
    # Session seconds: 5 get ready + 240 active + transitions of 4, 6 (switch legs), 4 and 6 = 265;
    # 2.65 s at 100×, ending at most one timer millisecond late (deadlines never drift).
    expected = (5 + 240 + 4 + 6 + 4 + 6) / 100
    assert expected <= finished_at[0] - begun <= expected + 0.0015
    assert len(starts) == len(plan.steps)
    for actual, planned in starts:
        assert actual == pytest.approx(planned, abs=0.1)  # a timer's 1 ms rounding, at 100×


def test_late_wakeup_pauses_instead_of_skipping(qtbot: QtBot, library: Library) -> None:
    now = [0.0]
    engine = SessionEngine(plan_session(library.routine("pre-workout"), library))
    runner = SessionRunner(engine, clock=lambda: now[0])
    runner.start()
    while engine.state is not State.RUNNING:  # wake exactly when asked, through get-ready
        now[0] = engine.next_wakeup() or 0.0
        runner._wake()
    assert now[0] == pytest.approx(5.0)
    now[0] = 905.0  # the laptop slept for 15 minutes
    with qtbot.waitSignal(runner.late_wakeup):
        runner._wake()
    assert engine.state is State.PAUSED
    assert engine.index == 0
    assert engine.remaining(now[0]) > 50  # the first step's time is still there


def test_safety_check_on_first_use_and_while_injured(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(library, settings, paths)
    qtbot.addWidget(window)
    controller = SessionController(
        library, settings, paths, window.player, window, RunOptions(time_scale=50.0, audio=False)
    )
    shown: list[str] = []

    def fake_exec(dialog: SafetyCheckDialog) -> int:
        shown.append(dialog.browser.toPlainText())
        dialog.injured.setChecked(len(shown) == 2)  # the second time the user says they are injured
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SafetyCheckDialog, "exec", fake_exec)
    assert controller.start("pre-workout")
    assert len(shown) == 1 and library.guide.safety_cautions[3] in shown[0]
    assert settings.get(SAFETY_ACKNOWLEDGED)
    controller.act(SessionAction.STOP)
    window.player.save_button.click()  # "Save and finish" returns to the routine picker
    assert controller.start("pre-workout")
    assert len(shown) == 1  # acknowledged: not shown again
    controller.act(SessionAction.STOP)
    window.player.save_button.click()
    settings.set(INJURED, True)
    assert controller.start("pre-workout")
    assert len(shown) == 2  # injured: shown again
    controller.close()


def test_partial_repaints_of_the_countdown_leave_nothing_stale(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """The ring repaints only the digits and the bit of arc that moved; what is on screen must
    still match a full repaint (old digits or an old arc end would differ by far more than the
    few grey levels of anti-aliasing)."""
    from PySide6.QtGui import QGuiApplication

    window, controller = app_window
    controller.start("pre-workout")
    engine = controller.runner.engine
    qtbot.waitUntil(lambda: engine.state is State.RUNNING, timeout=3000)
    ring = window.player.ring
    for _ in range(4):  # several seconds' worth of partial repaints
        shown = ring.seconds
        qtbot.waitUntil(lambda shown=shown: ring.seconds != shown, timeout=3000)
    QApplication.processEvents()
    on_screen = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    fresh = window.grab().toImage()
    corner = ring.mapTo(window, ring.rect().topLeft())
    worst = 0
    for y in range(0, ring.height()):
        for x in range(0, ring.width()):
            a = on_screen.pixelColor(corner.x() + x, corner.y() + y)
            b = fresh.pixelColor(corner.x() + x, corner.y() + y)
            worst = max(worst, abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
    assert worst <= 40


def test_keys_wait_for_the_clock_but_stop_and_pain_do_not(
    qtbot: QtBot, app_window: tuple[MainWindow, SessionController]
) -> None:
    """In the moment before the clock starts (the page painting, the sound loading), Space or
    Next must not start the steps early; Stop and Pain still end the session at once."""
    window, controller = app_window
    controller.start("pre-workout")
    engine = controller.runner.engine
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_N)
    assert engine.state is State.IDLE
    qtbot.waitUntil(lambda: engine.state is State.GET_READY, timeout=1000)
    controller.act(SessionAction.STOP)
    window.player.save_button.click()
    controller.start("pre-workout")
    with qtbot.waitSignal(controller.session_finished) as finished:
        key(qtbot, window, Qt.Key.Key_P)
    assert finished.args == ["pain"] and controller.runner.engine.state is State.PAIN_STOPPED
