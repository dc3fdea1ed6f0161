"""The JSON Schema of history files (``assets/schema/history-v2.schema.json``, compiled into the
app's resources), and a validator for it.

The importer checks every file against the shipped schema itself, so the schema is the one
statement of the format: this module reads it and turns it into plain Python checks. It knows
the part of JSON Schema (draft 2020-12) that the file uses, with the standard's meaning (an
``integer`` may be written ``1.0``; ``true`` is not a number; a keyword about objects says
nothing about a null); a keyword it does not know is an error when the schema is read, so the
schema cannot say more than is checked. The tests hold it to the ``jsonschema`` library: both
must accept and refuse the same documents. (The app does not depend on that library at run
time: it would add four packages, one of them compiled, for one check, and it checks a
100,000-session file about ten times slower.)

Each part of the schema becomes the source of one small Python function (as fastjsonschema
does), compiled once: a valid session or step is checked in a few microseconds, and the first
problem is reported with the JSON pointer of the bad value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

SCHEMA_RESOURCE = "schema/history-v2.schema.json"
FORMAT_VERSION = 2  # what exports write
READABLE_FORMATS = (1, 2)  # what imports read: format 1 is format 2 without the plans

Check = Callable[[Any], None]
_SEEN_LIMIT = 250_000  # strings remembered as matching a pattern, per pattern

_ANNOTATIONS = {"$schema", "$id", "title", "description", "$comment", "format", "$defs"}
_KEYWORDS = {
    "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "items",
    "minimum", "maximum", "minLength", "maxLength", "pattern",
}  # fmt: skip
# Whether a value is of a JSON type (the decoder makes exactly these Python types).
_TYPE_TESTS = {
    "object": "type({v}) is dict",
    "array": "type({v}) is list",
    "string": "type({v}) is str",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "number": "type({v}) in _NUMBERS",
    "integer": "(type({v}) is int or (type({v}) is float and {v}.is_integer()))",
}
_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "boolean": "true or false",
    "null": "null",
    "number": "a number",
    "integer": "a whole number",
}


class SchemaProblem(Exception):
    """A value the schema does not allow. ``path`` holds the keys and indexes from the bad
    value up to the value checked; :meth:`pointer` is its JSON pointer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.path: list[str | int] = []

    def pointer(self, prefix: str = "") -> str:
        """The JSON pointer of the bad value (RFC 6901), under ``prefix``; a key too long to show
        whole is cut short (with "…"), so a message never quotes much of a file."""
        return prefix + "".join(f"/{pointer_part(part)}" for part in reversed(self.path))


def pointer_part(key: str | int) -> str:
    """One key or index as a JSON pointer writes it (``~`` and ``/`` escaped), shown briefly."""
    from hamstring_desktop.content.user_text import excerpt

    return excerpt(str(key).replace("~", "~0").replace("/", "~1"), 40)


def describe(value: Any) -> str:
    """A value as a message may quote it: short, and never the whole of a large value."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        text = json.dumps(value)
        return text if len(text) <= 30 else "a very long number"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        return json.dumps(shown, ensure_ascii=False)
    return "an object" if isinstance(value, dict) else "a list"


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 and 1.0 are equal, true and 1 are not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def _fail(message: str, *path: str | int) -> SchemaProblem:
    problem = SchemaProblem(message)
    problem.path.extend(path)
    return problem


def _hint(description: str) -> str:
    """The example in a definition's description ("such as ..."), as a hint."""
    found = re.search(r"such as (\S+?)\.?$", description)
    return f" (such as {found.group(1)})" if found else ""


class Validator:
    """A compiled schema: :meth:`check` validates a whole document; :meth:`part` gives the check
    of one definition (``session``, ``step``) and :meth:`property_check` that of one top-level
    key, for checking element by element."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._definitions: dict[str, Any] = schema.get("$defs", {})
        self._constants: dict[str, Any] = {
            "SchemaProblem": SchemaProblem,
            "describe": describe,
            "_equal": _equal,
            "_fail": _fail,
            "_NUMBERS": (int, float),
        }
        self._lines: list[str] = []
        self._names: dict[int, str] = {}
        self._definition_functions = {name: self._function(node) for name, node in self._definitions.items()}
        self._root = self._function(schema)
        self._top = {name: self._function(node) for name, node in schema.get("properties", {}).items()}
        namespace = dict(self._constants)
        exec(
            compile("\n".join(self._lines), "<history schema>", "exec"), namespace
        )  # the code is made from our own schema
        self._compiled: dict[str, Check] = {name: namespace[name] for name in self._names.values()}

    def check(self, value: Any) -> None:
        """Raise :class:`SchemaProblem` at the first value the schema does not allow."""
        self._compiled[self._root](value)

    def part(self, name: str) -> Check:
        """The check of the definition ``#/$defs/NAME``."""
        return self._compiled[self._definition_functions[name]]

    def property_check(self, name: str) -> Check:
        """The check of one key of the document's top-level object (KeyError for an unknown one)."""
        return self._compiled[self._top[name]]

    # --- compiling --------------------------------------------------------------------------------

    def _constant(self, value: Any) -> str:
        name = f"_c{len(self._constants)}"
        self._constants[name] = value
        return name

    def _function(self, node: dict[str, Any]) -> str:
        """The name of a function that checks ``node`` (made once per node)."""
        if id(node) in self._names:
            return self._names[id(node)]
        name = f"check_{len(self._names)}"
        self._names[id(node)] = name
        self._lines.append(f"def {name}(v):")
        self._lines.extend("    " + line for line in self._checks(node, "v", 0) or ["pass"])
        return name

    def _checks(self, node: dict[str, Any], v: str, depth: int, following: tuple[int, ...] = ()) -> list[str]:
        """Lines that check the value named ``v`` against ``node``, with every reference and
        every property written out in place (a function call per value would cost more than
        the checks themselves)."""
        unknown = set(node) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise ValueError(f"the schema uses keywords this validator does not know: {sorted(unknown)}")
        lines: list[str] = []
        if "$ref" in node:
            reference = node["$ref"]
            target = self._definitions.get(reference[8:]) if reference.startswith("#/$defs/") else None
            if target is None:
                raise ValueError(
                    f"only references to this schema's definitions are supported, not {reference!r}"
                )
            if id(target) in following:
                raise ValueError(f"{reference} refers to itself; this validator cannot follow that")
            lines.extend(self._checks(target, v, depth, (*following, id(target))))
        if "type" in node:
            names = [node["type"]] if isinstance(node["type"], str) else list(node["type"])
            test = " or ".join(_TYPE_TESTS[type_name].format(v=v) for type_name in names)
            words = "must be " + " or ".join(_TYPE_WORDS[type_name] for type_name in names)
            lines.append(f"if not ({test}): raise _fail({words!r} + ', not ' + describe({v}))")
        if "enum" in node:
            allowed = list(node["enum"])
            words = "must be one of " + ", ".join(describe(item) for item in allowed)
            if all(isinstance(item, str) for item in allowed):
                test = f"type({v}) is str and {v} in {self._constant(frozenset(allowed))}"
            else:
                test = f"any(_equal({v}, item) for item in {self._constant(allowed)})"
            lines.append(f"if not ({test}): raise _fail({words!r} + ', not ' + describe({v}))")
        if "const" in node:
            expected = self._constant(node["const"])
            words = f"must be {describe(node['const'])}"
            lines.append(f"if not _equal({v}, {expected}): raise _fail({words!r} + ', not ' + describe({v}))")
        lines.extend(self._scalar_lines(node, v))
        if "items" in node:
            item = f"x{depth}"
            lines.append(f"if type({v}) is list:")
            lines.append(f"    for i{depth}, {item} in enumerate({v}):")
            lines.append("        try:")
            lines.extend(
                "            " + line
                for line in self._checks(node["items"], item, depth + 1, following) or ["pass"]
            )
            lines.append("        except SchemaProblem as p:")
            lines.append(f"            p.path.append(i{depth})")
            lines.append("            raise")
        if {"properties", "required", "additionalProperties"} & set(node):
            lines.extend(self._object_lines(node, v, depth, following))
        return lines

    def _scalar_lines(self, node: dict[str, Any], v: str) -> list[str]:
        lines = []
        if "minimum" in node:
            low = node["minimum"]
            words = f"must be at least {describe(low)}"
            test = f"type({v}) in _NUMBERS and {v} < {low!r}"
            lines.append(f"if {test}: raise _fail({words!r} + ', not ' + describe({v}))")
        if "maximum" in node:
            high = node["maximum"]
            words = f"must be at most {describe(high)}"
            test = f"type({v}) in _NUMBERS and {v} > {high!r}"
            lines.append(f"if {test}: raise _fail({words!r} + ', not ' + describe({v}))")
        if "minLength" in node:
            shortest = int(node["minLength"])
            words = "must not be empty" if shortest == 1 else f"is shorter than {shortest} characters"
            lines.append(f"if type({v}) is str and len({v}) < {shortest}: raise _fail({words!r})")
        if "maxLength" in node:
            longest = int(node["maxLength"])
            words = f"is longer than {longest} characters: "
            lines.append(
                f"if type({v}) is str and len({v}) > {longest}: raise _fail({words!r} + describe({v}))"
            )
        if "pattern" in node:
            # Matches are remembered (up to a limit): a file names each session id many times.
            pattern = self._constant(re.compile(node["pattern"]))
            seen = self._constant(set())
            words = " is not in the expected form" + _hint(node.get("description", ""))
            lines.append(f"if type({v}) is str and {v} not in {seen}:")
            lines.append(f"    if not {pattern}.search({v}): raise _fail(describe({v}) + {words!r})")
            lines.append(f"    if len({seen}) < {_SEEN_LIMIT}: {seen}.add({v})")
        return lines

    def _object_lines(
        self, node: dict[str, Any], v: str, depth: int, following: tuple[int, ...]
    ) -> list[str]:
        extra = node.get("additionalProperties", True)
        if not isinstance(extra, bool):
            raise ValueError("additionalProperties must be true or false in this schema")
        properties: dict[str, Any] = node.get("properties", {})
        lines = [f"if type({v}) is dict:"]
        for key in node.get("required", ()):
            lines.append(f"    if {key!r} not in {v}: raise _fail({f'the key {describe(key)} is missing'!r})")
        if extra is False:
            known = self._constant(frozenset(properties))
            lines.append(f"    for k in {v}:")
            lines.append(f"        if k not in {known}:")
            lines.append("            raise _fail(describe(k) + ' is not a key this format has', k)")
        item = f"x{depth}"
        for key, sub in properties.items():
            checks = self._checks(sub, item, depth + 1, following)
            if not checks:
                continue
            lines.append(f"    if {key!r} in {v}:")
            lines.append(f"        {item} = {v}[{key!r}]")
            lines.append("        try:")
            lines.extend("            " + line for line in checks)
            lines.append("        except SchemaProblem as p:")
            lines.append(f"            p.path.append({key!r})")
            lines.append("            raise")
        return lines


def schema_text() -> str:
    """The schema as it ships in the app."""
    from hamstring_desktop.resources import read_resource

    return read_resource(SCHEMA_RESOURCE).decode("utf-8")


@cache
def history_validator() -> Validator:
    """The compiled schema of history files (compiled once)."""
    return Validator(json.loads(schema_text()))
