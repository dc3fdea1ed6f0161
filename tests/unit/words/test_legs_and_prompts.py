"""The leg's name and the spoken prompts: the step first, the leg in words, one sentence each."""

from __future__ import annotations

from hamstring_desktop.content import Library, Side, load_library
from hamstring_desktop.session.cues import PromptKind
from hamstring_desktop.session.plan import Leg, plan_session
from hamstring_desktop.words.legs import leg_banner, leg_label, leg_title, leg_words, side_words
from hamstring_desktop.words.prompts import prompt_text


def test_each_leg_has_a_banner_with_an_arrow_and_words_for_sentences() -> None:
    assert leg_banner(Leg.LEFT) == "◀  LEFT LEG"
    assert leg_banner(Leg.RIGHT) == "RIGHT LEG  ▶"
    assert leg_banner(Leg.BOTH) == "◀  BOTH LEGS  ▶"
    assert [leg_label(leg) for leg in Leg] == ["LEFT LEG", "RIGHT LEG", "BOTH LEGS"]
    assert [leg_words(leg) for leg in Leg] == ["left leg", "right leg", "both legs"]
    assert [leg_title(leg) for leg in Leg] == ["Left leg", "Right leg", "Both legs"]
    assert [side_words(side) for side in Side] == ["left leg", "right leg", "both legs", "each leg"]


def test_prompts_name_the_step_then_the_leg(asset_texts: dict[str, str]) -> None:
    library: Library = load_library(asset_texts)
    plan = plan_session(library.routine("post-workout"), library)
    left, right = plan.steps[0], plan.steps[1]
    assert prompt_text(PromptKind.GET_READY, left) == "Get ready. First: Foam rolling, left leg."
    step = prompt_text(PromptKind.STEP, left)
    assert step.startswith("Foam rolling, left leg. ") and step.endswith(left.instruction)
    assert prompt_text(PromptKind.SWITCH_LEGS, right) == "Switch to your right leg."
    assert prompt_text(PromptKind.NEXT, right) == "Next: Foam rolling, right leg."
    assert prompt_text(PromptKind.TEN_SECONDS, None) == "Ten seconds left."
    assert prompt_text(PromptKind.COMPLETE, None) == "Session complete. Well done."
    # A prompt about a step, without the step, says nothing rather than something wrong.
    assert prompt_text(PromptKind.STEP, None) == ""


def test_rests_and_waits_are_spoken_as_what_they_are(library: Library) -> None:
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen

    routine = Routine(
        "p",
        "P",
        RoutineWhen.ANY,
        "",
        (
            RoutineStep.wait("Lie on your front."),
            RoutineStep("knuckle-massage", 30, Side.BOTH),
            RoutineStep.rest(90, "Shake out your legs."),
            RoutineStep.wait(),
            RoutineStep("knuckle-massage", 30, Side.LEFT),
        ),
    )
    wait, knuckles, rest, bare_wait, last = plan_session(routine, library).steps
    assert prompt_text(PromptKind.STEP, wait, ready_key="Enter") == (
        "Waiting for you. Lie on your front. Press Enter when you are ready."
    )
    assert prompt_text(PromptKind.STEP, bare_wait) == "Waiting for you. Press Space when you are ready."
    assert prompt_text(PromptKind.STEP, rest) == "Rest for 1 minute 30 seconds. Shake out your legs."
    assert prompt_text(PromptKind.NEXT, rest) == "Next: a rest of 1 minute 30 seconds."
    # After a wait, the lead-in says what comes next rather than what comes first.
    assert prompt_text(PromptKind.GET_READY, knuckles) == "Get ready. Next: Knuckle massage, both legs."
    assert prompt_text(PromptKind.GET_READY, last) == "Get ready. Next: Knuckle massage, left leg."


def test_step_names_for_the_screen(library: Library) -> None:
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen
    from hamstring_desktop.words.durations import spoken
    from hamstring_desktop.words.steps import routine_step_line, step_and_leg, step_title

    steps = (RoutineStep("foam-rolling", 60, Side.EACH), RoutineStep.rest(30), RoutineStep.wait())
    routine = Routine("n", "N", RoutineWhen.ANY, "", steps)
    left, _, rest, wait = plan_session(routine, library).steps
    assert [step_title(s) for s in (left, rest, wait)] == ["Foam rolling", "Rest", "Wait for me"]
    assert [step_and_leg(s) for s in (left, rest, wait)] == [
        "left leg · Foam rolling",
        "Rest · 30 s",
        "Wait for me",
    ]
    assert [routine_step_line(s, library) for s in steps] == [
        "Foam rolling — each leg, 1 min",
        "Rest — 30 s",
        "Wait for me",
    ]
    assert [spoken(s) for s in (1, 30, 60, 61, 125)] == [
        "1 second",
        "30 seconds",
        "1 minute",
        "1 minute 1 second",
        "2 minutes 5 seconds",
    ]
