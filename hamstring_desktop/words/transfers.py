"""What an import of the history says it did."""

from __future__ import annotations

from hamstring_desktop.words.context import TranslationContext

Transfers = TranslationContext("Transfers")


def imported_words(added: int, steps: int, present: int) -> str:
    """ "Imported 3 sessions, with 15 steps. 2 sessions in the file were already in your history
    and were left as they were.", or that there was nothing new, or nothing at all."""
    if not added:
        if present:
            return Transfers.tr(
                "Nothing new: the %n session(s) in the file are already in your history.", None, present
            )
        return Transfers.tr("The file holds no sessions: nothing was imported.")
    with_steps = Transfers.tr("%n step(s)", None, steps)
    words = Transfers.tr("Imported %n session(s), with %1.", None, added).replace("%1", with_steps)
    if present:
        already = Transfers.tr(
            "%n session(s) in the file were already in your history and were left as they were.",
            None,
            present,
        )
        words = f"{words} {already}"
    return words
