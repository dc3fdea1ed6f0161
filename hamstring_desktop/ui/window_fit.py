"""Where the main window goes: a first size taken from the screen it opens on, and a saved
place that no longer fits (a monitor unplugged, a lower resolution, a new scale factor) moved and
shrunk onto the screen.

Everything here is in logical pixels of the screen's *available* geometry, which already leaves
out the desktop's panels. Before a window is shown, its frame (title bar and borders) is not known
yet, so room is kept for one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen

# The size the window would like on a roomy screen (1920×1080 and up grow from here).
PREFERRED = QSize(1400, 900)
# Share of a large screen's available area the first window takes.
SHARE_OF_LARGE_SCREEN = (0.72, 0.8)
# Room kept for a window frame that is not known before the first show: borders on each side,
# and a title bar plus borders above and below.
FRAME_ALLOWANCE = QSize(16, 48)
# The smallest window the player is designed for (it adapts down to here).
SMALLEST = QSize(900, 560)


def default_geometry(available: QRect) -> QRect:
    """The first window geometry (client area) on a screen with this available geometry:
    1400×900 where that fits with room to spare, more on large screens, less on small ones;
    centred."""
    room = available.size() - FRAME_ALLOWANCE
    width = max(PREFERRED.width(), round(available.width() * SHARE_OF_LARGE_SCREEN[0]))
    height = max(PREFERRED.height(), round(available.height() * SHARE_OF_LARGE_SCREEN[1]))
    size = QSize(min(width, room.width()), min(height, room.height()))
    return _centred(size, available)


def minimum_size(available: QRect) -> QSize:
    """A minimum window size that still fits on this screen."""
    room = available.size() - FRAME_ALLOWANCE
    return QSize(min(SMALLEST.width(), room.width()), min(SMALLEST.height(), room.height()))


def fitted(frame: QRect, client: QRect, available: QRect) -> QRect:
    """The client geometry that puts a window whose frame is ``frame`` (and client area
    ``client``) wholly inside ``available``: shrunk first, then moved. Unchanged if it fits."""
    left = client.left() - frame.left()
    top = client.top() - frame.top()
    extra_width = frame.width() - client.width()
    extra_height = frame.height() - client.height()
    if extra_width <= 0 and extra_height <= 0:  # no frame known yet: keep room for one
        extra_width, extra_height = FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height()
        left, top = extra_width // 2, extra_height - extra_width // 2
    width = min(client.width(), available.width() - extra_width)
    height = min(client.height(), available.height() - extra_height)
    outer = QRect(frame.topLeft(), QSize(width + extra_width, height + extra_height))
    x = min(max(outer.left(), available.left()), available.right() + 1 - outer.width())
    y = min(max(outer.top(), available.top()), available.bottom() + 1 - outer.height())
    return QRect(QPoint(x + left, y + top), QSize(width, height))


def screen_for(rect: QRect) -> QScreen:
    """The screen that holds the middle of ``rect``, else the one it overlaps most, else the
    primary screen."""
    screen = QGuiApplication.screenAt(rect.center())
    if screen is not None:
        return screen
    best, best_area = QGuiApplication.primaryScreen(), 0
    for candidate in QGuiApplication.screens():
        overlap = candidate.availableGeometry().intersected(rect)
        area = overlap.width() * overlap.height()
        if area > best_area:
            best, best_area = candidate, area
    return best


def _centred(size: QSize, available: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    # Keep the title bar on screen: the frame's top sits below the available area's top.
    top_room = (FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2) - (rect.top() - available.top())
    if top_room > 0:
        rect.translate(0, top_room)
    return rect


def on_a_screen() -> bool:
    """Whether the app's windows can be seen at all (not Qt's offscreen or minimal platform), so
    that a dialog can get an answer."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")
