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
