"""Which text a PDF page fills and strokes (fake bold), read from its content stream.

Chinese fonts seldom have a bold face, so pages embolden text by stroking the
glyphs' outlines as well as filling them (text render mode 2). MuPDF tells a
glyph filled and stroked only when asked to collect styles, and then compares
every glyph with every glyph before it on the page (to merge text printed
twice): quadratic in the page's glyphs, costlier than the whole extraction on
a full newspaper page. Where each fill-and-stroke text show starts can be read
from the content stream in one linear pass instead; the text extraction
without styles then gets the stroke bit of the spans that start there.
Real pages set fake bold otherwise: the text stroked alone (render mode 1),
then filled again in the same place; the extraction without styles gives
both, and the spans are merged as the style collection would merge them.
Anything this does not model (literal strings on a page with fill-and-stroke text,
inline images, forms, text rise, a show that does not start its own span, a
fill that does not match its stroke, text drawn twice) sends the page back to
MuPDF's style collection, whose answer is the reference.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

#: a text render mode that strokes the glyphs: 1 (stroke) or 2 (fill, then stroke)
_STROKE_MODE = re.compile(rb"([12])[ \t\r\n]+Tr\b")
#: bytes that may stand before an operand (whitespace, delimiters)
_DELIMITERS = frozenset(b" \t\r\n\f\x00[]<>(){}/%")
#: pages drawn as more content streams than this are not searched for stroked text
_MAX_STREAMS = 32
#: MuPDF's character flags FZ_STEXT_FILLED | FZ_STEXT_STROKED
FILLED_AND_STROKED = 16 | 32
_STROKED = 32
_FILLED = 16
#: FZ_STEXT_SYNTHETIC | FZ_STEXT_SYNTHETIC_LARGE: a space MuPDF adds in a gap
_SYNTHETIC = 4 | 512
_OPERAND = rb"(?:/[^\s/\[\]<>(){}%]*(?![^\s/\[\]<>(){}%])|(?<![\d.])[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?![\d.])|<[0-9A-Fa-f\s]*>|\[[^\[\]]*\])"
#: an operator with its operands (one way only to read each: linear); a run of operands with no operator.
#: An array holds no array (a TJ's strings and shifts): an unclosed one is given up at the next [, not the stream's end.
#: (each run of operands taken whole, atomic: a run followed by no operator, at a stream's end or
#: before a stray byte, is not tried again split in other ways, which grew exponentially with its length)
_OPERATIONS = re.compile(rb"((?>(?:" + _OPERAND + rb"\s*)*))([A-Za-z'\"*]+)|(?>(?:" + _OPERAND + rb"\s*)+)")
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_TEXT_OBJECT_BOUNDS = re.compile(rb"\b[BE]T\b")
#: what the pass does not follow: literal strings, dictionaries (marked content), comments; inline images
_UNMODELLED = (b"(", b"<<", b"%", b"{")
_INLINE_IMAGE = re.compile(rb"(?<![\w.])BI(?![\w])")
#: the operators the pass reads or must not meet; the rest do not move text
_FOLLOWED = frozenset((b"q", b"Q", b"cm", b"BT", b"ET", b"Tf", b"Tr", b"Tm", b"Td", b"TD", b"Tj", b"TJ", b"'", b'"', b"T*",
                       b"Ts", b"Do", b"d0", b"d1", b"BI"))
#: how far (points) a span's origin may lie from the show it starts
_NEAR = 0.05


class _Unmodelled(Exception):
    """The content stream does something the linear pass does not follow."""


@dataclass(slots=True)
class Strokes:
    """What a page strokes: where each fill-and-stroke show starts (x, y in
    MuPDF's page space) and how many glyphs it draws; and whether some text
    is stroked alone (render mode 1), to be filled again over it."""

    shows: list[tuple[float, float, int]] = field(default_factory=list)
    stroked_alone: bool = False

    def __bool__(self) -> bool:
        return bool(self.shows) or self.stroked_alone


def stroked_text(page: Any) -> Strokes | None:
    """The page's stroked text (see :class:`Strokes`; empty when none), or
    None when MuPDF has to collect styles to tell (see the module's doc)."""
    try:
        kind, value = page.parent.xref_get_key(page.xref, "Contents")  # cheap: no stream is read
        if kind == "array" and value.count(" R") > _MAX_STREAMS:
            return Strokes()
        content = page.read_contents()
        forms = page.get_xobjects()[:_MAX_STREAMS]
        if any(_stroke_modes(page.parent.xref_stream(form[0]) or b"") for form in forms):
            return None  # a page placed whole in another, an article set as a form
        modes = _stroke_modes(content)
    except Exception:  # a damaged content stream: the text pass reports it
        return Strokes()
    if not modes:
        return Strokes()
    if page.rotation:
        return None
    if b"2" not in modes:
        return Strokes([], True)  # the text pass marks text stroked alone itself
    try:
        shows = _shows(content, _glyph_digits(page.get_fonts()), page.transformation_matrix)
    except (_Unmodelled, ValueError, OverflowError, RuntimeError):  # (odd operands: 1e400, /x 0 Td)
        return None
    if not all(math.isfinite(x) and math.isfinite(y) for x, y, _ in shows):
        return None
    return Strokes(shows, b"1" in modes)


def _glyph_digits(fonts: list[tuple]) -> dict[str, int | None]:
    """Font resource name -> hex digits a glyph of its strings takes: 2 for a
    simple font, 4 for a Type0 font on an Identity CMap; None for another CMap
    (UniGB-UCS2-H, GBK-EUC-H: one or two bytes a glyph, as the CMap says),
    which the pass does not read."""
    digits: dict[str, int | None] = {}
    for font in fonts:
        if font[2] != "Type0":
            digits[font[4]] = 2
        else:
            digits[font[4]] = 4 if font[5] in ("Identity-H", "Identity-V") else None
    return digits


def _stroke_modes(content: bytes) -> set[bytes]:
    """The render modes that stroke text (b"1", b"2") the content sets. (A
    scan for the operator, its operand checked by hand: a pattern that looks
    behind at every byte of a long stream costs milliseconds.)"""
    modes: set[bytes] = set()
    for match in _STROKE_MODE.finditer(content):
        if match.start() == 0 or content[match.start() - 1] in _DELIMITERS:
            modes.add(match.group(1))
            if len(modes) == 2:
                break
    return modes


def _shows(content: bytes, glyph_digits: dict[str, int | None], page_matrix: Any) -> list[tuple[float, float, int]]:
    """One pass over the content, following the graphics state (q/Q, cm) and
    the text state (Tf, Tr, Tm, Td, TD) as far as the start of each show in
    render mode 2 needs them. A text object that neither starts in mode 2 nor
    sets it is only looked at for the mode it leaves (most of a page)."""
    if any(mark in content for mark in _UNMODELLED) or b"BI" in content and _INLINE_IMAGE.search(content):
        raise _Unmodelled
    state = _Pass(glyph_digits, page_matrix)
    pos, inside = 0, False
    for bound in _TEXT_OBJECT_BOUNDS.finditer(content):
        if (bound.group() == b"ET") != inside:
            raise _Unmodelled
        segment = content[pos:bound.start()]
        if not inside:
            state.follow(segment)
            state.line, state.placed = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), True
        elif state.mode == 2 or not state.pass_over(segment):
            state.follow(segment)
        pos, inside = bound.end(), not inside
    state.follow(content[pos:])
    return state.shows


class _Pass:
    """The state the stream pass follows."""

    def __init__(self, glyph_digits: dict[str, int | None], page_matrix: Any) -> None:
        self.glyph_digits, self.page_matrix = glyph_digits, page_matrix
        self.ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        self.mode, self.font = 0, ""  # font "": not known (set in a text object passed over)
        self.stack: list[tuple[tuple[float, ...], int, str]] = []
        self.line: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the text line matrix
        self.placed = False  # the text position was set since the last show
        self.shows: list[tuple[float, float, int]] = []

    def pass_over(self, body: bytes) -> bool:
        """A text object that sets no render mode 2 (False if it may): only
        the mode and font it leaves are kept."""
        count = body.count(b"Tr")
        if count > 1 or b"q" in body or b"Q" in body:  # (q/Q have no place in a text object, but may be there)
            return False
        if count:
            operands = body[:body.find(b"Tr")].split()
            if not operands or not operands[-1].isdigit():
                raise _Unmodelled
            if int(operands[-1]) == 2:
                return False
            self.mode = int(operands[-1])
        if b"Tf" in body:
            self.font = ""
        return True

    def follow(self, segment: bytes) -> None:
        for operands, op in _OPERATIONS.findall(segment):
            if op not in _FOLLOWED:
                continue
            if op == b"q":
                self.stack.append((self.ctm, self.mode, self.font))
            elif op == b"Q":
                if self.stack:
                    self.ctm, self.mode, self.font = self.stack.pop()
            elif op in (b"Tj", b"TJ"):
                if self.mode == 2:
                    if not self.font:
                        raise _Unmodelled
                    width = self.glyph_digits.get(self.font)
                    if width is None:  # a CMap not read here, or a name get_fonts spells otherwise (#20)
                        raise _Unmodelled
                    self.shows.append(_show(operands, self.line, self.ctm, width, self.placed, self.page_matrix))
                self.placed = False
            elif op in (b"cm", b"Tm", b"Td", b"TD", b"Tr"):
                values = [float(v) for v in operands.split()]
                if op == b"cm" and len(values) == 6:
                    self.ctm = _concat(tuple(values), self.ctm)
                elif op == b"Tm" and len(values) == 6:
                    self.line, self.placed = tuple(values), True
                elif op in (b"Td", b"TD") and len(values) == 2:
                    self.line, self.placed = _concat((1.0, 0.0, 0.0, 1.0, values[0], values[1]), self.line), True
                elif op == b"Tr" and len(values) == 1:
                    self.mode = int(values[0])
                else:
                    raise _Unmodelled
            elif op == b"Tf":
                self.font = operands.split()[0][1:].decode("latin-1") if operands.startswith(b"/") else ""
            elif op != b"Do" or self.mode == 2:  # a form's text would show in the page's render mode
                raise _Unmodelled


def _show(operands: bytes, line: tuple[float, ...], ctm: tuple[float, ...], width: int, placed: bool,
          page_matrix: Any) -> tuple[float, float, int]:
    """Where a show (Tj, TJ) starts on the page, and how many glyphs it draws
    (``width`` hex digits a glyph)."""
    body = operands.strip()
    if not placed or not body.startswith((b"<", b"[<")):  # a kern before the first glyph moves it
        raise _Unmodelled
    digits = sum(len(h) - h.count(b" ") - h.count(b"\n") - h.count(b"\r") for h in _HEX.findall(body))
    x, y = _apply(_concat(line, ctm), 0.0, 0.0)
    return (x * page_matrix.a + y * page_matrix.c + page_matrix.e,
            x * page_matrix.b + y * page_matrix.d + page_matrix.f, digits // width)


def _concat(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """m then n (PDF matrices: a b c d e f)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def mark_stroked(data: dict[str, Any], strokes: Strokes) -> bool:
    """Give the spans of the fill-and-stroke shows the stroke bit, as MuPDF's
    style collection would: the span a show starts, and the spans after it on
    its line until the show's glyphs are counted (MuPDF parts a show at a wide
    gap, with a space of its own making in between, which stays unstroked).
    False when a show does not start a span, its glyphs do not end a span, or
    some text is drawn twice in one place (MuPDF would merge it): then only
    the style collection answers right, and ``data``, partly marked, is to be
    thrown away."""
    starts: dict[tuple[int, int], list[tuple[list[dict[str, Any]], int]]] = {}
    placed: dict[tuple[str, int], dict[tuple[int, int], list[tuple[float, float]]]] = {}  # (text, how) -> points -> where
    stroked_only: list[tuple[dict[str, Any], int]] = []  # (span, its block's drawing order)
    filled: dict[tuple[str, float, int], list[tuple[dict[str, Any], int]]] = {}
    for order, block in enumerate(data["blocks"]):
        if block["type"] != 0:
            continue
        for line in block["lines"]:
            spans = line["spans"]
            for index, span in enumerate(spans):
                x, y = span["origin"]
                text = span["text"]
                kind = span.get("char_flags", 0) & FILLED_AND_STROKED
                if strokes.shows:
                    starts.setdefault((round(x), round(y)), []).append((spans, index))
                if not text.strip():
                    continue
                if _drawn_before(placed, text, kind, x, y, 0.15 * span["size"]):
                    return False  # (MuPDF merges glyphs this close as text printed twice)
                if kind == _STROKED and strokes.stroked_alone:
                    stroked_only.append((span, order))
                elif kind == _FILLED and strokes.stroked_alone:
                    filled.setdefault(_baseline(span), []).append((span, order))
    for x, y, glyphs in strokes.shows:
        found = [(spans, index) for spans, index in starts.get((round(x), round(y)), ())
                 if abs(spans[index]["origin"][0] - x) < _NEAR and abs(spans[index]["origin"][1] - y) < _NEAR]
        if len(found) != 1:
            return False
        spans, index = found[0]
        while glyphs > 0 and index < len(spans):
            span = spans[index]
            flags = span.get("char_flags", 0)
            index += 1
            if flags & _SYNTHETIC and not span["text"].strip():  # a space MuPDF put in a wide gap
                continue
            if flags & _STROKED:
                return False
            span["char_flags"] = flags | FILLED_AND_STROKED
            glyphs -= len(span["text"])
        if glyphs != 0:
            return False
    return not stroked_only or _merge_fill_over_stroke(data, stroked_only, filled)


def _drawn_before(placed: dict[tuple[str, int], dict[tuple[int, int], list[tuple[float, float]]]], text: str,
                  kind: int, x: float, y: float, near: float) -> bool:
    """Was ``text`` drawn the same way (``kind``) less than ``near`` from (x, y)
    already? Then records it. Looked up in the points around it only, so pages
    of many equal short spans (table figures, ■, ·) cost no more per span; a
    text drawn once before (most spans) costs one look-up."""
    cell = (math.floor(x), math.floor(y))
    grid = placed.get((text, kind))
    if grid is None:
        placed[(text, kind)] = {cell: [(x, y)]}
        return False
    # a point less than ``near`` away lies in a cell from floor(x - near) to floor(x + near)
    for gx in range(math.floor(x - near), math.floor(x + near) + 1):
        for gy in range(math.floor(y - near), math.floor(y + near) + 1):
            points = grid.get((gx, gy))
            if points and any(abs(x - x2) < near and abs(y - y2) < near for x2, y2 in points):
                return True
    grid.setdefault(cell, []).append((x, y))
    return False


def _baseline(span: dict[str, Any]) -> tuple[str, float, int]:
    return span["font"], round(span["size"], 2), round(span["origin"][1])


def _merge_fill_over_stroke(data: dict[str, Any], stroked_only: list[tuple[dict[str, Any], int]],
                            filled: dict[tuple[str, float, int], list[tuple[dict[str, Any], int]]]) -> bool:
    """Text stroked (render mode 1), then filled again in the same place, as
    real pages set fake bold: MuPDF's style collection keeps the stroked
    glyphs, filled and stroked, and drops the fill. Done here span by span:
    on one baseline, each run of overlapping spans whose stroked and filled
    glyphs read the same and reach as far. False when a run does not."""
    groups: dict[tuple[str, float, int], list[tuple[dict[str, Any], int]]] = {}
    for item in stroked_only:
        groups.setdefault(_baseline(item[0]), []).append(item)
    dropped: set[int] = set()
    for (font, size, y), strokes in groups.items():
        baseline = strokes[0][0]["origin"][1]  # (the fills of a baseline rounded the other way too)
        fills = [item for near in (y - 1, y, y + 1) for item in filled.get((font, size, near), ())
                 if abs(item[0]["origin"][1] - baseline) < 0.2 * size]
        if not fills:
            continue
        spans = sorted([(s, b, True) for s, b in strokes] + [(s, b, False) for s, b in fills],
                       key=lambda item: item[0]["bbox"][0])
        run: list[tuple[dict[str, Any], int, bool]] = []
        reach = float("-inf")
        for item in spans + [None]:  # type: ignore[list-item]
            if item is not None and item[0]["bbox"][0] < reach - 0.5:
                run.append(item)
                reach = max(reach, item[0]["bbox"][2])
                continue
            if run and not _merge_run(run, dropped):
                return False
            if item is not None:
                run, reach = [item], item[0]["bbox"][2]
    if dropped:
        for block in data["blocks"]:
            if block["type"] == 0:
                for line in block["lines"]:
                    line["spans"] = [s for s in line["spans"] if id(s) not in dropped]
                block["lines"] = [ln for ln in block["lines"] if ln["spans"]]
        data["blocks"] = [b for b in data["blocks"] if b["type"] != 0 or b["lines"]]
    return True


def _merge_run(run: list[tuple[dict[str, Any], int, bool]], dropped: set[int]) -> bool:
    """One run of overlapping spans on a baseline: its filled glyphs are its
    stroked ones, but for a glyph at the start of a filled span that MuPDF
    already dropped (the same glyph again where the last one ended)."""
    strokes = [item for item in run if item[2]]
    fills = [item for item in run if not item[2]]
    if not strokes or not fills:
        return True
    if min(order for _s, order, _k in fills) < min(order for _s, order, _k in strokes):
        return False  # filled first, stroked after: MuPDF keeps the fill's glyphs
    stroked = "".join(s["text"] for s, _o, _k in strokes).replace(" ", "")
    at = first_skipped = 0
    for index, (span, _order, _kind) in enumerate(fills):
        text = span["text"].replace(" ", "")
        if stroked.startswith(text, at):
            at += len(text)
        elif stroked.startswith(text, at + 1):
            at += len(text) + 1
            first_skipped = first_skipped or index == 0
        else:
            return False
    strokes.sort(key=lambda item: item[0]["bbox"][0])
    first, size = strokes[0][0]["text"], strokes[0][0]["size"]
    slack = 0.5 + (1.1 * size if first_skipped else 0.0) + (0.6 * size if first[:1].isspace() else 0.0)
    start = min(s["bbox"][0] for s, _o, _k in fills) - strokes[0][0]["bbox"][0]
    if at != len(stroked) or not -0.5 <= start <= slack or \
            abs(max(s["bbox"][2] for s, _o, _k in strokes) - max(s["bbox"][2] for s, _o, _k in fills)) > 0.5:
        return False
    paints = {(s["color"], s.get("alpha")) for s, _o, _k in fills}
    if len(paints) != 1:
        return False
    (color, alpha), = paints
    for span, _order, _kind in strokes:  # the glyphs keep their place, and take the fill's colour
        span["char_flags"] = span.get("char_flags", 0) | FILLED_AND_STROKED | 8
        span["color"] = color
        if alpha is not None:
            span["alpha"] = alpha
    dropped.update(id(span) for span, _order, _kind in fills)
    return True
