"""The composition root: start-up (bootstrap), the wiring of services to widgets, the session
controller, Unix signals and scripted runs. Everything else is imported from here, never the
other way round."""

from hamstring_desktop.app import pyside_imports  # noqa: F401  (first: it makes later imports cheaper)
from hamstring_desktop.app.bootstrap import ensure_application, run_gui, simulate_screen
from hamstring_desktop.app.options import GuiOptions, ScreenSize

__all__ = ["GuiOptions", "ScreenSize", "ensure_application", "run_gui", "simulate_screen"]
