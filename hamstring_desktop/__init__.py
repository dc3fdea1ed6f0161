"""Hamstring Desktop: guided hamstring self-massage for a laptop on the floor."""

__version__ = "0.1.0"
APP_NAME = "Hamstring Desktop"
# The app's short name: its user data, settings and cache folders are named after it (changing it
# would move the user's data) and it is QCoreApplication's applicationName.
APP_ID = "hamstring-desktop"
# The reverse-DNS application id: the desktop entry (<DESKTOP_ID>.desktop), the AppStream metainfo,
# the icon's name, QGuiApplication.desktopFileName (Wayland finds the icon through it), MPRIS's
# DesktopEntry and the macOS bundle identifier.
DESKTOP_ID = "io.github.hamstring_desktop.HamstringDesktop"
