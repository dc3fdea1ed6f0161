"""When the safety check comes before a session: on first use, and every time while the user says
they are injured (the source article: when injured, ask a provider before massaging)."""

from __future__ import annotations


def safety_check_needed(acknowledged: bool, injured: bool, skipped_for_this_run: bool = False) -> bool:
    """Whether to show the safety check before starting. ``skipped_for_this_run`` is for
    scripted runs (``--safety-acknowledged``)."""
    if skipped_for_this_run:
        return False
    return not acknowledged or injured
