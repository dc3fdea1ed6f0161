"""Rich-text pages built from the content: technique details, the safety page and the guide.

Content text is escaped; headings and labels go through Qt's translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from hamstring_desktop.content import Guide, Library, Technique


def tr(text: str) -> str:
    """Translate a UI label in the "ContentPages" context."""
    return QCoreApplication.translate("ContentPages", text)


def _items(texts: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{escape(text)}</li>" for text in texts)
    return f"<{tag}>{body}</{tag}>"


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


def _timing_label(library: Library, when_id: str) -> str:
    return next((t.name for t in library.guide.timing if t.id.value == when_id), when_id)


def technique_html(library: Library, technique: Technique) -> str:
    """The detail page of one technique."""
    mode = tr("Self-massage") if technique.mode.value == "self" else tr("With a partner")
    tools = [library.tool(t).name for t in technique.tools]
    muscles = [f"{library.muscle(m).name} — {library.muscle(m).plain_name}" for m in technique.target_muscles]
    timing = ", ".join(_timing_label(library, w.value) for w in technique.when)
    minutes, seconds = divmod(technique.default_seconds, 60)
    duration = tr("{minutes} min {seconds} s per leg") if seconds else tr("{minutes} min per leg")
    if not minutes:
        duration = tr("{seconds} s per leg")
    facts = (
        f"<p><b>{escape(mode)}</b> · {escape(timing)} · "
        f"{escape(duration.format(minutes=minutes, seconds=seconds))}</p>"
    )
    return (
        f"<h2>{escape(technique.name)}</h2>"
        f"<p>{escape(technique.summary)}</p>{facts}"
        + _section(tr("How to do it"), _items(technique.steps, ordered=True))
        + _section(tr("Tools"), _items(tools))
        + _section(tr("Works on"), _items(muscles))
        + _section(tr("Take care"), _items(technique.cautions))
    )


def safety_html(guide: Guide) -> str:
    """The safety page: when to stop and who should ask a professional first."""
    return (
        f"<h2>{escape(tr('Safety'))}</h2>"
        f"<p>{escape(guide.safety_summary)}</p>"
        f"<p><b>{escape(tr('If it hurts:'))}</b> {escape(guide.pain_advice)}</p>"
        + _section(tr("Before and during every session"), _items(guide.safety_cautions))
        + _section(
            tr("Questions people ask"),
            "".join(f"<p><b>{escape(item.question)}</b><br>{escape(item.answer)}</p>" for item in guide.faq),
        )
    )


def guide_html(guide: Guide) -> str:
    """The guide page: the muscles, benefits, timing, how often and common issues."""
    timing = "".join(f"<p><b>{escape(t.name)}.</b> {escape(t.text)}</p>" for t in guide.timing)
    issues = "".join(f"<p><b>{escape(i.name)}.</b> {escape(i.text)}</p>" for i in guide.common_issues)
    return (
        f"<h2>{escape(tr('Hamstring massage guide'))}</h2>"
        f"<p>{escape(guide.intro)}</p>"
        + _section(tr("Why massage them"), _items(guide.benefits))
        + _section(tr("When to massage"), timing)
        + _section(tr("How often"), f"<p>{escape(guide.frequency_text)}</p>")
        + _section(tr("Common problems"), issues)
    )
