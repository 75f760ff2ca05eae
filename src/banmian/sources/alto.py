"""ALTO files as a source: a page's lines, with their boxes and sizes, for layout.

ALTO is what libraries hold for digitised newspapers, and what banmian
writes (:mod:`banmian.export.alto`). Reading one back turns it into what the
other sources give: a :class:`~banmian.model.PageContent` of text lines (when
the lines carry positions) for the geometric layout, or, for a page without
positions, the page's text rebuilt line by line (from the ``…_L12`` line
numbers banmian writes) for the text layout. Layout then finds the articles
as it does for a PDF or a text file, so ALTO from other producers reads too.

Positions are converted to points from the file's ``MeasurementUnit``
(``pixel`` is taken at 300 dpi, the usual scanning resolution). The parser
resolves no entities and fetches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, InputTooLargeError, UsageError
from ..model import BBox, PageContent, TextLine

#: largest ALTO file read (a dense broadsheet page with word boxes is a few MB)
MAX_ALTO_BYTES = 64 * 1024 * 1024
#: file unit -> points
TO_POINTS = {"mm10": 72 / 254, "inch1200": 72 / 1200, "pixel": 72 / 300}
_LINE_NUMBER = re.compile(r"_L(\d+)$")


@dataclass(slots=True)
class AltoPage:
    """One ALTO page: its printed number, source file, and either its geometry or its text."""

    number: int | None
    source: str | None
    content: PageContent | None = None
    text: str | None = None


def looks_like_alto(head: bytes) -> bool:
    """Whether the first bytes of a file open an ALTO document."""
    return b"<alto" in head[:4096] and b"alto" in head[:4096].split(b"<alto", 1)[1][:400]


def read_alto(data: bytes, name: str = "<alto>") -> AltoPage:
    """The first page of an ALTO document; InputError naming the file when it is not one."""
    if len(data) > MAX_ALTO_BYTES:
        raise InputTooLargeError(f"{name} is {len(data)} bytes, more than the {MAX_ALTO_BYTES} an ALTO page may have")
    try:
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise UsageError(f"reading ALTO needs the 'formats' extra (pip install 'banmian[formats]'): {exc}") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name} is not well-formed XML: {exc}") from None
    if _local(root) != "alto":
        raise InputError(f"{name} is not an ALTO file: its root element is {_local(root)!r}")
    page = next((el for el in root.iter() if _local(el) == "Page"), None)
    if page is None:
        raise InputError(f"{name}: an ALTO file without a Page element")
    unit_el = next((el for el in root.iter() if _local(el) == "MeasurementUnit"), None)
    unit = (unit_el.text or "").strip() if unit_el is not None else "pixel"
    if unit not in TO_POINTS:
        raise InputError(f"{name}: unknown MeasurementUnit {unit!r} (expected one of {sorted(TO_POINTS)})")
    scale = TO_POINTS[unit]
    source_el = next((el for el in root.iter() if _local(el) == "fileName"), None)
    printed = (page.get("PRINTED_IMG_NR") or "").strip()
    out = AltoPage(int(printed) if printed.isdigit() else None,
                   (source_el.text or "").strip() or None if source_el is not None else None)
    sizes = {el.get("ID"): _float(el.get("FONTSIZE")) for el in root.iter() if _local(el) == "TextStyle"}
    blocks = [el for el in page.iter() if _local(el) == "TextBlock"]
    lines = [(block, line) for block in blocks for line in block if _local(line) == "TextLine"]
    if lines and all(_box(line, scale) for _, line in lines):
        out.content = _content(page, lines, sizes, scale)
    else:
        out.text = _text(blocks)
    return out


def _content(page: Any, lines: list[tuple[Any, Any]], sizes: dict[str, float | None], scale: float) -> PageContent:
    width = (_float(page.get("WIDTH")) or 0.0) * scale
    height = (_float(page.get("HEIGHT")) or 0.0) * scale
    content = PageContent(0, width, height)
    for order, (block, line) in enumerate(lines):
        box = _box(line, scale)
        assert box is not None
        size = _style_size(line, sizes) or _style_size(block, sizes)
        vertical = (box[3] - box[1]) > 1.5 * (box[2] - box[0]) and len(_line_text(line)) > 1
        if size is None:  # no style: the line's height across it
            size = (box[2] - box[0]) if vertical else (box[3] - box[1])
        content.lines.append(TextLine(_line_text(line), box, size, vertical=vertical, order=order))
    content.images = [b for b in (_box(el, scale) for el in page.iter() if _local(el) == "Illustration") if b]
    if not (width and height) and content.lines:  # a page without its size: as large as what it holds
        content.width = max(ln.x1 for ln in content.lines)
        content.height = max(ln.y1 for ln in content.lines)
    return content


def _text(blocks: list[Any]) -> str:
    """The page's text: every line at its source line number when the ids hold
    one, else blocks one after another with a blank line between."""
    numbered: dict[int, str] = {}
    plain: list[str] = []
    all_numbered = True
    for block in blocks:
        for line in block:
            if _local(line) != "TextLine":
                continue
            found = _LINE_NUMBER.search(line.get("ID") or "")
            if found:  # a line layout cut in two (…余场。 / （下转第3版）) stands in two blocks
                number = int(found.group(1))
                numbered[number] = numbered.get(number, "") + _line_text(line)
            else:
                all_numbered = False
            plain.append(_line_text(line))
        plain.append("")
    if numbered and all_numbered:
        return "\n".join(numbered.get(n, "") for n in range(1, max(numbered) + 1)) + "\n"
    return "\n".join(plain)


def _line_text(line: Any) -> str:
    """A line's words (``String``) joined by one space where ``SP`` stands between them."""
    out: list[str] = []
    for el in line:
        kind = _local(el)
        if kind == "String":
            out.append(el.get("CONTENT") or "")
        elif kind == "SP":
            out.append(" ")
        elif kind == "HYP":
            out.append(el.get("CONTENT") or "")
    return "".join(out).strip()


def _style_size(el: Any, sizes: dict[str, float | None]) -> float | None:
    for ref in (el.get("STYLEREFS") or "").split():
        if sizes.get(ref):
            return sizes[ref]
    return None


def _box(el: Any, scale: float) -> BBox | None:
    values = [_float(el.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]
    if any(v is None for v in values):
        return None
    x, y, w, h = (v * scale for v in values)  # type: ignore[operator]
    return (x, y, x + w, y + h)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _local(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]
