"""The words for what the history stores as codes: a session's outcome, a step's side and zone.
The History page, a session's detail and the PDF report all say them the same way."""

from __future__ import annotations

from hamstring_desktop.words.context import TranslationContext

Records = TranslationContext("Records")


def outcome_words() -> dict[str, str]:
    """Each outcome in a word (an outcome is always shown with its word, never by colour alone)."""
    return {
        "completed": Records.tr("completed"),
        "stopped": Records.tr("stopped"),
        "pain": Records.tr("pain"),
        "interrupted": Records.tr("interrupted"),
    }


def outcome_word(outcome: str) -> str:
    """A stored outcome in a word; an unknown code as it is."""
    return outcome_words().get(outcome, outcome)


def side_word(side: str) -> str:
    """A step's stored side ("left", "right", "both") in a word; an unknown code as it is."""
    return {"left": Records.tr("left"), "right": Records.tr("right"), "both": Records.tr("both")}.get(
        side, side
    )


def zone_word(zone: str) -> str:
    """A step's stored zone ("upper", …) in words; an unknown code as it is."""
    return {
        "upper": Records.tr("upper third"),
        "middle": Records.tr("middle third"),
        "lower": Records.tr("lower third"),
        "full": Records.tr("upper two thirds"),
    }.get(zone, zone)
