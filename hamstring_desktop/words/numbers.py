"""Numbers with a decimal place, written as the user's locale writes them (3.5, or 3,5 in German)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal(value: float, places: int = 1, drop_zero: bool = False) -> str:
    """``value`` with ``places`` decimals in the default locale, with no thousands separator;
    with ``drop_zero``, a whole number loses its ",0" / ".0" (4.0 → "4")."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    if drop_zero and abs(value - round(value)) < 1e-9:
        return locale.toString(float(round(value)), "f", 0)
    return locale.toString(float(value), "f", places)
