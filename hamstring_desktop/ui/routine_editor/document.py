"""The routine being edited, and its undo stack.

Every change is one :class:`Edit` on a :class:`QUndoStack`: the whole routine before and after
(a routine is a few hundred bytes, so a snapshot is simpler and safer than a command per kind of
change). Typing into one field merges into one undo step. The document also remembers, for each
step, which step of the file it came from, so saving keeps the comments written above it.

Text is kept as typed (a trailing space while typing stays); :meth:`RoutineDocument.cleaned`
strips it, as the reader does, for checking and saving.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hamstring_desktop.content import Routine, RoutineStep

MERGING = 1  # QUndoCommand.id() of edits that may merge (typing into one field)


@dataclass(frozen=True)
class Snapshot:
    """The routine and, per step, the index of the step of the file it came from (None: new)."""

    routine: Routine
    origins: tuple[int | None, ...]


class Edit(QUndoCommand):
    """One change: the snapshot before and after, and the step to select after each."""

    def __init__(
        self,
        document: RoutineDocument,
        text: str,
        before: Snapshot,
        after: Snapshot,
        select_before: int,
        select_after: int,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self._document = document
        self.before, self.after = before, after
        self._select_before, self._select_after = select_before, select_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self._document.apply(self.after, self._select_after)

    def undo(self) -> None:
        self._document.apply(self.before, self._select_before)

    def id(self) -> int:
        return MERGING if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Edit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self._select_after = other._select_after
        # Typed back to what it was (a field's own undo, say): no edit, so the stack drops it and
        # is clean again where it was clean before.
        self.setObsolete(self.after == self.before)
        return True


class RoutineDocument(QObject):
    """One routine open in the editor.

    Signals:
        changed(int): the routine changed (an edit, an undo or a redo); the step to select, or -1.
    """

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._edits: list[Edit] = []  # every edit pushed since the routine was opened
        self._snapshot: Snapshot | None = None
        self.path: Path | None = None  # the file it was read from (None: built in)
        self.original_text: str | None = None  # that file's text when it was opened or saved
        self.read_only = False

    # --- what is open ------------------------------------------------------------------------------

    def open(self, routine: Routine, path: Path | None, text: str | None) -> None:
        """Start editing ``routine`` (read from ``path``, whose text was ``text``); forgets any
        undo history. A built-in routine is read-only."""
        self.stack.clear()
        self._edits.clear()
        self.read_only = routine.builtin
        self.path, self.original_text = path, text
        origins = tuple(range(len(routine.steps))) if text is not None else (None,) * len(routine.steps)
        self._snapshot = Snapshot(routine, origins)
        self.stack.setClean()
        self.changed.emit(0 if routine.steps else -1)

    def restore(self, routine: Routine, origins: tuple[int | None, ...], label: str) -> None:
        """Put ``routine`` (changes kept from an earlier run, with the file's step each step came
        from) in place as one edit that Undo takes back."""
        self._push(label, routine, origins, (-1, 0 if routine.steps else -1))

    def saved(self, path: Path, text: str) -> None:
        """The routine was saved to ``path`` as ``text``: that is now the file it comes from."""
        self.path, self.original_text = path, text
        current = self._snapshot
        assert current is not None
        saved = Snapshot(current.routine, tuple(range(len(current.routine.steps))))
        # Undo reaches past the save: each step of every snapshot is matched to the step of the
        # new file that came from the same step of the old one (None: it is not in the new file).
        moved = {old: new for new, old in enumerate(current.origins) if old is not None}

        def remap(snapshot: Snapshot) -> Snapshot:
            if snapshot == current:
                return saved
            origins = tuple(None if old is None else moved.get(old) for old in snapshot.origins)
            return Snapshot(snapshot.routine, origins)

        for edit in self._edits:
            edit.before, edit.after = remap(edit.before), remap(edit.after)
        self._snapshot = saved
        self.stack.setClean()

    @property
    def is_open(self) -> bool:
        """Whether a routine is open."""
        return self._snapshot is not None

    @property
    def routine(self) -> Routine:
        """The routine as edited so far (text as typed)."""
        assert self._snapshot is not None
        return self._snapshot.routine

    @property
    def origins(self) -> tuple[int | None, ...]:
        """For each step, the index of the step of the file it came from (None: new)."""
        assert self._snapshot is not None
        return self._snapshot.origins

    @property
    def dirty(self) -> bool:
        """Whether there are changes that are not saved."""
        return self.is_open and not self.stack.isClean()

    def cleaned(self) -> Routine:
        """The routine with its text stripped, as it would be saved and read back."""
        routine = self.routine
        steps = tuple(replace(step, instruction=step.instruction.strip()) for step in routine.steps)
        return replace(
            routine,
            id=routine.id.strip(),
            name=routine.name.strip(),
            description=routine.description.strip(),
            steps=steps,
        )

    def apply(self, snapshot: Snapshot, select: int) -> None:
        """Put a snapshot in place (the undo stack's commands call this)."""
        self._snapshot = snapshot
        self.changed.emit(select)

    # --- edits ---------------------------------------------------------------------------------------

    def _push(
        self,
        text: str,
        routine: Routine,
        origins: tuple[int | None, ...],
        selects: tuple[int, int],
        merge: str = "",
    ) -> None:
        """Push an edit; ``selects`` is the step to select after undoing it, and after doing it."""
        if self.read_only or self._snapshot is None:
            return
        after = Snapshot(routine, origins)
        if after == self._snapshot:
            return
        edit = Edit(self, text, self._snapshot, after, *selects, merge)
        self._edits.append(edit)  # (one merged into the one before is remapped to no effect)
        self.stack.push(edit)

    def set_routine_field(self, key: str, value: str, label: str) -> None:
        """Change the routine's ``id``, ``name``, ``when`` (a RoutineWhen) or ``description``;
        typing into one field is one undo step."""
        updated = replace(self.routine, **{key: value})
        self._push(label, updated, self.origins, (-1, -1), merge=f"routine.{key}")

    def set_step(self, index: int, step: RoutineStep, label: str, merge: str = "") -> None:
        """Replace step ``index``; edits with the same ``merge`` key (typing) are one undo step."""
        steps = list(self.routine.steps)
        steps[index] = step
        key = f"step{index}.{merge}" if merge else ""
        self._push(label, replace(self.routine, steps=tuple(steps)), self.origins, (index, index), merge=key)

    def insert_step(self, index: int, step: RoutineStep, label: str) -> None:
        """Add a new step at ``index``."""
        index = max(0, min(index, len(self.routine.steps)))
        steps = list(self.routine.steps)
        steps.insert(index, step)
        origins = list(self.origins)
        origins.insert(index, None)
        selects = (min(index, len(steps) - 2), index)
        self._push(label, replace(self.routine, steps=tuple(steps)), tuple(origins), selects)

    def remove_step(self, index: int, label: str) -> None:
        """Take step ``index`` out."""
        steps, origins = list(self.routine.steps), list(self.origins)
        del steps[index]
        del origins[index]
        selects = (index, min(index, len(steps) - 1))
        self._push(label, replace(self.routine, steps=tuple(steps)), tuple(origins), selects)

    def move_step(self, source: int, target: int, label: str) -> None:
        """Move step ``source`` so that it ends up at index ``target``."""
        count = len(self.routine.steps)
        target = max(0, min(target, count - 1))
        if source == target or not 0 <= source < count:
            return
        steps, origins = list(self.routine.steps), list(self.origins)
        steps.insert(target, steps.pop(source))
        origins.insert(target, origins.pop(source))
        self._push(label, replace(self.routine, steps=tuple(steps)), tuple(origins), (source, target))
