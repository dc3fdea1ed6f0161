"""The player: three pages (pick a routine, the running session, the check-out), switched by name.

It shows what the engine's events say, through a :class:`SessionProgress` it builds from them;
it never reads the engine itself. Actions go out through the action registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from hamstring_desktop.content import Library, Routine
from hamstring_desktop.session.checkin import Tightness
from hamstring_desktop.session.plan import SessionPlan
from hamstring_desktop.session.states import Change
from hamstring_desktop.ui.actions import ActionRegistry
from hamstring_desktop.ui.player.idle_page import IdlePage

if TYPE_CHECKING:
    from hamstring_desktop.session.engine import Event
    from hamstring_desktop.session.progress import SessionProgress
    from hamstring_desktop.ui.player.check_out_page import CheckOutPage
    from hamstring_desktop.ui.player.session_page import SessionPage

IDLE, SESSION, CHECK_OUT, EDITOR = "idle", "session", "check-out", "editor"
MARGINS = (16, 12, 16, 12)
SESSION_WIDGETS = (
    "ring",
    "leg_banner",
    "step_name",
    "instruction",
    "tool_label",
    "next_label",
    "back_button",
    "pause_button",
    "next_button",
    "extend_button",
    "stop_button",
    "pain_button",
    "progress",
    "progress_label",
    "notice",
)
IDLE_WIDGETS = ("routine_picker", "start_button", "before_left", "before_right", "edit_button", "new_button")
CHECK_OUT_WIDGETS = ("after_left", "after_right", "notes", "save_button", "finished_title", "pain_advice")
FOCUS_MARGINS = (12, 8, 12, 8)  # full screen: every pixel of height goes to the ring


class PlayerWidget(QWidget):
    """Idle routine picker, the running session, and the end-of-session check-in.

    Signals:
        start_requested(str): the user wants to start this routine id.
        check_out_submitted(object, str): the closing Tightness and notes.
        step_shown(object): the PlannedStep now on screen, or None when no step is.
        page_coming(str): the name of the page about to come into view (the window's layout is
            still as it was: a page shown once already takes its width at once).
        session_shown(bool): the running-session page came into view (True) or left it (False).
        page_shown(str): the name of the page now showing.
    """

    start_requested = Signal(str)
    check_out_submitted = Signal(object, str)
    step_shown = Signal(object)
    page_coming = Signal(str)
    session_shown = Signal(bool)
    page_shown = Signal(str)

    def __init__(self, library: Library, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self._progress: SessionProgress | None = None
        self._library = library
        self._actions = actions
        self._focus_mode = False
        self.idle_page = IdlePage(library, actions)
        self.pages = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._widths: dict[str, QSizePolicy.Policy] = {}
        self.add_page(IDLE, self.idle_page)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(*MARGINS)
        self._outer.addWidget(self.pages)
        self.idle_page.start_requested.connect(self.start_requested)
        # The idle page's widgets that the app and the tests reach for, by name (the other pages'
        # once they are made: see __getattr__).
        for name in (
            "routine_picker",
            "start_button",
            "before_left",
            "before_right",
            "edit_button",
            "new_button",
        ):
            setattr(self, name, getattr(self.idle_page, name))

    def make_session_pages(self) -> None:
        """Make the running-session and check-out pages, if not made yet. The start-up makes them
        just after the window's first paint, which they are not part of (about 5 ms); anything
        that needs them first makes them then. Either way nothing on screen moves: the window
        and what it shows are laid out the same with them or without them (tested)."""
        if SESSION in self._pages:
            return
        from hamstring_desktop.ui.player.check_out_page import CheckOutPage
        from hamstring_desktop.ui.player.session_page import SessionPage

        session_page = SessionPage(self._library, self._actions)
        check_out_page = CheckOutPage(self._library.guide)
        self.add_page(SESSION, session_page)
        self.add_page(CHECK_OUT, check_out_page)
        check_out_page.submitted.connect(self._submitted)
        for page, names in ((session_page, SESSION_WIDGETS), (check_out_page, CHECK_OUT_WIDGETS)):
            for name in names:
                setattr(self, name, getattr(page, name))
        if self._focus_mode:
            session_page.set_focus_mode(True)
            check_out_page.set_focus_mode(True)
        for page in (session_page, check_out_page):
            page.ensurePolished()  # styled now, not when a session first shows its page

    @property
    def session_page(self) -> SessionPage:
        """The running session's page (made now if it was not yet)."""
        self.make_session_pages()
        return self._pages[SESSION]  # type: ignore[return-value]  # made as one

    @property
    def check_out_page(self) -> CheckOutPage:
        """The end-of-session page (made now if it was not yet)."""
        self.make_session_pages()
        return self._pages[CHECK_OUT]  # type: ignore[return-value]  # made as one

    def __getattr__(self, name: str) -> Any:
        """A widget of the session or check-out page, by name, before those pages were made."""
        if name in SESSION_WIDGETS or name in CHECK_OUT_WIDGETS:
            self.make_session_pages()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- pages ----------------------------------------------------------------------------------

    @property
    def page(self) -> str:
        """The name of the page showing."""
        current = self.pages.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def show_page(self, name: str) -> None:
        """Switch to a page by name (idle, session, check-out, and editor once added).

        Only the page showing asks for width: a hidden page's width is ignored, or the running
        session's (wider once it shows a step) would keep the side panels narrow after it ended."""
        if name in (SESSION, CHECK_OUT):
            self.make_session_pages()
        was_session = self.session_visible
        changed = self.page != name
        if changed:
            self.page_coming.emit(name)
        self._only_showing_asks_for_width(name)
        self.pages.setCurrentWidget(self._pages[name])
        if self.session_visible != was_session:
            self.session_shown.emit(self.session_visible)
        if changed:
            self.page_shown.emit(name)

    def _only_showing_asks_for_width(self, name: str) -> None:
        for page_name, page in self._pages.items():
            policy = page.sizePolicy()
            showing = page_name == name
            policy.setHorizontalPolicy(self._widths[page_name] if showing else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)

    def add_page(self, name: str, page: QWidget) -> None:
        """Add a page made later (the routine editor is made on first use)."""
        self._pages[name] = page
        self._widths[name] = page.sizePolicy().horizontalPolicy()
        self.pages.addWidget(page)
        self._only_showing_asks_for_width(self.page)

    def has_page(self, name: str) -> bool:
        """Whether a page of that name exists yet."""
        return name in self._pages

    def set_library(self, library: Library) -> None:
        """The routines changed (saved, imported, deleted): the picker and the pages follow."""
        self._library = library
        self.idle_page.set_library(library)
        if SESSION in self._pages:
            self.session_page.set_library(library)

    @property
    def session_visible(self) -> bool:
        """Whether the running-session page is showing."""
        return self.page == SESSION

    # --- the idle page's choices ----------------------------------------------------------------

    def selected_routine(self) -> Routine:
        """The routine chosen in the picker."""
        return self.idle_page.selected_routine()

    def select_routine(self, routine_id: str) -> bool:
        """Choose a routine by id; False if there is none."""
        return self.idle_page.select_routine(routine_id)

    def tightness_before(self) -> Tightness:
        """The opening check-in (either value may be missing)."""
        return self.idle_page.tightness_before()

    def request_start(self) -> None:
        """Ask the app to start the selected routine."""
        self.idle_page.request_start()

    def ready_key_text(self) -> str:
        """The key that carries on from a "wait for me" step, as people read it ("Space")."""
        return self.session_page.ready_key()

    # --- a session ------------------------------------------------------------------------------

    def attach(self, plan: SessionPlan) -> None:
        """Show a session that is about to start."""
        from hamstring_desktop.session.progress import SessionProgress  # loaded with the first session

        # The page's first picture is the first step, whole (its leg, its full time, the time
        # the routine takes), not what the last session left: the clock starts a moment later.
        self._progress = SessionProgress.before_start(plan)
        self.idle_page.clear_tightness()  # recorded with this session (the app read it first)
        self.session_page.begin(plan)
        self.session_page.show_progress(self._progress, Change.STATE | Change.STEP | Change.SECONDS)
        self.step_shown.emit(self._progress.step)
        self.show_page(SESSION)
        self.pain_button.setFocus()

    def set_notice(self, text: str) -> None:
        """A quiet one-line message under the controls (hidden when empty)."""
        self.session_page.set_notice(text)

    def apply(self, events: list[Event]) -> None:
        """Update from a batch of engine events."""
        progress = self._progress
        if progress is None:
            return
        changed = progress.apply(events)
        self.session_page.show_progress(progress, changed)
        if changed & (Change.STATE | Change.STEP) and progress.finished is None:
            self.step_shown.emit(progress.step)
        if Change.FINISHED in changed and progress.finished is not None:
            self.check_out_page.show_outcome(progress.finished)
            self.show_page(CHECK_OUT)
            self.step_shown.emit(None)
            self.save_button.setFocus()

    def _submitted(self, after: Tightness, notes: str) -> None:
        self.check_out_submitted.emit(after, notes)
        self.show_idle()

    def show_idle(self) -> None:
        """Back to the routine picker."""
        self._progress = None
        self.show_page(IDLE)
        self.step_shown.emit(None)
        self.focus_page()

    def focus_page(self) -> None:
        """Put the keyboard focus where the page showing is used from: the routine picker (so
        that Space starts the routine chosen), the pain button, or Save."""
        target = {IDLE: "routine_picker", SESSION: "pain_button", CHECK_OUT: "save_button"}.get(self.page)
        if target is not None:
            getattr(self, target).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: only the ring, digits, leg, step name, what is next and the pain button."""
        self._outer.setContentsMargins(*(FOCUS_MARGINS if on else MARGINS))
        self._focus_mode = on
        if SESSION in self._pages:
            self.session_page.set_focus_mode(on)
            self.check_out_page.set_focus_mode(on)
