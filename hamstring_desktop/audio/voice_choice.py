"""Which voice speaks the app's language: the rule both speech routes follow."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from hamstring_desktop.content.translation import SOURCE_LANGUAGE


def voice_locale(available: list[QLocale], language: str, current: QLocale) -> QLocale | None:
    """The locale to switch the voice to for ``language``, or None to keep ``current``: it
    speaks the language already, it is the engine's default and the language is English (the
    source language, whose voice the user may have chosen), or no voice speaks the language.
    Among several, the system's region is preferred, then the language's main one."""
    wanted = QLocale(language)
    if current.language() == wanted.language():
        return None
    default_voice = current.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    if language == SOURCE_LANGUAGE and default_voice:
        return None
    candidates = [locale for locale in available if locale.language() == wanted.language()]
    for territory in (QLocale.system().territory(), wanted.territory()):
        for locale in candidates:
            if locale.territory() == territory:
                return locale
    return candidates[0] if candidates else None
