"""Light, dark or system colour scheme, and the few colours the app defines itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Okabe-Ito colours for left and right legs (see shared UX guide).
LEFT_LEG = "#0072B2"
RIGHT_LEG = "#E69F00"

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

# Fallback palettes for platforms that ignore a requested colour scheme. Text on base and
# window colours keeps at least 7:1 contrast; link and highlight colours at least 4.5:1.
_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#ECEDEE",
    QPalette.ColorRole.Base: "#17181A",
    QPalette.ColorRole.AlternateBase: "#26282B",
    QPalette.ColorRole.Text: "#ECEDEE",
    QPalette.ColorRole.Button: "#2B2D31",
    QPalette.ColorRole.ButtonText: "#ECEDEE",
    QPalette.ColorRole.ToolTipBase: "#2B2D31",
    QPalette.ColorRole.ToolTipText: "#ECEDEE",
    QPalette.ColorRole.PlaceholderText: "#A9ABAF",
    QPalette.ColorRole.Highlight: "#56B4E9",
    QPalette.ColorRole.HighlightedText: "#101113",
    QPalette.ColorRole.Link: "#7CC7F2",
    QPalette.ColorRole.Mid: "#45484D",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Light: "#3A3D42",
}
_DISABLED_DARK = "#7D8086"


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for when the platform cannot switch schemes itself."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_DARK))
    return palette


def apply_theme(name: str) -> None:
    """Switch to ``light``, ``dark`` or ``system`` (the desktop's own preference)."""
    QGuiApplication.styleHints().setColorScheme(_SCHEMES.get(name, Qt.ColorScheme.Unknown))
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    palette = app.style().standardPalette()
    if name == "dark" and not is_dark(palette):
        palette = dark_palette()
    elif name == "light" and is_dark(palette):
        palette = QPalette(QColor("#EFEFEF"))  # Qt derives a full light palette from one colour
    app.setPalette(palette)
