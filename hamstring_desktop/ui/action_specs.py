"""What each action is: its id, words, tooltip, default keys and the session action it stands
for. :mod:`hamstring_desktop.ui.actions` turns these into QActions, buttons and shortcuts.

The words are marked for translation here (context "Actions") and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamstring_desktop.services.settings import Setting
from hamstring_desktop.session.states import SessionAction

SEPARATOR = ";"  # between key sequences in the settings file (a sequence itself may hold ", ")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.
    (pyside6-lupdate reads only a literal context here: write "Actions", not a variable.)"""
    return text


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
        QT_TRANSLATE_NOOP("Actions", "Pa&in: Stop Now"),
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
        QT_TRANSLATE_NOOP("Actions", "Import R&outine…"),
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
