"""The interface's translations: each catalogue source (.ts) holds every string the code shows,
each with a finished translation that keeps the original's placeholders and shortcut mark, and
is up to date with the code (pyside6-lupdate would change nothing).

When these fail after you added or changed a string: run ``./dev translations``, translate what
it marks unfinished in assets/translations/*.ts, then ``packaging/build_resources.py``.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.scripts import load_packaging_script

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "hamstring_desktop"
CATALOGUES = sorted((REPO / "assets" / "translations").glob("hamstring_desktop_*.ts"))
ENGLISH = REPO / "assets" / "translations" / "hamstring_desktop_en.ts"
PLACEHOLDER = re.compile(r"%n|%s|%\d|\{\w+\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")

Key = tuple[str, str, str]  # context, source text, disambiguation


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a catalogue source, by (context, source, disambiguation)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_there_is_a_german_catalogue() -> None:
    assert REPO / "assets" / "translations" / "hamstring_desktop_de.ts" in CATALOGUES


def test_english_has_its_plural_forms_and_nothing_else() -> None:
    """English needs no translation, but "%n session(s)" must read "1 session", "2 sessions"."""
    english = messages(ENGLISH)
    assert english and all(message.get("numerus") == "yes" for message in english.values())
    for (context, source, _), message in english.items():
        one, many = forms(message)
        assert "(s)" not in one + many, f"{context}: {source!r}"
    sessions = english[("HistoryPage", "%n session(s)", "")]
    assert forms(sessions) == ["%n session", "%n sessions"]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_string_has_a_finished_translation(ts: Path) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source, _), message in messages(ts).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in forms(message))
    ]
    assert not unfinished, f"{ts.name}: translate these (then run build_resources.py): {unfinished}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_plurals_have_the_languages_forms(ts: Path) -> None:
    language = ts.stem.removeprefix("hamstring_desktop_")
    expected = {"de": 2, "en": 2}.get(language)
    for (context, source, _), message in messages(ts).items():
        if message.get("numerus") == "yes" and expected is not None:
            assert len(forms(message)) == expected, f"{context}: {source!r}"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_translations_keep_placeholders_and_one_shortcut_mark(ts: Path) -> None:
    for (context, source, _), message in messages(ts).items():
        for text in forms(message):
            assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), (
                f"{context}: {source!r} → {text!r}"
            )
            assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), f"{context}: {text!r}"


def test_the_catalogues_are_up_to_date_with_the_code() -> None:
    """pyside6-lupdate finds no string that is not in each .ts, and none the code dropped."""
    stale = load_packaging_script("translations").stale_sources()
    assert not stale, f"{stale}: run ./dev translations, then translate what is new"


class _Calls(ast.NodeVisitor):
    """The translatable calls of one module, with the context Qt looks each up in at run time."""

    def __init__(self, path: Path) -> None:
        self.path = path.relative_to(REPO)
        self.classes: list[str] = []
        self.found: list[tuple[Key, str]] = []  # (key, where)
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        call = node.value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "TranslationContext"
        ):
            target = node.targets[0]
            name = call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) else None
            if not (isinstance(target, ast.Name) and target.id == name):
                self.problems.append(
                    f"{self.path}:{node.lineno}: name the variable after its context ({name})"
                )
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        where = f"{self.path}:{node.lineno}"
        literals = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args
        ]
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and literals and literals[0] is not None:
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                owner = func.value.id
                context = (self.classes[-1] if self.classes else "") if owner == "self" else owner
            else:
                context = ""
            if not context:
                self.problems.append(f"{where}: tr() here has no context lupdate can see")
                return
            disambiguation = literals[1] if len(literals) > 1 and literals[1] else ""
            self.found.append(((context, literals[0], disambiguation), where))
        elif name == "_tr" and literals and literals[0] is not None:
            self.problems.append(f"{where}: lupdate cannot see a wrapper's strings; use a TranslationContext")
        elif (
            name in ("translate", "QT_TRANSLATE_NOOP") and len(literals) >= 2 and literals[0] and literals[1]
        ):
            if len(node.args) > 3 or node.keywords:
                self.problems.append(
                    f"{where}: lupdate reads no plural from translate(); use X.tr(text, None, n)"
                )
            disambiguation = literals[2] if len(literals) > 2 and literals[2] else ""
            self.found.append(((literals[0], literals[1], disambiguation), where))


def _code_calls() -> tuple[list[tuple[Key, str]], list[str]]:
    found, problems = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:
            continue
        calls = _Calls(path)
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += calls.found
        problems += calls.problems
    return found, problems


def test_every_translatable_string_in_the_code_is_in_every_catalogue() -> None:
    """Read with Python's own parser (which sees inside f-strings, where lupdate does not), every
    literal tr()/translate() call is in each catalogue under the context it is looked up in."""
    found, problems = _code_calls()
    assert len(found) > 300
    assert not problems
    for ts in CATALOGUES:
        known = messages(ts)
        # English is the source: its catalogue has the texts with a count (their plural forms)
        needed = [(key, where) for key, where in found if ts != ENGLISH or "%n" in key[1]]
        missing = [f"{where}: {key}" for key, where in needed if key not in known]
        assert not missing, f"{ts.name} lacks: {missing}"


def test_no_class_that_calls_self_tr_has_a_subclass() -> None:
    """``self.tr`` looks a string up under the class of the object (``type(self).__name__``),
    while lupdate files it under the class it is written in. In a base class or a mixin the two
    differ and the user sees English: such code names the context it belongs to instead."""
    calling: dict[str, str] = {}
    bases: list[tuple[str, str, str]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for base in node.bases:
                name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                bases.append((name, node.name, f"{path.relative_to(REPO)}:{node.lineno}"))
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "tr"
                    and isinstance(inner.func.value, ast.Name)
                    and inner.func.value.id == "self"
                ):
                    calling[node.name] = f"{path.relative_to(REPO)}:{inner.lineno}"
                    break
    assert len(calling) > 20
    wrong = [
        f"{where}: {subclass} inherits {base}, whose self.tr ({calling[base]}) it would not find"
        for base, subclass, where in bases
        if base in calling
    ]
    assert not wrong
