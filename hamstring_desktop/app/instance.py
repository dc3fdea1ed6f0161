"""One app per data directory, decided first thing at start-up.

A launch takes the data directory's lock (``services/instance_lock.py``) before it builds any
window. When another app holds it, the launch sends its arguments to that app
(``services/single_instance.py``), which comes to the front, selects the routine (and starts it
with ``--start``) and answers; the launch then exits, having loaded nothing but Qt's core and
network modules and written nothing. The first app starts listening once its window is painted;
a launch that arrives before that keeps trying for a few seconds.

``--screenshot`` runs are scripted: they neither take the lock nor forward, and they never write
the history, so they can run beside a real app on the same data.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hamstring_desktop.app.options import GuiOptions
from hamstring_desktop.paths import instance_socket
from hamstring_desktop.services.instance_lock import InstanceLock, LockState

if TYPE_CHECKING:
    from hamstring_desktop.app.session import SessionController
    from hamstring_desktop.content import Library
    from hamstring_desktop.services.single_instance import InstanceServer
    from hamstring_desktop.ui.main_window import MainWindow

FORWARD_WAIT_S = 10.0  # how long a second launch keeps trying while the first one starts
RETRY_S = 0.1
# Options that shape a whole run; a launch that only forwards cannot apply them.
RUN_OPTIONS = ("time_scale", "quit_after_session", "mute", "safety_acknowledged")


@dataclass
class InstanceClaim:
    """This process is the app on its data directory (``lock`` is None where the folder cannot
    take a lock file, a read-only one for example)."""

    options: GuiOptions
    lock: InstanceLock | None
    server: InstanceServer | None = None

    def listen(self) -> InstanceServer | None:
        """Start listening for later launches (after the first paint); None if that failed."""
        from hamstring_desktop.services.single_instance import InstanceServer

        server = InstanceServer(instance_socket(self.options.paths.root))
        problem = server.listen(remove_stale=self.lock is not None)
        if problem:
            print(f"hamstring-desktop: a second launch cannot reach this window: {problem}", file=sys.stderr)
            return None
        self.server = server
        return server

    def release(self) -> None:
        """Stop listening and let go of the lock."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock is not None:
            self.lock.release()


def request_of(options: GuiOptions) -> dict[str, Any]:
    """What a second launch asks of the first."""
    return {
        "routine": options.routine,
        "start": options.start,
        "select_muscle": options.select_muscle,
        "routine_file": str(options.routine_file) if options.routine_file is not None else None,
    }


def claim_instance(options: GuiOptions) -> InstanceClaim | int:
    """Become the app on the data directory, or hand the launch to the app that already is and
    return the exit code (0 once it has answered that it did what was asked)."""
    lock = InstanceLock(options.paths.lock_file)
    deadline = time.monotonic() + FORWARD_WAIT_S
    while True:
        state = lock.acquire()
        if state is LockState.ACQUIRED:
            return InstanceClaim(options, lock)
        if state is LockState.UNAVAILABLE:
            answer = _forward(options, timeout_ms=2000)
            return _finish(options, answer) if answer is not None else InstanceClaim(options, None)
        answer = _forward(options)
        if answer is not None:
            return _finish(options, answer)
        if time.monotonic() > deadline:
            print(
                f"error: {options.paths.root} is in use by another Hamstring Desktop ({lock.holder}) "
                "that does not answer; try again when it has finished",
                file=sys.stderr,
            )
            return 1
        time.sleep(RETRY_S)


def _forward(options: GuiOptions, timeout_ms: int = 10_000) -> str | None:
    from hamstring_desktop.services.single_instance import forward

    return forward(instance_socket(options.paths.root), request_of(options), timeout_ms)


def _finish(options: GuiOptions, answer: str) -> int:
    if answer.startswith("error:"):
        print(answer, file=sys.stderr)
        return 1
    if answer.startswith("ok: "):
        print(f"note: {answer.removeprefix('ok: ')}", file=sys.stderr)
    ignored = [name for name in RUN_OPTIONS if getattr(options, name) != getattr(GuiOptions, name)]
    if ignored:
        names = ", ".join("--" + name.replace("_", "-") for name in ignored)
        print(f"note: not applied ({names}): the running app carries on as it was started", file=sys.stderr)
    if options.routine_file is not None and not answer.startswith("ok: "):
        # The running app imports it and says there whether it could.
        print(
            f"Hamstring Desktop is already open on {options.paths.root}: {options.routine_file} was "
            "handed to it to import, and its window was brought to the front."
        )
        return 0
    print(f"Hamstring Desktop is already open on {options.paths.root}: its window was brought to the front.")
    return 0


def launch_answerer(
    window: MainWindow, controller: SessionController, library: Library
) -> Callable[[dict[str, Any], Callable[[str], None]], None]:
    """What the first app does with a later launch's request: come to the front, select the
    routine (and start it, unless a session is already running) and the muscle, and answer."""
    import asyncio  # loaded after the first paint: this runs on the qasync loop

    from PySide6.QtWidgets import QApplication

    routines = [routine.id for routine in library.routines]
    muscles = [muscle.id for muscle in library.muscles]

    def answer(request: dict[str, Any], reply: Callable[[str], None]) -> None:
        window.bring_forward()
        routine, muscle = request.get("routine"), request.get("select_muscle")
        if routine is not None and routine not in routines:
            reply(f"error: There is no routine '{routine}'. Known routines: {', '.join(routines)}")
            return
        if muscle is not None and muscle not in muscles:
            reply(f"error: There is no muscle '{muscle}'. Known muscles: {', '.join(muscles)}")
            return
        if muscle is not None:
            window.select_muscle(muscle)
        note = ""
        routine_file = request.get("routine_file")
        if isinstance(routine_file, str):
            if controller.active:
                window.routines.decline_file(Path(routine_file))
                reply(
                    "ok: a session is running there, so the routine file was not imported; try again after it"
                )
                return
            # Outside this slot: importing may ask (a routine of yours with the same id).
            asyncio.get_running_loop().call_soon(window.routines.import_file, Path(routine_file))
        if routine is not None:
            if controller.active:
                note = "a session is already running there, so the routine was not changed"
            else:
                window.player.select_routine(routine)
                if request.get("start") is True:
                    # Outside this slot: the safety check may open a dialog and wait for it. The
                    # answer waits for the start, which an open dialog stops.
                    asyncio.get_running_loop().call_soon(start, routine, reply)
                    return
        reply(f"ok: {note}" if note else "ok")

    def start(routine: str, reply: Callable[[str], None]) -> None:
        if QApplication.activeModalWidget() is not None:
            # Its keys would go to the dialog, the pain key's included, while the session ran
            # behind it.
            window.say_dialog_blocks_start()
            reply("ok: a dialog is open there, so the session was not started; close it, then press Space")
            return
        reply("ok")
        controller.start(routine)

    return answer
