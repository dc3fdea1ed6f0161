"""Load and validate all content from TOML texts.

The loader takes texts keyed by a display path (``content/tools.toml``), so the same code
serves Qt resources, files on disk and tests. It never touches the file system itself. It reads
the tools, the muscles, the guide and each technique here, each routine with routine_reader.py,
and checks that they name each other correctly.
Translations of the content sit in language folders beside it (``content/de/tools.toml``);
asked for a language, the loader lays its texts over the English ones (translation.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Protocol, TypeVar

from hamstring_desktop.content.errors import ContentError, ContentErrors, each_error
from hamstring_desktop.content.fields import Fields, Locator, parse_toml
from hamstring_desktop.content.filtering import sort_routines, sort_techniques
from hamstring_desktop.content.models import (
    Direction,
    Faq,
    Guide,
    Library,
    Mode,
    Muscle,
    NamedText,
    Pressure,
    Routine,
    Technique,
    Timing,
    Tool,
    When,
)
from hamstring_desktop.content.routine_reader import (
    PACE_SECONDS_MAX,
    REST_STEP_KEYS,
    STEP_SECONDS_MAX,
    TECHNIQUE_STEP_KEYS,
    WAIT_STEP_KEYS,
    check_routine_references,
    parse_routine,
    parse_step,
    unknown_technique_message,
)
from hamstring_desktop.content.translation import SOURCE_LANGUAGE, is_translation, translate_library

# The routine file's names are also importable from here, where they were first.
__all__ = [
    "CONTENT_ROOTS",
    "GUIDE_FILE",
    "MUSCLES_FILE",
    "PACE_SECONDS_MAX",
    "REST_STEP_KEYS",
    "ROUTINES_DIR",
    "STEP_SECONDS_MAX",
    "TECHNIQUES_DIR",
    "TECHNIQUE_STEP_KEYS",
    "TOOLS_FILE",
    "WAIT_STEP_KEYS",
    "check_routine_references",
    "content_files",
    "load_english_library",
    "load_library",
    "parse_guide",
    "parse_muscles",
    "parse_routine",
    "parse_step",
    "parse_technique",
    "parse_tools",
    "unknown_technique_message",
]

TOOLS_FILE = "content/tools.toml"
MUSCLES_FILE = "content/muscles.toml"
GUIDE_FILE = "content/guide.toml"
TECHNIQUES_DIR = "content/techniques/"
ROUTINES_DIR = "routines/"
# The folders whose files have translations in language folders beside them.
CONTENT_ROOTS = ("content/", TECHNIQUES_DIR, ROUTINES_DIR)

T = TypeVar("T")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Identified = TypeVar("Identified", bound=_HasId)


def _root(text: str, file: str) -> Fields:
    return Fields(parse_toml(text, file), file, Locator(text))


def parse_tools(text: str, file: str = TOOLS_FILE) -> tuple[Tool, ...]:
    """Parse ``[[tools]]`` entries."""
    root = _root(text, file)
    tools = []
    for entry in root.tables("tools"):
        tools.append(Tool(entry.identifier("id"), entry.text("name"), entry.text("description")))
        entry.finish()
    root.finish()
    return _unique(tools, file, "tools")


def parse_muscles(text: str, file: str = MUSCLES_FILE) -> tuple[Muscle, ...]:
    """Parse ``[[muscles]]`` entries with their anatomy facts."""
    root = _root(text, file)
    muscles = []
    for entry in root.tables("muscles"):
        colour = entry.text("colour")
        if not (len(colour) == 7 and colour.startswith("#")):
            raise entry.content_error("colour", f"'{colour}' must look like #RRGGBB")
        muscles.append(
            Muscle(
                id=entry.identifier("id"),
                name=entry.text("name"),
                plain_name=entry.text("plain_name"),
                colour=colour,
                origin=entry.text("origin"),
                insertion=entry.text("insertion"),
                nerve=entry.text("nerve"),
                actions=entry.texts("actions"),
                position=entry.text("position"),
                common_problems=entry.texts("common_problems", allow_empty=True),
            )
        )
        entry.finish()
    root.finish()
    return _unique(muscles, file, "muscles")


def parse_technique(text: str, file: str) -> Technique:
    """Parse one technique file."""
    root = _root(text, file)
    technique = Technique(
        id=root.identifier("id"),
        name=root.text("name"),
        mode=root.choice("mode", Mode),
        summary=root.text("summary"),
        tools=root.texts("tools"),
        target_muscles=root.texts("target_muscles"),
        when=root.choices("when", When),
        direction=root.choice("direction", Direction),
        default_seconds=root.whole_number("default_seconds", 5, 3600) or 0,
        steps=root.texts("steps"),
        cautions=root.texts("cautions"),
        pace_seconds=root.whole_number("pace_seconds", 1, 30, required=False),
        order=root.whole_number("order", 0, 1000, required=False) or 0,
        pressure=root.choice("pressure", Pressure),
        source=file,
    )
    root.finish()
    return technique


def parse_guide(text: str, file: str = GUIDE_FILE) -> Guide:
    """Parse the general guidance file."""
    root = _root(text, file)
    frequency = root.table("frequency")
    low = frequency.whole_number("sessions_per_week_min", 1, 14) or 1
    high = frequency.whole_number("sessions_per_week_max", low, 14) or low
    frequency_text = frequency.text("text")
    frequency.finish()
    timing = []
    for entry in root.tables("timing"):
        timing.append(Timing(entry.choice("id", When), entry.text("name"), entry.text("text")))
        entry.finish()
    missing = {w.value for w in When} - {t.id.value for t in timing}
    if missing:
        raise root.content_error("timing", f"has no entry for: {', '.join(sorted(missing))}")
    benefits = [_one(entry, lambda e: e.text("text")) for entry in root.tables("benefits")]
    issues = [
        _one(entry, lambda e: NamedText(e.text("name"), e.text("text")))
        for entry in root.tables("common_issues")
    ]
    faq = [_one(entry, lambda e: Faq(e.text("question"), e.text("answer"))) for entry in root.tables("faq")]
    safety = root.table("safety")
    guide = Guide(
        intro=root.text("intro"),
        frequency_min=low,
        frequency_max=high,
        frequency_text=frequency_text,
        timing=tuple(timing),
        benefits=tuple(benefits),
        common_issues=tuple(issues),
        faq=tuple(faq),
        safety_summary=safety.text("summary"),
        pain_advice=safety.text("pain_advice"),
        safety_cautions=safety.texts("cautions"),
    )
    safety.finish()
    root.finish()
    return guide


def load_library(texts: Mapping[str, str], language: str = SOURCE_LANGUAGE) -> Library:
    """Validate every built-in content file and return the library, or raise ContentErrors.

    ``texts`` maps display paths (``content/tools.toml``, ``content/techniques/x.toml``,
    ``routines/x.toml``, and translations such as ``content/de/tools.toml``) to file contents.
    Every English file is checked, and every file of ``language``'s translation; all errors are
    reported. A text the translation lacks stays English.
    """
    library = load_english_library(texts)
    return translate_library(library, texts, language, content_files(texts)).library


def content_files(texts: Mapping[str, str]) -> dict[str, str]:
    """The English content files among ``texts``, each with its kind (``tools``, ``muscles``,
    ``guide``, ``technique``, ``routine``)."""
    files = {TOOLS_FILE: "tools", MUSCLES_FILE: "muscles", GUIDE_FILE: "guide"}
    files |= {file: "technique" for file in _english(texts, TECHNIQUES_DIR)}
    files |= {file: "routine" for file in _english(texts, ROUTINES_DIR)}
    return files


def _english(texts: Mapping[str, str], folder: str) -> list[str]:
    """The English files directly in ``folder`` (not those in its language folders), sorted."""
    return sorted(f for f in texts if f.startswith(folder) and not is_translation(f, (folder,)))


def load_english_library(texts: Mapping[str, str]) -> Library:
    """The library as the English content files have it (see :func:`load_library`)."""
    errors: list[ContentError] = []

    def attempt(file: str, parse: Callable[[str, str], T]) -> T | None:
        if file not in texts:
            errors.append(ContentError(file, 0, "", "file is missing"))
            return None
        try:
            return parse(texts[file], file)
        except ContentError as error:
            errors.extend(each_error(error))
            return None

    tools = attempt(TOOLS_FILE, parse_tools) or ()
    muscles = attempt(MUSCLES_FILE, parse_muscles) or ()
    guide = attempt(GUIDE_FILE, parse_guide)
    techniques: list[Technique] = []
    for file in _english(texts, TECHNIQUES_DIR):
        technique = attempt(file, parse_technique)
        if technique is not None:
            errors.extend(_technique_reference_errors(technique, texts[file], file, tools, muscles))
            techniques.append(technique)
    try:
        _unique(techniques, TECHNIQUES_DIR, "techniques")
    except ContentError as error:
        errors.append(error)
    by_id = {t.id: t for t in techniques}
    routines: list[Routine] = []
    for file in _english(texts, ROUTINES_DIR):
        routine = attempt(file, lambda text, name: parse_routine(text, name, by_id))
        if routine is not None:
            routines.append(replace(routine, builtin=True))
    if errors or guide is None:
        raise ContentErrors(errors)
    return Library(tuple(tools), tuple(muscles), sort_techniques(techniques), sort_routines(routines), guide)


def _technique_reference_errors(
    technique: Technique,
    text: str,
    file: str,
    tools: tuple[Tool, ...],
    muscles: tuple[Muscle, ...],
) -> list[ContentError]:
    locator = Locator(text)
    errors = []
    for key, values, known in (
        ("tools", technique.tools, {t.id for t in tools}),
        ("target_muscles", technique.target_muscles, {m.id for m in muscles}),
    ):
        for value in values:
            if value not in known:
                message = f"unknown id '{value}'; known: {', '.join(sorted(known))}"
                errors.append(ContentError(file, locator.line("", 0, key), key, message))
    return errors


def _one(entry: Fields, build: Callable[[Fields], T]) -> T:
    value = build(entry)
    entry.finish()
    return value


def _unique(items: list[Identified], file: str, key: str) -> tuple[Identified, ...]:
    seen: set[str] = set()
    for item in items:
        item_id = item.id
        if item_id in seen:
            raise ContentError(file, 0, key, f"id '{item_id}' is used twice")
        seen.add(item_id)
    return tuple(items)
