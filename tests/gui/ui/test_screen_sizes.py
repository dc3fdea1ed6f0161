"""The window fits every common laptop and desktop screen, and while a session runs the countdown,
the leg, the step, every control and the pain button are fully in view, with room for their
words; in German too (longer words), on the two smallest laptop screens.

Each screen is simulated in a process of its own (tests/helpers/layout_probe.py), which walks a
session through get-ready, running, paused, switch legs, focus mode and the check-out, and
reports where every widget landed; a second session is stopped for pain in focus mode, for the
full-screen check-out at its fullest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hamstring_desktop.ui.player.check_out_page import FULL_SCREEN_COLUMN_WIDTH
from tests.helpers.layout_checks import finish, fully_visible, inside, on_screen, probe

# (logical size, device pixel ratio, language): the laptop screens people have, a 4K panel at
# 200 %, and German (the longest words) on the smallest.
SCREENS = [
    ("1280x720", 1.0, "en"),
    ("1366x768", 1.0, "en"),
    ("1536x864", 1.0, "en"),
    ("1920x1080", 1.0, "en"),
    ("2560x1440", 1.0, "en"),
    ("1920x1080", 2.0, "en"),
    ("1280x720", 1.0, "de"),
    ("1366x768", 1.0, "de"),
    ("1080x1920", 1.0, "en"),  # a monitor turned upright
    ("1920x1200", 1.0, "en"),
]
SESSION_STATES = ("get-ready", "running", "paused", "switch-legs", "running-after-focus")
ALL_SESSION_STATES = (*SESSION_STATES, "focus")
SESSION_WIDGETS = ("ring", "leg_banner", "step_name", "instruction", "next", "pain")
CONTROLS = ("back", "pause", "next_button", "extend", "stop")
FOCUS_WIDGETS = ("ring", "leg_banner", "step_name", "next", "pain")
IDLE_WIDGETS = ("picker", "before_left", "before_right", "start")
CHECK_OUT_WIDGETS = ("after_left", "after_right", "notes", "save")
# Clear space under the Save button on the full-screen check-out (on a normal window the status
# bar and the frame keep about 50 px there).
SAVE_CLEARANCE_PX = 40
# How far the middle of the full-screen check-out's column (its title to its Save button) may be
# from the middle of the screen's height.
CENTRED_PX = 24
WAITING_WIDGETS = ("ring", "leg_banner", "step_name", "instruction", "ready", "next", "pain", *CONTROLS)
EDITOR_WIDGETS = (
    "editor_picker",
    "editor_name",
    "editor_description",
    "step_list",
    "add_step",
    "step_kind",
    "step_technique",
    "step_seconds",
    "step_instruction",
    "total",
    "editor_save",
    "editor_close",
)


Screen = tuple[str, float, str]


def screen_id(screen: Screen) -> str:
    size, ratio, language = screen
    return f"{size}@{ratio:g}" + ("" if language == "en" else f"-{language}")


@pytest.fixture(scope="module")
def layouts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """Every screen's measurements, probed two at a time."""
    root = tmp_path_factory.mktemp("screens")
    results: dict[str, dict[str, Any]] = {}
    pending = list(SCREENS)
    while pending:
        batch, pending = pending[:2], pending[2:]
        running = []
        for size, ratio, language in batch:
            name = screen_id((size, ratio, language))
            out = root / f"{name}.json"
            home = root / f"home-{name}"
            running.append((name, out, probe(root / name, out, size, ratio, home, language=language)))
        for name, out, process in running:
            finish(process)
            results[name] = json.loads(out.read_text(encoding="utf-8"))
    yield results


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_window_opens_inside_the_screen(layouts: dict[str, Any], screen: Screen) -> None:
    layout = layouts[screen_id(screen)]
    for name, state in layout["states"].items():
        assert inside(state["frame"], layout["available"]), f"{name}: window frame {state['frame']}"
        if state["full_screen"]:
            assert state["window"] == layout["screen"], name


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_pain_button_never_leaves_the_screen(layouts: dict[str, Any], screen: Screen) -> None:
    layout = layouts[screen_id(screen)]
    for name in ALL_SESSION_STATES:
        state = layout["states"][name]
        fully_visible(state, "pain")
        assert inside(on_screen(state["widgets"]["pain"]["rect"], state), layout["available"]), name


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_every_session_state_shows_the_countdown_leg_step_and_controls(
    layouts: dict[str, Any], screen: Screen
) -> None:
    states = layouts[screen_id(screen)]["states"]
    for name in SESSION_STATES:
        for widget in (*SESSION_WIDGETS, *CONTROLS):
            fully_visible(states[name], widget)
    for widget in FOCUS_WIDGETS:
        fully_visible(states["focus"], widget)


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_idle_and_check_out_pages_show_every_control(layouts: dict[str, Any], screen: Screen) -> None:
    states = layouts[screen_id(screen)]["states"]
    for name in ("idle", "idle-after"):
        for widget in IDLE_WIDGETS:
            fully_visible(states[name], widget)
    for widget in CHECK_OUT_WIDGETS:
        fully_visible(states["check-out"], widget)
        fully_visible(states["check-out-focus"], widget)


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_full_screen_check_out_keeps_save_off_the_screens_edge(
    layouts: dict[str, Any], screen: Screen
) -> None:
    """A session stopped in focus mode leaves the check-out full screen, with no status bar under
    it: the Save button has clear space below it (it used to sit 17 px from the bottom edge)."""
    layout = layouts[screen_id(screen)]
    state = layout["states"]["check-out-focus"]
    assert state["full_screen"] and state["window"] == layout["screen"]
    _, y, _, height = on_screen(state["widgets"]["save"]["rect"], state)
    _, screen_y, _, screen_height = layout["screen"]
    assert screen_y + screen_height - (y + height) >= SAVE_CLEARANCE_PX


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_full_screen_check_out_is_a_centred_column_of_readable_width(
    layouts: dict[str, Any], screen: Screen
) -> None:
    """Full screen, the notes field and the Save button stood 1320 px wide on a 1366 px screen
    (1880 px on a 1920 px one); now they keep to a column in the middle, as wide as the screen
    allows up to FULL_SCREEN_COLUMN_WIDTH."""
    layout = layouts[screen_id(screen)]
    state = layout["states"]["check-out-focus"]
    screen_x, _, screen_width, _ = layout["screen"]
    for name in ("save", "notes"):
        x, _, width, _ = on_screen(state["widgets"][name]["rect"], state)
        assert width <= FULL_SCREEN_COLUMN_WIDTH, (name, width)
        assert width >= min(FULL_SCREEN_COLUMN_WIDTH, screen_width) - 40, (name, width)
        left, right = x - screen_x, screen_x + screen_width - (x + width)
        assert abs(left - right) <= 1, (name, left, right)


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_the_full_screen_check_out_stands_in_the_middle_of_the_screens_height(
    layouts: dict[str, Any], screen: Screen
) -> None:
    """On a tall screen (1080×1920 upright, 1920×1200) the title stood at the top edge and the
    check-in and Save at the bottom one, with most of the screen's height empty between them; now
    the column stands together in the middle, its parts a short gap apart, after a pain stop too
    (its advice is the longest column there is), and Save stays on a 1280×720 screen."""
    layout = layouts[screen_id(screen)]
    state = layout["states"]["check-out-focus"]
    _, screen_y, _, screen_height = layout["screen"]
    _, top, _, _ = on_screen(state["widgets"]["finished_title"]["rect"], state)
    _, save_y, _, save_height = on_screen(state["widgets"]["save"]["rect"], state)
    middle = (top + save_y + save_height) / 2
    assert abs(middle - (screen_y + screen_height / 2)) <= CENTRED_PX, (top, save_y + save_height)
    _, rating_y, _, _ = on_screen(state["widgets"]["after_left"]["rect"], state)
    assert rating_y - top <= 260, (top, rating_y)  # the title, the time and the advice, then the check-in
    assert top - screen_y >= SAVE_CLEARANCE_PX  # clear of the top edge as Save is of the bottom one


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_a_wait_shows_the_key_that_carries_on_and_the_routine_editor_fits(
    layouts: dict[str, Any], screen: Screen
) -> None:
    states = layouts[screen_id(screen)]["states"]
    for widget in WAITING_WIDGETS:
        fully_visible(states["waiting"], widget)
    for widget in EDITOR_WIDGETS:
        fully_visible(states["editor"], widget)


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_text_stays_readable_from_the_floor(layouts: dict[str, Any], screen: Screen) -> None:
    size, _, _ = screen
    smallest = 72 if size == "1280x720" else 96
    states = layouts[screen_id(screen)]["states"]
    for name in SESSION_STATES:
        assert states[name]["digits_px"] >= smallest, name
        assert states[name]["step_name_px"] >= 32 and states[name]["instruction_px"] >= 20, name
    assert states["focus"]["digits_px"] >= 160


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_side_panes_come_back_after_the_session(layouts: dict[str, Any], screen: Screen) -> None:
    states = layouts[screen_id(screen)]["states"]
    assert states["idle"]["library_dock"] and states["idle"]["anatomy_dock"]
    assert states["idle-after"]["library_dock"] and states["idle-after"]["anatomy_dock"]
    for name in SESSION_STATES:  # the diagram keeps showing what the step works on
        assert states[name]["anatomy_dock"], name


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_every_steps_words_fit_where_they_are_shown(layouts: dict[str, Any], screen: Screen) -> None:
    """The ring's caption stays inside the ring, and every technique name, instruction, tool and
    leg banner of the library would fit where the player shows them (their longest words)."""
    for name, state in layouts[screen_id(screen)]["states"].items():
        assert state["ring_caption_fits"], name
        assert all(state["any_step_fits"].values()), (name, state["any_step_fits"])
    assert set(layouts[screen_id(screen)]["states"]["running"]["any_step_fits"]) == {
        "step_name",
        "instruction",
        "next",
        "tool",
        "leg_banner",
    }


def test_a_high_density_screen_is_drawn_at_its_full_resolution(layouts: dict[str, Any]) -> None:
    layout = layouts["1920x1080@2"]
    assert layout["dpr"] == 2
    for name, state in layout["states"].items():
        _, _, width, height = state["window"]
        assert state["grab_pixel_ratio"] == 2, name
        assert state["grab_size"] == [2 * width, 2 * height], name


def test_a_saved_window_too_big_for_a_smaller_screen_is_fitted(tmp_path: Path) -> None:
    """Saved on a 2560×1440 monitor, opened on a 1366×768 laptop (monitor unplugged)."""
    data = tmp_path / "data"
    big, small = tmp_path / "big.json", tmp_path / "small.json"
    finish(probe(data, big, "2560x1440", 1.0, tmp_path / "home"))
    saved = json.loads(big.read_text(encoding="utf-8"))["states"]["idle-after"]["frame"]
    assert saved[2] > 1366 and saved[3] > 768  # the saved window would not fit the laptop
    finish(probe(data, small, "1366x768", 1.0, tmp_path / "home"))
    layout = json.loads(small.read_text(encoding="utf-8"))
    assert inside(layout["states"]["idle"]["frame"], layout["available"])
    fully_visible(layout["states"]["running"], "pain")
