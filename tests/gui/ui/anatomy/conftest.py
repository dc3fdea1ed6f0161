"""The anatomy panel, shown at the size of a dock beside the player."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hamstring_desktop.content import Library
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.anatomy import AnatomyPanel


@pytest.fixture
def panel(qtbot: QtBot, library: Library, settings: Settings) -> AnatomyPanel:
    widget = AnatomyPanel(library, settings)
    qtbot.addWidget(widget)
    widget.resize(460, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
