"""Fixtures for the app's composition: a qasync loop over the test QApplication."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from PySide6.QtWidgets import QApplication


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """The running QApplication adopted by a qasync loop, as the app runs after its first paint."""
    import qasync

    event_loop = qasync.QEventLoop(qapp)
    executor = ThreadPoolExecutor(max_workers=2)
    event_loop.set_default_executor(executor)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    executor.shutdown(wait=True)
    event_loop.close()
    asyncio.set_event_loop(None)
