"""Every action a user can take, in one registry: its words, icon, keys, tooltip and accessible
name. The menus, the player's buttons, the window's shortcuts and the keyboard help all read it;
media keys arrive as the same :class:`SessionAction` values.

Users may change the keys (Help ▸ Keyboard Shortcuts… ▸ Change); their choice is saved per action
under ``shortcuts/<id>`` in the settings. Media keys are fixed: they belong to the hardware.

While a session runs, the pain key wins over typing: a text field or spin box that has the focus
(the library's search, say) would otherwise take P as a letter, and the pain key must work from
anywhere. The other session keys stay with the field (an arrow key there moves the cursor, it
does not skip a step); between sessions, typing is typing.

Between sessions the actions that only mean something in one (next, back, add 15 s, pain) are
disabled, so their keys reach the widget with the focus: Left and Right step through a History
chart's points or the anatomy's muscles. Start/pause (Space starts the chosen routine) and stop
(Esc leaves focus mode) stay on.

Signals (:class:`ActionRegistry`):
    session_action(SessionAction): a session action was triggered by a key, a menu or a button.
    shortcuts_changed(): the user changed some keys; texts showing keys should refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from hamstring_desktop.services.settings import Settings
from hamstring_desktop.session.states import SessionAction
from hamstring_desktop.ui.action_specs import SEPARATOR, SPECS, ActionSpec

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


# Session actions that do nothing between sessions: off then, so they take no keys.
SESSION_ONLY = frozenset({SessionAction.NEXT, SessionAction.BACK, SessionAction.EXTEND, SessionAction.PAIN})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


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
        self._pain_keys: list[QKeySequence] = []
        self._session_running = False
        self._apply_keys()
        self.enable_session_keys()

    def set_session_running(self, running: bool) -> None:
        """While a session runs, its keys work and the pain key reaches its action even from a
        text field; between sessions, the keys of :data:`SESSION_ONLY` actions are the focused
        widget's."""
        app = QCoreApplication.instance()
        if running == self._session_running or app is None:
            return
        self._session_running = running
        self.enable_session_keys()
        if running:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def enable_session_keys(self) -> None:
        """Turn the :data:`SESSION_ONLY` actions on while a session runs and off between
        sessions (again after anything else set them, such as the routine editor's page)."""
        for spec in SPECS:
            if spec.session_action in SESSION_ONLY:
                self._actions[spec.id].setEnabled(self._session_running)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep a focused text field from claiming the pain key (Qt asks the field first, with a
        ShortcutOverride event; a field that accepts it gets the key as text)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            exact = QKeySequence.SequenceMatch.ExactMatch
            return any(pressed.matches(key) == exact for key in self._pain_keys)
        return False

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

    def changed_keys(self) -> list[str]:
        """The ids of the actions whose keys are not their defaults."""
        return [spec.id for spec in SPECS if self._settings.get(spec.setting) != spec.setting.default]

    def reset_keys(self) -> None:
        """Every action back to its default keys."""
        for spec in SPECS:
            self._settings.set(spec.setting, spec.setting.default)
        self._apply_keys()
        self.shortcuts_changed.emit()

    def _apply_keys(self) -> None:
        self._pain_keys = []
        for spec in SPECS:
            action = self._actions[spec.id]
            keys = self.all_keys(spec.id)
            action.setShortcuts(keys)
            action.setToolTip(self.tooltip(spec.id))
            if spec.session_action is SessionAction.PAIN:
                self._pain_keys = keys

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
