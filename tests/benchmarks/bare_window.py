"""Baseline for the start-up benchmark: a bare PySide6 QMainWindow, nothing else.

Prints "first-paint" when the window is first painted, then idles until terminated.
"""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1400, 900)
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
