"""Every action a user can take, in one registry: its words, icon, keys, tooltip and accessible
name. The menus, the player's buttons, the window's shortcuts and the keyboard help all read it;
media keys arrive as the same :class:`SessionAction` values.

Users may change the keys (Help ▸ Keyboard Shortcuts… ▸ Change); their choice is saved per action
under ``shortcuts/<id>`` in the settings. Media keys are fixed: they belong to the hardware.

Signals (:class:`ActionRegistry`):
    session_action(SessionAction): a session action was triggered by a key, a menu or a button.
    shortcuts_changed(): the user changed some keys; texts showing keys should refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from hamstring_desktop.services.settings import Setting, Settings
from hamstring_desktop.session.engine import SessionAction

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText
SEPARATOR = ";"  # between key sequences in the settings file (a sequence itself may hold ", ")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.
    (pyside6-lupdate reads only a literal context here: write "Actions", not a variable.)"""
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class ActionSpec:
    """One action: what it is called, what it does and which keys trigger it.

    ``keys`` are the defaults the user may change (portable key text); ``fixed_keys`` (media
    keys) always trigger it too. ``button`` is the shorter text on the player's button, if any.
    """

    id: str
    text: str
    accessible_name: str
    tooltip: str
    keys: tuple[str, ...] = ()
    fixed_keys: tuple[str, ...] = ()
    button: str = ""
    session_action: SessionAction | None = None
    checkable: bool = False

    @property
    def setting(self) -> Setting[str]:
        """Where the user's keys for this action are saved."""
        return Setting(
            f"shortcuts/{self.id}", str, SEPARATOR.join(self.keys), f"Keys for: {self.accessible_name}"
        )


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "session.toggle",
        QT_TRANSLATE_NOOP("Actions", "Start / &Pause / Resume"),
        QT_TRANSLATE_NOOP("Actions", "Start, pause or resume"),
        QT_TRANSLATE_NOOP("Actions", "Start the routine, pause or resume"),
        ("Space",),
        ("Toggle Media Play/Pause", "Media Play", "Media Pause"),
        QT_TRANSLATE_NOOP("Actions", "Pause"),
        session_action=SessionAction.TOGGLE,
    ),
    ActionSpec(
        "session.next",
        QT_TRANSLATE_NOOP("Actions", "&Next Step"),
        QT_TRANSLATE_NOOP("Actions", "Next step"),
        QT_TRANSLATE_NOOP("Actions", "Skip to the next step"),
        ("Right", "N"),
        ("Media Next",),
        QT_TRANSLATE_NOOP("Actions", "Next »"),
        session_action=SessionAction.NEXT,
    ),
    ActionSpec(
        "session.back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        QT_TRANSLATE_NOOP("Actions", "Back"),
        QT_TRANSLATE_NOOP("Actions", "Restart the step; early in a step, go back one"),
        ("Left", "B"),
        ("Media Previous",),
        QT_TRANSLATE_NOOP("Actions", "↺ Back"),
        session_action=SessionAction.BACK,
    ),
    ActionSpec(
        "session.extend",
        QT_TRANSLATE_NOOP("Actions", "&Add 15 Seconds"),
        QT_TRANSLATE_NOOP("Actions", "Add 15 seconds"),
        QT_TRANSLATE_NOOP("Actions", "Add 15 seconds to this step"),
        ("+", "E", "="),
        button=QT_TRANSLATE_NOOP("Actions", "+15 s"),
        session_action=SessionAction.EXTEND,
    ),
    ActionSpec(
        "session.stop",
        QT_TRANSLATE_NOOP("Actions", "&Stop"),
        QT_TRANSLATE_NOOP("Actions", "Stop session"),
        QT_TRANSLATE_NOOP("Actions", "Stop the session (in focus mode: leave focus mode first)"),
        ("Esc",),
        button=QT_TRANSLATE_NOOP("Actions", "■ Stop"),
        session_action=SessionAction.STOP,
    ),
    ActionSpec(
        "session.pain",
        QT_TRANSLATE_NOOP("Actions", "Pain: Stop &Now"),
        QT_TRANSLATE_NOOP("Actions", "Pain: stop now"),
        QT_TRANSLATE_NOOP("Actions", "Pain: stop the session at once"),
        ("P",),
        button=QT_TRANSLATE_NOOP("Actions", "PAIN — STOP NOW"),
        session_action=SessionAction.PAIN,
    ),
    ActionSpec(
        "view.focus",
        QT_TRANSLATE_NOOP("Actions", "&Focus Mode"),
        QT_TRANSLATE_NOOP("Actions", "Focus mode"),
        QT_TRANSLATE_NOOP("Actions", "Full screen with only the countdown, leg, step and what is next"),
        ("F11",),
        checkable=True,
    ),
    ActionSpec(
        "view.search",
        QT_TRANSLATE_NOOP("Actions", "&Search Techniques"),
        QT_TRANSLATE_NOOP("Actions", "Search techniques"),
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the library's search box"),
        ("Ctrl+F",),
    ),
    ActionSpec(
        "view.library",
        QT_TRANSLATE_NOOP("Actions", "&Library"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the library"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the technique library"),
        ("Ctrl+Shift+L",),
        checkable=True,
    ),
    ActionSpec(
        "view.anatomy",
        QT_TRANSLATE_NOOP("Actions", "&Anatomy"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the anatomy"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the anatomy diagram"),
        ("Ctrl+Shift+A",),
        checkable=True,
    ),
    ActionSpec(
        "view.player",
        QT_TRANSLATE_NOOP("Actions", "&Player"),
        QT_TRANSLATE_NOOP("Actions", "Show the player"),
        QT_TRANSLATE_NOOP("Actions", "Show the player: routines and the session"),
        ("Ctrl+1",),
    ),
    ActionSpec(
        "view.history",
        QT_TRANSLATE_NOOP("Actions", "&History"),
        QT_TRANSLATE_NOOP("Actions", "Show the history"),
        QT_TRANSLATE_NOOP("Actions", "Show the History page: charts, your week and every session"),
        ("Ctrl+2",),
    ),
    ActionSpec(
        "help.safety",
        QT_TRANSLATE_NOOP("Actions", "&Safety"),
        QT_TRANSLATE_NOOP("Actions", "Safety"),
        QT_TRANSLATE_NOOP("Actions", "When to stop, and when to ask a professional first"),
        ("F1",),
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts…"),
        QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "Every key, and a way to change them"),
        ("Ctrl+/",),
    ),
    ActionSpec(
        "routines.new",
        QT_TRANSLATE_NOOP("Actions", "&New Routine…"),
        QT_TRANSLATE_NOOP("Actions", "New routine"),
        QT_TRANSLATE_NOOP("Actions", "Make a routine of your own"),
        ("Ctrl+N",),
        button=QT_TRANSLATE_NOOP("Actions", "&New…"),
    ),
    ActionSpec(
        "routines.edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit Routines…"),
        QT_TRANSLATE_NOOP("Actions", "Edit routines"),
        QT_TRANSLATE_NOOP("Actions", "Open the routine editor on the chosen routine"),
        ("Ctrl+E",),
        button=QT_TRANSLATE_NOOP("Actions", "&Edit…"),
    ),
    ActionSpec(
        "routines.import",
        QT_TRANSLATE_NOOP("Actions", "&Import Routine…"),
        QT_TRANSLATE_NOOP("Actions", "Import routine"),
        QT_TRANSLATE_NOOP("Actions", "Add a routine file someone shared with you"),
    ),
    ActionSpec(
        "routines.export",
        QT_TRANSLATE_NOOP("Actions", "E&xport Routine…"),
        QT_TRANSLATE_NOOP("Actions", "Export routine"),
        QT_TRANSLATE_NOOP("Actions", "Save the chosen routine's file, to share it"),
    ),
    ActionSpec(
        "editor.save",
        QT_TRANSLATE_NOOP("Actions", "&Save Routine"),
        QT_TRANSLATE_NOOP("Actions", "Save routine"),
        QT_TRANSLATE_NOOP("Actions", "Save the routine you are editing"),
        ("Ctrl+S",),
        button=QT_TRANSLATE_NOOP("Actions", "Save"),
    ),
    ActionSpec(
        "editor.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change to the routine"),
        ("Ctrl+Z",),
    ),
    ActionSpec(
        "editor.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo"),
        QT_TRANSLATE_NOOP("Actions", "Make the change again"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    ActionSpec(
        "editor.move_up",
        QT_TRANSLATE_NOOP("Actions", "Move Step &Up"),
        QT_TRANSLATE_NOOP("Actions", "Move step up"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected step one place up"),
        ("Alt+Up",),
        button=QT_TRANSLATE_NOOP("Actions", "▲ Up"),
    ),
    ActionSpec(
        "editor.move_down",
        QT_TRANSLATE_NOOP("Actions", "Move Step &Down"),
        QT_TRANSLATE_NOOP("Actions", "Move step down"),
        QT_TRANSLATE_NOOP("Actions", "Move the selected step one place down"),
        ("Alt+Down",),
        button=QT_TRANSLATE_NOOP("Actions", "▼ Down"),
    ),
    ActionSpec(
        "editor.remove_step",
        QT_TRANSLATE_NOOP("Actions", "&Remove Step"),
        QT_TRANSLATE_NOOP("Actions", "Remove step"),
        QT_TRANSLATE_NOOP("Actions", "Remove the selected step (Undo brings it back)"),
        ("Del",),
        button=QT_TRANSLATE_NOOP("Actions", "Remove"),
    ),
    ActionSpec(
        "editor.close",
        QT_TRANSLATE_NOOP("Actions", "&Close Editor"),
        QT_TRANSLATE_NOOP("Actions", "Close editor"),
        QT_TRANSLATE_NOOP("Actions", "Back to the player (unsaved changes are asked about)"),
        ("Ctrl+W",),
        button=QT_TRANSLATE_NOOP("Actions", "Close"),
    ),
    ActionSpec(
        "app.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit (a session under way is saved as stopped)"),
        ("Ctrl+Q",),
    ),
)


def parse_keys(text: str) -> list[QKeySequence]:
    """Key sequences saved as portable text; unreadable ones are left out."""
    found = []
    for part in text.split(SEPARATOR):
        sequence = QKeySequence.fromString(part.strip(), PORTABLE)
        if not sequence.isEmpty():
            found.append(sequence)
    return found


def key_text(sequences: list[QKeySequence]) -> str:
    """Keys as people read them: "Space, P"."""
    return ", ".join(sequence.toString(NATIVE) for sequence in sequences)


class ActionRegistry(QObject):
    """The QActions for every :data:`SPECS` entry, with the user's keys."""

    session_action = Signal(object)
    shortcuts_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        host: QWidget,
        adopted: dict[str, QAction] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Make the actions on ``host`` (a window: its shortcuts then work anywhere in it);
        ``adopted`` are actions Qt already made (a dock's show/hide), which get the registry's
        words and keys instead of new ones."""
        super().__init__(parent)
        self._settings = settings
        self._specs = {spec.id: spec for spec in SPECS}
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = (adopted or {}).get(spec.id) or QAction(host)
            action.setText(_tr(spec.text))
            action.setObjectName(spec.id)
            action.setCheckable(spec.checkable)
            if spec.session_action is not None:
                action.triggered.connect(lambda _=False, a=spec.session_action: self.session_action.emit(a))
            host.addAction(action)  # keys work even with the menu bar hidden (focus mode)
            self._actions[spec.id] = action
        self._actions["app.quit"].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._apply_keys()

    def action(self, action_id: str) -> QAction:
        """The QAction for an id from :data:`SPECS`."""
        return self._actions[action_id]

    def spec(self, action_id: str) -> ActionSpec:
        """The declaration of an action."""
        return self._specs[action_id]

    def specs(self) -> tuple[ActionSpec, ...]:
        """Every action, in menu order."""
        return SPECS

    def name(self, action_id: str) -> str:
        """What the action does, in a few words ("Next step")."""
        return _tr(self._specs[action_id].accessible_name)

    def for_session(self, session_action: SessionAction) -> ActionSpec:
        """The entry of a session action."""
        return next(spec for spec in SPECS if spec.session_action is session_action)

    # --- keys -----------------------------------------------------------------------------------

    def keys(self, action_id: str) -> list[QKeySequence]:
        """The keys the user chose for an action (the defaults until they change them)."""
        return parse_keys(self._settings.get(self._specs[action_id].setting))

    def all_keys(self, action_id: str) -> list[QKeySequence]:
        """Every key that triggers an action: the user's, then the fixed media keys."""
        return self.keys(action_id) + parse_keys(SEPARATOR.join(self._specs[action_id].fixed_keys))

    def conflicts(self, action_id: str, sequences: list[QKeySequence]) -> list[tuple[str, str]]:
        """(key, other action's name) for every key already taken by another action."""
        taken: list[tuple[str, str]] = []
        for other in SPECS:
            if other.id == action_id:
                continue
            theirs = self.all_keys(other.id)
            for sequence in sequences:
                if any(sequence.matches(t) == QKeySequence.SequenceMatch.ExactMatch for t in theirs):
                    taken.append((sequence.toString(NATIVE), _tr(other.accessible_name)))
        return taken

    def set_keys(self, action_id: str, sequences: list[QKeySequence]) -> list[tuple[str, str]]:
        """Save new keys for an action, unless one is taken; returns the conflicts (empty when
        saved)."""
        clashes = self.conflicts(action_id, sequences)
        if clashes:
            return clashes
        text = SEPARATOR.join(sequence.toString(PORTABLE) for sequence in sequences)
        self._settings.set(self._specs[action_id].setting, text)
        self._apply_keys()
        self.shortcuts_changed.emit()
        return []

    def reset_keys(self) -> None:
        """Every action back to its default keys."""
        for spec in SPECS:
            self._settings.set(spec.setting, spec.setting.default)
        self._apply_keys()
        self.shortcuts_changed.emit()

    def _apply_keys(self) -> None:
        for spec in SPECS:
            action = self._actions[spec.id]
            keys = self.all_keys(spec.id)
            action.setShortcuts(keys)
            action.setToolTip(self.tooltip(spec.id))

    def tooltip(self, action_id: str) -> str:
        """What the action does, with its keys: "Skip to the next step (Right, N)"."""
        spec = self._specs[action_id]
        keys = key_text(self.keys(action_id))
        return f"{_tr(spec.tooltip)} ({keys})" if keys else _tr(spec.tooltip)

    def bind_button(self, button: QAbstractButton, action_id: str) -> None:
        """Give a button the action's words, accessible name and tooltip, and make a click
        trigger the action (so a click and a key do exactly the same)."""
        spec = self._specs[action_id]
        button.setText(_tr(spec.button or spec.text))
        button.setAccessibleName(_tr(spec.accessible_name))
        button.setToolTip(self.tooltip(action_id))
        button.clicked.connect(self._actions[action_id].trigger)
        self.shortcuts_changed.connect(lambda: button.setToolTip(self.tooltip(action_id)))

    def help_rows(self) -> list[tuple[str, str]]:
        """(what it does, its keys) for every action, for the keyboard help."""
        return [(_tr(spec.accessible_name), key_text(self.all_keys(spec.id))) for spec in SPECS]
