"""The idle page: pick a routine, see its steps, rate how tight each leg is, and start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Library, Routine
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.ui.actions import ActionRegistry, key_text
from hamstring_desktop.ui.content_html import escape
from hamstring_desktop.ui.player.common import (
    NOT_RATED,
    big_button,
    rating,
    rating_box,
    rating_row,
    set_pixel_font,
)
from hamstring_desktop.words.durations import clock, in_words
from hamstring_desktop.words.steps import routine_step_line


class IdlePage(QWidget):
    """The routine picker with its details, the opening check-in and a big Start button.

    Signals:
        start_requested(str): the user wants to start this routine id.
    """

    start_requested = Signal(str)

    def __init__(self, library: Library, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idlePage")
        self._library = library
        self._actions = actions
        title = QLabel(self.tr("Choose a routine"))
        set_pixel_font(title, 32, bold=True)
        self.routine_picker = QComboBox()
        self.routine_picker.setAccessibleName(self.tr("Routine"))
        self.routine_picker.setMinimumHeight(48)
        set_pixel_font(self.routine_picker, 22)
        self._fill_picker()
        # Your own routines: edit the chosen one (a built-in one is duplicated to edit), or make one.
        self.edit_button = QPushButton()
        self.new_button = QPushButton()
        for button, action_id in ((self.edit_button, "routines.edit"), (self.new_button, "routines.new")):
            actions.bind_button(button, action_id)
            button.setMinimumHeight(48)
            set_pixel_font(button, 18)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.routine_picker, 1)
        picker_row.addWidget(self.edit_button)
        picker_row.addWidget(self.new_button)
        self.routine_details = QLabel()
        self.routine_details.setWordWrap(True)
        self.routine_details.setTextFormat(Qt.TextFormat.RichText)
        self.routine_details.setAlignment(Qt.AlignmentFlag.AlignTop)
        set_pixel_font(self.routine_details, 18)
        self.before_left = rating_box(self.tr("Tightness before, left leg"))
        self.before_right = rating_box(self.tr("Tightness before, right leg"))
        check_in = rating_row(
            self.tr("How tight now? 0 = loose, 10 = very tight (optional):"),
            ((self.tr("&Left"), self.before_left), (self.tr("R&ight"), self.before_right)),
        )
        self.start_button = big_button(self.tr("Start"), self.tr("Start routine"), "", 72, 28)
        set_pixel_font(self.start_button, 28, bold=True)
        self.start_button.setDefault(True)
        actions.shortcuts_changed.connect(self._label_start_button)
        self._label_start_button()
        details = self._scrolling(self.routine_details)
        self.progress_summary = self._progress_label()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(picker_row)
        layout.addWidget(details, 1)
        layout.addWidget(self.progress_summary)
        layout.addLayout(check_in)
        layout.addWidget(self.start_button)
        self.routine_picker.currentIndexChanged.connect(self._show_routine)
        self.start_button.clicked.connect(self.request_start)
        self._show_routine(self.routine_picker.currentIndex())

    def _fill_picker(self) -> None:
        """Your routines first, saying so, then the built-in ones (the line under the picker
        names either); each with how long it takes. Kept short: the picker must show the whole
        text on a 1280-pixel screen, in German too."""
        ordered = [r for r in self._library.routines if not r.builtin] + [
            r for r in self._library.routines if r.builtin
        ]
        for routine in ordered:
            text = f"{routine.name} · {clock(routine.total_seconds)}"
            if not routine.builtin:
                text += f" · {self.tr('yours')}"
            self.routine_picker.addItem(text, routine.id)

    def set_library(self, library: Library) -> None:
        """The routines changed: fill the picker again, keeping the choice where it still exists."""
        chosen = self.routine_picker.currentData()
        self._library = library
        blocked = self.routine_picker.blockSignals(True)
        self.routine_picker.clear()
        self._fill_picker()
        self.routine_picker.blockSignals(blocked)
        index = self.routine_picker.findData(chosen)
        self.routine_picker.setCurrentIndex(max(0, index))
        self._show_routine(self.routine_picker.currentIndex())

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
        return Tightness(rating(self.before_left), rating(self.before_right))

    def clear_tightness(self) -> None:
        """Back to "–": a rating is of how the legs feel before one session, not the next."""
        for box in (self.before_left, self.before_right):
            box.setValue(NOT_RATED)

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
            f"<li>{escape(routine_step_line(step, self._library))}</li>" for step in routine.steps
        )
        facts = [when, in_words(routine.total_seconds)]
        if routine.wait_count:
            waits = routine.wait_count
            facts.append(
                self.tr("waits for you once") if waits == 1 else self.tr("waits for you %n times", "", waits)
            )
        facts.append(self.tr("built-in") if routine.builtin else self.tr("yours"))
        self.routine_details.setText(
            f"<p><b>{escape(facts[0])}</b> · {escape(' · '.join(facts[1:]))}</p>"
            f"<p>{escape(routine.description)}</p><ol>{steps}</ol>"
        )

    @staticmethod
    def _scrolling(details: QLabel) -> QScrollArea:
        """A long routine scrolls its own list; the check-in and Start stay in view."""
        area = QScrollArea()
        area.setObjectName("routineDetails")
        area.setWidget(details)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    @staticmethod
    def _progress_label() -> QLabel:
        """Where the week stands: a framed block in the room below the routine's steps."""
        label = QLabel()
        label.setObjectName("progressSummary")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        set_pixel_font(label, 18)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(12)
        label.hide()
        return label

    def show_progress_summary(self, lines: list[str]) -> None:
        """Where the week stands, above the routine picker (nothing before the first session)."""
        self.progress_summary.setText("\n".join(lines))
        self.progress_summary.setAccessibleName(". ".join(lines))
        self.progress_summary.setVisible(bool(lines))

    @Slot()
    def request_start(self) -> None:
        """Ask the app to start the selected routine."""
        self.start_requested.emit(self.selected_routine().id)
