"""Problems in a user's file (a routine file, a file that cannot be read), in the user's language.

The domain words each problem as a template and its values (``content/wording.py``, where every
template is marked for translation under the context ``FileProblems``); this is the one place
that translates them. The file, the line, the key path (``steps[1].seconds``), the values from
the file and a parser's own words stay as they are: ``FILE:LINE: key: message``, with only the
message in the user's language. The command line prints ``str(error)``, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hamstring_desktop.content.errors import ContentError, each_error
from hamstring_desktop.content.wording import Wording

CONTEXT = "FileProblems"  # the context content/wording.py marks every template in


def translated(template: str) -> str:
    """One template in the user's language (as it is when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, template)


def wording_text(wording: Wording) -> str:
    """A problem's sentence in the user's language."""
    return wording.render(translated)


def problem_line(error: ContentError) -> str:
    """``FILE:LINE: key: message`` in the user's language (a message the domain did not word,
    such as a history file's, as it is)."""
    return error.shown(translated)


def problem_lines(error: ContentError) -> list[str]:
    """A line for each problem ``error`` stands for (every problem of a file, in line order)."""
    return [problem_line(each) for each in each_error(error)]
