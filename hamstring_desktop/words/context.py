"""Translation for code that is not a widget: a named context with a ``tr`` method.

Widgets call ``self.tr(...)``. Elsewhere, a module names its context once and calls ``tr`` on it::

    Charts = TranslationContext("Charts")
    Charts.tr("Sessions per week")
    Charts.tr("%n session(s)", None, count)

The variable must carry the context's own name: ``pyside6-lupdate`` files a call ``X.tr("...")``
under the context ``X``, the word before ``.tr``, and that is where Qt looks the string up at run
time (a test checks that the two agree). A bare ``tr("...")`` outside a class would be filed under
no context at all, and ``QCoreApplication.translate(context, text, None, count)`` is never seen as
a plural by lupdate's Python reader; this form avoids both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """Translates texts in one named context (see the module's docstring)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, count: int = -1) -> str:
        """``text`` in the user's language; ``%n`` becomes ``count``, in the right plural form."""
        return QCoreApplication.translate(self.name, text, disambiguation, count)
