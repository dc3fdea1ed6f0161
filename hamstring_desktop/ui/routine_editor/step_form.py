"""The selected step's fields: kind, technique, time, side, zone, pace, hold and instruction, each
with its problem (if any) written under it. Only the fields the kind of step has are shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import Library, RoutineStep, Side, StepKind, Technique, Zone
from hamstring_desktop.content.routine_reader import PACE_SECONDS_MAX, STEP_SECONDS_MAX
from hamstring_desktop.ui.player.common import set_pixel_font
from hamstring_desktop.ui.routine_editor.fields import FieldMessage, UndoLineEdit, UndoSpinBox
from hamstring_desktop.ui.routine_editor.problems import Problem
from hamstring_desktop.words.steps import kind_title

DEFAULT_REST_SECONDS = 30


class StepForm(QWidget):
    """Edits one step.

    Signals:
        step_edited(object, str, str): the new RoutineStep, the undo text, and a merge key (typing
            into one field merges into one undo step; "" never merges).
    """

    step_edited = Signal(object, str, str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self._library = library
        self._step: RoutineStep | None = None
        self._filling = False
        self.kind = QComboBox()
        self.kind.setObjectName("stepKind")
        for kind in StepKind:
            self.kind.addItem(kind_title(kind), kind.value)
        self.technique = QComboBox()
        self.technique.setObjectName("stepTechnique")
        for technique in library.techniques:
            self.technique.addItem(technique.name, technique.id)
        self.seconds = UndoSpinBox()
        self.seconds.setObjectName("stepSeconds")
        self.seconds.setRange(1, STEP_SECONDS_MAX)
        self.seconds.setSuffix(self.tr(" s"))
        self.side = QComboBox()
        self.side.setObjectName("stepSide")
        for side, words in (
            (Side.EACH, self.tr("Each leg: left, then right")),
            (Side.LEFT, self.tr("Left leg")),
            (Side.RIGHT, self.tr("Right leg")),
            (Side.BOTH, self.tr("Both legs at once")),
        ):
            self.side.addItem(words, side.value)
        self.zone = QComboBox()
        self.zone.setObjectName("stepZone")
        for zone, words in (
            (Zone.FULL, self.tr("Full length (upper two thirds)")),
            (Zone.UPPER, self.tr("Upper third")),
            (Zone.MIDDLE, self.tr("Middle third")),
            (Zone.LOWER, self.tr("Lower third")),
        ):
            self.zone.addItem(words, zone.value)
        self.pace = UndoSpinBox()
        self.pace.setObjectName("stepPace")
        self.pace.setRange(0, PACE_SECONDS_MAX)
        self.pace.setSuffix(self.tr(" s per pass"))
        self.hold = QCheckBox(self.tr("A still hold on a tender spot"))
        self.hold.setObjectName("stepHold")
        self.instruction = UndoLineEdit()
        self.instruction.setObjectName("stepInstruction")
        self.instruction.setClearButtonEnabled(True)
        self._messages: dict[str, FieldMessage] = {}
        self._rows: dict[str, QWidget] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        set_pixel_font(self.heading, 18, bold=True)
        self._layout.addRow(self.heading)
        for key, label, widget, name in (
            ("kind", self.tr("&Kind"), self.kind, self.tr("Kind of step")),
            ("technique", self.tr("Te&chnique"), self.technique, self.tr("Technique")),
            ("seconds", self.tr("Time"), self.seconds, self.tr("Time in seconds")),
            ("side", self.tr("Side"), self.side, self.tr("Side")),
            ("zone", self.tr("&Zone"), self.zone, self.tr("Zone of the thigh")),
            ("pace_seconds", self.tr("Pacing tick"), self.pace, self.tr("Seconds per rolling pass")),
            ("hold", "", self.hold, self.tr("Still hold")),
            ("instruction", self.tr("Instruction"), self.instruction, self.tr("Instruction")),
        ):
            widget.setAccessibleName(name)
            self._add_row(key, label, widget)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.technique.currentIndexChanged.connect(self._technique_chosen)
        self.seconds.valueChanged.connect(self._seconds_changed)
        self.side.currentIndexChanged.connect(self._side_chosen)
        self.zone.currentIndexChanged.connect(self._zone_chosen)
        self.pace.valueChanged.connect(self._pace_changed)
        self.hold.toggled.connect(self._hold_toggled)
        self.instruction.textEdited.connect(self._instruction_edited)
        self.setEnabled(False)

    def _add_row(self, key: str, label: str, widget: QWidget) -> None:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = FieldMessage(widget)
        column.addWidget(message)
        self._messages[key] = message
        self._rows[key] = cell
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            self._layout.addRow(caption, cell)
        else:
            self._layout.addRow(cell)

    # --- showing a step ------------------------------------------------------------------------------

    @property
    def step(self) -> RoutineStep | None:
        """The step shown."""
        return self._step

    def show_step(
        self, step: RoutineStep | None, problems: list[Problem], read_only: bool, heading: str = ""
    ) -> None:
        """Fill the fields from ``step`` (None: nothing selected) and mark its problems."""
        self._step = step
        self.heading.setText(heading)
        self.setEnabled(step is not None and not read_only)
        self.instruction.setClearButtonEnabled(not read_only)  # a built-in step cannot be cleared
        self._filling = True
        try:
            if step is not None:
                self._fill(step)
        finally:
            self._filling = False
        for key, message in self._messages.items():
            message.show_problems([p for p in problems if p.key == key])

    def _fill(self, step: RoutineStep) -> None:
        _choose(self.kind, step.kind.value)
        technique_step = step.kind is StepKind.TECHNIQUE
        for key in ("technique", "side", "zone", "pace_seconds", "hold"):
            self._layout.setRowVisible(self._rows[key], technique_step)
        self._layout.setRowVisible(self._rows["seconds"], step.kind is not StepKind.WAIT)
        if technique_step:
            _choose(self.technique, step.technique)
            _choose(self.side, step.side.value)
            _choose(self.zone, step.zone.value)
            self.hold.setChecked(step.hold)
            self.pace.setValue(step.pace_seconds or 0)
            self.pace.setEnabled(not step.hold)
            self._describe_pace(step)
        if step.kind is not StepKind.WAIT and self.seconds.value() != step.seconds:
            self.seconds.setValue(step.seconds)
        per_leg = technique_step and step.side is Side.EACH
        self.seconds.setSuffix(self.tr(" s on each leg") if per_leg else self.tr(" s"))
        if self.instruction.text() != step.instruction:
            self.instruction.setText(step.instruction)
            if not self.instruction.hasFocus():
                self.instruction.setCursorPosition(0)  # show how it begins, not how it ends
        self.instruction.setPlaceholderText(self._instruction_placeholder(step))

    def _describe_pace(self, step: RoutineStep) -> None:
        """Pace 0 means the technique's own pacing (or none, for a technique that is not rolled)."""
        technique = self._technique(step.technique)
        own = technique.pace_seconds if technique is not None else None
        if own:
            self.pace.setSpecialValueText(self.tr("The technique's own: %d s per pass") % own)
        else:
            self.pace.setSpecialValueText(self.tr("No pacing tick"))

    def _instruction_placeholder(self, step: RoutineStep) -> str:
        if step.kind is StepKind.WAIT:
            return self.tr("Optional: what to get ready (e.g. lie on your front)")
        if step.kind is StepKind.REST:
            return self.tr("Optional: what to do while resting")
        technique = self._technique(step.technique)
        return technique.summary if technique is not None else ""

    def _technique(self, technique_id: str) -> Technique | None:
        try:
            return self._library.technique(technique_id)
        except KeyError:
            return None

    # --- edits ---------------------------------------------------------------------------------------

    def _edit(self, label: str, merge: str = "", **changes: object) -> None:
        if self._filling or self._step is None:
            return
        updated = replace(self._step, **changes)  # type: ignore[arg-type]
        if updated != self._step:
            self._step = updated
            self.step_edited.emit(updated, label, merge)

    @Slot()
    def _side_chosen(self) -> None:
        self._edit(self.tr("Change the side"), side=Side(str(self.side.currentData())))

    @Slot()
    def _zone_chosen(self) -> None:
        self._edit(self.tr("Change the zone"), zone=Zone(str(self.zone.currentData())))

    @Slot()
    def _kind_chosen(self) -> None:
        if self._filling or self._step is None:
            return
        kind = StepKind(str(self.kind.currentData()))
        old = self._step
        if kind is old.kind:
            return
        if kind is StepKind.REST:
            seconds = old.seconds if old.kind is StepKind.TECHNIQUE else DEFAULT_REST_SECONDS
            new = RoutineStep.rest(seconds, old.instruction)
        elif kind is StepKind.WAIT:
            new = RoutineStep.wait(old.instruction)
        else:
            technique = self._library.techniques[0]
            new = RoutineStep(technique.id, technique.default_seconds, Side.EACH, instruction=old.instruction)
        self._step = new
        self.step_edited.emit(new, self.tr("Change the kind of step"), "")

    @Slot()
    def _technique_chosen(self) -> None:
        self._edit(self.tr("Change the technique"), technique=str(self.technique.currentData()))

    @Slot(int)
    def _seconds_changed(self, value: int) -> None:
        self._edit(self.tr("Change the time"), "seconds", seconds=value)

    @Slot(int)
    def _pace_changed(self, value: int) -> None:
        self._edit(self.tr("Change the pace"), "pace", pace_seconds=value or None)

    @Slot(bool)
    def _hold_toggled(self, on: bool) -> None:
        self.pace.setEnabled(not on)
        self._edit(self.tr("Change the hold"), hold=on)

    @Slot(str)
    def _instruction_edited(self, text: str) -> None:
        self._edit(self.tr("Edit the instruction"), "instruction", instruction=text)


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)
