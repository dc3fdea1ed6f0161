"""The session player: pick a routine, then a huge countdown, the leg, the step and every control.

It shows what the engine reports and asks for actions through signals; the app wires it to a
session runner. It repaints on state changes and once per shown second, never more.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Library, Routine
from hamstring_desktop.session.engine import (
    Event,
    Finished,
    Outcome,
    SecondsChanged,
    SessionEngine,
    State,
    StateChanged,
    StepStarted,
)
from hamstring_desktop.session.plan import Leg, PlannedStep

if TYPE_CHECKING:
    from hamstring_desktop.history.store import Tightness
from hamstring_desktop.ui.actions import NATIVE, ActionRegistry, key_text
from hamstring_desktop.ui.countdown_ring import CountdownRing
from hamstring_desktop.ui.theme import LEFT_LEG, RIGHT_LEG
from hamstring_desktop.words.durations import clock, in_words
from hamstring_desktop.words.legs import leg_banner, leg_label, leg_words, side_words

PAIN_RED = "#C0392B"
# Countdown digit heights (UX guide): the normal player, focus mode, and the normal player on a
# screen less than SMALL_SCREEN_HEIGHT pixels tall.
DIGITS_PX = 96
FOCUS_DIGITS_PX = 160
SMALL_SCREEN_DIGITS_PX = 72
SMALL_SCREEN_HEIGHT = 768
MARGINS = (16, 12, 16, 12)
FOCUS_MARGINS = (12, 8, 12, 8)  # full screen: every pixel of height goes to the ring
NOT_RATED = -1


def _font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    widget.setFont(font)


def _button(text: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    button.setMinimumHeight(52)
    _font(button, 20)
    return button


def _rating_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NOT_RATED, 10)
    box.setSpecialValueText("–")
    box.setValue(NOT_RATED)
    box.setAccessibleName(name)
    box.setMinimumHeight(40)
    _font(box, 20)
    return box


def _rating_row(question: str, boxes: tuple[tuple[str, QSpinBox], ...]) -> QHBoxLayout:
    """The question, then a labelled box per leg."""
    row = QHBoxLayout()
    prompt = QLabel(question)
    prompt.setWordWrap(True)
    _font(prompt, 18)
    row.addWidget(prompt, 1)
    for label_text, box in boxes:
        label = QLabel(label_text)
        _font(label, 18)
        label.setBuddy(box)
        row.addWidget(label)
        row.addWidget(box)
    return row


def rating(box: QSpinBox) -> int | None:
    """The 0-10 value, or None when left at "–"."""
    return None if box.value() == NOT_RATED else box.value()


class SteadyLabel(QLabel):
    """A label for text that changes every second: it keeps a fixed size that only ever grows.

    A plain QLabel asks its parents to redo their layout on every ``setText``; with a fixed size
    Qt skips that. It also fills its own background, so a new second repaints just this label
    and not the window behind it.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoFillBackground(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(text) + margins.left() + margins.right() + 2
        height = metrics.height() + margins.top() + margins.bottom()
        if width > self.minimumWidth() or height != self.minimumHeight():
            self.setFixedSize(max(width, self.minimumWidth()), height)


class Stage(QWidget):
    """The ring and the step's words, side by side or one above the other.

    On a wide, low window (a laptop screen with the anatomy beside the player) the ring goes on
    the left and the words on the right; on a tall one the words go under the ring. It picks
    whichever arrangement gives the ring the larger diameter, so the digits stay as big as the
    space allows, and re-decides when its size or the words change.
    """

    SPACING = 16
    # The words' column never gets narrower than this beside the ring.
    MIN_INFO_WIDTH = 380

    def __init__(self, ring: CountdownRing, info: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage")
        self.ring = ring
        self.info = info
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(self.SPACING)
        self._layout.addWidget(ring, 1)
        self._layout.addWidget(info, 0)

    @property
    def side_by_side(self) -> bool:
        """Whether the words are beside the ring (else under it)."""
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def _ring_sides(self) -> tuple[int, int]:
        """The ring's diameter with the words under it, and beside it."""
        width, height = self.width(), self.height()
        below = min(width, height - self.SPACING - self.info.heightForWidth(width))
        info_width = max(self.MIN_INFO_WIDTH, int(width * 0.42))
        beside_side = min(height, width - self.SPACING - info_width)
        if self.info.heightForWidth(info_width) > height:
            beside_side = 0
        return below, beside_side

    def arrange(self) -> None:
        """Pick the arrangement that gives the ring more room."""
        below, beside = self._ring_sides()
        wanted = beside > below * 1.05  # ties keep the words under the ring
        if wanted != self.side_by_side:
            self._layout.setDirection(
                QBoxLayout.Direction.LeftToRight if wanted else QBoxLayout.Direction.TopToBottom
            )
            self._layout.setAlignment(
                self.info, Qt.AlignmentFlag.AlignVCenter if wanted else Qt.AlignmentFlag(0)
            )
            self._layout.setStretch(1, 1 if wanted else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()


class PlayerWidget(QWidget):
    """Idle routine picker, the running session, and the end-of-session check-in.

    Signals:
        start_requested(str): the user wants to start this routine id.
        check_out_submitted(object, str): the closing Tightness and notes.
        step_shown(object): the PlannedStep now on screen, or None when no step is.
        session_shown(bool): the running-session page came into view (True) or left it (False).
    """

    start_requested = Signal(str)
    check_out_submitted = Signal(object, str)
    step_shown = Signal(object)
    session_shown = Signal(bool)

    def __init__(self, library: Library, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self._library = library
        self._actions = actions
        self._engine: SessionEngine | None = None
        self._phase_total = 1.0
        self._focus_mode = False
        self._shows_resume: bool | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_idle_page())
        self.pages.addWidget(self._build_session_page())
        self.pages.addWidget(self._build_finished_page())
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(*MARGINS)
        self._outer.addWidget(self.pages)
        self._show_routine(self.routine_picker.currentIndex())

    # --- building -------------------------------------------------------------------------------

    def _build_idle_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Choose a routine"))
        _font(title, 32, bold=True)
        self.routine_picker = QComboBox()
        self.routine_picker.setAccessibleName(self.tr("Routine"))
        self.routine_picker.setMinimumHeight(48)
        _font(self.routine_picker, 22)
        for routine in self._library.routines:
            self.routine_picker.addItem(f"{routine.name}  ·  {clock(routine.total_seconds)}", routine.id)
        self.routine_details = QLabel()
        self.routine_details.setWordWrap(True)
        self.routine_details.setTextFormat(Qt.TextFormat.RichText)
        self.routine_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        _font(self.routine_details, 18)
        self.before_left = _rating_box(self.tr("Tightness before, left leg"))
        self.before_right = _rating_box(self.tr("Tightness before, right leg"))
        check_in = _rating_row(
            self.tr("How tight now? 0 = loose, 10 = very tight (optional):"),
            ((self.tr("&Left"), self.before_left), (self.tr("&Right"), self.before_right)),
        )
        self.start_button = _button(self.tr("Start"), self.tr("Start routine"), self.tr("Start (Space)"))
        self._actions.shortcuts_changed.connect(self._label_start_button)
        self._label_start_button()
        self.start_button.setMinimumHeight(72)
        _font(self.start_button, 28, bold=True)
        self.start_button.setDefault(True)
        # A long routine scrolls its own list; the check-in and Start stay in view.
        details = QScrollArea()
        details.setObjectName("routineDetails")
        details.setWidget(self.routine_details)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.routine_picker)
        layout.addWidget(details, 1)
        layout.addLayout(check_in)
        layout.addWidget(self.start_button)
        self.routine_picker.currentIndexChanged.connect(self._show_routine)
        self.start_button.clicked.connect(self.request_start)
        return page

    def _build_session_page(self) -> QWidget:
        page = QWidget()
        self.routine_label = QLabel()
        _font(self.routine_label, 20, bold=True)
        self.progress_label = SteadyLabel()
        _font(self.progress_label, 20)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.progress_label)

        stage = self.ring_and_info()

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Routine progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        controls = self._build_controls()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        _font(self.notice, 16)

        layout = QVBoxLayout(page)
        self._session_layout = layout
        margins = layout.contentsMargins()
        self._session_margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
        layout.addLayout(header)
        layout.addWidget(stage, 1)
        layout.addWidget(self.progress)
        layout.addLayout(controls)
        layout.addWidget(self.pain_button)
        layout.addWidget(self.notice)
        return page

    def ring_and_info(self) -> QWidget:
        """The countdown ring beside or above the leg, step name, instruction, tool and what is
        next: whichever arrangement gives the ring more room (see ``Stage``)."""
        self.ring = CountdownRing(min_digit_px=DIGITS_PX)
        self.leg_banner = QLabel()
        self.leg_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.leg_banner.setMargin(10)
        self.leg_banner.setObjectName("legBanner")
        _font(self.leg_banner, 32, bold=True)
        self.step_name = QLabel()
        self.step_name.setWordWrap(True)
        self.step_name.setObjectName("stepName")
        _font(self.step_name, 36, bold=True)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.instruction.setObjectName("instruction")
        _font(self.instruction, 22)
        self.tool_label = QLabel()
        self.tool_label.setWordWrap(True)
        _font(self.tool_label, 20)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        _font(self.next_label, 22)
        self.next_label.setObjectName("nextLabel")
        self.leg_banner.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        info = QWidget()
        info.setObjectName("stepInfo")
        column = QVBoxLayout(info)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.leg_banner, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.step_name)
        column.addWidget(self.instruction)
        column.addWidget(self.tool_label)
        column.addWidget(self.next_label)
        self.stage = Stage(self.ring, info)
        return self.stage

    def _build_controls(self) -> QGridLayout:
        """The session's buttons: words, keys and what a click does come from the registry."""
        buttons = []
        for action_id in ("session.back", "session.toggle", "session.next", "session.extend", "session.stop"):
            button = QPushButton()
            button.setMinimumHeight(52)
            _font(button, 20)
            self._actions.bind_button(button, action_id)
            buttons.append(button)
        self.back_button, self.pause_button, self.next_button, self.extend_button, self.stop_button = buttons
        controls = QGridLayout()
        for column, button in enumerate(buttons):
            controls.addWidget(button, 0, column)
        self.pain_button = QPushButton()
        self.pain_button.setObjectName("painButton")
        self._actions.bind_button(self.pain_button, "session.pain")
        self._label_pain_button()
        self._actions.shortcuts_changed.connect(self._label_pain_button)
        self.pain_button.setMinimumHeight(72)
        _font(self.pain_button, 28, bold=True)
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

    def _build_finished_page(self) -> QWidget:
        page = QWidget()
        self.finished_title = QLabel()
        _font(self.finished_title, 36, bold=True)
        self.finished_text = QLabel()
        self.finished_text.setWordWrap(True)
        _font(self.finished_text, 22)
        self.pain_advice = QLabel()
        self.pain_advice.setWordWrap(True)
        self.pain_advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.pain_advice.setMargin(12)
        _font(self.pain_advice, 24, bold=True)
        self.after_left = _rating_box(self.tr("Tightness after, left leg"))
        self.after_right = _rating_box(self.tr("Tightness after, right leg"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setMinimumHeight(40)
        _font(self.notes, 18)
        check_out = _rating_row(
            self.tr("How tight now?"),
            ((self.tr("L&eft"), self.after_left), (self.tr("R&ight"), self.after_right)),
        )
        self.save_button = _button(self.tr("Save and finish"), self.tr("Save and finish"), self.tr("Save"))
        self.save_button.setDefault(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.finished_title)
        layout.addWidget(self.finished_text)
        layout.addWidget(self.pain_advice)
        layout.addStretch(1)
        layout.addLayout(check_out)
        layout.addWidget(self.notes)
        layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self._submit_check_out)
        return page

    # --- idle -----------------------------------------------------------------------------------

    @Slot()
    def _label_start_button(self) -> None:
        keys = key_text(self._actions.keys("session.toggle"))
        self.start_button.setToolTip(self.tr("Start the routine (%s)") % keys if keys else self.tr("Start"))

    def selected_routine(self) -> Routine:
        """The routine chosen in the picker."""
        return self._library.routine(str(self.routine_picker.currentData()))

    def select_routine(self, routine_id: str) -> bool:
        """Choose a routine by id; False if there is none."""
        index = self.routine_picker.findData(routine_id)
        if index < 0:
            return False
        self.routine_picker.setCurrentIndex(index)
        return True

    def tightness_before(self) -> Tightness:
        """The opening check-in (either value may be missing)."""
        from hamstring_desktop.history.store import Tightness

        return Tightness(rating(self.before_left), rating(self.before_right))

    @Slot(int)
    def _show_routine(self, index: int) -> None:
        if index < 0:
            return
        routine = self.selected_routine()
        when = {
            "pre-workout": self.tr("Before exercise"),
            "post-workout": self.tr("After exercise"),
            "rest-day": self.tr("Rest days"),
            "any": self.tr("Any time"),
        }[routine.when.value]
        steps = "".join(
            f"<li>{escape(self._library.technique(step.technique).name)} — "
            f"{escape(side_words(step.side))}, {escape(in_words(step.seconds))}</li>"
            for step in routine.steps
        )
        self.routine_details.setText(
            f"<p><b>{escape(when)}</b> · {escape(in_words(routine.total_seconds))}</p>"
            f"<p>{escape(routine.description)}</p><ol>{steps}</ol>"
        )

    @Slot()
    def request_start(self) -> None:
        """Ask the app to start the selected routine."""
        self.start_requested.emit(self.selected_routine().id)

    # --- running --------------------------------------------------------------------------------

    def attach(self, engine: SessionEngine) -> None:
        """Show a session that is about to start."""
        self._engine = engine
        self.routine_label.setText(engine.plan.routine_name)
        self.progress.setRange(0, len(engine.plan.steps))
        self.progress.setValue(0)
        self.set_notice("")
        self._show_step(engine.step)
        self._show_page(1)
        self.pain_button.setFocus()

    def set_notice(self, text: str) -> None:
        """A quiet one-line message under the controls (hidden when empty)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text) and not self._focus_mode)

    def apply(self, events: list[Event]) -> None:
        """Update from a batch of engine events."""
        engine = self._engine
        if engine is None:
            return
        for event in events:
            if isinstance(event, StateChanged):
                self._phase_total = 1.0
                self._show_state(event.state)
                if event.state in (State.TRANSITION, State.GET_READY, State.RUNNING):
                    self._show_step(engine.step)
            elif isinstance(event, StepStarted):
                self._show_step(event.step)
            elif isinstance(event, SecondsChanged):
                self._phase_total = max(self._phase_total, float(event.seconds_left))
                self.ring.set_time(event.seconds_left, self._phase_total)
                self._show_progress(event.seconds_left)
            elif isinstance(event, Finished):
                self._show_finished(event)

    def _show_state(self, state: State) -> None:
        captions = {
            State.GET_READY: self.tr("GET READY"),
            State.PAUSED: self.tr("PAUSED"),
            State.TRANSITION: self.tr("NEXT UP"),
        }
        engine = self._engine
        if state is State.TRANSITION and engine is not None and engine.plan.is_leg_switch(engine.index):
            captions[State.TRANSITION] = self.tr("SWITCH LEGS")
        self.ring.set_caption(captions.get(state, ""))
        paused = state is State.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        if paused != self._shows_resume:  # a new icon each time would fill Qt's pixmap cache
            self._shows_resume = paused
            pixmap = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
            self.pause_button.setIcon(self.style().standardIcon(pixmap))

    def _show_step(self, step: PlannedStep) -> None:
        engine = self._engine
        colour = {Leg.LEFT: LEFT_LEG, Leg.RIGHT: RIGHT_LEG, Leg.BOTH: "#6B6B6B"}[step.leg]
        text_colour = "black" if step.leg is Leg.RIGHT else "white"
        self.leg_banner.setText(leg_banner(step.leg))
        sheet = f"background: {colour}; color: {text_colour}; border-radius: 8px; padding: 6px;"
        if self.leg_banner.styleSheet() != sheet:  # restyling re-polishes: only on a change of leg
            self.leg_banner.setStyleSheet(sheet)
        self.leg_banner.setAccessibleName(leg_label(step.leg))
        self.step_shown.emit(step)
        self.ring.set_colour(colour)
        self.step_name.setText(step.technique_name)
        self.instruction.setText(step.instruction)
        technique = self._library.technique(step.technique_id)
        tools = ", ".join(self._library.tool(t).name for t in technique.tools)
        self.tool_label.setText(self.tr("Tool: %s") % tools)
        if engine is not None:
            following = engine.index + 1
            if engine.state in (State.GET_READY, State.TRANSITION):
                following = engine.index
                self.next_label.setText(
                    self.tr("Coming up: %s") % f"{leg_words(step.leg)} · {step.technique_name}"
                )
            elif following < len(engine.plan.steps):
                upcoming = engine.plan.steps[following]
                self.next_label.setText(
                    self.tr("Next: %s") % f"{leg_words(upcoming.leg)} · {upcoming.technique_name}"
                )
            else:
                self.next_label.setText(self.tr("Last step"))

    def _show_progress(self, seconds_left: int) -> None:
        engine = self._engine
        if engine is None:
            return
        self.progress.setValue(engine.index)
        later = engine.plan.steps[engine.index + (1 if engine.state is State.RUNNING else 0) :]
        left = seconds_left + sum(step.seconds for step in later)
        self.progress_label.setText(
            self.tr("step {number} of {count} · {left} left").format(
                number=engine.index + 1, count=len(engine.plan.steps), left=clock(left)
            )
        )

    def _show_finished(self, event: Finished) -> None:
        titles = {
            Outcome.COMPLETED: self.tr("Session complete"),
            Outcome.STOPPED: self.tr("Session stopped"),
            Outcome.PAIN: self.tr("Stopped for pain"),
        }
        self.finished_title.setText(titles.get(event.outcome, ""))
        self.finished_text.setText(self.tr("Active time: %s.") % in_words(event.active_seconds))
        pain = event.outcome is Outcome.PAIN
        self.pain_advice.setVisible(pain)
        self.pain_advice.setText(self._library.guide.pain_advice if pain else "")
        for box in (self.after_left, self.after_right):
            box.setValue(NOT_RATED)
        self.notes.clear()
        self._show_page(2)
        self.step_shown.emit(None)
        self.save_button.setFocus()

    @Slot()
    def _submit_check_out(self) -> None:
        from hamstring_desktop.history.store import Tightness

        after = Tightness(rating(self.after_left), rating(self.after_right))
        self.check_out_submitted.emit(after, self.notes.text().strip())
        self.show_idle()

    def show_idle(self) -> None:
        """Back to the routine picker."""
        self._engine = None
        self._show_page(0)
        self.step_shown.emit(None)

    def _show_page(self, index: int) -> None:
        was_session = self.session_visible
        self.pages.setCurrentIndex(index)
        if self.session_visible != was_session:
            self.session_shown.emit(self.session_visible)

    @property
    def session_visible(self) -> bool:
        """Whether the running-session page is showing."""
        return self.pages.currentIndex() == 1

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: only the ring, digits, leg, step name, what is next and the pain button,
        all bigger. The pain button moves under the words, so the ring gets the full height."""
        self._focus_mode = on
        for widget in (
            self.routine_label,
            self.progress_label,
            self.instruction,
            self.tool_label,
            self.progress,
            self.back_button,
            self.pause_button,
            self.next_button,
            self.extend_button,
            self.stop_button,
        ):
            widget.setVisible(not on)
        self.notice.setVisible(bool(self.notice.text()) and not on)
        info_column = self.stage.info.layout()
        if on:
            self._session_layout.removeWidget(self.pain_button)
            info_column.addWidget(self.pain_button)
        else:
            info_column.removeWidget(self.pain_button)
            self._session_layout.insertWidget(self._session_layout.indexOf(self.notice), self.pain_button)
        self._outer.setContentsMargins(*(FOCUS_MARGINS if on else MARGINS))
        self._session_layout.setContentsMargins(*((0, 0, 0, 0) if on else self._session_margins))
        self._update_digit_minimum()
        _font(self.step_name, 56 if on else 36, bold=True)
        _font(self.leg_banner, 48 if on else 32, bold=True)
        _font(self.next_label, 30 if on else 22)
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
