"""The cue schedule of a step, the get-ready lead-in and the pause between steps."""

from __future__ import annotations

from dataclasses import replace

from hamstring_desktop.content import Library
from hamstring_desktop.session.cues import (
    PACING_CLEARANCE,
    CueKind,
    PromptKind,
    get_ready_schedule,
    step_schedule,
    transition_schedule,
)
from hamstring_desktop.session.plan import SessionPlan


def at(cues: list, kind: CueKind) -> list[float]:
    return [cue.offset for cue in cues if cue.kind is kind]


def test_a_rolling_step_starts_beeps_halfway_counts_down_and_paces(small_plan: SessionPlan) -> None:
    rolling = small_plan.steps[0]  # foam rolling, 30 s, 3 s per pass
    cues = step_schedule(rolling, 30)
    assert cues[0].kind is CueKind.STEP_START and cues[0].prompt is PromptKind.STEP
    assert at(cues, CueKind.HALFWAY) == [15.0]
    assert [c.offset for c in cues if c.prompt is PromptKind.TEN_SECONDS] == [20.0]
    assert at(cues, CueKind.COUNTDOWN) == [27.0, 28.0, 29.0]
    pacing = at(cues, CueKind.PACING)
    assert pacing == [3.0, 6.0, 9.0, 12.0, 18.0, 21.0, 24.0]  # 15 is the halfway beep's
    others = [c.offset for c in cues if c.kind is not CueKind.PACING]
    assert all(abs(tick - other) >= PACING_CLEARANCE for tick in pacing for other in others)
    assert [c.offset for c in cues] == sorted(c.offset for c in cues)


def test_the_user_pace_wins_and_holds_get_no_ticks(small_plan: SessionPlan) -> None:
    rolling = small_plan.steps[0]
    assert at(step_schedule(rolling, 30, pace_seconds=4), CueKind.PACING)[:3] == [4.0, 8.0, 12.0]
    hold = replace(rolling, hold=True)
    assert at(step_schedule(hold, 30), CueKind.PACING) == []


def test_short_steps_skip_halfway_and_ten_seconds(small_plan: SessionPlan) -> None:
    short = step_schedule(small_plan.steps[0], 15)
    assert at(short, CueKind.HALFWAY) == []
    assert not [c for c in short if c.prompt is PromptKind.TEN_SECONDS]
    assert at(short, CueKind.COUNTDOWN) == [12.0, 13.0, 14.0]


def test_an_extended_step_moves_its_cues(small_plan: SessionPlan) -> None:
    cues = step_schedule(small_plan.steps[0], 45)  # 30 s + 15 s added
    assert at(cues, CueKind.HALFWAY) == [22.5]
    assert at(cues, CueKind.COUNTDOWN) == [42.0, 43.0, 44.0]


def test_get_ready_and_the_pause_between_steps() -> None:
    ready = get_ready_schedule(5)
    assert ready[0].kind is CueKind.GET_READY and ready[0].prompt is PromptKind.GET_READY
    assert at(ready, CueKind.COUNTDOWN) == [2.0, 3.0, 4.0]
    switch = transition_schedule(switch_legs=True)
    assert [(c.offset, c.kind, c.prompt) for c in switch] == [
        (0.0, CueKind.STEP_END, None),
        (0.5, CueKind.SWITCH_LEGS, PromptKind.SWITCH_LEGS),
    ]
    assert [(c.kind, c.prompt) for c in transition_schedule(switch_legs=False)] == [
        (CueKind.STEP_END, PromptKind.NEXT)
    ]


def test_a_rest_has_its_own_tone_and_no_halfway_or_pacing(library: Library) -> None:
    from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side
    from hamstring_desktop.session.plan import plan_session

    routine = Routine(
        "r", "R", RoutineWhen.ANY, "", (RoutineStep("foam-rolling", 30, Side.BOTH), RoutineStep.rest(40))
    )
    rest = plan_session(routine, library).steps[1]
    cues = step_schedule(rest, 40, pace_seconds=3)
    assert (cues[0].offset, cues[0].kind, cues[0].prompt) == (0.0, CueKind.REST, PromptKind.STEP)
    assert at(cues, CueKind.HALFWAY) == [] and at(cues, CueKind.PACING) == []
    assert at(cues, CueKind.COUNTDOWN) == [37.0, 38.0, 39.0]
    assert [c.offset for c in cues if c.prompt is PromptKind.TEN_SECONDS] == [30.0]


def test_a_wait_opens_with_its_tone_and_prompt_after_the_end_of_the_step_before() -> None:
    from hamstring_desktop.session.cues import wait_schedule

    assert [(c.offset, c.kind, c.prompt) for c in wait_schedule(after_step=True)] == [
        (0.0, CueKind.STEP_END, None),
        (0.5, CueKind.WAIT, PromptKind.STEP),
    ]
    assert [(c.offset, c.kind, c.prompt) for c in wait_schedule(after_step=False)] == [
        (0.0, CueKind.WAIT, PromptKind.STEP)
    ]
