"""Second baseline for the start-up benchmark: the bare window, built inside an async main on a
qasync loop, as the app must be. Shows how much of the start-up budget the required stack
(PySide6 + asyncio + qasync) takes before any app code runs.

Prints "first-paint" when the window is first painted, then idles until terminated.
"""

import asyncio
import sys

import qasync
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("first-paint", flush=True)
        return False


async def main() -> None:
    window = QMainWindow()
    window.resize(1400, 900)
    watcher = Watcher()
    window.installEventFilter(watcher)
    window.show()
    await asyncio.Event().wait()


app = QApplication(sys.argv)
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
sys.exit(loop.run_until_complete(main()))
