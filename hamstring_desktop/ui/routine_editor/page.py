"""The routine editor: pick a routine (yours, or a built-in one to duplicate), edit its fields and
its steps, see the total time and every problem at its field, undo and redo, and save.

It is a page of the player (reached from the routine picker and the Routines menu), so the
library dock can be dragged from and the anatomy dock previews the selected step.

This module shows the open routine and takes the edits; the widgets and their layout are in
``page_layout.py``, the editor's keys in ``editor_actions.py``, and new, duplicate, rename,
delete, save and close (with the question about unsaved changes) in ``saving.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_desktop.content import ContentError, Library, Routine, RoutineStep, Side, StepKind
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.routine_editor.document import RoutineDocument
from hamstring_desktop.ui.routine_editor.editor_actions import EditorActionsMixin
from hamstring_desktop.ui.routine_editor.fields import STYLE
from hamstring_desktop.ui.routine_editor.page_layout import EditorLayout
from hamstring_desktop.ui.routine_editor.problems import Problem, routine_problems
from hamstring_desktop.ui.routine_editor.saving import SavingMixin
from hamstring_desktop.ui.routine_editor.step_form import DEFAULT_REST_SECONDS
from hamstring_desktop.ui.routine_editor.texts import step_row, total_text
from hamstring_desktop.words.problems import problem_line


class RoutineEditor(SavingMixin, EditorActionsMixin, EditorLayout):
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
        self._kept_declined: set[str] = set()  # routines whose kept changes wait for later
        self._active = False
        self._problems: list[Problem] = []
        self._refused_for_errors = False  # the footer says why a save was refused
        self._opened: Routine | None = None  # the routine as it was opened or last saved
        self.document = RoutineDocument(self)
        self._build(library, actions)
        self._connect_actions()
        self._connect()
        self._follow_undo_stack()
        self._fill_picker()

    # --- wiring --------------------------------------------------------------------------------------

    def _connect(self) -> None:
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
        if self._still_on_disk(wanted):
            # Our own save, say: the open document is the file, and its undo history stays.
            self._opened = self._library.routine(wanted)
            self._select_in_picker(wanted)
            self._refresh()
        elif show is not None or not self.document.dirty:
            self.open_routine(wanted)
        else:
            self._select_in_picker(self._open_id)

    def _still_on_disk(self, routine_id: str) -> bool:
        """Whether the routine ``routine_id`` is the one open, with no unsaved changes, and its
        file still holds what the editor last read or wrote."""
        if not routine_id or routine_id != self._open_id or self.document.dirty or self.document.path is None:
            return False
        try:
            routine = self._library.routine(routine_id)
        except KeyError:
            return False
        if routine.builtin or Path(routine.source) != self.document.path:
            return False
        try:
            return read_user_text(self.document.path, ROUTINE_FILE_LIMIT) == self.document.original_text
        except ContentError:
            return False

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
        if routine.id != self._open_id:
            self._say("")  # (before saying why its file cannot be read, which must stay)
        path, text = None, None
        if not routine.builtin:
            path = Path(routine.source)
            try:
                text = read_user_text(path, ROUTINE_FILE_LIMIT)
            except ContentError as error:
                self._say(
                    self.tr("Its file cannot be read again (%s): comments in it may not be kept.")
                    % problem_line(error)
                )
        self._opened = routine
        self.document.open(routine, path, text)
        self._select_in_picker(routine.id)
        self.offer_kept()
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
        if self._refused_for_errors and not any(p.error for p in self._problems):
            self._say("")  # "Not saved: …" no longer holds
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

    def _say(self, text: str, refused_for_errors: bool = False) -> None:
        self.status.setText(text)
        self._refused_for_errors = refused_for_errors
