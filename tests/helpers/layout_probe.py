"""Open the main window on a simulated screen, walk a session through every state, and report
where everything landed, as JSON (and, if asked, a screenshot of each state).

Run as ``python -m tests.helpers.layout_probe --data DIR --out FILE [--screen WxH [--dpr R]]
[--language de] [--shots DIR]``. With ``--screen`` it simulates that screen on Qt's offscreen
platform (fixed when the QApplication starts, so each size needs a process of its own); without
it, it uses the real screen (an X server with a window manager, in tests/e2e/test_window_manager.py).
With ``--language`` the window and its content are in that language, as the app builds them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen")
    parser.add_argument("--dpr", type=float, default=1.0)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--time-scale", type=float, default=5.0)
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    from hamstring_desktop.app import ScreenSize, simulate_screen

    screen_file = None
    if args.screen:
        width, height = (int(n) for n in args.screen.split("x"))
        screen_file = simulate_screen(ScreenSize(width, height, args.dpr))
    try:
        facts = run(args.data, args.shots, args.time_scale, args.language)
    finally:
        if screen_file is not None:
            screen_file.unlink()
    args.out.write_text(json.dumps(facts, indent=1), encoding="utf-8")
    return 0


def run(data: Path, shots: Path | None, time_scale: float, language: str = "en") -> dict[str, Any]:
    """Open the window, walk a session through its states, and return what was measured."""
    probe = Probe(data, shots, time_scale, language)
    try:
        probe.walk()
    finally:
        probe.close()
    return probe.facts


class Probe:
    """The main window with a silent session controller, measured state by state."""

    def __init__(self, data: Path, shots: Path | None, time_scale: float, language: str = "en") -> None:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest

        from hamstring_desktop.app import ensure_application
        from hamstring_desktop.app.session import RunOptions, SessionController
        from hamstring_desktop.paths import DataPaths
        from hamstring_desktop.services.content_source import load_content
        from hamstring_desktop.services.language import LanguageCatalogues
        from hamstring_desktop.services.settings import Settings
        from hamstring_desktop.ui.main_window import MainWindow

        self.app = ensure_application()
        self.shots = shots
        self.language = LanguageCatalogues(self.app, language)
        paths = DataPaths(data).ensure()
        (paths.routines_dir / "waits.toml").write_text(WAITS, encoding="utf-8")
        library = load_content(paths.routines_dir, language=language).library
        self.library = library
        self.window = MainWindow(library, Settings(paths.settings_file), paths)
        self.player = self.window.player
        self.controller = SessionController(
            library,
            self.window.settings,
            paths,
            self.player,
            self.window,
            RunOptions(time_scale=time_scale, audio=False, safety_acknowledged=True),
        )
        self.window.session_action.connect(self.controller.act)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.settle(300)  # a real window manager places and frames the window
        self.screen = QGuiApplication.primaryScreen()
        self.facts: dict[str, Any] = {
            "platform": QGuiApplication.platformName(),
            "screen": _rect(self.screen.geometry()),
            "available": _rect(self.screen.availableGeometry()),
            "dpr": self.screen.devicePixelRatio(),
            "states": {},
        }

    def settle(self, ms: int = 60) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)
        self.app.processEvents()

    def wait_until(self, done: Any, what: str, limit_ms: int = 15_000) -> None:
        waited = 0
        while not done() and waited < limit_ms:
            self.settle(20)
            waited += 20
        if not done():
            raise SystemExit(f"gave up waiting for {what}")

    def walk(self) -> None:
        from hamstring_desktop.session.engine import SessionAction, State

        window, controller = self.window, self.controller
        self.record("idle")
        controller.start("pre-workout")
        assert controller.runner is not None
        engine = controller.runner.engine
        self.wait_until(lambda: engine.state is State.GET_READY, "get-ready")
        self.record("get-ready")
        self.wait_until(lambda: engine.state is State.RUNNING, "running")
        self.record("running")
        controller.act(SessionAction.TOGGLE)
        self.wait_until(lambda: engine.state is State.PAUSED, "paused")
        self.record("paused")
        controller.act(SessionAction.TOGGLE)
        self.wait_until(lambda: engine.state is State.RUNNING, "running again")
        while not (engine.state is State.TRANSITION and engine.plan.is_leg_switch(engine.index)):
            if engine.state in (State.STOPPED, State.COMPLETED):
                raise SystemExit("the routine has no leg switch")
            controller.act(SessionAction.NEXT)
            self.settle(20)
        self.record("switch-legs")
        self.wait_until(lambda: engine.state is State.RUNNING, "the right leg", 30_000)
        self.enter_focus_mode()
        self.record("focus")
        window.focus_action.setChecked(False)
        self.wait_until(lambda: window.geometry() != self.screen.geometry(), "leaving full screen", 3000)
        self.settle(200)
        self.record("running-after-focus")
        controller.act(SessionAction.STOP)
        self.settle(100)
        self.record("check-out")
        self.player.save_button.click()
        self.settle(100)
        self.record("idle-after")
        self.walk_waiting_and_editing()

    def enter_focus_mode(self) -> None:
        """F11: the window fills the screen."""
        self.window.focus_action.setChecked(True)
        self.wait_until(lambda: self.window.geometry() == self.screen.geometry(), "full screen", 3000)
        self.settle(200)

    def walk_waiting_and_editing(self) -> None:
        """A "wait for me" step (no countdown; the key that carries on), stopped for pain in focus
        mode (the check-out full screen, with the advice after a pain stop), then the routine
        editor."""
        from hamstring_desktop.session.engine import SessionAction, State

        controller = self.controller
        controller.start("waits")
        assert controller.runner is not None
        engine = controller.runner.engine
        self.wait_until(lambda: engine.state is State.WAITING, "waiting")
        self.record("waiting")
        self.enter_focus_mode()
        controller.act(SessionAction.PAIN)  # the fullest check-out: with the advice after a pain stop
        self.settle(200)
        self.record("check-out-focus")  # the check-out keeps the whole screen
        self.player.save_button.click()  # back at the picker, the window leaves full screen
        self.wait_until(lambda: not self.window.isFullScreen(), "leaving full screen", 3000)
        self.settle(200)
        editor = self.window.routines.open_editor("waits")
        assert editor is not None
        editor.step_list.setCurrentRow(1)
        self.settle(200)
        self.record("editor")
        editor.close_editor()
        self.settle(100)

    def close(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.controller.close()
        self.window.close()
        QApplication.processEvents()
        self.language.remove()

    def watched(self) -> dict[str, Any]:
        player = self.player
        return {
            "pain": player.pain_button,
            "ring": player.ring,
            "leg_banner": player.leg_banner,
            "step_name": player.step_name,
            "instruction": player.instruction,
            "next": player.next_label,
            "back": player.back_button,
            "pause": player.pause_button,
            "next_button": player.next_button,
            "extend": player.extend_button,
            "stop": player.stop_button,
            "start": player.start_button,
            "picker": player.routine_picker,
            "before_left": player.before_left,
            "before_right": player.before_right,
            "save": player.save_button,
            "finished_title": player.finished_title,
            "after_left": player.after_left,
            "after_right": player.after_right,
            "notes": player.notes,
            "ready": player.session_page.ready_label,
            **self.editor_widgets(),
        }

    def editor_widgets(self) -> dict[str, Any]:
        editor = self.window.routines.editor
        if editor is None:
            return {}
        return {
            "editor_picker": editor.picker,
            "editor_name": editor.routine_form.name,
            "editor_description": editor.routine_form.description,
            "step_list": editor.step_list,
            "add_step": editor.add_button,
            "step_kind": editor.step_form.kind,
            "step_technique": editor.step_form.technique,
            "step_seconds": editor.step_form.seconds,
            "step_instruction": editor.step_form.instruction,
            "total": editor.total_label,
            "editor_save": editor.save_button,
            "editor_close": editor.close_button,
        }

    def widget_facts(self, widget: Any) -> dict[str, Any]:
        from PySide6.QtCore import QRect

        geometry = QRect(widget.mapTo(self.window, widget.rect().topLeft()), widget.size())
        needs = widget.sizeHint().height()
        if widget.hasHeightForWidth():
            needs = widget.heightForWidth(widget.width())
        return {
            "rect": _rect(geometry),
            # Parts hidden by a parent's edge or a sibling on top.
            "clipped": widget.visibleRegion().boundingRect() != widget.rect(),
            # Room for its text (word-wrapped labels: the height their width needs).
            "fits_text": widget.height() >= min(needs, widget.minimumSizeHint().height() or needs),
            # ...and its width: a line, or the longest word of a wrapped label, or a button's words.
            "fits_width": _fits_width(widget),
            "covered_by": _covering(self.window, widget),
        }

    def record(self, state: str) -> None:
        from PySide6.QtCore import QRect

        self.settle()
        window, player = self.window, self.player
        content = window.centralWidget()
        central = QRect(content.mapTo(window, content.rect().topLeft()), content.size())
        grabbed = window.grab()
        self.facts["states"][state] = {
            "full_screen": window.isFullScreen(),
            "grab_pixel_ratio": grabbed.devicePixelRatio(),
            "grab_size": [grabbed.width(), grabbed.height()],
            "step_name_px": player.step_name.font().pixelSize(),
            "instruction_px": player.instruction.font().pixelSize(),
            "window": _rect(window.geometry()),
            "frame": _rect(window.frameGeometry()),
            "central": _rect(central),
            "digits_px": player.ring.digit_pixel_height(),
            "ring_caption_fits": player.ring.caption_fits(),
            "library_dock": window.library_dock.isVisible(),
            "anatomy_dock": window.anatomy_dock.isVisible(),
            "widgets": {name: self.widget_facts(w) for name, w in self.watched().items() if w.isVisible()},
            "any_step_fits": self.any_step_fits(),
        }
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            grabbed.save(str(self.shots / f"{state}.png"))

    def any_step_fits(self) -> dict[str, bool]:
        """Whether the words of every step the library has would fit where this one's are shown
        (the walk shows only some): each technique name, instruction and tool name (their
        longest words, as they wrap), and each leg banner whole."""
        from hamstring_desktop.session.plan import Leg
        from hamstring_desktop.words.legs import leg_banner

        player, library = self.player, self.library
        names = [t.name for t in library.techniques]
        instructions = [s.instruction for r in library.routines for s in r.steps if s.instruction]
        tools = [", ".join(library.tool(t).name for t in technique.tools) for technique in library.techniques]
        checks = {
            "step_name": (player.step_name, names),
            "instruction": (player.instruction, instructions),
            "next": (player.next_label, names),
            "tool": (player.tool_label, tools),
        }
        fits = {
            key: _longest_words_fit(label, texts)
            for key, (label, texts) in checks.items()
            if label.isVisible()
        }
        banner = player.leg_banner
        if banner.isVisible():
            room = banner.parentWidget().contentsRect().width()
            widest = max(banner.fontMetrics().horizontalAdvance(leg_banner(leg)) for leg in Leg)
            extra = banner.sizeHint().width() - banner.fontMetrics().horizontalAdvance(banner.text())
            fits["leg_banner"] = widest + extra <= room
        return fits


def _longest_words_fit(label: Any, texts: list[str]) -> bool:
    room = label.contentsRect().width() - 2 * label.margin()
    metrics = label.fontMetrics()
    return all(metrics.horizontalAdvance(word) <= room for text in texts for word in text.split())


# A routine that opens with a wait, for the waiting state.
WAITS = """\
id = "waits"
name = "Waits"
when = "any"

[[steps]]
kind = "wait"
instruction = "Lie on your front; your partner kneels beside you, then press the key."

[[steps]]
technique = "compression-massage"
seconds = 60
side = "each"
"""


def _rect(rect: Any) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _fits_width(widget: Any) -> bool:
    """Whether the widget is wide enough for its words: a label's line (or, word-wrapped, its
    longest word; rich text wraps anywhere it needs), a button's text and icon, every choice of
    a combo box."""
    from PySide6.QtGui import Qt  # QtGui's Qt namespace has mightBeRichText
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QStyle, QStyleOptionComboBox

    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or Qt.mightBeRichText(text):
            return True
        room = widget.contentsRect().width() - 2 * widget.margin()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            return max(metrics.horizontalAdvance(word) for word in text.split()) <= room
        return metrics.horizontalAdvance(text) <= room
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() <= widget.width()
    if isinstance(widget, QComboBox):  # every choice, not only the one shown
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        metrics = widget.fontMetrics()
        widths = (metrics.horizontalAdvance(widget.itemText(i)) for i in range(widget.count()))
        return all(width <= field.width() for width in widths)
    return True


def _covering(window: Any, widget: Any) -> list[str]:
    """Names of other widgets found on top of ``widget`` at a grid of its points."""
    from PySide6.QtCore import QPoint

    found: set[str] = set()
    for fx in (0.05, 0.25, 0.5, 0.75, 0.95):
        for fy in (0.1, 0.5, 0.9):
            local = QPoint(int(widget.width() * fx), int(widget.height() * fy))
            top = window.childAt(widget.mapTo(window, local))
            if top is None:
                found.add("(nothing)")
            elif top is not widget and not widget.isAncestorOf(top):
                found.add(top.objectName() or type(top).__name__)
    return sorted(found)


if __name__ == "__main__":
    sys.exit(main())
