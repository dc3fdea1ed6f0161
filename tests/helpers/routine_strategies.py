"""Hypothesis strategies for routines: anything the routine editor can build."""

from __future__ import annotations

from hypothesis import strategies as st

from hamstring_desktop.content import Routine, RoutineStep, RoutineWhen, Side, Zone
from hamstring_desktop.content.fields import IDENTIFIER_LIMIT
from tests.conftest import ASSETS

TECHNIQUES = sorted(p.stem for p in (ASSETS / "content" / "techniques").glob("*.toml"))

identifiers = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True).filter(
    lambda text: len(text) <= IDENTIFIER_LIMIT
)
# What the editor's fields keep: any text, stripped as the reader strips it.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40).map(str.strip)
required_texts = texts.filter(bool)

technique_steps = st.builds(
    RoutineStep,
    technique=st.sampled_from(TECHNIQUES),
    seconds=st.integers(1, 3600),
    side=st.sampled_from(Side),
    zone=st.sampled_from(Zone),
    instruction=texts,
    pace_seconds=st.none() | st.integers(1, 30),
    hold=st.booleans(),
)
pause_steps = st.one_of(
    st.builds(RoutineStep.rest, st.integers(1, 3600), texts),
    st.builds(RoutineStep.wait, texts),
)


@st.composite
def editor_routines(draw: st.DrawFn) -> Routine:
    steps = draw(st.lists(st.one_of(technique_steps, pause_steps), max_size=8))
    steps.insert(draw(st.integers(0, len(steps))), draw(technique_steps))
    return Routine(
        id=draw(identifiers),
        name=draw(required_texts),
        when=draw(st.sampled_from(RoutineWhen)),
        description=draw(texts),
        steps=tuple(steps),
        source="mine.toml",
    )
