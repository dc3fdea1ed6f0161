"""The built-in content keeps to the references: the dose, the hollow behind the knee, and "stop".

Bounds and rules come from shared/reference/anatomy-and-evidence.md (source keys in brackets)
and the source article (000_a248a56edc4a3537.txt). Each check collects every problem it finds,
so a failure lists them all, naming the routine, step or text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from hamstring_desktop.content import Library, Pressure, RoutineStep, Side, Zone, load_library

# [BEHM] The dose with the largest range-of-motion gain: 1–3 sets of 30–120 s, each roll in one
# direction taking 2–4 s. A routine step is one set; the bounds hold for every technique.
SET_SECONDS_MIN = 30
SET_SECONDS_MAX = 120
SETS_PER_LEG_MAX = 3
PASS_SECONDS_MIN = 2
PASS_SECONDS_MAX = 4
# Source article: on a tender spot, hold for 20–30 seconds. A hold is also one set, so with
# [BEHM] it is exactly 30 s.
HOLD_SECONDS_MIN = 20
HOLD_SECONDS_MAX = 30
# [ABMP, MB20] The hollow behind the knee (popliteal fossa): no rolling or deep pressure there.
# Its upper half lies above the knee joint line, inside the lower zone (the zones are thirds from
# the ischial tuberosity to the joint line), so no lower-zone step rolls, holds still or presses
# deep, and a hold names the upper or middle third ("full" reaches down to the joint line).
HOLD_ZONES = (Zone.UPPER, Zone.MIDDLE)
# Where a step along the whole length stops, in the content's own words.
STOP_WORDS = "two thirds"

NERVE_SYMPTOMS = re.compile(r"numbness|tingling|shooting pain", re.IGNORECASE)

# Wording the issue found, each with why it must not come back.
FORBIDDEN = {
    r"\babove the knees?\b": "marks the knee joint line; the hollow behind the knee starts higher",
    r"\b(?:before|to|at|towards|until) the (?:knee )?crease\b": "the crease is below the top of the hollow",
    r"\btowards the knees?\b": "gives no stopping point short of the hollow behind the knee",
    r"\bwhole (?:back of the thigh|muscle)\b": "the whole length includes the hollow behind the knee",
    r"\b(?:can|may|might) (?:mean|indicate|be a sign)\b": "the references offer no diagnosis",
    r"\bhave had\b[^.]*\bthrombosis\b": "the references list a current deep vein thrombosis",
    r"\bbruis": "not in the references: they name bleeding disorders, low platelets and blood thinners",
    r"\bthan the others\b": "the reference does not compare semimembranosus with the others",
    r"\bshort or stiff\b": "a definition of tightness that the references do not give",
    r"\bworking (?:noticeably )?harder\b": "a definition of imbalance that the references do not give",
    r"\btolerable\b": "'firm, tolerable pressure' is not in the references and clashes with light pressure",
}


def _legs(step: RoutineStep) -> tuple[str, ...]:
    """The legs a step works: a step on both legs at once is one set for each."""
    if step.side in (Side.EACH, Side.BOTH):
        return ("left", "right")
    return (step.side.value,)


def _where(routine_id: str, number: int, step: RoutineStep) -> str:
    return f"{routine_id} step {number} ({step.technique}, {step.zone.value})"


def dose_problems(library: Library) -> list[str]:
    """Steps outside one set of the evidence's dose, and techniques used for too many sets."""
    problems = []
    for technique in library.techniques:
        if not SET_SECONDS_MIN <= technique.default_seconds <= SET_SECONDS_MAX:
            problems.append(f"{technique.id}: default {technique.default_seconds} s is not one set")
        pace = technique.pace_seconds
        if pace is not None and not PASS_SECONDS_MIN <= pace <= PASS_SECONDS_MAX:
            problems.append(f"{technique.id}: {pace} s per pass")
    for routine in library.routines:
        sets: Counter[tuple[str, str]] = Counter()
        for number, step in enumerate(routine.steps, start=1):
            where = _where(routine.id, number, step)
            if not SET_SECONDS_MIN <= step.seconds <= SET_SECONDS_MAX:
                problems.append(f"{where}: {step.seconds} s is not one set of 30–120 s")
            if step.hold and not HOLD_SECONDS_MIN <= step.seconds <= HOLD_SECONDS_MAX:
                problems.append(f"{where}: a hold of {step.seconds} s, not 20–30 s")
            pace = step.pace_seconds or library.technique(step.technique).pace_seconds
            if pace is not None and not PASS_SECONDS_MIN <= pace <= PASS_SECONDS_MAX:
                problems.append(f"{where}: {pace} s per pass, not 2–4 s")
            for leg in _legs(step):
                sets[(leg, step.technique)] += 1
        for (leg, technique_id), count in sorted(sets.items()):
            if count > SETS_PER_LEG_MAX:
                problems.append(f"{routine.id}: {count} sets of {technique_id} on the {leg} leg")
    return problems


def knee_problems(library: Library) -> list[str]:
    """Steps that would roll, hold still or press deep on the hollow behind the knee."""
    problems = []
    for routine in library.routines:
        for number, step in enumerate(routine.steps, start=1):
            where = _where(routine.id, number, step)
            technique = library.technique(step.technique)
            if step.hold and step.zone not in HOLD_ZONES:
                problems.append(f"{where}: a still hold must name the upper or middle third")
            if step.zone is Zone.LOWER:
                if technique.pressure is Pressure.DEEP:
                    problems.append(f"{where}: deep pressure in the lower third")
                if not step.hold and (step.pace_seconds or technique.pace_seconds) is not None:
                    problems.append(f"{where}: rolling in the lower third")
            if step.zone is Zone.FULL:
                words = step.instruction or " ".join(technique.steps)
                if STOP_WORDS not in words:
                    problems.append(f"{where}: works the whole length without saying where to stop")
    return problems


def _texts(library: Library) -> Iterator[tuple[str, str]]:
    """Every user-visible text in the content, with where it is."""
    guide = library.guide
    yield "guide intro", guide.intro
    yield "guide frequency", guide.frequency_text
    for timing in guide.timing:
        yield f"guide timing {timing.id.value}", timing.text
    for benefit in guide.benefits:
        yield "guide benefits", benefit
    for issue in guide.common_issues:
        yield f"guide issue {issue.name}", issue.text
    for faq in guide.faq:
        yield "guide faq", f"{faq.question} {faq.answer}"
    yield "safety summary", guide.safety_summary
    yield "safety pain advice", guide.pain_advice
    for caution in guide.safety_cautions:
        yield "safety cautions", caution
    for muscle in library.muscles:
        for text in (muscle.origin, muscle.insertion, muscle.nerve, muscle.position):
            yield f"muscle {muscle.id}", text
        for text in (*muscle.actions, *muscle.common_problems):
            yield f"muscle {muscle.id}", text
    for tool in library.tools:
        yield f"tool {tool.id}", tool.description
    for technique in library.techniques:
        for text in (technique.summary, *technique.steps, *technique.cautions):
            yield f"technique {technique.id}", text
    for routine in library.routines:
        yield f"routine {routine.id}", routine.description
        for number, step in enumerate(routine.steps, start=1):
            yield f"routine {routine.id} step {number}", step.instruction


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def wording_problems(library: Library) -> list[str]:
    """Wording the references do not support, and nerve symptoms not met with "stop"."""
    problems = []
    for where, text in _texts(library):
        for pattern, why in FORBIDDEN.items():
            found = re.search(pattern, text, re.IGNORECASE)
            if found:
                problems.append(f"{where}: '{found.group(0)}': {why}")
        for sentence in _sentences(text):
            lower = sentence.lower()
            if NERVE_SYMPTOMS.search(sentence) and ("stop" not in lower or "ease off" in lower):
                problems.append(f"{where}: numbness, tingling or shooting pain must mean stop: {sentence!r}")
    return problems


def _says_stop_on_nerve_symptoms(texts: tuple[str, ...]) -> bool:
    words = ("numbness", "tingling", "shooting pain", "stop")
    return any(all(word in text.lower() for word in words) for text in texts)


def safety_problems(library: Library) -> list[str]:
    """Safety texts that leave out what the references say to do."""
    problems = []
    guide = library.guide
    if not _says_stop_on_nerve_symptoms(guide.safety_cautions):
        problems.append("safety page: no 'stop' for numbness, tingling or shooting pain [MB20]")
    if "firm" in guide.safety_summary.lower():
        problems.append("safety summary asks for firm pressure; before exercise it is light")
    for technique in library.techniques:
        if not _says_stop_on_nerve_symptoms(technique.cautions):
            problems.append(f"{technique.id}: no 'stop' for numbness, tingling or shooting pain [MB20]")
        if technique.pressure is Pressure.DEEP:
            cautions = " ".join(technique.cautions).lower()
            if "hollow" not in cautions or "back of the knee" not in cautions:
                problems.append(f"{technique.id}: deep pressure, no word on the hollow [ABMP, MB20]")
            if "blood thinners" not in cautions:
                problems.append(f"{technique.id}: deep pressure without the blood-thinner caution [NCCIH]")
    return problems


def recurrence_problems(library: Library) -> list[str]:
    """Where people returning from a strain look, the note that strains come back [WikiSM]."""
    guide = library.guide
    strains = next(i.text for i in guide.common_issues if i.name == "Strains and tears")
    injured = next(f.answer for f in guide.faq if "injured" in f.question)
    places = {"guide issue Strains and tears": strains, "faq on injuries": injured}
    return [
        f"{where}: no note that up to a third of strains recur, most in the first two weeks"
        for where, text in places.items()
        if not ("a third" in text and "first two weeks" in text)
    ]


def test_every_step_is_one_set_of_the_evidence_dose(library: Library) -> None:
    assert dose_problems(library) == []


def test_nothing_rolls_holds_or_presses_deep_on_the_hollow_behind_the_knee(library: Library) -> None:
    assert knee_problems(library) == []


def test_no_wording_the_references_do_not_support(library: Library) -> None:
    assert wording_problems(library) == []


def test_safety_texts_say_stop_where_the_references_say_stop(library: Library) -> None:
    assert safety_problems(library) == []


def test_people_returning_from_a_strain_learn_that_strains_recur(library: Library) -> None:
    assert recurrence_problems(library) == []


PLANTED_STEPS = """
[[steps]]
technique = "foam-rolling"
seconds = 30
side = "each"
zone = "lower"
instruction = "Rest on a tender spot just above the knee and hold still."
hold = true

[[steps]]
technique = "foam-rolling"
seconds = 150
side = "each"
zone = "full"
instruction = "Roll over the whole back of the thigh."
pace_seconds = 6
"""


def _plant(texts: dict[str, str], path: str, old: str, new: str) -> None:
    assert old in texts[path], f"{path} no longer says {old!r}: update this test"
    texts[path] = texts[path].replace(old, new)


def test_each_check_catches_what_the_issue_found(asset_texts: dict[str, str]) -> None:
    """The issue's findings, planted back into the built-in content, are each reported."""
    texts = dict(asset_texts)
    texts["routines/rest-day.toml"] += PLANTED_STEPS
    knuckles = "content/techniques/knuckle-massage.toml"
    _plant(texts, knuckles, "Stop if you feel numbness", "Ease off if you feel numbness")
    _plant(texts, "content/guide.toml", "up to a third of strains come back", "strains can come back")
    _plant(texts, "content/guide.toml", "if you have a deep vein", "if you have had a deep vein")
    broken = load_library(texts)
    assert "rest-day: 4 sets of foam-rolling on the left leg" in dose_problems(broken)
    assert any("150 s is not one set" in p for p in dose_problems(broken))
    assert any("6 s per pass" in p for p in dose_problems(broken))
    knee = knee_problems(broken)
    assert "rest-day step 5 (foam-rolling, lower): a still hold must name the upper or middle third" in knee
    assert "rest-day step 5 (foam-rolling, lower): deep pressure in the lower third" in knee
    assert any("step 6" in p and "without saying where to stop" in p for p in knee)
    wording = wording_problems(broken)
    assert any("'above the knee'" in p for p in wording)
    assert any("'whole back of the thigh'" in p for p in wording)
    assert any("'have had a deep vein thrombosis'" in p for p in wording)
    assert any(p.startswith("technique knuckle-massage: numbness") for p in wording)
    safety = safety_problems(broken)
    assert "knuckle-massage: no 'stop' for numbness, tingling or shooting pain [MB20]" in safety
    assert recurrence_problems(broken) == [
        "faq on injuries: no note that up to a third of strains recur, most in the first two weeks"
    ]
