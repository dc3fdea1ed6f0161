"""Typed, immutable models of the app's content: muscles, tools, techniques, routines, guide."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mode(StrEnum):
    """Who performs a technique."""

    SELF = "self"
    PARTNER = "partner"


class When(StrEnum):
    """When a technique suits: the source article's three timings."""

    BEFORE_EXERCISE = "before-exercise"
    AFTER_EXERCISE = "after-exercise"
    REST_DAY = "rest-day"


class RoutineWhen(StrEnum):
    """When a routine is meant to be used."""

    PRE_WORKOUT = "pre-workout"
    POST_WORKOUT = "post-workout"
    REST_DAY = "rest-day"
    ANY = "any"


class Side(StrEnum):
    """Which leg a step works on. ``EACH`` means the left leg, then the right."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
    EACH = "each"


class StepKind(StrEnum):
    """What a routine step is: massage with a technique, a timed rest, or a wait for the user.

    ``WAIT`` ("wait for me") has no time: it lasts until the user presses Space or Next, for
    getting into position or for a partner to set up.
    """

    TECHNIQUE = "technique"
    REST = "rest"
    WAIT = "wait"


class Zone(StrEnum):
    """Which third of the back of the thigh a step works on."""

    UPPER = "upper"
    MIDDLE = "middle"
    LOWER = "lower"
    FULL = "full"


class Pressure(StrEnum):
    """How hard a technique presses into the muscle at its firmest.

    ``DEEP`` means body weight, knuckles, fingertips or forearms pressing in: the references
    rule it out on the hollow behind the knee and with bleeding disorders or blood thinners.
    """

    LIGHT = "light"
    DEEP = "deep"


class Direction(StrEnum):
    """The direction of work drawn on the anatomy diagram."""

    ALONG = "along"
    TOP_TO_BOTTOM = "top-to-bottom"
    ACROSS = "across"
    COMPRESS = "compress"


@dataclass(frozen=True)
class Tool:
    """A massage tool, or bare hands."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Muscle:
    """One hamstring muscle (or head) with its anatomy facts."""

    id: str
    name: str
    plain_name: str
    colour: str
    origin: str
    insertion: str
    nerve: str
    actions: tuple[str, ...]
    position: str
    common_problems: tuple[str, ...]


@dataclass(frozen=True)
class Technique:
    """A massage technique from the library."""

    id: str
    name: str
    mode: Mode
    summary: str
    tools: tuple[str, ...]
    target_muscles: tuple[str, ...]
    when: tuple[When, ...]
    direction: Direction
    default_seconds: int
    steps: tuple[str, ...]
    cautions: tuple[str, ...]
    pressure: Pressure
    pace_seconds: int | None = None
    order: int = 0
    source: str = ""  # the content file it was read from


@dataclass(frozen=True)
class RoutineStep:
    """One step of a routine as written in its file (``each`` is not yet split into legs).

    A rest or a wait step has no technique (``""``), works no leg (``side`` is ``BOTH``) and
    keeps the defaults of the technique-only fields; a wait step's ``seconds`` is 0.
    """

    technique: str
    seconds: int
    side: Side
    zone: Zone = Zone.FULL
    instruction: str = ""
    pace_seconds: int | None = None
    hold: bool = False
    kind: StepKind = StepKind.TECHNIQUE

    @classmethod
    def rest(cls, seconds: int, instruction: str = "") -> RoutineStep:
        """A timed rest between steps."""
        return cls("", seconds, Side.BOTH, instruction=instruction, kind=StepKind.REST)

    @classmethod
    def wait(cls, instruction: str = "") -> RoutineStep:
        """A "wait for me" step: untimed, it waits for Space or Next."""
        return cls("", 0, Side.BOTH, instruction=instruction, kind=StepKind.WAIT)

    @property
    def leg_count(self) -> int:
        """How many times the step runs: twice for ``each``, once otherwise."""
        return 2 if self.side is Side.EACH else 1

    @property
    def works_muscles(self) -> bool:
        """Whether the step massages (a technique step), rather than resting or waiting."""
        return self.kind is StepKind.TECHNIQUE


@dataclass(frozen=True)
class Routine:
    """A timed routine: an ordered list of steps."""

    id: str
    name: str
    when: RoutineWhen
    description: str
    steps: tuple[RoutineStep, ...]
    source: str = ""
    builtin: bool = False  # shipped with the app (read-only), rather than the user's own

    @property
    def total_seconds(self) -> int:
        """Planned time of the steps, counting ``each`` steps once per leg (rests included;
        a wait lasts as long as the user takes, so it counts 0)."""
        return sum(step.seconds * step.leg_count for step in self.steps)

    @property
    def step_count(self) -> int:
        """Number of steps a session plays, once ``each`` steps are split per leg."""
        return sum(step.leg_count for step in self.steps)

    @property
    def wait_count(self) -> int:
        """How many "wait for me" steps the routine has."""
        return sum(1 for step in self.steps if step.kind is StepKind.WAIT)


@dataclass(frozen=True)
class Timing:
    """Guidance for one of the three timings."""

    id: When
    name: str
    text: str


@dataclass(frozen=True)
class NamedText:
    """A short titled paragraph (a common issue, for example)."""

    name: str
    text: str


@dataclass(frozen=True)
class Faq:
    """One frequently asked question."""

    question: str
    answer: str


@dataclass(frozen=True)
class Guide:
    """General guidance: intro, timing, benefits, common issues, FAQ and safety."""

    intro: str
    frequency_min: int
    frequency_max: int
    frequency_text: str
    timing: tuple[Timing, ...]
    benefits: tuple[str, ...]
    common_issues: tuple[NamedText, ...]
    faq: tuple[Faq, ...]
    safety_summary: str
    pain_advice: str
    safety_cautions: tuple[str, ...]


@dataclass(frozen=True)
class Library:
    """All validated content, with lookups by id."""

    tools: tuple[Tool, ...]
    muscles: tuple[Muscle, ...]
    techniques: tuple[Technique, ...]
    routines: tuple[Routine, ...]
    guide: Guide
    language: str = "en"  # the language of its texts (see translation.py)
    _tools_by_id: dict[str, Tool] = field(init=False, repr=False, compare=False)
    _muscles_by_id: dict[str, Muscle] = field(init=False, repr=False, compare=False)
    _techniques_by_id: dict[str, Technique] = field(init=False, repr=False, compare=False)
    _routines_by_id: dict[str, Routine] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_tools_by_id", {t.id: t for t in self.tools})
        object.__setattr__(self, "_muscles_by_id", {m.id: m for m in self.muscles})
        object.__setattr__(self, "_techniques_by_id", {t.id: t for t in self.techniques})
        object.__setattr__(self, "_routines_by_id", {r.id: r for r in self.routines})

    def tool(self, tool_id: str) -> Tool:
        """The tool with this id (KeyError if unknown)."""
        return self._tools_by_id[tool_id]

    def muscle(self, muscle_id: str) -> Muscle:
        """The muscle with this id (KeyError if unknown)."""
        return self._muscles_by_id[muscle_id]

    def technique(self, technique_id: str) -> Technique:
        """The technique with this id (KeyError if unknown)."""
        return self._techniques_by_id[technique_id]

    def routine(self, routine_id: str) -> Routine:
        """The routine with this id (KeyError if unknown)."""
        return self._routines_by_id[routine_id]

    def techniques_for_muscle(self, muscle_id: str) -> tuple[Technique, ...]:
        """Techniques that list this muscle among their targets."""
        return tuple(t for t in self.techniques if muscle_id in t.target_muscles)
