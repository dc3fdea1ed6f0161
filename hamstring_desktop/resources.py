"""Read files compiled into the app's Qt resources (assets/ as it ships in a wheel or a bundle).

Importing this module registers the resources, so ``read_resource`` works in any process that
imports it, with or without a QApplication.
"""

from __future__ import annotations

from PySide6.QtCore import QDirIterator, QFile, QFileInfo, QIODevice

from hamstring_desktop.generated import qt_resources  # noqa: F401  (registers the ':/' resources)

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


def resources_in(folder: str, pattern: str) -> list[str]:
    """The resources under ``folder`` (and its subfolders) whose names match ``pattern``, named
    relative to assets/ (``content/tools.toml``), sorted."""
    iterator = QDirIterator(RESOURCE_ROOT + folder, [pattern], flags=QDirIterator.IteratorFlag.Subdirectories)
    found = []
    while iterator.hasNext():
        found.append(iterator.next().removeprefix(RESOURCE_ROOT))
    return sorted(found)
