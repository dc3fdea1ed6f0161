"""Rich-text pages built from the content: technique details, the safety page and the guide.

Content text is escaped; headings and labels go through Qt's translation (each outside the
f-strings: lupdate does not look inside them).
"""

from __future__ import annotations

from collections.abc import Iterable

from hamstring_desktop.content import Guide, Library, Muscle, Technique
from hamstring_desktop.words.context import TranslationContext
from hamstring_desktop.words.durations import in_words

MUSCLE_LINK = "muscle:"  # href prefix of a link that selects a muscle in the anatomy diagram
TECHNIQUE_LINK = "technique:"  # href prefix of a link that opens a technique in the library


ContentPages = TranslationContext("ContentPages")


def escape(text: str, quote: bool = True) -> str:
    """``text`` made safe in rich text, as ``html.escape`` makes it. That module loads the whole
    table of named HTML characters on import (about 1 ms of the app's start) for its other
    function, which the app never calls."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


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
    mode = (
        ContentPages.tr("Self-massage")
        if technique.mode.value == "self"
        else ContentPages.tr("With a partner")
    )
    tools = [library.tool(t).name for t in technique.tools]
    muscles = "".join(
        f'<li><a href="{MUSCLE_LINK}{escape(m)}">{escape(library.muscle(m).name)}</a>'
        f" — {escape(library.muscle(m).plain_name)}</li>"
        for m in technique.target_muscles
    )
    timing = ", ".join(_timing_label(library, w.value) for w in technique.when)
    duration = ContentPages.tr("{length} per leg").format(length=in_words(technique.default_seconds))
    facts = f"<p><b>{escape(mode)}</b> · {escape(timing)} · {escape(duration)}</p>"
    return (
        f"<h2>{escape(technique.name)}</h2>"
        f"<p>{escape(technique.summary)}</p>{facts}"
        + _section(ContentPages.tr("How to do it"), _items(technique.steps, ordered=True))
        + _section(ContentPages.tr("Tools"), _items(tools))
        + _section(ContentPages.tr("Works on"), f"<ul>{muscles}</ul>")
        + _section(ContentPages.tr("Take care"), _items(technique.cautions))
    )


def muscle_html(library: Library, muscle: Muscle) -> str:
    """The detail card of one muscle: its anatomy facts and the techniques that work on it."""
    techniques = [t for t in library.techniques if muscle.id in t.target_muscles]
    links = "".join(
        f'<li><a href="{TECHNIQUE_LINK}{escape(t.id)}">{escape(t.name)}</a></li>' for t in techniques
    )
    facts = (
        (ContentPages.tr("Origin"), muscle.origin),
        (ContentPages.tr("Insertion"), muscle.insertion),
        (ContentPages.tr("Nerve"), muscle.nerve),
    )
    none_yet = ContentPages.tr("None in the library yet.")
    return (
        f"<h2>{escape(muscle.name)}</h2><p><i>{escape(muscle.plain_name)}</i></p>"
        + "".join(f"<p><b>{escape(label)}:</b> {escape(text)}</p>" for label, text in facts)
        + _section(ContentPages.tr("Actions"), _items(muscle.actions))
        + _section(ContentPages.tr("Position"), f"<p>{escape(muscle.position)}</p>")
        + (
            _section(ContentPages.tr("Common problems"), _items(muscle.common_problems))
            if muscle.common_problems
            else ""
        )
        + _section(
            ContentPages.tr("Techniques that work on it"),
            f"<ul>{links}</ul>" if links else f"<p>{escape(none_yet)}</p>",
        )
    )


def safety_html(guide: Guide) -> str:
    """The safety page: when to stop and who should ask a professional first."""
    title, if_it_hurts = ContentPages.tr("Safety"), ContentPages.tr("If it hurts:")
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(guide.safety_summary)}</p>"
        f"<p><b>{escape(if_it_hurts)}</b> {escape(guide.pain_advice)}</p>"
        + _section(ContentPages.tr("Before and during every session"), _items(guide.safety_cautions))
        + _section(
            ContentPages.tr("Questions people ask"),
            "".join(f"<p><b>{escape(item.question)}</b><br>{escape(item.answer)}</p>" for item in guide.faq),
        )
    )


def guide_html(guide: Guide) -> str:
    """The guide page: the muscles, benefits, timing, how often and common issues."""
    timing = "".join(f"<p><b>{escape(t.name)}.</b> {escape(t.text)}</p>" for t in guide.timing)
    issues = "".join(f"<p><b>{escape(i.name)}.</b> {escape(i.text)}</p>" for i in guide.common_issues)
    title = ContentPages.tr("Hamstring massage guide")
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(guide.intro)}</p>"
        + _section(ContentPages.tr("Why massage them"), _items(guide.benefits))
        + _section(ContentPages.tr("When to massage"), timing)
        + _section(ContentPages.tr("How often"), f"<p>{escape(guide.frequency_text)}</p>")
        + _section(ContentPages.tr("Common problems"), issues)
    )
