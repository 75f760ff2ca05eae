"""CJK line breaking and column flow.

Lines break between any two CJK characters, never inside a Latin word or a
number, never before closing punctuation nor after opening punctuation
(避头尾); full lines are justified to the column by character spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bench.varied.fonts import Faces

NO_LINE_START = set("，。、；：？！”’）》」』】…—%·.,;:!?)]％")
NO_LINE_END = set("“‘（《「『【([")
_UNITS = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%+\-/:'@&_#]*|——|……|\s+|.", re.S)


def split_units(text: str) -> list[str]:
    """Unbreakable pieces: a CJK character, a Latin word or number, a doubled dash."""
    return _UNITS.findall(text)


def break_lines(text: str, faces: Faces, font: str, size: float, width: float,
                first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking with the 避头尾 rules; the first line is shortened by first_indent."""
    lines: list[str] = []
    current: list[str] = []
    used = first_indent
    limit = width + 0.01
    for unit in split_units(text):
        unit_width = faces.width(unit, font, size)
        if unit_width > width and len(unit) > 1:  # a Latin run longer than the column
            for char in unit:
                used = _add(lines, current, char, faces.width(char, font, size), used, limit, faces, font, size)
            continue
        used = _add(lines, current, unit, unit_width, used, limit, faces, font, size)
    if current:
        lines.append("".join(current).rstrip())
    return [line for line in lines if line]


def _add(lines, current, unit, unit_width, used, limit, faces, font, size) -> float:
    if not current and unit.isspace():
        return used
    if current and used + unit_width > limit:
        carry: list[str] = []
        if unit[0] in NO_LINE_START and len(current) > 1:
            carry.insert(0, current.pop())
        while len(current) > 1 and current[-1][-1] in NO_LINE_END:
            carry.insert(0, current.pop())
        lines.append("".join(current).rstrip())
        current.clear()
        current.extend(piece for piece in carry if not (piece.isspace() and not current))
        used = sum(faces.width(piece, font, size) for piece in current)
        if unit.isspace() and not current:
            return used
    current.append(unit)
    return used + unit_width


@dataclass
class FlowLine:
    """One printed line waiting for a place in a column."""

    text: str
    font: str
    size: float
    advance: float  # vertical space the line takes, its leading included
    unit: int  # the paragraph (or other keep-whole piece) it belongs to
    align: str = "justify"  # justify | left | center | right
    indent: float = 0.0
    last_of_unit: bool = False
    bold: bool = False
    space_before: float = 0.0
    boxed: bool = False
    kind: str = "body"


@dataclass
class Placed:
    line: FlowLine
    x: float
    top: float
    width: float


@dataclass
class Segment:
    """A free stretch of one column: x range and y range."""

    x: float
    width: float
    top: float
    bottom: float
    placed: list[Placed] = field(default_factory=list)


def paragraph_lines(text: str, unit: int, faces: Faces, font: str, size: float, width: float,
                    leading: float, *, indent_chars: float = 2.0, align: str = "justify",
                    bold: bool = False, kind: str = "body", space_before: float = 0.0) -> list[FlowLine]:
    """Lines of one paragraph; the first indented by indent_chars characters."""
    indent = indent_chars * size
    texts = break_lines(text, faces, font, size, width, indent)
    lines = [FlowLine(t, font, size, leading, unit, align, indent if i == 0 else 0.0, bold=bold, kind=kind)
             for i, t in enumerate(texts)]
    if lines:
        lines[-1].last_of_unit = True
        lines[0].space_before = space_before
    return lines


def flow(lines: list[FlowLine], segments: list[Segment]) -> int:
    """Place lines into segments in order; returns how many were placed."""
    for segment in segments:
        segment.placed = []
    index = 0
    for segment in segments:
        y = segment.top
        while index < len(lines):
            line = lines[index]
            before = line.space_before if segment.placed else 0.0
            if y + before + _keep_with_next(lines, index) > segment.bottom + 0.01:
                break
            segment.placed.append(Placed(line, segment.x, y + before, segment.width))
            y += before + line.advance
            index += 1
        if index == len(lines):
            break
    return index


def _keep_with_next(lines: list[FlowLine], index: int) -> float:
    """Height that must fit: a subhead's lines and the first line after them stay together."""
    line = lines[index]
    if line.kind != "subhead" or (index and lines[index - 1].kind == "subhead" and lines[index - 1].unit == line.unit):
        return line.advance
    end = index
    while end < len(lines) and lines[end].kind == "subhead" and lines[end].unit == line.unit:
        end += 1
    return sum(lines[i].advance for i in range(index, min(end + 1, len(lines))))


def draw_placed(canvas, placed: Placed) -> None:
    """Draw a placed line: justified, indented, centred or right-aligned in its column."""
    line = placed.line
    natural = canvas.faces.width(line.text, line.font, line.size)
    baseline = placed.top + line.size * 0.88 + (line.advance - line.size) * 0.35
    if line.boxed:
        baseline = placed.top + (line.advance + line.size * 0.76) / 2
    x = placed.x + line.indent
    spacing = 0.0
    room = placed.width - line.indent - natural
    if line.align == "center":
        x += max(0.0, room / 2)
    elif line.align == "right":
        x += max(0.0, room)
    elif line.align == "justify" and not line.last_of_unit and len(line.text) > 1 and room > 0.05:
        spacing = room / (len(line.text) - 1)
        if spacing > line.size * 0.4:
            spacing = 0.0
    canvas.text(x, baseline, line.text, line.font, line.size, spacing=spacing, bold=line.bold)
