"""The shapes of the anatomy diagram, read from its SVG: muscles, zones and label anchors.

The SVG (assets/anatomy/posterior-thigh.svg) is drawn by QSvgRenderer. For hit-testing and
highlights the app needs the muscles' outlines as QPainterPaths in paint order, which QSvgRenderer
does not expose, so this module reads them from the file itself. The drawing keeps to a small part
of SVG (absolute M, L, C and Z path commands, no transforms) and anything else is reported as an
error naming the element, so a drawing edit cannot silently break the hit-testing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QXmlStreamReader
from PySide6.QtGui import QPainterPath

SVG_NS = "{http://www.w3.org/2000/svg}"
_START, _END = QXmlStreamReader.TokenType.StartElement, QXmlStreamReader.TokenType.EndElement
ZONE_PREFIX = "zone-"
ANCHOR_PREFIX = "anchor-"
_TOKEN = re.compile(r"[MLCZmlczHVhvSsQqTtAa]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGUMENTS = {"M": 2, "L": 2, "C": 6, "Z": 0}


class DiagramError(ValueError):
    """The diagram file is not what the app can read; the message names the element."""


@dataclass(frozen=True)
class DiagramShapes:
    """Everything the anatomy view needs from the SVG, in the SVG's own coordinates.

    A muscle's outline is the union of its filled parts, and its visible part is what the
    muscles painted above it leave; the path operations behind them take about 4 ms for the
    four muscles. The first paint needs none of them, so each is worked out the first time it
    is asked for (the start-up asks just after the paint), then kept."""

    view_box: QRectF
    parts: tuple[tuple[str, tuple[QPainterPath, ...]], ...]  # each muscle's filled paths, bottom to top
    zones: dict[str, QRectF]
    anchors: dict[str, QPointF]
    _outlines: dict[str, QPainterPath] = field(default_factory=dict, compare=False, repr=False)
    _visible: dict[str, QPainterPath] = field(default_factory=dict, compare=False, repr=False)

    @property
    def muscles(self) -> tuple[tuple[str, QPainterPath], ...]:
        """Each muscle's outline, bottom to top, as painted."""
        return tuple((muscle_id, self.muscle_path(muscle_id)) for muscle_id, _ in self.parts)

    def muscle_path(self, muscle_id: str) -> QPainterPath:
        """The outline of one muscle (all its filled parts)."""
        outline = self._outlines.get(muscle_id)
        if outline is None:
            outline = QPainterPath()
            for part in dict(self.parts)[muscle_id]:
                # A union, so overlapping parts (a tendon over its belly) never cut holes.
                outline = outline.united(part)
            self._outlines[muscle_id] = outline
        return outline

    def muscle_bounds(self, muscle_id: str) -> QRectF:
        """Where a muscle's filled parts lie: the bounds of its outline, without working the
        outline out (the window places each muscle's keyboard stand-in there before its first
        paint)."""
        bounds = QRectF()
        for part in dict(self.parts)[muscle_id]:
            bounds = bounds.united(part.boundingRect())
        return bounds

    def zones_union(self) -> QRectF:
        """The whole length of the hamstrings: all three zones together."""
        union = QRectF()
        for rect in self.zones.values():
            union = union.united(rect)
        return union

    def visible_path(self, muscle_id: str) -> QPainterPath:
        """The part of a muscle not covered by muscles painted above it."""
        path = self._visible.get(muscle_id)
        if path is None:
            ids = [found for found, _ in self.parts]
            path = self.muscle_path(muscle_id)
            for above in ids[ids.index(muscle_id) + 1 :]:
                path = path.subtracted(self.muscle_path(above))
            self._visible[muscle_id] = path
        return path

    def muscle_at(self, point: QPointF) -> str | None:
        """The muscle whose visible shape is at ``point``: the topmost one wins."""
        for muscle_id, path in reversed(self.muscles):
            if path.contains(point):
                return muscle_id
        return None


class VisibleParts(Mapping[str, QPainterPath]):
    """The visible part of each of ``muscle_ids``, by id, worked out when first looked up."""

    def __init__(self, shapes: DiagramShapes, muscle_ids: tuple[str, ...]) -> None:
        self._shapes = shapes
        self._ids = muscle_ids

    def __getitem__(self, muscle_id: str) -> QPainterPath:
        if muscle_id not in self._ids:
            raise KeyError(muscle_id)
        return self._shapes.visible_path(muscle_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def parse_path_data(data: str, where: str) -> QPainterPath:
    """A QPainterPath from SVG path data using absolute M, L, C and Z."""
    path = QPainterPath()
    tokens = _TOKEN.findall(data)
    leftover = _TOKEN.sub("", data).replace(",", "").split()
    if leftover:
        raise DiagramError(f"{where}: cannot read {leftover[0]!r} in the path data")
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            if token not in _ARGUMENTS:
                raise DiagramError(f"{where}: path command {token!r} is not supported (use M, L, C, Z)")
            command = token
            index += 1
            if command == "Z":
                path.closeSubpath()
                continue
        elif not command or command == "Z":
            raise DiagramError(f"{where}: a number without a path command")
        count = _ARGUMENTS[command]
        numbers = tokens[index : index + count]
        if len(numbers) < count or any(n.isalpha() for n in numbers):
            raise DiagramError(f"{where}: {command} needs {count} numbers")
        values = [float(n) for n in numbers]
        index += count
        if command == "M":
            path.moveTo(values[0], values[1])
            command = "L"  # further pairs after M are lines, as in SVG
        elif command == "L":
            path.lineTo(values[0], values[1])
        else:
            path.cubicTo(values[0], values[1], values[2], values[3], values[4], values[5])
    return path


class Element:
    """One element of the drawing: its tag (``{namespace}name``), attributes and children. Read
    with Qt's XML reader: Python's ``xml.etree`` and its parser would cost about 1.5 ms more to
    load before the window's first paint."""

    __slots__ = ("attrib", "children", "tag")

    def __init__(self, tag: str, attrib: dict[str, str]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.children: list[Element] = []

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrib.get(name, default)

    def iter(self) -> Iterator[Element]:
        """This element and every one inside it, in document order."""
        yield self
        for child in self.children:
            yield from child.iter()


def _qualified(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


def parse_svg(svg: bytes, source: str) -> Element:
    """The drawing's root element; a document that is not well-formed XML is a DiagramError."""
    data = QBuffer()
    data.setData(QByteArray(svg))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(data)
    root: Element | None = None
    open_elements: list[Element] = []
    while not reader.atEnd():
        token = reader.readNext()
        if token == _START:
            attrib = {_qualified(a.namespaceUri(), a.name()): a.value() for a in reader.attributes()}
            element = Element(_qualified(reader.namespaceUri(), reader.name()), attrib)
            if open_elements:
                open_elements[-1].children.append(element)
            else:
                root = element
            open_elements.append(element)
        elif token == _END:
            open_elements.pop()
    if reader.hasError() or root is None:
        reason = reader.errorString() or "no element"
        raise DiagramError(f"{source}: not valid XML: {reason} (line {reader.lineNumber()})")
    return root


def _is_filled(element: Element, inherited: str) -> bool:
    fill = element.get("fill", inherited)
    return fill != "none"


def _filled_paths(group: Element, where: str) -> tuple[QPainterPath, ...]:
    parts: list[QPainterPath] = []
    group_fill = group.get("fill", "black")
    for element in group.iter():
        if element is group:
            continue
        tag = element.tag.removeprefix(SVG_NS)
        if element.get("transform"):
            raise DiagramError(f"{where}: transforms are not supported inside a muscle")
        if tag == "path" and _is_filled(element, group_fill):
            parts.append(parse_path_data(element.get("d", ""), where))
        elif tag not in ("path", "title", "desc"):
            raise DiagramError(f"{where}: <{tag}> is not supported inside a muscle; use <path>")
    if all(part.isEmpty() for part in parts):
        raise DiagramError(f"{where}: the muscle has no filled path")
    return tuple(parts)


def _number(element: Element, name: str, where: str) -> float:
    try:
        return float(element.get(name, ""))
    except ValueError:
        raise DiagramError(f"{where}: attribute {name} must be a number") from None


def read_shapes(svg: bytes, muscle_ids: tuple[str, ...], source: str) -> DiagramShapes:
    """Read the muscles (each of ``muscle_ids`` must be there), zones and anchors."""
    root = parse_svg(svg, source)
    box = root.get("viewBox", "").replace(",", " ").split()
    if len(box) != 4:
        raise DiagramError(f"{source}: the <svg> element needs a viewBox")
    view_box = QRectF(*(float(v) for v in box))
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    missing = [m for m in muscle_ids if m not in by_id]
    if missing:
        raise DiagramError(f"{source}: no element with id {', '.join(missing)}")
    wanted = set(muscle_ids)
    ordered = [element.get("id", "") for element in root.iter() if element.get("id") in wanted]
    parts = tuple(
        (muscle_id, _filled_paths(by_id[muscle_id], f"{source}: #{muscle_id}")) for muscle_id in ordered
    )
    zones: dict[str, QRectF] = {}
    anchors: dict[str, QPointF] = {}
    for element_id, element in by_id.items():
        assert element_id is not None
        where = f"{source}: #{element_id}"
        if element_id.startswith(ZONE_PREFIX):
            zones[element_id.removeprefix(ZONE_PREFIX)] = QRectF(
                _number(element, "x", where),
                _number(element, "y", where),
                _number(element, "width", where),
                _number(element, "height", where),
            )
        elif element_id.startswith(ANCHOR_PREFIX):
            anchors[element_id.removeprefix(ANCHOR_PREFIX)] = QPointF(
                _number(element, "cx", where), _number(element, "cy", where)
            )
    return DiagramShapes(view_box, parts, zones, anchors)
