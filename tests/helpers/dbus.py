"""A private D-Bus session bus for tests, and calls into it that do not block the Qt event loop."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from tests.helpers.system import require_programs


@contextmanager
def private_session_bus() -> Iterator[str]:
    """A throwaway ``dbus-daemon --session``; yields its address."""
    require_programs("dbus-daemon", "dbus-send")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.stdout.close()
        daemon.terminate()
        daemon.wait(timeout=10)


def dbus_send(address: str, destination: str, path: str, method: str, *args: str) -> list[str]:
    """The dbus-send command line for a method call that prints its reply."""
    return ["dbus-send", f"--bus={address}", "--print-reply", f"--dest={destination}", path, method, *args]


def bus_call(qtbot: QtBot, address: str, destination: str, path: str, method: str, *args: str) -> str:
    """Call ``method`` with dbus-send while the event loop keeps running (a service in this
    process can answer); returns the printed reply and fails on an error reply."""
    process = subprocess.Popen(
        dbus_send(address, destination, path, method, *args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10_000)
    out, err = process.communicate()
    assert process.returncode == 0, f"{method}: {err.strip()}"
    return out


def bus_names(qtbot: QtBot, address: str) -> list[str]:
    """Well-known names on the bus now."""
    reply = bus_call(
        qtbot, address, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"
    )
    return [line.split('"')[1] for line in reply.splitlines() if line.strip().startswith('string "')]
