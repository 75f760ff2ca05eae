"""ALTO 4.4: one file per page, the layout-and-text format libraries exchange.

Every block of the page becomes a ``TextBlock`` tagged with its role (a
``StructureTag`` per role: kicker, title, byline, body ...) and with the
article it belongs to; its lines become ``TextLine``s of ``String``s (words
split at spaces, ``SP`` between). Geometry is written where the model has it:
PDF points converted to the declared ``MeasurementUnit`` (``mm10``, tenths of
a millimetre), or image pixels for a scanned page (a page that carries a
``dpi``). A text page has no geometry: ALTO 4.4 makes every position
optional, so its elements carry none, and each ``TextLine`` id holds the
source line number (``…_L12``), from which :mod:`banmian.sources.alto`
rebuilds the page's text. Photos are ``Illustration``s, font sizes
``TextStyle``s, and OCR confidence (a block's ``confidence``, when the
recogniser set one) the ``WC`` of its strings.
"""

from __future__ import annotations

import re
from typing import Any

from .. import __version__
from ..layout.reflow import cell_width
from ..model import BBox, Block, Edition, Page, Role, union
from .xmlcommon import alto_file_name, block_ids, need_lxml, page_blocks, serialize, unique_pages, xml_text

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
ALTO_XSD = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
#: points -> tenths of a millimetre
MM10_PER_POINT = 254 / 72
#: the tag of each role, and the role a tag means (for readers)
ROLE_TAG = {role: f"role-{role.value}" for role in Role}
_TOKENS = re.compile(r"\S+")


def to_alto_files(editions: list[Edition]) -> dict[str, bytes]:
    """File name -> ALTO document, one per page of every edition."""
    out: dict[str, bytes] = {}
    for edition in editions:
        for position, page in unique_pages(edition):
            out[alto_file_name(edition, page, position)] = page_alto(page, position)
    return out


def page_alto(page: Page, position: int = 1) -> bytes:
    """One page as an ALTO 4.4 document."""
    etree = need_lxml()
    scale, unit = _scale(page)
    ids = block_ids(page)
    blocks = page_blocks(page)
    owner = {id(b): n for n, a in enumerate(page.articles, 1) for b in a.blocks}

    root = etree.Element(f"{{{ALTO_NS}}}alto", nsmap={None: ALTO_NS, "xsi": XSI_NS}, SCHEMAVERSION="4.4")
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{ALTO_NS} {ALTO_XSD}")
    desc = _sub(root, "Description")
    _sub(desc, "MeasurementUnit").text = unit
    if page.source:
        _sub(_sub(desc, "sourceImageInformation"), "fileName").text = xml_text(page.source)
    processing = _sub(desc, "Processing", ID="banmian")
    software = _sub(processing, "processingSoftware")
    _sub(software, "softwareName").text = "banmian"
    _sub(software, "softwareVersion").text = __version__

    sizes = sorted({_size_id(b.font_size) for b in blocks if b.font_size})
    if sizes:
        styles = _sub(root, "Styles")
        for size in sizes:
            _sub(styles, "TextStyle", ID=size, FONTSIZE=size[2:])
    tags = _sub(root, "Tags")
    for role in sorted({b.role for b in blocks}, key=list(Role).index):
        _sub(tags, "StructureTag", ID=ROLE_TAG[role], TYPE="role", LABEL=role.value)
    for n, article in enumerate(page.articles, 1):
        _sub(tags, "StructureTag", ID=f"article-{n}", TYPE="article", LABEL=xml_text(article.id or n))

    layout = _sub(root, "Layout")
    page_el = _sub(layout, "Page", ID=f"page{position}", PHYSICAL_IMG_NR=str(position), LANG="zh")
    if page.number is not None:
        page_el.set("PRINTED_IMG_NR", str(page.number))
    if page.width and page.height:
        _place(page_el, (0.0, 0.0, page.width, page.height), scale, size_only=True)
    space = _sub(page_el, "PrintSpace")
    boxes = [b.bbox for b in blocks if b.bbox] + list(page.images)
    if boxes:
        _place(space, union(boxes), scale)
    for block in blocks:
        tags_of = [ROLE_TAG[block.role]] + ([f"article-{owner[id(block)]}"] if id(block) in owner else [])
        _text_block(space, block, ids[id(block)], " ".join(tags_of), scale)
    for n, image in enumerate(page.images, 1):
        _place(_sub(space, "Illustration", ID=f"IL{position}_{n}", TYPE="photo"), image, scale)
    return serialize(root)


def _scale(page: Page) -> tuple[float, str]:
    """How to turn model points into the file's unit: a scanned page (one that
    knows the ``dpi`` it was recognised at) in its image's pixels, else mm10."""
    dpi = getattr(page, "dpi", None)
    if isinstance(dpi, (int, float)) and dpi > 0:
        return dpi / 72, "pixel"
    return MM10_PER_POINT, "mm10"


def _sub(parent: Any, tag: str, **attrs: str) -> Any:
    etree = need_lxml()
    return etree.SubElement(parent, f"{{{ALTO_NS}}}{tag}", attrs)


def _place(el: Any, box: BBox, scale: float, size_only: bool = False) -> None:
    x0, y0, x1, y1 = box
    if not size_only:
        el.set("HPOS", _num(x0 * scale))
        el.set("VPOS", _num(y0 * scale))
    el.set("WIDTH", _num(max(0.0, x1 - x0) * scale))
    el.set("HEIGHT", _num(max(0.0, y1 - y0) * scale))


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _size_id(size: float | None) -> str:
    """The TextStyle id of a font size, to the half point: ``FS10.5``."""
    return "FS" + _num(round((size or 0) * 2) / 2)


def _text_block(space: Any, block: Block, xml_id: str, tagrefs: str, scale: float) -> None:
    el = _sub(space, "TextBlock", ID=xml_id, TAGREFS=tagrefs)
    if block.font_size:
        el.set("STYLEREFS", _size_id(block.font_size))
    if block.bbox:
        _place(el, block.bbox, scale)
    boxes = _line_boxes(block)
    confidence = _confidences(block)
    for i, line in enumerate(block.lines):
        number = f"L{block.line_start + i}" if block.line_start is not None else str(i + 1)
        line_el = _sub(el, "TextLine", ID=f"{xml_id}_{number}")
        box = boxes[i] if boxes else None
        if box:
            _place(line_el, box, scale)
        _strings(line_el, xml_text(line), box, scale, confidence[i] if confidence else None)


def _line_boxes(block: Block) -> list[BBox] | None:
    """A box per line: the layout's, or the block's own for a one-line block."""
    if block.line_bboxes is not None and len(block.line_bboxes) == len(block.lines):
        return list(block.line_bboxes)
    if block.bbox and len(block.lines) == 1:
        return [block.bbox]
    return None


def _confidences(block: Block) -> list[float] | None:
    """OCR confidence per line (0 to 1) when the recogniser gave one: a list per
    line (``line_confidences``) or one value for the block (``confidence``)."""
    per_line = getattr(block, "line_confidences", None)
    if isinstance(per_line, list) and len(per_line) == len(block.lines):
        return [min(1.0, max(0.0, float(c))) for c in per_line]
    whole = getattr(block, "confidence", None)
    if isinstance(whole, (int, float)):
        return [min(1.0, max(0.0, float(whole)))] * len(block.lines)
    return None


def _strings(line_el: Any, text: str, box: BBox | None, scale: float, confidence: float | None) -> None:
    """The words of a line (runs between spaces), with ``SP`` between; each
    placed on the line in proportion to its typeset width (CJK one cell, ASCII
    half) when the line has a box: sources give boxes per line, not per word."""
    tokens = list(_TOKENS.finditer(text))
    if not tokens:  # an empty line still needs a String
        _sub(line_el, "String", CONTENT="")
        return
    total = _width(text) or 1.0
    vertical = box is not None and (box[3] - box[1]) > 1.5 * (box[2] - box[0]) and len(text.strip()) > 1
    for i, m in enumerate(tokens):
        if i:
            _sub(line_el, "SP")
        string = _sub(line_el, "String", CONTENT=m.group())
        if box is not None:
            start = _width(text[:m.start()]) / total
            share = _width(m.group()) / total
            x0, y0, x1, y1 = box
            if vertical:
                _place(string, (x0, y0 + start * (y1 - y0), x1, y0 + (start + share) * (y1 - y0)), scale)
            else:
                _place(string, (x0 + start * (x1 - x0), y0, x0 + (start + share) * (x1 - x0), y1), scale)
        if confidence is not None:
            string.set("WC", _num(confidence))


def _width(text: str) -> float:
    """Typeset width in cells, spaces included (a space half a cell, an ideographic space one)."""
    return cell_width(text) + 0.5 * text.count(" ") + text.count("\u3000")
