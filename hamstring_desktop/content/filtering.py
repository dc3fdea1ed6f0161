"""The library's order (techniques, routines) and the technique search and filters, as pure functions."""

from __future__ import annotations

from collections.abc import Iterable

from hamstring_desktop.content.models import Library, Mode, Routine, RoutineWhen, Technique, When


def filter_techniques(
    library: Library,
    query: str = "",
    mode: Mode | None = None,
    tool: str | None = None,
    when: When | None = None,
) -> list[Technique]:
    """Techniques matching every given filter; ``query`` matches words anywhere in the text.

    Each word of the query must appear (case-insensitively) in the technique's name,
    summary, steps, cautions, tool names or target muscle names.
    """
    words = query.lower().split()
    return [
        technique
        for technique in library.techniques
        if (mode is None or technique.mode is mode)
        and (tool is None or tool in technique.tools)
        and (when is None or when in technique.when)
        and all(word in _haystack(library, technique) for word in words)
    ]


def _haystack(library: Library, technique: Technique) -> str:
    parts: Iterable[str] = (
        technique.name,
        technique.summary,
        *technique.steps,
        *technique.cautions,
        *(library.tool(t).name for t in technique.tools),
        *(library.muscle(m).name for m in technique.target_muscles),
        *(library.muscle(m).plain_name for m in technique.target_muscles),
    )
    return " ".join(parts).lower()


def sort_techniques(techniques: list[Technique]) -> tuple[Technique, ...]:
    """Techniques in library order: self-massage first, then by their ``order`` and name."""
    return tuple(sorted(techniques, key=lambda t: (t.mode is not Mode.SELF, t.order, t.name)))


_ROUTINE_ORDER = list(RoutineWhen)


def sort_routines(routines: list[Routine]) -> tuple[Routine, ...]:
    """Routines in the order a user meets them: pre-workout, post-workout, rest day, any."""
    return tuple(sorted(routines, key=lambda r: (_ROUTINE_ORDER.index(r.when), r.name)))
