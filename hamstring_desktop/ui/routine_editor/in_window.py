"""The routine editor's place in the main window: its page in the player (made on first use), the
Routines menu's actions, File ▸ Import Routine… and Export Routine…, routine files dropped on the
window, the anatomy preview of the selected step, and reading the routines again after a change.

While the editor shows, the session keys are off (Space, N, P... are for editing then) and the
editor's keys are on; everywhere else it is the other way round.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from hamstring_desktop.content import Library, RoutineStep, Side, StepKind
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.anatomy import LEFT, RIGHT, AnatomyPanel, StepHighlight
from hamstring_desktop.ui.player import EDITOR, IDLE, PlayerWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from hamstring_desktop.ui.routine_editor.page import RoutineEditor

ROUTINE_SUFFIX = ".toml"
# The property a Unix signal sets on the window while it closes it (app/unix_signals.py).
CLOSING_ON_SIGNAL = "closingOnSignal"


class EditorInWindow(QObject):
    """Connects the editor, the routine files and the window.

    Signals:
        library_changed(object, object): the routines were read again: the new Library, and the
            user files that failed (a tuple of ContentError).
        message(str): a short status message.
    """

    library_changed = Signal(object, object)
    message = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        paths: DataPaths,
        actions: ActionRegistry,
        player: PlayerWidget,
        anatomy: AnatomyPanel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._paths = paths
        self._actions = actions
        self._player = player
        self._anatomy = anatomy
        self.editor: RoutineEditor | None = None
        actions.action("routines.new").triggered.connect(self.new_routine)
        actions.action("routines.edit").triggered.connect(self.edit_chosen)
        actions.action("routines.import").triggered.connect(self.import_chosen)
        actions.action("routines.export").triggered.connect(self.export_chosen)
        player.page_shown.connect(self._page_shown)
        self._page_shown(player.page)

    @property
    def library(self) -> Library:
        """The routines as last read."""
        return self._library

    # --- the editor page ------------------------------------------------------------------------------

    def _make_editor(self) -> RoutineEditor:
        if self.editor is None:
            from hamstring_desktop.ui.routine_editor.page import RoutineEditor

            self.editor = RoutineEditor(self._library, self._actions, self._paths.ensure().routines_dir)
            self.editor.closed.connect(self._editor_closed)
            self.editor.routines_changed.connect(self.reload)
            self.editor.preview.connect(self._preview)
            self.editor.message.connect(self.message)
            self._player.add_page(EDITOR, self.editor)
        return self.editor

    def open_editor(self, routine_id: str | None = None) -> RoutineEditor | None:
        """Show the editor on a routine (the one chosen in the player's picker by default)."""
        if self._player.page not in (IDLE, EDITOR):
            return None  # not during a session
        editor = self._make_editor()
        wanted = routine_id or self._player.selected_routine().id
        if self._player.page != EDITOR or (wanted != editor.document.routine.id and editor.confirm_leave()):
            editor.open_routine(wanted)
        self._player.show_page(EDITOR)
        editor.step_list.setFocus()
        return editor

    @Slot()
    def edit_chosen(self) -> None:
        """Routines ▸ Edit Routines… (or the player's Edit button): the chosen routine."""
        self.open_editor()

    @Slot()
    def new_routine(self) -> None:
        """Routines ▸ New Routine…: the editor, asking for the new routine's name."""
        editor = self.open_editor()
        if editor is not None:
            editor.new_routine()

    @Slot()
    def _editor_closed(self) -> None:
        opened = self.editor.document.routine.id if self.editor is not None else ""
        self._player.show_page(IDLE)
        self._player.select_routine(opened)

    def confirm_close(self) -> bool:
        """Before the window closes: unsaved changes are asked about (False: stay open). When a
        signal closes the app (logging out, ``kill``) nobody may be there to answer: the changes
        are kept in a hidden file beside the routine instead, and the log says where."""
        if self.editor is None:
            return True
        if self._window.property(CLOSING_ON_SIGNAL):
            self.editor.keep_unsaved()
            return True
        return self.editor.confirm_leave()

    @Slot(str)
    def _page_shown(self, page: str) -> None:
        editing = page == EDITOR
        for spec in self._actions.specs():
            if spec.session_action is not None or spec.id == "view.focus":
                self._actions.action(spec.id).setEnabled(not editing)
        if not editing:  # next, back, add 15 s and pain stay off between sessions
            self._actions.enable_session_keys()
        for action_id in ("routines.new", "routines.edit", "routines.import"):
            self._actions.action(action_id).setEnabled(page in (IDLE, EDITOR))
        if self.editor is not None:
            self.editor.set_active(editing)
        else:
            from hamstring_desktop.ui.routine_editor.editor_actions import EDITOR_ACTIONS

            for action_id in EDITOR_ACTIONS:
                self._actions.action(action_id).setEnabled(False)
        if not editing and page == IDLE:
            self._anatomy.show_step(None)

    @Slot(object)
    def _preview(self, step: RoutineStep | None) -> None:
        """The selected step on the diagram, as it lights up while it runs (an "each" step on
        both legs); a rest or a wait lights nothing."""
        if step is None or step.kind is not StepKind.TECHNIQUE:
            self._anatomy.show_step(None)
            return
        try:
            technique = self._library.technique(step.technique)
        except KeyError:
            self._anatomy.show_step(None)
            return
        legs = {Side.LEFT: (LEFT,), Side.RIGHT: (RIGHT,)}.get(step.side, (LEFT, RIGHT))
        highlight = StepHighlight(technique.target_muscles, legs, step.zone, technique.direction, step.hold)
        self._anatomy.show_step(highlight)

    # --- reading the routines again -------------------------------------------------------------------

    @Slot(str)
    def reload(self, show: str = "") -> None:
        """Read the routines again after a change on disk, and show ``show`` (an id) where it
        matters: the player's picker and the editor. The built-in content stays in the language
        it was read in at start (the routine files are read as they are, in any language)."""
        from hamstring_desktop.services.content_source import load_content

        try:
            loaded = load_content(self._paths.routines_dir, self._library.language)
        except Exception as error:  # the built-in content was fine at start: never expected
            self.message.emit(str(error))
            return
        self._library = loaded.library
        self._player.set_library(loaded.library)
        if show:
            self._player.select_routine(show)
        if self.editor is not None:
            self.editor.set_library(loaded.library, show or None)
        self.library_changed.emit(loaded.library, loaded.user_errors)

    # --- files ------------------------------------------------------------------------------------------

    def mention_kept(self) -> list[str]:
        """After the first paint: say which of your routines have changes kept when the app last
        closed without asking (the editor offers them back when the routine opens); their names."""
        from hamstring_desktop.ui.routine_editor.kept import kept_ids

        mine = {r.id: r.name for r in self._library.routines if not r.builtin}
        names = [mine[routine_id] for routine_id in kept_ids(self._paths.routines_dir) if routine_id in mine]
        if names:
            quoted = ", ".join(
                self.tr("'%1'", "a routine's name in quotes").replace("%1", name) for name in names
            )
            words = self.tr(
                "Unsaved changes to %1 were kept when the app last closed; the editor offers them back."
            )
            self.message.emit(words.replace("%1", quoted))
        return names

    def decline_file(self, file: Path) -> None:
        """A routine file opened from the file manager while a session runs: not now, and say so."""
        self.message.emit(
            self.tr("Not imported during a session: %s. Open it again when the session is over.") % file.name
        )

    def import_file(self, file: Path | None = None) -> bool:
        """File ▸ Import Routine… (or a dropped file): validate, ask before replacing one of yours,
        copy it into your routines and choose it."""
        from hamstring_desktop.ui.routine_editor.files import (
            choose_import_file,
            import_with_questions,
            show_import_notes,
        )

        if self.editor is not None and self._player.page == EDITOR and not self.editor.confirm_leave():
            return False
        if file is None:
            file = choose_import_file(self._window)
            if file is None:
                return False
        imported = import_with_questions(self._window, file, self._library, self._paths.ensure().routines_dir)
        if imported is None:
            return False
        self.reload(imported.routine.id)
        if imported.replaced is not None:
            text = self.tr("Replaced the routine '%s'.") % imported.routine.name
        else:
            text = self.tr("Imported the routine '%s'.") % imported.routine.name
        self.message.emit(text)
        if imported.warnings:  # every one, where it can be read: the status bar cuts them short
            show_import_notes(self._window, text, imported.warnings)
        return True

    @Slot()
    def import_chosen(self) -> None:
        """File ▸ Import Routine…: ask which file."""
        self.import_file()

    @Slot()
    def export_chosen(self) -> None:
        """File ▸ Export Routine…: the routine open in the editor, else the one chosen in the
        picker, written where the user says (a routine of yours as its file is, comments and all;
        unsaved changes are not in it)."""
        from hamstring_desktop.ui.routine_editor.files import export_with_dialog

        routine = self._player.selected_routine()
        if self.editor is not None and self._player.page == EDITOR and self.editor.document.is_open:
            with contextlib.suppress(KeyError):
                routine = self._library.routine(self.editor.document.routine.id)
        text = export_with_dialog(self._window, routine)
        if text:
            self.message.emit(text)

    def accepts_drop(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        """The routine files (``*.toml``) a drag carries, if it carries any."""
        data = event.mimeData()
        if not data.hasUrls():
            return []
        files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return [file for file in files if file.name.lower().endswith(ROUTINE_SUFFIX)]

    def dropped(self, files: list[Path]) -> None:
        """Import each dropped routine file in turn."""
        if self._player.page not in (IDLE, EDITOR):
            self.message.emit(self.tr("Finish the session first, then drop the routine file again."))
            return
        for file in files:
            self.import_file(file)


__all__ = ["EditorInWindow"]
