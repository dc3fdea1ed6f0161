"""The routine editor: pick a routine (yours, or a built-in one to duplicate), edit its fields and
its steps, see the total time and every problem at its field, undo and redo, and save.

It is a page of the player (reached from the routine picker and the Routines menu), so the
library dock can be dragged from and the anatomy dock previews the selected step.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hamstring_desktop.content import ContentError, Library, Routine, RoutineStep, RoutineWhen, Side, StepKind
from hamstring_desktop.content.routine_toml import routine_to_toml
from hamstring_desktop.services.routine_files import save_routine
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text, write_atomically
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.routine_editor.document import RoutineDocument
from hamstring_desktop.ui.routine_editor.fields import STYLE, FieldMessage
from hamstring_desktop.ui.routine_editor.header import RoutineHeader
from hamstring_desktop.ui.routine_editor.problems import Problem, routine_problems
from hamstring_desktop.ui.routine_editor.questions import Unsaved, ask_name, ask_unsaved, confirm_delete
from hamstring_desktop.ui.routine_editor.routine_form import RoutineForm
from hamstring_desktop.ui.routine_editor.step_form import DEFAULT_REST_SECONDS, StepForm
from hamstring_desktop.ui.routine_editor.steps_panel import StepsPanel
from hamstring_desktop.ui.routine_editor.texts import free_id, step_row, total_text

_log = logging.getLogger(__name__)
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
        self.header = RoutineHeader()
        self.picker = self.header.picker
        self.read_only_note = self.header.read_only_note
        self.duplicate_to_edit = self.header.duplicate_to_edit
        self.delete_button = self.header.delete_button
        self.routine_form = RoutineForm()
        self.steps = StepsPanel(self._library, self._actions)
        self.step_list = self.steps.step_list
        self.add_button = self.steps.add_button
        self.add_rest_action, self.add_wait_action = self.steps.add_rest_action, self.steps.add_wait_action
        self.total_label = self.steps.total_label
        self.step_form = StepForm(self._library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.step_form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        for button, action_id in ((self.save_button, "editor.save"), (self.close_button, "editor.close")):
            self._actions.bind_button(button, action_id)
            button.setMinimumHeight(40)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.routine_form)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

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
        self.header.new_button.clicked.connect(self.new_routine)
        self.header.duplicate_button.clicked.connect(self.duplicate_routine)
        self.header.rename_button.clicked.connect(self.rename_routine)
        self.header.delete_button.clicked.connect(self.delete_routine)
        self.duplicate_to_edit.clicked.connect(self.duplicate_routine)
        self.document.changed.connect(self._refresh)
        self.routine_form.field_edited.connect(self._routine_field_edited)
        self.step_form.step_edited.connect(self._step_edited)
        self.step_list.currentRowChanged.connect(self._row_chosen)
        self.step_list.move_requested.connect(self._dragged, Qt.ConnectionType.QueuedConnection)
        self.step_list.technique_dropped.connect(self._technique_dropped, Qt.ConnectionType.QueuedConnection)
        self.steps.add_menu.triggered.connect(self._add_chosen)

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
        self.header.fill(self._library)

    def _select_in_picker(self, routine_id: str) -> None:
        self.header.select(routine_id)

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
        self.header.set_read_only(read_only)
        self.steps.show_problems([p.message for p in own if p.key == "steps"])
        current = select if select >= 0 else self.step_list.currentRow()
        current = min(current, len(routine.steps) - 1)
        texts = [step_row(step, self._library) for step in routine.steps]
        marks = [self._mark(index) for index in range(len(routine.steps))]
        self.step_list.show_rows(texts, marks, current)
        self.step_list.setDragEnabled(not read_only)
        self.step_list.setAcceptDrops(not read_only)
        self.add_button.setEnabled(not read_only)
        self.total_label.setText(total_text(self.document.cleaned()))
        self._show_selected_step()
        self._update_actions()

    def _mark(self, index: int) -> str:
        levels = [p.error for p in self._problems if p.step == index]
        return "error" if any(levels) else "warning" if levels else ""

    def _show_selected_step(self) -> None:
        row = self.step_list.currentRow()
        steps = self.document.routine.steps
        step = steps[row] if 0 <= row < len(steps) else None
        problems = [p for p in self._problems if p.step == row]
        heading = self.tr("Step %d of %d") % (row + 1, len(steps)) if step else self.tr("No step chosen")
        self.step_form.show_step(step, problems, self.document.read_only, heading)
        self.preview.emit(step)
        self._arrange()  # a different kind of step has a different number of fields

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
        self.document.insert_step(where, step, self.tr("Add %s") % step_row(step, self._library))
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
        from_key = focus is not None and focus is not self.steps.remove_button
        if from_key and focus is not self.step_list:
            return
        if row >= 0 and not self.document.read_only:
            self.document.remove_step(row, self.tr("Remove a step"))

    # --- routines: new, duplicate, rename, delete, save, close ------------------------------------------

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
        name = ask_name(self, self.tr("New routine"), self.tr("My routine"))
        if not name:
            return False
        technique = self._library.techniques[0]
        routine = Routine(
            free_id(name, {r.id for r in self._library.routines}),
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
        name = ask_name(self, self.tr("Duplicate routine"), self.tr("%s (mine)") % source.name)
        if not name:
            return False
        copy = replace(
            source,
            id=free_id(name, {r.id for r in self._library.routines}),
            name=name,
            builtin=False,
            source="",
        )
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
        if not confirm_delete(self, opened.name):
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
        answer = ask_unsaved(self, self.document.routine.name.strip() or self._open_id)
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.open_routine(self._open_id)  # back to what is on disk
            return True
        return False

    def keep_unsaved(self) -> Path | None:
        """Unsaved changes written to ``routines/.ID.unsaved.toml`` (hidden: never loaded as a
        routine), for when the app must close without asking; None when there were none."""
        if not self.document.dirty:
            return None
        routine = self.document.cleaned()
        target = self._routines_dir / f".{self._open_id or 'routine'}.unsaved.toml"
        try:
            write_atomically(target, routine_to_toml(routine).encode("utf-8"))
        except OSError as error:
            _log.warning("unsaved changes to the routine %r could not be kept: %s", routine.name, error)
            return None
        _log.warning("unsaved changes to the routine %r were kept in %s", routine.name, target)
        return target

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
            (self.steps.up_button, "editor.move_up"),
            (self.steps.down_button, "editor.move_down"),
            (self.steps.remove_button, "editor.remove_step"),
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
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The step's fields beside the list when there is the width for it, or when there is not
        the height to put them under it (a laptop screen); under it otherwise."""
        stacked = self.steps.minimumSizeHint().height() + self.step_form.sizeHint().height()
        layout = self.layout()
        margins = layout.contentsMargins()
        others = (
            self.header.sizeHint().height()
            + self.routine_form.sizeHint().height()
            + self.save_button.minimumHeight()
            + 3 * layout.spacing()
            + margins.top()
            + margins.bottom()
        )
        tall_enough = self.height() - others >= stacked + self.splitter.handleWidth()
        beside = self.width() >= SIDE_BY_SIDE_WIDTH or not tall_enough
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)


def _tr_action(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
