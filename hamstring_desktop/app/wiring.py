"""The wiring of services to widgets: the window, and the session controller with its sound,
screen keeper and media keys. Every part is made here and handed to the constructors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hamstring_desktop.app.options import GuiOptions

if TYPE_CHECKING:
    from hamstring_desktop.app.session import SessionController
    from hamstring_desktop.services.content_source import LoadedContent
    from hamstring_desktop.services.settings import Settings
    from hamstring_desktop.ui.main_window import MainWindow


def build_window(
    app: QApplication, options: GuiOptions, loaded: LoadedContent, settings: Settings | None = None
) -> MainWindow:
    """The main window, themed, with the requested routine chosen (``settings``: those the app
    has already opened, else the data folder's)."""
    from hamstring_desktop.services.settings import THEME, Settings
    from hamstring_desktop.ui.main_window import MainWindow
    from hamstring_desktop.ui.theme import apply_theme

    if settings is None:
        settings = Settings(options.paths.settings_file, app)
    apply_theme(settings.get(THEME))
    app.setWindowIcon(QIcon(":/icons/hamstring-desktop.svg"))
    window = MainWindow(loaded.library, settings, options.paths, loaded.user_errors)
    if options.screenshot is not None:  # as on a first start, whatever layout was saved
        window.remember_layout = False
        window.place_default()
    if options.routine is not None:
        window.player.select_routine(options.routine)
    if options.select_muscle is not None:
        window.select_muscle(options.select_muscle)
    return window


def wire_sessions(window: MainWindow, options: GuiOptions, loaded: LoadedContent) -> SessionController:
    """The session controller (engine, runner, history, sound, screen, media keys), connected to the
    window."""
    from hamstring_desktop.app.session import RunOptions, SessionController
    from hamstring_desktop.services.media_controls import MediaControls
    from hamstring_desktop.services.screen_keeper import ScreenKeeper

    scripted = options.screenshot is not None
    media = MediaControls(parent=window)
    controller = SessionController(
        loaded.library,
        window.settings,
        options.paths,
        window.player,
        window,
        RunOptions(
            time_scale=options.time_scale,
            audio=not scripted,
            record=not scripted,
            muted=options.mute,
            safety_acknowledged=options.safety_acknowledged or scripted,
        ),
        screen=ScreenKeeper(parent=window),
        media=media,
        parent=window,
    )
    if options.mute:
        window.sound_controls.show_muted_for_run()
    media.action_requested.connect(controller.act)
    media.raise_requested.connect(window.bring_forward)
    controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.session_action.connect(controller.act)
    window.library_changed.connect(controller.set_library)
    return controller
