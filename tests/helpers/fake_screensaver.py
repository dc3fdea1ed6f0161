"""A stand-in org.freedesktop.ScreenSaver service for tests: run it with the bus address and a
log file. It appends "inhibit <app> <cookie>" when asked, and "released <cookie>" when the
caller lets go, by UnInhibit or by closing its connection (as real desktops do)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self, log: Path, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.log = log
        self.next_cookie = 41
        self.holders: dict[int, str] = {}
        self.watcher = QDBusServiceWatcher(self)
        self.watcher.setConnection(bus)
        self.watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        self.watcher.serviceUnregistered.connect(self.gone)

    def write(self, line: str) -> None:
        with self.log.open("a") as out:
            out.write(line + "\n")

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.next_cookie += 1
        # PySide6 cannot tell a slot who called it, so in this one-client fake the caller is
        # whichever other connection is on the bus.
        own = self.bus.baseService()
        others = [n for n in self.bus.interface().registeredServiceNames().value() if n.startswith(":")]
        caller = next(n for n in others if n != own)
        self.holders[self.next_cookie] = caller
        self.watcher.addWatchedService(caller)
        self.write(f"inhibit {application} {self.next_cookie}")
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        if self.holders.pop(cookie, None) is not None:
            self.write(f"released {cookie}")

    def gone(self, caller: str) -> None:
        for cookie in [c for c, holder in self.holders.items() if holder == caller]:
            del self.holders[cookie]
            self.write(f"released {cookie}")


def main() -> None:
    address, log = sys.argv[1], Path(sys.argv[2])
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake")
    service = ScreenSaver(log, bus)
    bus.registerObject("/org/freedesktop/ScreenSaver", service, QDBusConnection.RegisterOption.ExportAllSlots)
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        sys.exit("could not register the service")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
