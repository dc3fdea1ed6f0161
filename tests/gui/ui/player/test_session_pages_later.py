"""The running-session and check-out pages are not part of the window's first paint: the start-up
makes them just after it. Nothing on screen may move when they are added, at any window size,
and anything that needs them before then makes them at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QWidget

from hamstring_desktop.content import Library
from hamstring_desktop.paths import DataPaths
from hamstring_desktop.services.settings import Settings
from hamstring_desktop.ui.main_window import MainWindow

Rect = tuple[int, int, int, int]


def on_screen(window: MainWindow) -> dict[str, list[Rect]]:
    """Where every widget shown is, in the window, by what it is (kind, name, accessible name,
    text)."""
    found: dict[str, list[Rect]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = widget.text() if callable(getattr(widget, "text", None)) else ""
        key = f"{type(widget).__name__}/{widget.objectName()}/{widget.accessibleName()}/{text}"
        corner = widget.mapTo(window, widget.rect().topLeft())
        found.setdefault(key, []).append((corner.x(), corner.y(), widget.width(), widget.height()))
    return {key: sorted(rects) for key, rects in found.items()}


@pytest.mark.parametrize("size", [None, (784, 560), (1366, 700), (1000, 1040)])
def test_adding_the_session_pages_moves_nothing_on_screen(
    qtbot: QtBot, library: Library, settings: Settings, paths: DataPaths, size: tuple[int, int] | None
) -> None:
    window = MainWindow(library, settings, paths)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # settled, as at the first paint
    player = window.player
    assert not player.has_page("session") and not player.has_page("check-out")
    before = (window.size(), window.minimumSize(), on_screen(window))

    player.make_session_pages()
    QApplication.processEvents()  # the layouts' own requests, as the event loop would run them
    assert player.has_page("session") and player.has_page("check-out")
    assert (window.size(), window.minimumSize(), on_screen(window)) == before


def test_what_needs_the_pages_first_makes_them(
    library: Library, settings: Settings, paths: DataPaths
) -> None:
    window = MainWindow(library, settings, paths)
    try:
        player = window.player
        assert not player.has_page("session")
        assert player.pain_button.objectName() == "painButton"  # a widget of the session page
        assert player.has_page("session") and player.has_page("check-out")
        assert player.save_button is player.check_out_page.save_button
        with pytest.raises(AttributeError):
            _ = player.no_such_widget
    finally:
        window.deleteLater()


def hidden_widgets(page: QWidget) -> list[str]:
    return [type(w).__name__ + "/" + w.objectName() for w in page.findChildren(QWidget) if w.isHidden()]


def test_focus_mode_chosen_before_the_pages_exist_reaches_them(
    library: Library, settings: Settings, paths: DataPaths
) -> None:
    early, late = MainWindow(library, settings, paths), MainWindow(library, settings, paths)
    try:
        early.player.set_focus_mode(True)  # before its pages exist
        late.player.make_session_pages()
        plain = hidden_widgets(late.player.session_page)
        late.player.set_focus_mode(True)  # once they do
        focused = hidden_widgets(late.player.session_page)
        assert focused != plain  # focus mode hides the session page's extras
        assert hidden_widgets(early.player.session_page) == focused
    finally:
        early.deleteLater()
        late.deleteLater()


def test_the_start_up_makes_them_and_the_diagrams_paths_after_the_first_paint(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from hamstring_desktop.app import GuiOptions, bootstrap, run_gui
        from hamstring_desktop.paths import DataPaths

        seen = []
        original = bootstrap.FirstPaintWatcher.eventFilter

        def watch(self, watched, event):
            if event.type() == event.Type.Paint and not self.done:
                shapes = watched.anatomy.diagram.shapes
                seen.append((watched.player.has_page("session"), len(shapes._visible)))
            return original(self, watched, event)

        def instead_of_the_loop(app, window, *rest):
            shapes = window.anatomy.diagram.shapes
            seen.append((window.player.has_page("session"), len(shapes._visible)))
            return 0

        bootstrap.FirstPaintWatcher.eventFilter = watch
        bootstrap._run_on_qasync = instead_of_the_loop
        code = run_gui(GuiOptions(paths=DataPaths(Path({str(tmp_path)!r}))))
        print(seen, code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # The pages, and the diagram's paths (the visible part of each of its four muscles).
    assert result.stdout.strip() == "[(False, 0), (True, 4)] 0"
