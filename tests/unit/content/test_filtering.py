"""The library's search and filters."""

from __future__ import annotations

from hamstring_desktop.content import Library, Mode, When
from hamstring_desktop.content.filtering import filter_techniques


def ids(library: Library, **filters: object) -> list[str]:
    return [t.id for t in filter_techniques(library, **filters)]  # type: ignore[arg-type]


def test_no_filter_gives_everything(library: Library) -> None:
    assert len(ids(library)) == 5


def test_mode_filter(library: Library) -> None:
    assert ids(library, mode=Mode.PARTNER) == ["compression-massage", "stretch-and-massage"]


def test_tool_filter(library: Library) -> None:
    assert ids(library, tool="massage-stick") == ["foam-rolling"]
    assert "knuckle-massage" in ids(library, tool="massage-ball")


def test_timing_filter(library: Library) -> None:
    before = ids(library, when=When.BEFORE_EXERCISE)
    assert "cross-fiber-friction" not in before and "foam-rolling" in before


def test_search_matches_words_anywhere_case_insensitively(library: Library) -> None:
    assert ids(library, query="KNUCKLE") == ["knuckle-massage"]
    assert ids(library, query="semimembranosus partner") == [
        "compression-massage",
        "stretch-and-massage",
    ]
    assert ids(library, query="roller") == ["foam-rolling"]
    assert ids(library, query="nothing-like-this") == []


def test_filters_combine(library: Library) -> None:
    assert ids(library, mode=Mode.SELF, when=When.BEFORE_EXERCISE, query="knee") == [
        "foam-rolling",
        "knuckle-massage",
    ]
