"""The content in another language: translation files beside the English ones, laid over the
English texts field by field.

The translation of ``FOLDER/NAME.toml`` into a language is ``FOLDER/<language>/NAME.toml``:
``content/de/tools.toml``, ``content/de/guide.toml``, ``content/techniques/de/foam-rolling.toml``,
``routines/de/partner.toml``. A translation file has the English file's shape with only its
texts: the same keys, tables and ids, nothing else (no numbers, choices or colours, which stay
the English file's). Entries are matched by ``id`` (tools, muscles, timings, and the ``id`` a
technique or routine file names); lists and arrays without ids (steps, cautions, benefits,
questions) are matched by position, so a translated list has exactly as many entries as the
English one.

A text the translation leaves out is shown in English; :attr:`Translated.missing` names each one,
so a test can insist that a language is complete. Anything else out of place (an unknown id, key
or file, a list of the wrong length, a text where the English file has none) is a located
:class:`ContentError`, like a mistake in the English content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import NamedTuple, TypeVar

from hamstring_desktop.content.errors import ContentError, ContentErrors
from hamstring_desktop.content.fields import Fields, Locator, parse_toml
from hamstring_desktop.content.filtering import sort_routines, sort_techniques
from hamstring_desktop.content.models import Faq, Guide, Library, Muscle, NamedText, Routine, Technique, Tool

T = TypeVar("T")
SOURCE_LANGUAGE = "en"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


class Translated(NamedTuple):  # not a dataclass: this module is on the way to the first paint
    """The library in one language, and the texts that still show in English (``FILE: KEY``)."""

    library: Library
    missing: tuple[str, ...]


def translation_path(file: str, language: str) -> str:
    """Where the translation of an English content file lives: ``content/de/tools.toml``."""
    folder, _, name = file.rpartition("/")
    return f"{folder}/{language}/{name}" if folder else f"{language}/{name}"


def is_translation(file: str, roots: tuple[str, ...]) -> bool:
    """Whether ``file`` lies in a language folder below one of the content ``roots``
    (``content/``, ``content/techniques/``, ``routines/``), rather than in the root itself."""
    return translation_language(file, roots) is not None


def translation_language(file: str, roots: tuple[str, ...]) -> str | None:
    """The language folder below one of the content ``roots`` that ``file`` lies in
    (``de`` for ``content/techniques/de/foam-rolling.toml``); None for a file in a root itself."""
    root = max((r for r in roots if file.startswith(r)), key=len, default="")
    folder, _, rest = file[len(root) :].partition("/")
    return folder if root and rest else None


def translation_languages(texts: Mapping[str, str], english_files: list[str]) -> list[str]:
    """The languages that have at least one translation file among ``texts``."""
    found = set()
    for file in english_files:
        folder = file.rpartition("/")[0]
        for name in texts:
            language, _, rest = name.removeprefix(folder + "/").partition("/")
            if (
                name.startswith(folder + "/")
                and rest
                and "/" not in rest
                and LANGUAGE_CODE.fullmatch(language)
            ):
                found.add(language)
    return sorted(found)


def translate_library(
    library: Library,
    texts: Mapping[str, str],
    language: str,
    files: Mapping[str, str],
) -> Translated:
    """The library with ``language``'s texts laid over the English ones.

    ``files`` maps each English content file to its kind (``tools``, ``muscles``, ``guide``,
    ``technique``, ``routine``); ``texts`` holds every file's text, translations included.
    Raises :class:`ContentErrors` with every problem found in the language's files.
    """
    if language == SOURCE_LANGUAGE:
        return Translated(library, ())
    overlay = _Overlay(library)
    errors: list[ContentError] = []
    expected = {translation_path(file, language): (file, kind) for file, kind in files.items()}
    for name in sorted(texts):
        if name in expected:
            continue
        english = _english_for(name, language, files)
        if english is not None:
            errors.append(ContentError(name, 0, "", f"translates no file: there is no {english}"))
    for path, (english, kind) in sorted(expected.items()):
        if path not in texts:
            overlay.missing.append(f"{path}: (the whole file; the English {english} is shown)")
            continue
        try:
            overlay.apply(kind, english, path, texts[path])
        except ContentError as error:
            errors.append(error)
    if errors:
        raise ContentErrors(errors)
    return Translated(overlay.library(language), tuple(overlay.missing))


def _english_for(name: str, language: str, files: Mapping[str, str]) -> str | None:
    """For a file in ``language``'s folder next to the content, the English file it would
    translate (which may not exist); None for a file that is no translation into ``language``."""
    folder, _, file_name = name.rpartition("/")
    parent, _, folder_language = folder.rpartition("/")
    if folder_language != language or not file_name.endswith(".toml"):
        return None
    roots = {english.rpartition("/")[0] for english in files}
    if parent not in roots:
        return None
    return f"{parent}/{file_name}"


class _Overlay:
    """The library's parts, replaced one translation file at a time."""

    def __init__(self, library: Library) -> None:
        self.tools = {t.id: t for t in library.tools}
        self.muscles = {m.id: m for m in library.muscles}
        self.techniques = {t.id: t for t in library.techniques}
        self.routines = {r.id: r for r in library.routines}
        self.guide = library.guide
        self._by_source = {t.source: t.id for t in library.techniques} | {
            r.source: r.id for r in library.routines
        }
        self._order = (library.techniques, library.routines)
        self.missing: list[str] = []

    def library(self, language: str) -> Library:
        techniques, routines = self._order
        return Library(
            tuple(self.tools.values()),
            tuple(self.muscles.values()),
            sort_techniques([self.techniques[t.id] for t in techniques]),
            sort_routines([self.routines[r.id] for r in routines]),
            self.guide,
            language=language,
        )

    def apply(self, kind: str, english: str, path: str, text: str) -> None:
        root = Fields(parse_toml(text, path), path, Locator(text))
        if kind == "tools":
            for entry, tool in self._entries(root, "tools", self.tools):
                self.tools[tool.id] = self._tool(entry, tool, path)
        elif kind == "muscles":
            for entry, muscle in self._entries(root, "muscles", self.muscles):
                self.muscles[muscle.id] = self._muscle(entry, muscle, path)
        elif kind == "guide":
            self.guide = self._guide(root, self.guide, path)
        elif kind == "technique":
            technique = self.techniques[self._by_source[english]]
            self._same_id(root, technique.id)
            self.techniques[technique.id] = self._technique(root, technique, path)
        elif kind == "routine":
            routine = self.routines[self._by_source[english]]
            self._same_id(root, routine.id)
            self.routines[routine.id] = self._routine(root, routine, path)
        root.finish()

    @staticmethod
    def _same_id(root: Fields, english_id: str) -> None:
        if root.identifier("id") != english_id:
            raise root.content_error("id", f"must be the English file's id, '{english_id}'")

    @staticmethod
    def _entries(root: Fields, key: str, known: Mapping[str, T]) -> Iterator[tuple[Fields, T]]:
        seen: set[str] = set()
        for entry in root.tables(key, required=False):
            entry_id = entry.identifier("id")
            if entry_id not in known:
                raise entry.content_error("id", f"unknown id '{entry_id}'; known: {', '.join(known)}")
            if entry_id in seen:
                raise entry.content_error("id", f"'{entry_id}' is translated twice")
            seen.add(entry_id)
            yield entry, known[entry_id]

    def _tool(self, entry: Fields, tool: Tool, path: str) -> Tool:
        read = _Texts(entry, f"{path}: tools[{tool.id}].", self.missing)
        translated = replace(
            tool, name=read.text("name", tool.name), description=read.text("description", tool.description)
        )
        entry.finish()
        return translated

    def _muscle(self, entry: Fields, muscle: Muscle, path: str) -> Muscle:
        read = _Texts(entry, f"{path}: muscles[{muscle.id}].", self.missing)
        translated = replace(
            muscle,
            name=read.text("name", muscle.name),
            plain_name=read.text("plain_name", muscle.plain_name),
            origin=read.text("origin", muscle.origin),
            insertion=read.text("insertion", muscle.insertion),
            nerve=read.text("nerve", muscle.nerve),
            actions=read.texts("actions", muscle.actions),
            position=read.text("position", muscle.position),
            common_problems=read.texts("common_problems", muscle.common_problems),
        )
        entry.finish()
        return translated

    def _technique(self, root: Fields, technique: Technique, path: str) -> Technique:
        read = _Texts(root, f"{path}: ", self.missing)
        return replace(
            technique,
            name=read.text("name", technique.name),
            summary=read.text("summary", technique.summary),
            steps=read.texts("steps", technique.steps),
            cautions=read.texts("cautions", technique.cautions),
        )

    def _routine(self, root: Fields, routine: Routine, path: str) -> Routine:
        read = _Texts(root, f"{path}: ", self.missing)
        name = read.text("name", routine.name)
        description = read.text("description", routine.description)
        steps = list(routine.steps)
        entries = list(root.tables("steps", required=False))
        if entries and len(entries) != len(steps):
            raise root.content_error(
                "steps", f"has {len(entries)} entries; the English routine has {len(steps)}"
            )
        if not entries:
            self.missing.extend(
                f"{path}: steps[{n}].instruction" for n, s in enumerate(steps, 1) if s.instruction
            )
        for index, entry in enumerate(entries):
            step_read = _Texts(entry, f"{path}: steps[{index + 1}].", self.missing)
            steps[index] = replace(
                steps[index], instruction=step_read.text("instruction", steps[index].instruction)
            )
            entry.finish()
        return replace(routine, name=name, description=description, steps=tuple(steps))

    def _guide(self, root: Fields, guide: Guide, path: str) -> Guide:
        read = _Texts(root, f"{path}: ", self.missing)
        intro = read.text("intro", guide.intro)
        frequency_text = guide.frequency_text
        if root.has("frequency"):
            frequency = root.table("frequency")
            frequency_text = _Texts(frequency, f"{path}: frequency.", self.missing).text(
                "text", guide.frequency_text
            )
            frequency.finish()
        else:
            self.missing.append(f"{path}: frequency.text")
        timing = {t.id.value: t for t in guide.timing}
        for entry in root.tables("timing", required=False):
            when = entry.text("id")
            if when not in timing:
                raise entry.content_error("id", f"unknown id '{when}'; known: {', '.join(timing)}")
            timing_read = _Texts(entry, f"{path}: timing[{when}].", self.missing)
            timing[when] = replace(
                timing[when],
                name=timing_read.text("name", timing[when].name),
                text=timing_read.text("text", timing[when].text),
            )
            entry.finish()
        benefits = self._in_order(root, "benefits", guide.benefits, path, lambda r, b: r.text("text", b))
        issues = self._in_order(
            root,
            "common_issues",
            guide.common_issues,
            path,
            lambda r, i: NamedText(r.text("name", i.name), r.text("text", i.text)),
        )
        faq = self._in_order(
            root,
            "faq",
            guide.faq,
            path,
            lambda r, f: Faq(r.text("question", f.question), r.text("answer", f.answer)),
        )
        summary, pain_advice, cautions = guide.safety_summary, guide.pain_advice, guide.safety_cautions
        if root.has("safety"):
            safety = root.table("safety")
            safety_read = _Texts(safety, f"{path}: safety.", self.missing)
            summary = safety_read.text("summary", summary)
            pain_advice = safety_read.text("pain_advice", pain_advice)
            cautions = safety_read.texts("cautions", cautions)
            safety.finish()
        else:
            self.missing.append(f"{path}: safety")
        return replace(
            guide,
            intro=intro,
            frequency_text=frequency_text,
            timing=tuple(timing[t.id.value] for t in guide.timing),
            benefits=benefits,
            common_issues=issues,
            faq=faq,
            safety_summary=summary,
            pain_advice=pain_advice,
            safety_cautions=cautions,
        )

    def _in_order(
        self, root: Fields, key: str, english: tuple[T, ...], path: str, build: Callable[[_Texts, T], T]
    ) -> tuple[T, ...]:
        entries = list(root.tables(key, required=False))
        if not entries:
            self.missing.append(f"{path}: {key}")
            return english
        if len(entries) != len(english):
            raise root.content_error(key, f"has {len(entries)} entries; the English file has {len(english)}")
        translated: list[T] = []
        for index, (entry, item) in enumerate(zip(entries, english, strict=True)):
            translated.append(build(_Texts(entry, f"{path}: {key}[{index + 1}].", self.missing), item))
            entry.finish()
        return tuple(translated)


class _Texts:
    """Reads a translation table's texts: each falls back to the English one when left out
    (and is noted as missing); a list must match the English list's length."""

    def __init__(self, fields: Fields, where: str, missing: list[str]) -> None:
        self._fields = fields
        self._where = where
        self._missing = missing

    def text(self, key: str, english: str) -> str:
        value = self._fields.text(key, required=False)
        if not english:
            if value:
                raise self._fields.content_error(key, "the English file has no such text: leave it out")
            return english
        if not value:
            self._missing.append(f"{self._where}{key}")
            return english
        return value

    def texts(self, key: str, english: tuple[str, ...]) -> tuple[str, ...]:
        value = self._fields.texts(key, required=False, allow_empty=not english)
        if not english:
            if value:
                raise self._fields.content_error(key, "the English list is empty: leave it empty or out")
            return english
        if not value:
            self._missing.append(f"{self._where}{key}")
            return english
        if len(value) != len(english):
            raise self._fields.content_error(
                key, f"has {len(value)} entries; the English list has {len(english)}"
            )
        return value
