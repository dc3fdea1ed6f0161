"""The routine editor: pick a routine (yours, or a built-in one to duplicate), edit its fields and
its steps, see the total time and every problem at its field, undo and redo, and save.

It is a page of the player (reached from the routine picker and the Routines menu), so the
library dock can be dragged from and the anatomy dock previews the selected step.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import ContentError, Library, Routine, RoutineStep, RoutineWhen, Side, StepKind
from hamstring_desktop.content.fields import IDENTIFIER_LIMIT
from hamstring_desktop.services.routine_files import save_routine
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.player.common import set_pixel_font
from hamstring_desktop.ui.routine_editor.document import RoutineDocument
from hamstring_desktop.ui.routine_editor.fields import STYLE, FieldMessage
from hamstring_desktop.ui.routine_editor.problems import Problem, routine_problems
from hamstring_desktop.ui.routine_editor.routine_form import RoutineForm
from hamstring_desktop.ui.routine_editor.step_form import DEFAULT_REST_SECONDS, StepForm
from hamstring_desktop.ui.routine_editor.step_list import StepList
from hamstring_desktop.words.durations import clock
from hamstring_desktop.words.legs import side_words
from hamstring_desktop.words.steps import kind_title

# Below this width the step list goes above the step's fields instead of beside them.
SIDE_BY_SIDE_WIDTH = 760
EDITOR_ACTIONS = (
    "editor.save",
    "editor.undo",
    "editor.redo",
    "editor.move_up",
    "editor.move_down",
    "editor.remove_step",
    "editor.close",
)


def slug(name: str) -> str:
    """An id from a name: "Evening, long!" → "evening-long"."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return text[:IDENTIFIER_LIMIT].strip("-") or "my-routine"


class RoutineEditor(QWidget):
    """Edits the user's routines.

    Signals:
        closed(): the user closed the editor (nothing unsaved is left behind).
        routines_changed(str): routine files changed on disk (saved, new, duplicated, deleted);
            the id to show. The app reloads the routines and hands them back (set_library).
        preview(object): the RoutineStep to show on the anatomy diagram, or None.
        message(str): a short status message.
    """

    closed = Signal()
    routines_changed = Signal(str)
    preview = Signal(object)
    message = Signal(str)

    def __init__(
        self, library: Library, actions: ActionRegistry, routines_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setStyleSheet(STYLE)
        self._library = library
        self._actions = actions
        self._routines_dir = routines_dir
        self._active = False
        self._problems: list[Problem] = []
        self._opened: Routine | None = None  # the routine as it was opened or last saved
        self.document = RoutineDocument(self)
        self._build()
        self._connect()
        self.document.stack.cleanChanged.connect(self._update_actions)
        self.document.stack.canUndoChanged.connect(self._update_actions)
        self.document.stack.canRedoChanged.connect(self._update_actions)
        self._fill_picker()

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Routines"))
        set_pixel_font(title, 28, bold=True)
        self.picker = QComboBox()
        self.picker.setObjectName("editorPicker")
        self.picker.setAccessibleName(self.tr("Routine to edit"))
        self.picker.setMinimumContentsLength(18)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        picker_label = QLabel(self.tr("&Routine"))
        picker_label.setBuddy(self.picker)
        self.new_button = self._button(self.tr("&New…"), self.tr("New routine"), self.new_routine)
        self.duplicate_button = self._button(
            self.tr("D&uplicate…"), self.tr("Duplicate routine"), self.duplicate_routine
        )
        self.rename_button = self._button(self.tr("Rena&me"), self.tr("Rename routine"), self.rename_routine)
        self.delete_button = self._button(self.tr("De&lete…"), self.tr("Delete routine"), self.delete_routine)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        routine_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button):
            routine_buttons.addWidget(button)
        routine_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(routine_buttons)
        layout.addWidget(self._build_read_only_note())
        self.routine_form = RoutineForm()
        layout.addWidget(self.routine_form)
        layout.addWidget(self._build_steps(), 1)
        layout.addLayout(self._build_footer())

    def _build_read_only_note(self) -> QFrame:
        self.read_only_note = QFrame()
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setFrameShape(QFrame.Shape.StyledPanel)
        note = QHBoxLayout(self.read_only_note)
        self.read_only_text = QLabel(
            self.tr("Built-in routines cannot be changed. Duplicate this one to make it your own.")
        )
        self.read_only_text.setWordWrap(True)
        self.duplicate_to_edit = self._button(
            self.tr("Duplicate to &edit"), self.tr("Duplicate to edit"), self.duplicate_routine
        )
        note.addWidget(self.read_only_text, 1)
        note.addWidget(self.duplicate_to_edit)
        return self.read_only_note

    def _build_steps(self) -> QSplitter:
        """The step list with its buttons and the total, beside (or above) the step's fields."""
        self.steps_message = QLabel()
        self.steps_message.setObjectName("stepsMessage")
        self.steps_message.setWordWrap(True)
        self.steps_message.hide()
        self.step_list = StepList()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setMinimumHeight(120)
        steps_label = QLabel(self.tr("S&teps"))
        steps_label.setBuddy(self.step_list)
        set_pixel_font(steps_label, 18, bold=True)
        self._build_add_menu()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        for button, action_id in (
            (self.up_button, "editor.move_up"),
            (self.down_button, "editor.move_down"),
            (self.remove_button, "editor.remove_step"),
        ):
            self._actions.bind_button(button, action_id)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_button)
        step_buttons.addWidget(self.up_button)
        step_buttons.addWidget(self.down_button)
        step_buttons.addWidget(self.remove_button)
        step_buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalTime")
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName(self.tr("Total time"))
        set_pixel_font(self.total_label, 16, bold=True)
        list_side = QWidget()
        list_column = QVBoxLayout(list_side)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(steps_label)
        list_column.addWidget(self.steps_message)
        list_column.addWidget(self.step_list, 1)
        list_column.addLayout(step_buttons)
        list_column.addWidget(self.total_label)
        self.step_form = StepForm(self._library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.step_form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        return self.splitter

    def _build_add_menu(self) -> None:
        """Add step ▾: every technique, then a rest and a wait."""
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("&Add step"))
        self.add_button.setAccessibleName(self.tr("Add a step"))
        self.add_button.setToolTip(self.tr("Add a technique, a rest or a wait after the selected step"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_menu = QMenu(self.add_button)
        for technique in self._library.techniques:
            action = self.add_menu.addAction(technique.name)
            action.setData(technique.id)
        self.add_menu.addSeparator()
        self.add_rest_action = self.add_menu.addAction(self.tr("Rest"))
        self.add_rest_action.setData(StepKind.REST.value)
        self.add_wait_action = self.add_menu.addAction(self.tr("Wait for me"))
        self.add_wait_action.setData(StepKind.WAIT.value)
        self.add_button.setMenu(self.add_menu)

    def _build_footer(self) -> QHBoxLayout:
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self._actions.bind_button(self.save_button, "editor.save")
        self._actions.bind_button(self.close_button, "editor.close")
        self.save_button.setMinimumHeight(40)
        self.close_button.setMinimumHeight(40)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        return footer

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _connect(self) -> None:
        actions = self._actions
        actions.action("editor.save").triggered.connect(self.save)
        actions.action("editor.undo").triggered.connect(self.document.stack.undo)
        actions.action("editor.redo").triggered.connect(self.document.stack.redo)
        actions.action("editor.move_up").triggered.connect(lambda: self.move_selected(-1))
        actions.action("editor.move_down").triggered.connect(lambda: self.move_selected(1))
        actions.action("editor.remove_step").triggered.connect(self.remove_selected)
        actions.action("editor.close").triggered.connect(self.close_editor)
        self.picker.activated.connect(self._picker_chosen)
        self.document.changed.connect(self._refresh)
        self.routine_form.field_edited.connect(self._routine_field_edited)
        self.step_form.step_edited.connect(self._step_edited)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        self.step_list.move_requested.connect(self._dragged, Qt.ConnectionType.QueuedConnection)
        self.step_list.technique_dropped.connect(self._technique_dropped, Qt.ConnectionType.QueuedConnection)
        self.add_menu.triggered.connect(self._add_chosen)

    # --- the routines to choose from -------------------------------------------------------------------

    def set_library(self, library: Library, show: str | None = None) -> None:
        """The routines changed on disk (the app reloaded them); show ``show`` (an id), else the
        routine that is open."""
        self._library = library
        self._fill_picker()
        wanted = show or (self.document.routine.id if self.document.is_open else "")
        if show is not None or not self.document.dirty:
            self.open_routine(wanted)
        else:
            self._select_in_picker(self._open_id)

    def _fill_picker(self) -> None:
        blocked = self.picker.blockSignals(True)
        self.picker.clear()
        yours = [r for r in self._library.routines if not r.builtin]
        builtin = [r for r in self._library.routines if r.builtin]
        for heading, routines in ((self.tr("Your routines"), yours), (self.tr("Built-in routines"), builtin)):
            self.picker.addItem(heading, None)
            item = self.picker.model().item(self.picker.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if not routines and heading == self.tr("Your routines"):
                self.picker.addItem(self.tr("  (none yet: New… or Duplicate…)"), None)
                self.picker.model().item(self.picker.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
            for routine in routines:
                self.picker.addItem(f"  {routine.name}  ·  {clock(routine.total_seconds)}", routine.id)
        self.picker.blockSignals(blocked)

    def _select_in_picker(self, routine_id: str) -> None:
        index = self.picker.findData(routine_id)
        if index >= 0:
            blocked = self.picker.blockSignals(True)
            self.picker.setCurrentIndex(index)
            self.picker.blockSignals(blocked)

    @property
    def _open_id(self) -> str:
        return self._opened.id if self._opened is not None else ""

    def open_routine(self, routine_id: str = "") -> bool:
        """Open a routine by id (the first of yours, else the first built-in, when there is none
        such); unsaved changes are the caller's to ask about."""
        try:
            routine = self._library.routine(routine_id)
        except KeyError:
            mine = [r for r in self._library.routines if not r.builtin]
            routine = (mine or list(self._library.routines))[0]
        path, text = None, None
        if not routine.builtin:
            path = Path(routine.source)
            try:
                text = read_user_text(path, ROUTINE_FILE_LIMIT)
            except ContentError as error:
                self._say(
                    self.tr("Its file cannot be read again (%s): comments in it may not be kept.") % error
                )
        if routine.id != self._open_id:
            self._say("")
        self._opened = routine
        self.document.open(routine, path, text)
        self._select_in_picker(routine.id)
        return True

    @Slot(int)
    def _picker_chosen(self, index: int) -> None:
        routine_id = self.picker.itemData(index)
        if not routine_id or routine_id == self._open_id:
            self._select_in_picker(self._open_id)
            return
        if not self.confirm_leave():
            self._select_in_picker(self._open_id)
            return
        self.open_routine(str(routine_id))

    # --- showing the document ------------------------------------------------------------------------

    def _taken_ids(self) -> dict[str, str]:
        """The ids of every other routine (the open one may keep its own)."""
        return {r.id: r.name for r in self._library.routines if r.id != self._open_id}

    @Slot(int)
    def _refresh(self, select: int = -1) -> None:
        """Everything from the document: fields, steps, problems, total, and what can be done."""
        if not self.document.is_open:
            return
        routine = self.document.routine
        read_only = self.document.read_only
        self._problems = routine_problems(self.document.cleaned(), self._library, self._taken_ids())
        own = [p for p in self._problems if p.step is None]
        self.routine_form.show_routine(routine, own, read_only)
        self.read_only_note.setVisible(read_only)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(not read_only)
        steps_problems = [p for p in own if p.key == "steps"]
        self.steps_message.setText("\n".join(f"✖ {p.message}" for p in steps_problems))
        self.steps_message.setVisible(bool(steps_problems))
        current = select if select >= 0 else self.step_list.currentRow()
        current = min(current, len(routine.steps) - 1)
        texts = [self._step_text(step) for step in routine.steps]
        marks = [self._mark(index) for index in range(len(routine.steps))]
        self.step_list.show_rows(texts, marks, current)
        self.step_list.setDragEnabled(not read_only)
        self.step_list.setAcceptDrops(not read_only)
        self.add_button.setEnabled(not read_only)
        self.total_label.setText(self._total_text(self.document.cleaned()))
        self._show_selected_step()
        self._update_actions()

    def _mark(self, index: int) -> str:
        levels = [p.error for p in self._problems if p.step == index]
        return "error" if any(levels) else "warning" if levels else ""

    def _step_text(self, step: RoutineStep) -> str:
        if step.kind is StepKind.REST:
            return f"{kind_title(step.kind)} — {clock(step.seconds)}"
        if step.kind is StepKind.WAIT:
            return kind_title(step.kind)
        try:
            name = self._library.technique(step.technique).name
        except KeyError:
            name = step.technique
        if step.side is Side.EACH:
            length = self.tr("%s per leg (%s)") % (clock(step.seconds), clock(step.seconds * 2))
        else:
            length = clock(step.seconds)
        extras = [] if step.zone.value == "full" else [self._zone_words(step.zone.value)]
        if step.hold:
            extras.append(self.tr("still hold"))
        more = "".join(f" · {extra}" for extra in extras)
        return f"{name} — {side_words(step.side)}, {length}{more}"

    def _zone_words(self, zone: str) -> str:
        return {
            "upper": self.tr("upper third"),
            "middle": self.tr("middle third"),
            "lower": self.tr("lower third"),
        }[zone]

    def _total_text(self, routine: Routine) -> str:
        """ "Total 12:30 · left leg 5:00 · right leg 5:00 · both legs 1:00 · rests 1:30 · 2 waits"."""
        left = right = both = rests = 0
        for step in routine.steps:
            if step.kind is StepKind.REST:
                rests += step.seconds
            elif step.kind is StepKind.TECHNIQUE:
                left += step.seconds if step.side in (Side.LEFT, Side.EACH) else 0
                right += step.seconds if step.side in (Side.RIGHT, Side.EACH) else 0
                both += step.seconds if step.side is Side.BOTH else 0
        parts = [self.tr("Total %s") % clock(routine.total_seconds)]
        for seconds, words in (
            (left, self.tr("left leg %s")),
            (right, self.tr("right leg %s")),
            (both, self.tr("both legs %s")),
            (rests, self.tr("rests %s")),
        ):
            if seconds:
                parts.append(words % clock(seconds))
        waits = routine.wait_count
        if waits:
            parts.append(self.tr("1 wait for you") if waits == 1 else self.tr("%n waits for you", "", waits))
        return " · ".join(parts)

    def _show_selected_step(self) -> None:
        row = self.step_list.currentRow()
        steps = self.document.routine.steps
        step = steps[row] if 0 <= row < len(steps) else None
        problems = [p for p in self._problems if p.step == row]
        heading = self.tr("Step %d of %d") % (row + 1, len(steps)) if step else self.tr("No step chosen")
        self.step_form.show_step(step, problems, self.document.read_only, heading)
        self.preview.emit(step)

    @Slot(int)
    def _row_chosen(self, _row: int) -> None:
        self._show_selected_step()
        self._update_actions()

    # --- edits ---------------------------------------------------------------------------------------

    @Slot(str, object, str)
    def _routine_field_edited(self, key: str, value: object, label: str) -> None:
        self.document.set_routine_field(key, value, label)  # type: ignore[arg-type]

    @Slot(object, str, str)
    def _step_edited(self, step: RoutineStep, label: str, merge: str) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.document.routine.steps):
            self.document.set_step(row, step, label, merge)

    def _insert_at(self) -> int:
        row = self.step_list.currentRow()
        return row + 1 if row >= 0 else len(self.document.routine.steps)

    def new_step(self, what: str) -> RoutineStep:
        """A step to add: a technique (by id) as the library suggests, a rest or a wait."""
        if what == StepKind.REST.value:
            return RoutineStep.rest(DEFAULT_REST_SECONDS)
        if what == StepKind.WAIT.value:
            return RoutineStep.wait()
        technique = self._library.technique(what)
        return RoutineStep(technique.id, technique.default_seconds, Side.EACH)

    @Slot(QAction)
    def _add_chosen(self, action: QAction) -> None:
        self.add_step(str(action.data()))

    def add_step(self, what: str, at: int | None = None) -> None:
        """Add a technique (by id), a rest ("rest") or a wait ("wait") after the selected step
        (or at ``at``)."""
        if self.document.read_only:
            return
        step = self.new_step(what)
        where = self._insert_at() if at is None else at
        self.document.insert_step(where, step, self.tr("Add %s") % self._step_text(step))
        self.step_list.setFocus()

    @Slot(str, int)
    def _technique_dropped(self, technique_id: str, at: int) -> None:
        if technique_id in {t.id for t in self._library.techniques}:
            self.add_step(technique_id, at)

    @Slot(int, int)
    def _dragged(self, source: int, at: int) -> None:
        target = at if at <= source else at - 1
        self.document.move_step(source, target, self.tr("Move a step"))

    def move_selected(self, by: int) -> None:
        """Move the selected step up (-1) or down (+1)."""
        row = self.step_list.currentRow()
        if row >= 0:
            self.document.move_step(row, row + by, self.tr("Move a step"))
            self.step_list.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        """Take the selected step out (undo brings it back). By key only from the step list: in a
        field, Delete is for the field."""
        row = self.step_list.currentRow()
        focus = QApplication.focusWidget()
        from_key = focus is not None and focus is not self.remove_button
        if from_key and focus is not self.step_list:
            return
        if row >= 0 and not self.document.read_only:
            self.document.remove_step(row, self.tr("Remove a step"))

    # --- routines: new, duplicate, rename, delete, save, close ------------------------------------------

    def _ask_name(self, title: str, suggestion: str) -> str:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), QLineEdit.EchoMode.Normal, suggestion)
        return name.strip() if ok else ""

    def _free_id(self, name: str) -> str:
        taken = {r.id for r in self._library.routines}
        base = slug(name)
        candidate, number = base, 2
        while candidate in taken:
            suffix = f"-{number}"
            candidate = base[: IDENTIFIER_LIMIT - len(suffix)].rstrip("-") + suffix
            number += 1
        return candidate

    def _create(self, routine: Routine, done: str) -> bool:
        try:
            path = save_routine(self._routines_dir, routine)
        except OSError as error:
            self._say(self.tr("Could not save the routine: %s") % (error.strerror or error))
            return False
        self._opened = None
        self.message.emit(done % routine.name)
        self.routines_changed.emit(routine.id)
        self._say(done % routine.name + " " + self.tr("(%s)") % path)
        return True

    @Slot()
    def new_routine(self) -> bool:
        """Ask for a name, then make a routine with one step and open it."""
        if not self.confirm_leave():
            return False
        name = self._ask_name(self.tr("New routine"), self.tr("My routine"))
        if not name:
            return False
        technique = self._library.techniques[0]
        routine = Routine(
            self._free_id(name),
            name,
            RoutineWhen.ANY,
            "",
            (RoutineStep(technique.id, technique.default_seconds, Side.EACH),),
        )
        return self._create(routine, self.tr("Made the routine '%s'."))

    @Slot()
    def duplicate_routine(self) -> bool:
        """A copy of the open routine (saved as it is now) under a new name, opened to edit."""
        if not self.document.is_open or not self.confirm_leave():
            return False
        source = self.document.cleaned()
        name = self._ask_name(self.tr("Duplicate routine"), self.tr("%s (mine)") % source.name)
        if not name:
            return False
        copy = replace(source, id=self._free_id(name), name=name, builtin=False, source="")
        return self._create(copy, self.tr("Made the routine '%s'."))

    @Slot()
    def rename_routine(self) -> None:
        """Rename: the cursor goes to the name, all of it selected (the id stays, so scripts
        and history that use it keep working)."""
        if self.document.read_only:
            return
        self.routine_form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.routine_form.name.selectAll()

    @Slot()
    def delete_routine(self) -> bool:
        """Delete the open routine of yours, after asking: its file goes to the trash."""
        opened = self._opened
        if opened is None or opened.builtin:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete routine"),
            self.tr(
                "Delete your routine '%s'?\n\nIts file is moved to the trash. Sessions you did with "
                "it stay in your history."
            )
            % opened.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from hamstring_desktop.ui.routine_editor.files import move_to_trash

        problem = move_to_trash(Path(opened.source))
        if problem:
            self._say(self.tr("Could not delete %s: %s") % (opened.source, problem))
            return False
        self.document.stack.setClean()
        self._opened = None
        self.message.emit(self.tr("Deleted the routine '%s'.") % opened.name)
        self.routines_changed.emit("")
        return True

    @Slot()
    def save(self) -> bool:
        """Save the open routine; refused (with the reason at the field) while it has errors."""
        if not self.document.is_open or self.document.read_only:
            return False
        routine = self.document.cleaned()
        errors = [p for p in routine_problems(routine, self._library, self._taken_ids()) if p.error]
        if errors:
            self._say(self.tr("Not saved: %s") % errors[0].message)
            self._focus_first_error()
            return False
        original = None
        if self.document.path is not None and self.document.original_text is not None:
            original = (self.document.path, self.document.original_text)
        try:
            path = save_routine(self._routines_dir, routine, original, self.document.origins)
            text = read_user_text(path, ROUTINE_FILE_LIMIT)
        except (OSError, ContentError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self._say(self.tr("Not saved: %s") % reason)
            return False
        self.document.saved(path, text)
        self._opened = replace(routine, source=str(path))
        self._say(self.tr("Saved to %s") % path)
        self.message.emit(self.tr("Saved the routine '%s'.") % routine.name)
        self.routines_changed.emit(routine.id)
        return True

    def _focus_first_error(self) -> None:
        messages: list[FieldMessage] = self.routine_form.messages()
        field = next((m.field for m in messages if m.level == "error"), None)
        if field is not None and isinstance(field, QWidget):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        bad_step = next((p.step for p in self._problems if p.error and p.step is not None), None)
        if bad_step is not None:
            self.step_list.setCurrentRow(bad_step)
        self.step_list.setFocus()

    def confirm_leave(self) -> bool:
        """Unsaved changes are never lost silently: Save, Discard or Cancel. True when the user
        may go on (saved, or discarded)."""
        if not self.document.dirty:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The routine '%s' has changes that are not saved. Save them?")
            % (self.document.routine.name.strip() or self._open_id),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.open_routine(self._open_id)  # back to what is on disk
            return True
        return False

    @Slot()
    def close_editor(self) -> bool:
        """Close, after asking about unsaved changes."""
        if not self.confirm_leave():
            return False
        self.preview.emit(None)
        self.closed.emit()
        return True

    # --- state of the editor's actions -------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """The editor is showing (its keys work) or not (they do not)."""
        self._active = active
        self._update_actions()
        if active and self.document.is_open:
            self._show_selected_step()

    @Slot()
    def _update_actions(self) -> None:
        active = self._active and self.document.is_open
        editable = active and not self.document.read_only
        row = self.step_list.currentRow()
        count = len(self.document.routine.steps) if self.document.is_open else 0
        stack = self.document.stack
        states = {
            "editor.save": editable and self.document.dirty,
            "editor.undo": editable and stack.canUndo(),
            "editor.redo": editable and stack.canRedo(),
            "editor.move_up": editable and row > 0,
            "editor.move_down": editable and 0 <= row < count - 1,
            "editor.remove_step": editable and row >= 0 and count > 1,
            "editor.close": self._active,
        }
        for action_id, enabled in states.items():
            self._actions.action(action_id).setEnabled(enabled)
        for button, action_id in (
            (self.up_button, "editor.move_up"),
            (self.down_button, "editor.move_down"),
            (self.remove_button, "editor.remove_step"),
            (self.save_button, "editor.save"),
        ):
            button.setEnabled(states[action_id])
        dirty = self.document.dirty
        self.setAccessibleDescription(self.tr("Unsaved changes") if dirty else "")
        words = _tr_action(self._actions.spec("editor.save").button)
        self.save_button.setText(words + " •" if dirty else words)  # a dot: unsaved changes

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- layout --------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE_WIDTH else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)


def _tr_action(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
