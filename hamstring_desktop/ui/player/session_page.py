"""The running session: the countdown ring, the leg, the step and its instruction, what comes
next, the controls and the pain button. It shows a :class:`SessionProgress`; it repaints on a
change of state or step and once per shown second, never more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Library, StepKind
from hamstring_desktop.session.plan import Leg, PlannedStep, SessionPlan
from hamstring_desktop.session.states import Change, State
from hamstring_desktop.ui.actions import NATIVE, ActionRegistry
from hamstring_desktop.ui.countdown_ring import CountdownRing
from hamstring_desktop.ui.player.common import SteadyLabel, play_pause_icon, set_pixel_font
from hamstring_desktop.ui.player.stage import Stage
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG
from hamstring_desktop.words.durations import clock
from hamstring_desktop.words.legs import leg_banner, leg_label
from hamstring_desktop.words.steps import step_and_leg, step_title

if TYPE_CHECKING:
    from hamstring_desktop.session.progress import SessionProgress

PAIN_RED = "#C0392B"
BOTH_LEGS_GREY = "#6B6B6B"
AT_EASE_GREY = "#5A6270"  # a rest or a wait: no leg at work (white text on it: 6.2:1)
# Countdown digit heights (UX guide): the normal player, focus mode, and the normal player on a
# screen less than SMALL_SCREEN_HEIGHT pixels tall.
DIGITS_PX = 96
FOCUS_DIGITS_PX = 160
SMALL_SCREEN_DIGITS_PX = 72
SMALL_SCREEN_HEIGHT = 768
# Text sizes in pixels, normal and in focus mode.
STEP_NAME_PX, FOCUS_STEP_NAME_PX = 36, 56
READY_PX, FOCUS_READY_PX = 28, 40
LEG_PX, FOCUS_LEG_PX = 32, 48
NEXT_PX, FOCUS_NEXT_PX = 22, 30


class SessionPage(QWidget):
    """What a running session shows."""

    def __init__(self, library: Library, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self._library = library
        self._actions = actions
        self._focus_mode = False
        self._shows_resume: bool | None = None
        self._shown_kind = StepKind.TECHNIQUE
        self.routine_label = QLabel()
        set_pixel_font(self.routine_label, 20, bold=True)
        self.progress_label = SteadyLabel()
        set_pixel_font(self.progress_label, 20)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.progress_label)
        self.stage = self._build_stage()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Routine progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        controls = self._build_controls()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        set_pixel_font(self.notice, 16)
        self._layout = QVBoxLayout(self)
        margins = self._layout.contentsMargins()
        self._margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
        self._layout.addLayout(header)
        self._layout.addWidget(self.stage, 1)
        self._layout.addWidget(self.progress)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.pain_button)
        self._layout.addWidget(self.notice)

    def _build_stage(self) -> Stage:
        """The ring beside or above the leg, step name, instruction, tool and what is next."""
        self.ring = CountdownRing(min_digit_px=DIGITS_PX)
        self.leg_banner = QLabel()
        self.leg_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leg_banner.setMargin(10)
        self.leg_banner.setObjectName("legBanner")
        self.leg_banner.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        set_pixel_font(self.leg_banner, LEG_PX, bold=True)
        self.step_name = QLabel()
        self.step_name.setWordWrap(True)
        self.step_name.setObjectName("stepName")
        set_pixel_font(self.step_name, STEP_NAME_PX, bold=True)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.instruction.setObjectName("instruction")
        set_pixel_font(self.instruction, 22)
        self.tool_label = QLabel()
        self.tool_label.setWordWrap(True)
        set_pixel_font(self.tool_label, 20)
        # A "wait for me" step: which key carries on, big enough to read from the floor.
        self.ready_label = QLabel()
        self.ready_label.setWordWrap(True)
        self.ready_label.setObjectName("readyLabel")
        set_pixel_font(self.ready_label, READY_PX, bold=True)
        self.ready_label.hide()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setObjectName("nextLabel")
        set_pixel_font(self.next_label, NEXT_PX)
        info = QWidget()
        info.setObjectName("stepInfo")
        self._info_column = QVBoxLayout(info)
        self._info_column.setContentsMargins(0, 0, 0, 0)
        self._info_column.setSpacing(6)
        self._info_column.addWidget(self.leg_banner, 0, Qt.AlignmentFlag.AlignLeft)
        for label in (self.step_name, self.instruction, self.ready_label, self.tool_label, self.next_label):
            self._info_column.addWidget(label)
        return Stage(self.ring, info)

    def _build_controls(self) -> QGridLayout:
        """The session's buttons: words, keys and what a click does come from the registry."""
        buttons = []
        for action_id in ("session.back", "session.toggle", "session.next", "session.extend", "session.stop"):
            button = QPushButton()
            button.setMinimumHeight(52)
            set_pixel_font(button, 20)
            self._actions.bind_button(button, action_id)
            buttons.append(button)
        self.back_button, self.pause_button, self.next_button, self.extend_button, self.stop_button = buttons
        controls = QGridLayout()
        for column, button in enumerate(buttons):
            controls.addWidget(button, 0, column)
        # A child of the page from the start, so that it comes first in the page's Tab order: a
        # session starts with the focus on it, and Tab then goes through Back, Pause, Next, +15 s
        # and Stop (made above, they join the page when the layout is set) before the rest.
        self.pain_button = QPushButton(self)
        self.pain_button.setObjectName("painButton")
        self._actions.bind_button(self.pain_button, "session.pain")
        self._label_pain_button()
        self._actions.shortcuts_changed.connect(self._label_pain_button)
        self._actions.shortcuts_changed.connect(self._label_ready)
        self.pain_button.setMinimumHeight(72)
        set_pixel_font(self.pain_button, 28, bold=True)
        self.pain_button.setStyleSheet(
            f"QPushButton#painButton {{ background: {PAIN_RED}; color: white; border-radius: 8px; }}"
            "QPushButton#painButton:focus { border: 4px solid #F0E442; }"
        )
        return controls

    @Slot()
    def _label_pain_button(self) -> None:
        """ "PAIN — STOP NOW  (P)": its key is written on it, whatever the user chose."""
        words = QCoreApplication.translate("Actions", self._actions.spec("session.pain").button)
        keys = self._actions.keys("session.pain")
        self.pain_button.setText(f"{words}  ({keys[0].toString(NATIVE)})" if keys else words)

    def set_library(self, library: Library) -> None:
        """The routines changed; techniques and tools never do, but keep one library."""
        self._library = library

    def ready_key(self) -> str:
        """The key that carries on from a wait (the first of Start / Pause / Resume's keys), as
        people read it: "Space"."""
        keys = self._actions.keys("session.toggle")
        return keys[0].toString(NATIVE) if keys else self.tr("Next")

    @Slot()
    def _label_ready(self) -> None:
        """The wait's words and the ring's key follow the user's choice of keys."""
        if self.ready_label.isVisible() or self.ring.waiting:
            key = self.ready_key()
            self.ready_label.setText(self.tr("Press %s when you are ready") % key)
            self.ring.set_waiting(key)

    # --- showing a session ----------------------------------------------------------------------

    def begin(self, plan: SessionPlan) -> None:
        """Show a session that is about to start."""
        self.routine_label.setText(plan.routine_name)
        self.progress.setRange(0, len(plan.steps))
        self.progress.setValue(0)
        self.set_notice("")

    def set_notice(self, text: str) -> None:
        """A quiet one-line message under the controls (hidden when empty)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text) and not self._focus_mode)

    def show_progress(self, progress: SessionProgress, changed: Change) -> None:
        """Bring the page up to date with what changed."""
        if Change.STATE in changed:
            self._show_state(progress)
        if changed & (Change.STATE | Change.STEP):
            self.show_step(progress)
        if Change.SECONDS in changed:
            self.ring.set_time(progress.seconds_left, progress.phase_seconds)
        if changed & (Change.SECONDS | Change.STEP | Change.STATE):
            self.progress.setValue(progress.steps_done)
            self.progress_label.setText(
                self.tr("Step {number} of {count} · {left} left").format(
                    number=progress.step_index + 1,
                    count=progress.step_count,
                    left=clock(progress.seconds_left_in_routine),
                )
            )

    def _show_state(self, progress: SessionProgress) -> None:
        state = progress.state
        if progress.waiting and state is not State.PAUSED:
            state = State.WAITING  # also a routine that opens with a wait, before its clock starts
        captions = {
            State.GET_READY: self.tr("GET READY"),
            State.PAUSED: self.tr("PAUSED"),
            State.TRANSITION: self.tr("SWITCH LEGS") if progress.leg_switch else self.tr("NEXT UP"),
            State.WAITING: self.tr("WHEN READY"),
        }
        self.ring.set_caption(captions.get(state, ""))
        self.ring.set_waiting(self.ready_key() if progress.waiting else "")
        self.extend_button.setEnabled(not progress.waiting)  # a wait has no time to add to
        paused = state is State.PAUSED
        if state is State.WAITING:
            words, name = self.tr("Ready"), self.tr("I am ready: carry on")
        elif paused:
            words = name = self.tr("Resume")
        else:
            words = name = self.tr("Pause")
        self.pause_button.setText(words)
        self.pause_button.setAccessibleName(name)
        paused = paused or state is State.WAITING  # a play icon: pressing it goes on
        if paused != self._shows_resume:  # a new icon each time would fill Qt's pixmap cache
            self._shows_resume = paused
            self._show_pause_icon()

    def _show_pause_icon(self) -> None:
        """The play triangle or the pause bars, in the colour of the button's words."""
        if self._shows_resume is None:
            return
        # The page's palette: on a change of scheme the page hears of it before its buttons do.
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.pause_button.setIcon(play_pause_icon(self._shows_resume, colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # another scheme: the icon's colour follows
            self._show_pause_icon()

    def show_step(self, progress: SessionProgress) -> None:
        """The leg, the step's name and instruction, its tools and what comes next. A rest or a
        wait works no leg: its banner says what it is, in grey."""
        step = progress.step
        if step.kind is StepKind.TECHNIQUE:
            colour = {Leg.LEFT: LEFT_LEG, Leg.RIGHT: RIGHT_LEG, Leg.BOTH: BOTH_LEGS_GREY}[step.leg]
            banner, banner_name = leg_banner(step.leg), leg_label(step.leg)
        else:
            colour = AT_EASE_GREY
            banner = banner_name = self.tr("REST") if step.kind is StepKind.REST else self.tr("WAITING")
        text_colour = "black" if colour == RIGHT_LEG else "white"
        self.leg_banner.setText(banner)
        sheet = f"background: {colour}; color: {text_colour}; border-radius: 8px; padding: 6px;"
        if self.leg_banner.styleSheet() != sheet:  # restyling re-polishes: only on a change of leg
            self.leg_banner.setStyleSheet(sheet)
        self.leg_banner.setAccessibleName(banner_name)
        self.ring.set_colour(colour)
        self.step_name.setText(step_title(step))
        self.instruction.setText(step.instruction or self._pause_words(step.kind))
        if step.kind is StepKind.TECHNIQUE:
            technique = self._library.technique(step.technique_id)
            tools = ", ".join(self._library.tool(t).name for t in technique.tools)
            if len(technique.tools) == 1:
                self.tool_label.setText(self.tr("Tool: %s") % tools)
            else:  # the technique works with any one of them
                self.tool_label.setText(self.tr("Tools: %s") % tools)
        self._shown_kind = step.kind
        self.tool_label.setVisible(step.kind is StepKind.TECHNIQUE and not self._focus_mode)
        waiting = progress.waiting
        self.ready_label.setVisible(waiting)
        if waiting:
            self.ready_label.setText(self.tr("Press %s when you are ready") % self.ready_key())
        self.next_label.setText(self._coming(progress, step))

    def _pause_words(self, kind: StepKind) -> str:
        """What a rest or a wait without an instruction of its own says."""
        if kind is StepKind.REST:
            return self.tr("Rest: let your legs relax.")
        if kind is StepKind.WAIT:
            return self.tr("Take your time to get into position, or for your partner to set up.")
        return ""

    def _coming(self, progress: SessionProgress, step: PlannedStep) -> str:
        if progress.coming_up:
            return self.tr("Coming up: %s") % step_and_leg(step)
        upcoming = progress.next_step
        if upcoming is None:
            return self.tr("Last step")
        return self.tr("Next: %s") % step_and_leg(upcoming)

    # --- focus mode and screen size ---------------------------------------------------------------

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: only the ring, digits, leg, step name, what is next and the pain button,
        all bigger. The pain button moves under the words, so the ring gets the full height."""
        self._focus_mode = on
        for widget in (
            self.routine_label,
            self.progress_label,
            self.instruction,
            self.progress,
            self.back_button,
            self.pause_button,
            self.next_button,
            self.extend_button,
            self.stop_button,
        ):
            widget.setVisible(not on)
        self.notice.setVisible(bool(self.notice.text()) and not on)
        self.tool_label.setVisible(not on and self._shown_kind is StepKind.TECHNIQUE)
        set_pixel_font(self.ready_label, FOCUS_READY_PX if on else READY_PX, bold=True)
        if on:
            self._layout.removeWidget(self.pain_button)
            self._info_column.addWidget(self.pain_button)
        else:
            self._info_column.removeWidget(self.pain_button)
            self._layout.insertWidget(self._layout.indexOf(self.notice), self.pain_button)
        self._layout.setContentsMargins(*((0, 0, 0, 0) if on else self._margins))
        self._update_digit_minimum()
        set_pixel_font(self.step_name, FOCUS_STEP_NAME_PX if on else STEP_NAME_PX, bold=True)
        set_pixel_font(self.leg_banner, FOCUS_LEG_PX if on else LEG_PX, bold=True)
        set_pixel_font(self.next_label, FOCUS_NEXT_PX if on else NEXT_PX)
        self.stage.arrange()

    def _update_digit_minimum(self) -> None:
        """Digits readable from the floor: 160 px in focus mode, 96 px otherwise; on a screen
        under 768 px tall (1280×720) the normal player may go down to 72 px."""
        if self._focus_mode:
            wanted = FOCUS_DIGITS_PX
        else:
            screen_height = self.screen().geometry().height()
            wanted = DIGITS_PX if screen_height >= SMALL_SCREEN_HEIGHT else SMALL_SCREEN_DIGITS_PX
        if wanted != self.ring.min_digit_px:
            self.ring.min_digit_px = wanted
            self.ring.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_digit_minimum()
