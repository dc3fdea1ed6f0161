"""The composition root: start-up (bootstrap), the wiring of services to widgets, the session
controller, Unix signals and scripted runs. Everything else is imported from here, never the
other way round."""

# First, in this order: PySide6's enums made the quick way until the first paint, then PySide6
# kept from reading the source of every later module.
from hamstring_desktop.app import quick_enums  # noqa: F401, I001
from hamstring_desktop.app import pyside_imports  # noqa: F401
from hamstring_desktop.app.bootstrap import ensure_application, run_gui, simulate_screen
from hamstring_desktop.app.options import GuiOptions, ScreenSize

__all__ = ["GuiOptions", "ScreenSize", "ensure_application", "run_gui", "simulate_screen"]
