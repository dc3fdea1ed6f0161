"""Read files compiled into the app's Qt resources (assets/ as it ships in a wheel or a bundle).

Importing this module registers the resources, so ``read_resource`` works in any process that
imports it, with or without a QApplication.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QFileInfo, QIODevice

from hamstring_desktop import _resources_rc  # noqa: F401  (registers the ':/' resources)

RESOURCE_ROOT = ":/"


def read_resource(path: str) -> bytes:
    """The bytes of one resource, named relative to assets/ (``anatomy/posterior-thigh.svg``).

    Raises FileNotFoundError, naming the resource, when no such file is compiled into the app
    (a folder counts as absent: Qt would read it as empty).
    """
    where = RESOURCE_ROOT + path
    if QFileInfo(where).isDir():
        raise FileNotFoundError(f"resource {path!r} is a folder, not a file")
    handle = QFile(where)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"resource {path!r} is not compiled into the app")
    try:
        return bytes(handle.readAll().data())
    finally:
        handle.close()
