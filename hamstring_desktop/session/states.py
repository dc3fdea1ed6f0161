"""What a session can be, how it ends, and what a user can ask of it: plain values, light
enough for the window to import before its first paint (the engine and its events load when a
session starts)."""

from __future__ import annotations

from enum import Flag, StrEnum, auto


class State(StrEnum):
    """Where the session is."""

    IDLE = "idle"
    GET_READY = "get-ready"
    RUNNING = "running"
    TRANSITION = "transition"
    WAITING = "waiting"  # a "wait for me" step: no countdown, until the user carries on
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"
    PAIN_STOPPED = "pain-stopped"


class Outcome(StrEnum):
    """How a session ended (``interrupted``: left open by a crash, set by the store)."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    PAIN = "pain"
    INTERRUPTED = "interrupted"


class SessionAction(StrEnum):
    """Everything a user (a key, a button, a menu, a media key) can ask of a session."""

    TOGGLE = "toggle"  # start, pause or resume (Space, play/pause); carry on from a wait
    PLAY = "play"  # start or resume; carry on from a wait; nothing while running
    PAUSE = "pause"  # pause; nothing while paused
    NEXT = "next"
    BACK = "back"
    EXTEND = "extend"
    STOP = "stop"
    PAIN = "pain"


ACTIVE = frozenset({State.GET_READY, State.RUNNING, State.TRANSITION, State.WAITING, State.PAUSED})
FINAL = frozenset({State.COMPLETED, State.STOPPED, State.PAIN_STOPPED})
TIMED = frozenset({State.GET_READY, State.RUNNING, State.TRANSITION})
PAUSABLE = TIMED | {State.WAITING}


class Change(Flag):
    """What a batch of events changed, so a display redraws only that."""

    NONE = 0
    STATE = auto()
    STEP = auto()
    SECONDS = auto()
    FINISHED = auto()
