"""Third baseline for the start-up benchmark: the bare window with one line of text in it, in the
Fusion style, aligned with a ``Qt`` flag. Every window that shows words pays what this adds to
the bare one: the style, the fonts, and PySide6 building all the enums of the ``Qt`` namespace
on their first use.

Prints "first-paint" when the window is first painted, then idles until terminated.
"""

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
        return False


app = QApplication(sys.argv)
app.setStyle("Fusion")
window = QMainWindow()
window.resize(1400, 900)
label = QLabel("Choose a routine")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
