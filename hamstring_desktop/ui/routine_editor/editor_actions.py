"""The routine editor's actions in the registry (Ctrl+S, Ctrl+Z, Ctrl+Shift+Z, Alt+Up/Down, Delete,
Escape, and the menus and buttons that share them): what each one does in the editor, and when
each one is enabled: only while the editor shows, and only when it means something (Save with
unsaved changes, Undo with something to undo, Move up below the first step...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot

from hamstring_desktop.words.context import TranslationContext

# The strings belong to the RoutineEditor: Qt looks them up under the class of the object
# (``type(self).__name__``), never under this mixin's name.
RoutineEditor = TranslationContext("RoutineEditor")

EDITOR_ACTIONS = (
    "editor.save",
    "editor.undo",
    "editor.redo",
    "editor.move_up",
    "editor.move_down",
    "editor.remove_step",
    "editor.close",
)


class EditorActionsMixin:
    """Part of :class:`~hamstring_desktop.ui.routine_editor.page.RoutineEditor`: its actions
    wired to what they do, and kept enabled or disabled as the editor and its document change."""

    def _connect_actions(self) -> None:
        actions = self._actions
        actions.action("editor.save").triggered.connect(self.save)
        actions.action("editor.undo").triggered.connect(self.document.stack.undo)
        actions.action("editor.redo").triggered.connect(self.document.stack.redo)
        actions.action("editor.move_up").triggered.connect(lambda: self.move_selected(-1))
        actions.action("editor.move_down").triggered.connect(lambda: self.move_selected(1))
        actions.action("editor.remove_step").triggered.connect(self.remove_selected)
        actions.action("editor.close").triggered.connect(self.close_editor)

    def _follow_undo_stack(self) -> None:
        self.document.stack.cleanChanged.connect(self._update_actions)
        self.document.stack.canUndoChanged.connect(self._update_actions)
        self.document.stack.canRedoChanged.connect(self._update_actions)

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
        self.setAccessibleDescription(RoutineEditor.tr("Unsaved changes") if dirty else "")
        words = _tr_action(self._actions.spec("editor.save").button)
        self.save_button.setText(words + " •" if dirty else words)  # a dot: unsaved changes


def _tr_action(text: str) -> str:
    return QCoreApplication.translate("Actions", text)
