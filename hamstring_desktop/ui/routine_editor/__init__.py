"""The routine editor, one idea per module.

- ``document``: the routine being edited, its undo stack, where each step came from.
- ``problems``: errors (which keep it from being saved) and warnings, field by field.
- ``fields``: a line edit whose undo is the editor's; the message at a field with a problem.
- ``routine_form`` and ``step_form``: the routine's fields, and the selected step's.
- ``step_list``: the steps, dragged to move, with techniques dropped on from the library.
- ``page``: the editor itself: pick, new, duplicate, rename, delete, save, close.
- ``files``: import, export and delete in the app (dialogs around services/routine_files).
"""

from __future__ import annotations

from hamstring_desktop.ui.routine_editor.page import EDITOR_ACTIONS, RoutineEditor

__all__ = ["EDITOR_ACTIONS", "RoutineEditor"]
