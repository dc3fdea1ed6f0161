"""The routine editor, one idea per module.

- ``document``: the routine being edited, its undo stack, where each step came from.
- ``problems``: errors (which keep it from being saved) and warnings, field by field.
- ``fields``: a line edit whose undo is the editor's; the message at a field with a problem.
- ``routine_form`` and ``step_form``: the routine's fields, and the selected step's.
- ``step_list``: the steps, dragged to move, with techniques dropped on from the library.
- ``page``: the editor itself: pick a routine, show it, take the edits of its steps; built on
  ``page_layout`` (its widgets, side by side or stacked), ``editor_actions`` (its keys, enabled
  when they mean something) and ``saving`` (new, duplicate, rename, delete, save, close, and
  the question about unsaved changes).
- ``files``: import, export and delete in the app (dialogs around services/routine_files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hamstring_desktop.ui.routine_editor.editor_actions import EDITOR_ACTIONS
    from hamstring_desktop.ui.routine_editor.page import RoutineEditor

__all__ = ["EDITOR_ACTIONS", "RoutineEditor"]


def __getattr__(name: str) -> Any:
    """The editor is made on first use: importing its place in the window (``in_window``) at
    start-up must not import the editor itself (about 17 ms before the first paint)."""
    if name == "RoutineEditor":
        from hamstring_desktop.ui.routine_editor.page import RoutineEditor

        return RoutineEditor
    if name == "EDITOR_ACTIONS":
        from hamstring_desktop.ui.routine_editor.editor_actions import EDITOR_ACTIONS

        return EDITOR_ACTIONS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
