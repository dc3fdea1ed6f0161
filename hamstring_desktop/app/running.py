"""The app after its first paint, on the qasync loop: sessions wired, a scripted run carried out,
and then waiting until the window closes."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from hamstring_desktop.app.history_transfers import wire_history
from hamstring_desktop.app.options import GuiOptions
from hamstring_desktop.app.progress import Progress, technique_names
from hamstring_desktop.app.scripted import QuitAfterSession, page_screenshot, session_screenshot
from hamstring_desktop.app.wiring import wire_sessions
from hamstring_desktop.services.content_source import LoadedContent
from hamstring_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from hamstring_desktop.app.instance import InstanceClaim


async def after_first_paint(
    window: MainWindow, options: GuiOptions, loaded: LoadedContent, claim: InstanceClaim | None = None
) -> int:
    """Wire sessions, history, sound and media keys, listen for later launches (``claim``: this
    is the app on its data dir), open the history, then run until the window closes; returns
    the exit code."""
    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()
    window.closed.connect(lambda: closed.done() or closed.set_result(None))
    controller = wire_sessions(window, options, loaded)
    if options.screenshot is not None:
        if options.start:
            return await session_screenshot(window, controller, options)
        return await page_screenshot(window, controller, options, loaded.library)
    window.closed.connect(controller.close)
    transfers = wire_history(window, controller, options.paths, technique_names(loaded.library))
    progress = Progress(window, controller, loaded.library, transfers)
    progress.add_tray()
    if claim is not None:
        from hamstring_desktop.app.instance import launch_answerer

        server = claim.listen()
        if server is not None:
            server.request.connect(launch_answerer(window, controller, loaded.library))
    quitter = QuitAfterSession(window, controller) if options.quit_after_session else None
    if loaded.user_errors:
        window.show_routine_problems()
    await transfers.open_history()
    progress.history_opened(controller.history.store)
    loop.call_soon(controller.prepare_sessions)
    if options.show == "history":
        progress.show_history()
    window.routines.mention_kept()
    if options.routine_file is not None:  # opened from the file manager: import it (it may ask)
        loop.call_soon(window.routines.import_file, options.routine_file)
    if options.start and options.routine is not None:
        if quitter is not None and not quitter.can_start_unattended():
            return 1  # (it said why)
        # Outside this coroutine: the safety check may run a modal dialog.
        loop.call_soon(quitter.start if quitter is not None else controller.start, options.routine)
    if window.isVisible():
        await closed
    return quitter.exit_code if quitter is not None else 0
