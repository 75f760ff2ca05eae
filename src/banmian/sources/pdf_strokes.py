"""Which text a PDF page fills and strokes (fake bold), read from its content stream.

Chinese fonts seldom have a bold face, so pages embolden text by stroking the
glyphs' outlines as well as filling them (text render mode 2). MuPDF tells a
glyph filled and stroked only when asked to collect styles, and then compares
every glyph with every glyph before it on the page (to merge text printed
twice): quadratic in the page's glyphs, costlier than the whole extraction on
a full newspaper page. Where each fill-and-stroke text show starts can be read
from the content stream in one linear pass instead; the text extraction
without styles then gets the stroke bit of the spans that start there.
Anything the pass does not model (literal strings, inline images, forms,
text rise, a show that does not start its own span, text drawn twice) sends
the page back to MuPDF's style collection, whose answer is the reference.
"""

from __future__ import annotations

import re
from typing import Any

#: a text render mode that strokes the glyphs: 1 (stroke) or 2 (fill, then stroke)
_STROKE_MODE = re.compile(rb"(?<![\w.])[12]\s+Tr\b")
#: pages drawn as more content streams than this are not searched for stroked text
_MAX_STREAMS = 32
#: MuPDF's character flags FZ_STEXT_FILLED | FZ_STEXT_STROKED
FILLED_AND_STROKED = 16 | 32
_STROKED = 32
#: FZ_STEXT_SYNTHETIC | FZ_STEXT_SYNTHETIC_LARGE: a space MuPDF adds in a gap
_SYNTHETIC = 4 | 512
_TOKENS = re.compile(rb"<([0-9A-Fa-f\s]*)>|(<<|>>)|([\[\]])|/([^\s/<>\[\]()%{}]*)|([-+]?(?:\d+\.?\d*|\.\d+))"
                     rb"|([A-Za-z'\"*]+)|([()%{}])")
#: how far (points) a span's origin may lie from the show it starts
_NEAR = 0.05


class _Unmodelled(Exception):
    """The content stream does something the linear pass does not follow."""


def stroked_shows(page: Any) -> list[tuple[float, float, int]] | None:
    """Where the page's fill-and-stroke text shows start (x, y in MuPDF's
    page space) and how many glyphs each draws: [] when no text is stroked,
    None when MuPDF has to collect styles to tell (see the module's doc)."""
    try:
        kind, value = page.parent.xref_get_key(page.xref, "Contents")  # cheap: no stream is read
        if kind == "array" and value.count(" R") > _MAX_STREAMS:
            return []
        content = page.read_contents()
        forms = page.get_xobjects()[:_MAX_STREAMS]
        if any(_STROKE_MODE.search(page.parent.xref_stream(form[0]) or b"") for form in forms):
            return None  # a page placed whole in another, an article set as a form
        if _STROKE_MODE.search(content) is None:
            return []
    except Exception:  # a damaged content stream: the text pass reports it
        return []
    if page.rotation:
        return None
    try:
        two_byte = {font[4]: font[2] == "Type0" and font[5] in ("Identity-H", "Identity-V")
                    for font in page.get_fonts()}
        return _shows(content, two_byte, page.transformation_matrix)
    except _Unmodelled:
        return None


def _shows(content: bytes, two_byte: dict[str, bool], page_matrix: Any) -> list[tuple[float, float, int]]:
    """One pass over the content's tokens, following the graphics state
    (q/Q, cm) and the text state (Tf, Tr, Tm, Td, TD) as far as the start of
    each show in render mode 2 needs them."""
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    mode, font = 0, ""
    stack: list[tuple[tuple[float, ...], int, str]] = []
    line = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the text line matrix
    placed = False  # the text position was set since the last show
    nums: list[float] = []
    name = ""
    strings: list[bytes] = []
    in_array = first_is_number = False
    shows: list[tuple[float, float, int]] = []
    for match in _TOKENS.finditer(content):
        hexstr, _dict, bracket, name_token, number, op, other = match.groups()
        if number is not None:
            if in_array:
                first_is_number = first_is_number or not strings
            else:
                nums.append(float(number))
            continue
        if hexstr is not None:
            strings.append(hexstr)
            continue
        if name_token is not None:
            name = name_token.decode("latin-1")
            continue
        if bracket is not None:
            in_array = bracket == b"["
            if in_array:
                strings, first_is_number = [], False
            continue
        if other is not None or _dict is not None:
            raise _Unmodelled
        if op == b"q":
            stack.append((ctm, mode, font))
        elif op == b"Q":
            if stack:
                ctm, mode, font = stack.pop()
        elif op == b"cm" and len(nums) >= 6:
            a, b, c, d, e, f = nums[-6:]
            ctm = _concat((a, b, c, d, e, f), ctm)
        elif op == b"BT":
            line, placed = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), True
        elif op == b"Tf" and nums:
            font = name
        elif op == b"Tr" and nums:
            mode = int(nums[-1])
            if mode == 1:
                raise _Unmodelled  # stroked only: MuPDF merges the fill drawn over it
        elif op == b"Tm" and len(nums) >= 6:
            line, placed = tuple(nums[-6:]), True
        elif op in (b"Td", b"TD") and len(nums) >= 2:
            line, placed = _concat((1.0, 0.0, 0.0, 1.0, nums[-2], nums[-1]), line), True
        elif op in (b"Tj", b"TJ"):
            if mode == 2:
                if not placed or first_is_number or not strings:
                    raise _Unmodelled
                width = 4 if two_byte.get(font) else 2
                glyphs = sum(len(s) - s.count(b" ") - s.count(b"\n") - s.count(b"\r") for s in strings) // width
                x, y = _apply(_concat(line, ctm), 0.0, 0.0)
                x, y = x * page_matrix.a + y * page_matrix.c + page_matrix.e, \
                    x * page_matrix.b + y * page_matrix.d + page_matrix.f
                shows.append((x, y, glyphs))
            placed = False
        elif op in (b"'", b'"', b"T*", b"Ts", b"BI", b"Do", b"d0", b"d1"):
            if op != b"Do" or mode == 2:
                raise _Unmodelled
        if op != b"TJ" and not in_array:
            strings = []
        nums = []
    return shows


def _concat(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """m then n (PDF matrices: a b c d e f)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def mark_stroked(data: dict[str, Any], shows: list[tuple[float, float, int]]) -> bool:
    """Give the spans of the fill-and-stroke shows the stroke bit, as MuPDF's
    style collection would: the span a show starts, and the spans after it on
    its line until the show's glyphs are counted (MuPDF parts a show at a wide
    gap, with a space of its own making in between, which stays unstroked).
    False when a show does not start a span, its glyphs do not end a span, or
    some text is drawn twice in one place (MuPDF would merge it): then only
    the style collection answers right."""
    starts: dict[tuple[int, int], list[tuple[list[dict[str, Any]], int]]] = {}
    seen: set[tuple[str, int, int]] = set()
    for block in data["blocks"]:
        if block["type"] != 0:
            continue
        for line in block["lines"]:
            spans = line["spans"]
            for index, span in enumerate(spans):
                x, y = span["origin"]
                key = (round(x), round(y))
                twin = (span["text"], *key)
                if twin in seen and span["text"].strip():
                    return False
                seen.add(twin)
                starts.setdefault(key, []).append((spans, index))
    for x, y, glyphs in shows:
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
    return True
