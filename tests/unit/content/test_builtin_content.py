"""The built-in content loads, and says what the issue and the source article promise."""

from __future__ import annotations

from hamstring_desktop.content import Library, Mode, RoutineWhen, Side, When


def test_techniques_have_the_stable_ids_and_modes(library: Library) -> None:
    modes = {t.id: t.mode for t in library.techniques}
    assert modes == {
        "foam-rolling": Mode.SELF,
        "knuckle-massage": Mode.SELF,
        "cross-fiber-friction": Mode.SELF,
        "compression-massage": Mode.PARTNER,
        "stretch-and-massage": Mode.PARTNER,
    }
    # Self-massage first, in the source article's order.
    assert [t.id for t in library.techniques][:3] == [
        "foam-rolling",
        "knuckle-massage",
        "cross-fiber-friction",
    ]


def test_every_technique_is_complete(library: Library) -> None:
    for technique in library.techniques:
        assert technique.tools and technique.target_muscles and technique.steps
        assert technique.cautions and technique.when
        assert 5 <= technique.default_seconds <= 600
        for muscle in technique.target_muscles:
            assert library.muscle(muscle)


def test_tools_from_the_article_are_present(library: Library) -> None:
    names = {t.name for t in library.tools}
    assert {"Foam roller", "Massage ball", "Massage stick"} <= names


def test_foam_rolling_tells_the_20_to_30_second_hold(library: Library) -> None:
    steps = " ".join(library.technique("foam-rolling").steps)
    assert "20 to 30 seconds" in steps


def test_muscles_are_the_three_hamstrings_with_both_biceps_heads(library: Library) -> None:
    assert [m.id for m in library.muscles] == [
        "biceps-femoris-long-head",
        "biceps-femoris-short-head",
        "semitendinosus",
        "semimembranosus",
    ]
    short_head = library.muscle("biceps-femoris-short-head")
    assert "fibular" in short_head.nerve.lower()
    assert "hip" in " ".join(short_head.actions)  # it does nothing at the hip, and says so


def test_guide_covers_timing_benefits_issues_faq_and_safety(library: Library) -> None:
    guide = library.guide
    assert {t.id for t in guide.timing} == set(When)
    assert len(guide.benefits) == 5
    assert {i.name for i in guide.common_issues} == {"Tightness", "Strains and tears", "Imbalances"}
    assert len(guide.faq) == 3
    assert (guide.frequency_min, guide.frequency_max) == (2, 3)
    assert any("back of the knee" in c for c in guide.safety_cautions)
    assert "healthcare professional" in guide.pain_advice


def test_builtin_routines_match_their_briefs(library: Library) -> None:
    routines = {r.id: r for r in library.routines}
    assert list(routines) == ["pre-workout", "post-workout", "rest-day", "partner"]
    assert 180 <= routines["pre-workout"].total_seconds <= 360
    post = routines["post-workout"]
    assert 480 <= post.total_seconds <= 900
    holds = [s for s in post.steps if s.hold]
    assert holds and all(20 <= s.seconds <= 30 for s in holds)
    partner_techniques = {s.technique for s in routines["partner"].steps}
    assert partner_techniques == {"compression-massage", "stretch-and-massage"}
    assert routines["rest-day"].when is RoutineWhen.REST_DAY


def test_each_side_counts_twice(library: Library) -> None:
    pre = library.routine("pre-workout")
    sides = [s.side for s in pre.steps]
    assert sides == [Side.BOTH, Side.EACH, Side.EACH]
    assert pre.step_count == 5
    assert pre.total_seconds == 60 + 2 * 45 + 2 * 45
