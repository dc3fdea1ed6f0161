"""Writing a routine as TOML that stays readable by hand, keeping what a person wrote.

:func:`routine_to_toml` writes a routine in one fixed layout: the routine's keys, then one
``[[steps]]`` table per step, each key in the order the README lists them, every optional key
left out when it has its default.

:func:`update_routine_text` writes an edited routine over the text it was read from, changing
only what changed:

- the text saved with no change is the original, byte for byte;
- the comment lines at the top of the file (with the blank lines after them, or none, as the
  file has them), and every comment line elsewhere, are kept; so are CRLF line ends;
- a value that did not change keeps its line as written (its end-of-line comment too);
- a changed value gets a new line (its old end-of-line comment goes, as it may no longer be
  true); a removed value's line goes; a new value gets a line in the fixed order;
- a step that moved takes its lines and the comments just above it along; a deleted step's
  lines and comments go; a new step is written in the fixed layout.

Whatever the original holds, the result is checked by reading it back: when it does not read as
the edited routine (a multi-line string, say), the fixed layout is written instead, keeping only
the comment lines at the top.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from hamstring_desktop.content.errors import ContentError
from hamstring_desktop.content.fields import Fields, Locator, parse_toml
from hamstring_desktop.content.models import Routine, RoutineStep, StepKind, Zone
from hamstring_desktop.content.routine_reader import parse_routine, parse_step

ROOT_KEYS = ("id", "name", "when", "description")
STEP_KEYS = ("kind", "technique", "seconds", "side", "zone", "instruction", "pace_seconds", "hold")
_STEPS_HEADER = re.compile(r"^\s*\[\[\s*steps\s*\]\]\s*(?:#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_COMMENT = re.compile(r"^\s*#")
_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


# --- values ----------------------------------------------------------------------------------------


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest as is."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _value(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return toml_string(value)


def root_values(routine: Routine) -> dict[str, str | int | bool]:
    """The routine's own keys as written (an empty description is left out)."""
    values: dict[str, str | int | bool] = {"id": routine.id, "name": routine.name, "when": routine.when.value}
    if routine.description:
        values["description"] = routine.description
    return values


def step_values(step: RoutineStep) -> dict[str, str | int | bool]:
    """A step's keys as written, in the fixed order; defaults are left out (``kind`` for a
    technique step, zone "full", no instruction, no pace, no hold), except that a technique
    step always says its zone."""
    values: dict[str, str | int | bool] = {}
    if step.kind is not StepKind.TECHNIQUE:
        values["kind"] = step.kind.value
        if step.kind is StepKind.REST:
            values["seconds"] = step.seconds
        if step.instruction:
            values["instruction"] = step.instruction
        return values
    values["technique"] = step.technique
    values["seconds"] = step.seconds
    values["side"] = step.side.value
    values["zone"] = step.zone.value
    if step.instruction:
        values["instruction"] = step.instruction
    if step.pace_seconds is not None:
        values["pace_seconds"] = step.pace_seconds
    if step.hold:
        values["hold"] = True
    return values


def _lines(values: dict[str, str | int | bool]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in values.items()]


def routine_to_toml(routine: Routine, header: Sequence[str] = ()) -> str:
    """The routine in the fixed layout, after the comment lines ``header`` (if any)."""
    blocks = ["\n".join(_lines(root_values(routine)))]
    blocks += ["\n".join(["[[steps]]", *_lines(step_values(step))]) for step in routine.steps]
    top = "\n".join(header).strip("\n")
    return (top + "\n\n" if top else "") + "\n\n".join(blocks) + "\n"


# --- keeping what a person wrote -------------------------------------------------------------------


@dataclass
class _Block:
    """Lines of the original text: comments just above a table, then the table's own lines."""

    leading: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


@dataclass
class _Layout:
    header: list[str]  # comment (and blank) lines at the top of the file
    root: _Block
    steps: list[_Block]


def _split(text: str) -> _Layout | None:
    """The original's lines by table; None when it has tables other than [[steps]]."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip() and not _COMMENT.match(line)), len(lines))
    header = lines[:first]
    root = _Block()
    steps: list[_Block] = []
    current = root
    pending: list[str] = []  # comment lines that may belong to the next table
    for line in lines[first:]:
        if _STEPS_HEADER.match(line):
            current = _Block(leading=pending, lines=[line])
            steps.append(current)
            pending = []
        elif _ANY_HEADER.match(line) and not _KEY.match(line):
            return None
        elif _COMMENT.match(line):
            pending.append(line)
        else:
            current.lines += pending
            pending = []
            current.lines.append(line)
    current.lines += pending
    return _Layout(header, root, steps)


def _line_value(line: str) -> dict[str, Any] | None:
    """The one key a line sets, parsed on its own; None when the line is not a whole ``key =
    value`` (a multi-line string, say)."""
    try:
        parsed = parse_toml(line, "")
    except ContentError:
        return None
    return parsed if len(parsed) == 1 else None


# Values a file may leave out: writing them or not is no change.
_DEFAULTS: dict[str, object] = {"kind": StepKind.TECHNIQUE.value, "zone": Zone.FULL.value, "hold": False}


def _same(key: str, before: dict[str, Any], after: dict[str, str | int | bool]) -> bool:
    default = _DEFAULTS.get(key)
    return bool(before.get(key, default) == after.get(key, default))


def _rewrite(
    block: list[str], before: dict[str, Any], after: dict[str, str | int | bool], order: Sequence[str]
) -> list[str] | None:
    """``block``'s lines with each changed key's line replaced, removed or added (in ``order``);
    None when a changed key's line cannot be told apart (a multi-line or dotted value)."""
    lines = list(block)
    where: dict[str, int] = {}
    for number, line in enumerate(lines):
        match = _KEY.match(line)
        if match:
            where.setdefault(match.group(1), number)
    dropped: set[int] = set()
    added: list[str] = []
    for key in order:
        if _same(key, before, after):
            continue
        if key in where:
            if _line_value(lines[where[key]]) != {key: before.get(key)}:
                return None
            if key in after:
                lines[where[key]] = f"{key} = {_value(after[key])}"
            else:
                dropped.add(where[key])
        elif key in before:
            return None  # set in a way this cannot see: let the caller write the block anew
        else:
            added.append(key)
    if set(before) - set(order):
        return None
    result = [line for number, line in enumerate(lines) if number not in dropped]
    for key in added:
        result = _insert(result, key, f"{key} = {_value(after[key])}", order)
    return result


def _insert(lines: list[str], key: str, text: str, order: Sequence[str]) -> list[str]:
    """Put ``text`` after the line of the last key before ``key`` in ``order`` (or at the top)."""
    earlier = set(order[: order.index(key)])
    at = 0
    for number, line in enumerate(lines):
        match = _KEY.match(line)
        if _STEPS_HEADER.match(line) or (match and not _COMMENT.match(line) and match.group(1) in earlier):
            at = number + 1
    return [*lines[:at], text, *lines[at:]]


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return lines


def update_routine_text(original: str, edited: Routine, origins: Sequence[int | None] | None = None) -> str:
    """``edited`` written over ``original`` (the text it was read from), keeping what a person
    wrote (see the module docstring). ``origins[i]`` is the index in the original of the step
    that is now step ``i`` (None for a new one); by default, step ``i`` was step ``i``."""
    try:
        before = parse_toml(original, "")
        old_steps = [dict(step) for step in before.get("steps", [])]
        old_root = {key: before[key] for key in ROOT_KEYS if key in before}
    except (ContentError, TypeError, ValueError):
        return routine_to_toml(edited)
    layout = _split(original)
    if origins is None:
        origins = [i if i < len(old_steps) else None for i in range(len(edited.steps))]
    if list(origins) == list(range(len(old_steps))) and _reads_as(original, edited):
        return original  # no change: nothing to rewrite, not even the layout
    if layout is None or len(layout.steps) != len(old_steps) or len(origins) != len(edited.steps):
        return routine_to_toml(edited, _comment_lines(original))
    root = _rewrite(layout.root.lines, old_root, root_values(edited), ROOT_KEYS)
    blocks: list[list[str]] = [_trim(layout.root.leading + root) if root is not None else []]
    if root is None:
        blocks[0] = _lines(root_values(edited))
    for step, origin in zip(edited.steps, origins, strict=True):
        new_values = step_values(step)
        if origin is None or not 0 <= origin < len(old_steps):
            blocks.append(["[[steps]]", *_lines(new_values)])
            continue
        block = layout.steps[origin]
        if _parses_as(block.lines, step):
            blocks.append(_trim(block.leading + block.lines))  # unchanged: as it was written
            continue
        rewritten = _rewrite(block.lines, old_steps[origin], new_values, STEP_KEYS)
        if rewritten is None:
            rewritten = ["[[steps]]", *_lines(new_values)]
        blocks.append(_trim(block.leading + rewritten))
    # The lines before the first key as they are: a comment right above ``id`` stays right there.
    header = "".join(line + "\n" for line in layout.header)
    text = header + "\n\n".join("\n".join(b) for b in blocks) + "\n"
    if _crlf(original):
        text = text.replace("\n", "\r\n")
    if _reads_as(text, edited):
        return text
    return routine_to_toml(edited, _comment_lines(original))


def _crlf(text: str) -> bool:
    """Whether every line of ``text`` ends in CRLF (a file written on Windows, say)."""
    return "\r\n" in text and text.count("\r\n") == text.count("\n")


def _parses_as(lines: list[str], step: RoutineStep) -> bool:
    """Whether a ``[[steps]]`` table's lines read as ``step``."""
    text = "\n".join(lines[1:])
    try:
        entry = Fields(parse_toml(text, ""), "", Locator(text))
        parsed = parse_step(entry)
        entry.finish()
    except ContentError:
        return False
    return parsed == step


def _comment_lines(original: str) -> list[str]:
    """The comment lines at the very top of a file."""
    lines = original.replace("\r\n", "\n").split("\n")
    header = []
    for line in lines:
        if _COMMENT.match(line) or not line.strip():
            header.append(line)
        else:
            break
    return _trim(header)


def _reads_as(text: str, routine: Routine) -> bool:
    try:
        again = parse_routine(text, routine.source)
    except ContentError:
        return False
    return replace(again, builtin=routine.builtin) == routine


__all__ = ["root_values", "routine_to_toml", "step_values", "toml_string", "update_routine_text"]
