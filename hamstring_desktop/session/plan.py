"""Turn a routine into the timed steps a session plays, splitting ``each`` into left then right."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hamstring_desktop.content.models import Direction, Library, Routine, RoutineStep, Side, StepKind, Zone


class Leg(StrEnum):
    """The leg a planned step works on."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


@dataclass(frozen=True)
class PlannedStep:
    """One step of a session: a technique on one leg (or both), a rest, or a wait.

    A rest or a wait has no technique (``technique_id`` and ``technique_name`` are empty), no
    muscles and no direction, and is on ``BOTH`` legs; a wait's ``seconds`` is 0 (it lasts until
    the user carries on).
    """

    index: int
    routine_step: int
    technique_id: str
    technique_name: str
    leg: Leg
    zone: Zone
    seconds: int
    instruction: str
    target_muscles: tuple[str, ...]
    direction: Direction | None
    pace_seconds: int | None
    hold: bool
    kind: StepKind = StepKind.TECHNIQUE

    @property
    def rolling(self) -> bool:
        """Whether the pacing tick plays: a paced step that is not a still hold."""
        return self.pace_seconds is not None and not self.hold

    @property
    def waits(self) -> bool:
        """Whether this is a "wait for me" step, which has no countdown."""
        return self.kind is StepKind.WAIT

    @property
    def rests(self) -> bool:
        """Whether this is a timed rest."""
        return self.kind is StepKind.REST


@dataclass(frozen=True)
class SessionPlan:
    """A routine's timed steps, in order."""

    routine_id: str
    routine_name: str
    steps: tuple[PlannedStep, ...]

    @property
    def total_seconds(self) -> int:
        """Planned active time."""
        return sum(step.seconds for step in self.steps)

    def is_leg_switch(self, index: int) -> bool:
        """Whether step ``index`` continues the previous step on the other leg."""
        if index <= 0 or index >= len(self.steps):
            return False
        before, after = self.steps[index - 1], self.steps[index]
        return before.routine_step == after.routine_step and before.leg != after.leg


def plan_session(routine: Routine, library: Library) -> SessionPlan:
    """Expand a routine: ``each`` becomes a left step followed by a right step."""
    steps: list[PlannedStep] = []
    for routine_index, step in enumerate(routine.steps):
        if step.kind is not StepKind.TECHNIQUE:
            steps.append(_pause_step(len(steps), routine_index, step))
            continue
        technique = library.technique(step.technique)
        legs = {
            Side.EACH: (Leg.LEFT, Leg.RIGHT),
            Side.LEFT: (Leg.LEFT,),
            Side.RIGHT: (Leg.RIGHT,),
            Side.BOTH: (Leg.BOTH,),
        }[step.side]
        for leg in legs:
            steps.append(
                PlannedStep(
                    index=len(steps),
                    routine_step=routine_index,
                    technique_id=technique.id,
                    technique_name=technique.name,
                    leg=leg,
                    zone=step.zone,
                    seconds=step.seconds,
                    instruction=step.instruction or technique.summary,
                    target_muscles=technique.target_muscles,
                    direction=technique.direction,
                    pace_seconds=step.pace_seconds or technique.pace_seconds,
                    hold=step.hold,
                )
            )
    return SessionPlan(routine.id, routine.name, tuple(steps))


def _pause_step(index: int, routine_index: int, step: RoutineStep) -> PlannedStep:
    """A rest or a wait: no technique, no muscles, both legs at ease."""
    return PlannedStep(
        index=index,
        routine_step=routine_index,
        technique_id="",
        technique_name="",
        leg=Leg.BOTH,
        zone=Zone.FULL,
        seconds=step.seconds,
        instruction=step.instruction,
        target_muscles=(),
        direction=None,
        pace_seconds=None,
        hold=False,
        kind=step.kind,
    )
