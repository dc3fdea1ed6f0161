"""What the command line asks of the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hamstring_desktop.paths import DataPaths


@dataclass(frozen=True)
class ScreenSize:
    """A screen to simulate for a screenshot: logical size and device pixel ratio."""

    width: int = 1920
    height: int = 1080
    pixel_ratio: float = 1.0


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asked the GUI to do."""

    paths: DataPaths
    screenshot: Path | None = None
    screen_size: ScreenSize | None = None
    routine: str | None = None
    select_muscle: str | None = None
    show: str = "player"  # or "history"
    routine_file: Path | None = None  # a routine file to import (opened from the file manager)
    start: bool = False
    time_scale: float = 1.0
    quit_after_session: bool = False
    mute: bool = False
    safety_acknowledged: bool = False
