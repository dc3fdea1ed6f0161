"""A stand-in org.freedesktop.Notifications server for tests: run it with the bus address and a
log file. It appends "notify <id> <summary>" for each Notify call, and emits ActionInvoked(id,
"default") for the last one when it reads a line "click" on its standard input."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Adaptor(QDBusAbstractAdaptor):
    ActionInvoked = Signal("uint", str)

    def __init__(self, parent: QObject, log: Path) -> None:
        super().__init__(parent)
        self.log = log
        self.last = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app: str,
        replaces: int,
        icon: str,
        summary: str,
        body: str,
        actions: list,
        hints: dict,
        timeout: int,
    ) -> int:
        self.last += 1
        with self.log.open("a") as out:
            fields = (app, icon, summary, body, ",".join(actions), str(hints.get("desktop-entry")))
            out.write(f"notify {self.last} {'|'.join(fields)}\n")
        return self.last


def main() -> None:
    address, log = sys.argv[1], Path(sys.argv[2])
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-notifications")
    owner = QObject()
    adaptor = Adaptor(owner, log)
    bus.registerObject("/org/freedesktop/Notifications", owner)
    if not bus.registerService("org.freedesktop.Notifications"):
        sys.exit("could not register the service")
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.strip() == "click":
            adaptor.ActionInvoked.emit(adaptor.last, "default")

    stdin.activated.connect(command)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
