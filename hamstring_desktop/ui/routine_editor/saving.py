"""How the routine editor changes routine files: new, duplicate, rename, delete, save and close.

Unsaved changes are never lost silently: leaving them (choosing another routine, New, Duplicate,
Close, closing the window) asks Save, Discard or Cancel; when the app must close without asking
(a signal), they are kept in a hidden file beside the routines.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from hamstring_desktop.content import ContentError, Routine, RoutineStep, RoutineWhen, Side
from hamstring_desktop.services.routine_files import save_routine
from hamstring_desktop.services.safe_io import ROUTINE_FILE_LIMIT, read_user_text
from hamstring_desktop.ui.routine_editor.fields import FieldMessage
from hamstring_desktop.ui.routine_editor.kept import kept_files, read_kept, write_kept
from hamstring_desktop.ui.routine_editor.problems import routine_problems
from hamstring_desktop.ui.routine_editor.questions import (
    Kept,
    Unsaved,
    ask_name,
    ask_restore,
    ask_unsaved,
    confirm_delete,
)
from hamstring_desktop.ui.routine_editor.texts import free_id
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.problems import problem_line

_log = logging.getLogger(__name__)
# The strings belong to the RoutineEditor: Qt looks them up under the class of the object
# (``type(self).__name__``), never under this mixin's name.
RoutineEditor = TranslationContext("RoutineEditor")


class SavingMixin:
    """Part of :class:`~hamstring_desktop.ui.routine_editor.page.RoutineEditor`: every way the
    open routine's file changes, and the questions asked before unsaved changes are left."""

    def _create(self, routine: Routine, done: str) -> bool:
        try:
            path = save_routine(self._routines_dir, routine)
        except OSError as error:
            self._say(RoutineEditor.tr("Could not save the routine: %s") % (error.strerror or error))
            return False
        self._opened = None
        self.message.emit(done % routine.name)
        self.routines_changed.emit(routine.id)
        self._say(done % routine.name + " " + RoutineEditor.tr("(%s)") % path)
        return True

    @Slot()
    def new_routine(self) -> bool:
        """Ask for a name, then make a routine with one step and open it."""
        if not self.confirm_leave():
            return False
        name = ask_name(self, RoutineEditor.tr("New routine"), RoutineEditor.tr("My routine"))
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
        return self._create(routine, RoutineEditor.tr("Made the routine '%s'."))

    @Slot()
    def duplicate_routine(self) -> bool:
        """A copy of the open routine (saved as it is now) under a new name, opened to edit."""
        if not self.document.is_open or not self.confirm_leave():
            return False
        source = self.document.cleaned()
        suggestion = RoutineEditor.tr("%s (mine)") % source.name
        name = ask_name(self, RoutineEditor.tr("Duplicate routine"), suggestion)
        if not name:
            return False
        copy = replace(
            source,
            id=free_id(name, {r.id for r in self._library.routines}),
            name=name,
            builtin=False,
            source="",
        )
        return self._create(copy, RoutineEditor.tr("Made the routine '%s'."))

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
            self._say(RoutineEditor.tr("Could not delete %s: %s") % (opened.source, problem))
            return False
        for kept in kept_files(self._routines_dir, opened.id):  # changes kept for it go with it
            move_to_trash(kept)
        self.document.stack.setClean()
        self._opened = None
        self.message.emit(RoutineEditor.tr("Deleted the routine '%s'.") % opened.name)
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
            self._say(RoutineEditor.tr("Not saved: %s") % errors[0].message, refused_for_errors=True)
            self._focus_first_error()
            return False
        original = None
        if self.document.path is not None and self.document.original_text is not None:
            original = (self.document.path, self.document.original_text)
        try:
            path = save_routine(self._routines_dir, routine, original, self.document.origins)
            text = read_user_text(path, ROUTINE_FILE_LIMIT)
        except (OSError, ContentError) as error:
            reason = problem_line(error) if isinstance(error, ContentError) else error.strerror or str(error)
            self._say(RoutineEditor.tr("Not saved: %s") % reason)
            return False
        self.document.saved(path, text)
        self._opened = replace(routine, source=str(path))
        self._say(RoutineEditor.tr("Saved to %s") % path)
        self.message.emit(RoutineEditor.tr("Saved the routine '%s'.") % routine.name)
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
        """Unsaved changes written beside the routines (``.ID.unsaved.json``, see
        :mod:`~hamstring_desktop.ui.routine_editor.kept`), for when the app must close without
        asking; None when there were none. The editor offers them back (:meth:`offer_kept`)."""
        if not self.document.dirty:
            return None
        routine = self.document.cleaned()
        document = self.document
        try:
            target = write_kept(
                self._routines_dir,
                self._open_id or "routine",
                routine,
                document.origins,
                document.original_text,
            )
        except OSError as error:
            _log.warning("unsaved changes to the routine %r could not be kept: %s", self._open_id, error)
            return None
        _log.warning("unsaved changes to the routine %r were kept in %s", self._open_id, target)
        return target

    def offer_kept(self) -> None:
        """The open routine has changes kept from an earlier run: offer each back (the oldest
        first), until the user says "later", which holds for the rest of the run."""
        opened = self._opened
        if opened is None or opened.builtin or opened.id in self._kept_declined:
            return
        for kept in kept_files(self._routines_dir, opened.id):
            answer = ask_restore(self, opened.name, str(kept))
            if answer is Kept.LATER:
                self._kept_declined.add(opened.id)
                return
            if answer is Kept.RESTORE:
                try:
                    changes = read_kept(kept, self.document.original_text)
                except (OSError, ValueError) as error:
                    self._kept_declined.add(opened.id)
                    words = RoutineEditor.tr(
                        "The kept changes could not be read, so they stay where they are: %s"
                    )
                    self._say(words % f"{kept}: {error}")
                    return
                routine = replace(changes.routine, source=opened.source, builtin=False)
                self.document.restore(routine, changes.origins, RoutineEditor.tr("Restore kept changes"))
                self._say(
                    RoutineEditor.tr("Restored the changes kept from last time. Save them to keep them.")
                )
            try:
                kept.unlink()
            except OSError as error:
                _log.warning("could not delete the kept changes %s: %s", kept, error)

    @Slot()
    def close_editor(self) -> bool:
        """Close, after asking about unsaved changes."""
        if not self.confirm_leave():
            return False
        self.preview.emit(None)
        self.closed.emit()
        return True
