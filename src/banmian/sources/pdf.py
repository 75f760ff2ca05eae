"""PDF source: the text layer of born-digital page PDFs, with its geometry.

PyMuPDF (extra ``pdf``) is imported here only, lazily. For each page we
return its text lines (text, bbox, font size, weight), its images, rules
(thin strokes) and boxes (frames, shadings). The source knows nothing about
articles; :mod:`banmian.layout.geometric` builds them (the pipeline calls it).

Real-world quirks handled here, because they are properties of the file and
not of the layout: characters drawn one by one or split into many spans
(re-joined into lines by position), digits and Latin in other fonts, fake
bold (the same text drawn twice with a small offset: kept once, marked
bold; or filled, then outlined as paths), rotated and vertical text (竖排:
read top to bottom), pages stored on their side (read as shown), text
hidden under an image drawn later (dropped), glyphs without a Unicode
mapping (kept as U+FFFD and reported), look-alike code points (⽇ for 日:
:mod:`.glyphs`), image-only pages (reported: they need OCR), encrypted,
damaged, empty and oversized files (:class:`PdfError`).
"""

from __future__ import annotations

import functools
import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import PdfError
from ..model import BBox, PageContent, TextLine
from .glyphs import STAND_IN_BLOCKS, has_stand_ins, unify_ideographs
from .pdf_spans import Span, box_sides, build_lines, drop_doubles, mark_vertical_grids
from .pdf_strokes import FILLED_AND_STROKED, mark_stroked, stroked_text
from .pdf_gaps import space_words
from .pdf_text_pass import text_pass
from .vertical_lines import stack_vertical

#: Above this many pages a file is refused before any page is read.
MAX_PDF_PAGES = 5000

_TEXT_FLAGS_NAME = "TEXT_PRESERVE_WHITESPACE"
_UNMAPPED = "\ufffd"
#: what MuPDF gives for a glyph without a Unicode mapping: U+FFFD, or the raw
#: character code (a control character) of a simple font without ToUnicode
_UNMAPPED_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
#: those and every character of the blocks stand-ins come from (:mod:`.glyphs`): a page holding none needs neither
_RARE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd" + STAND_IN_BLOCKS + "]")
_RULE_THICKNESS = 5.0  # points: thinner than this (and long) is a rule, not a box


@functools.cache
def _pymupdf() -> Any:
    """PyMuPDF, imported and set up once (it is asked for on every page)."""
    try:
        import pymupdf
    except ImportError as exc:  # pragma: no cover - depends on the extra
        from ..errors import UsageError

        raise UsageError(f"reading PDF files needs the 'pdf' extra (pip install 'banmian[pdf]'): {exc}") from None
    # MuPDF prints what it repairs in a damaged file to stdout, raw bytes and all, into
    # the middle of `banmian parse`'s JSON; banmian reports a bad file itself (PdfError)
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    return pymupdf


def open_pdf(path: str | os.PathLike[str], max_pages: int | None = None) -> Any:
    """Open a PDF or raise :class:`PdfError` naming the file and the reason."""
    pymupdf = _pymupdf()
    max_pages = MAX_PDF_PAGES if max_pages is None else max_pages
    p = Path(path)
    name = p.name
    try:
        with open(p, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise PdfError(f"{name}: cannot read the file: {exc.strerror or exc}") from None
    if not head:
        raise PdfError(f"{name}: the file is empty (0 bytes), not a PDF")
    if b"%PDF-" not in head:
        raise PdfError(f"{name}: not a PDF file (it starts {head[:16]!r}, a PDF starts with '%PDF-')")
    try:
        doc = pymupdf.open(p, filetype="pdf")
    except Exception as exc:  # MuPDF raises FileDataError, RuntimeError, ValueError ...
        raise PdfError(f"{name}: damaged PDF that cannot be opened ({_short(exc)})") from None
    if doc.needs_pass:
        doc.close()
        raise PdfError(f"{name}: the PDF is encrypted with a password; decrypt it first")
    try:
        count = doc.page_count
    except Exception as exc:
        doc.close()
        raise PdfError(f"{name}: damaged PDF, its page tree cannot be read ({_short(exc)})") from None
    if count == 0:
        doc.close()
        raise PdfError(f"{name}: the PDF has no pages (damaged or truncated file?)")
    if count > max_pages:
        doc.close()
        raise PdfError(f"{name}: {count} pages, more than the {max_pages} an edition may have")
    return doc


def needs_ocr(content: PageContent) -> str | None:
    """Why a PDF page must be OCR'd ("pdf-image": no text layer, only images),
    or None when its text layer serves."""
    if not content.lines and content.images:
        return "pdf-image"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def read_pdf(path: str | os.PathLike[str]) -> Iterator[PageContent]:
    """Yield the content of every page; a page MuPDF cannot read becomes an
    empty page with a warning instead of stopping the document."""
    doc = open_pdf(path)
    name = Path(path).name
    try:
        for index in range(doc.page_count):
            try:
                page = doc.load_page(index)
                content = extract_page(page, index)
                if index == 0 and doc.is_repaired:  # a truncated or broken file: say so once
                    content.warnings.append(f"{name}: damaged file, repaired by MuPDF: text may be missing")
                yield content
            except PdfError:
                raise
            except Exception as exc:  # a damaged page content stream
                yield PageContent(index, 0.0, 0.0, warnings=[
                    f"{name} page {index + 1}: damaged page skipped ({_short(exc)})"])
    finally:
        doc.close()


def extract_page(page: Any, index: int = 0) -> PageContent:
    """Text lines, images, rules and boxes of one PyMuPDF page.

    One pass of MuPDF's text device (with images and vector outlines) gives
    everything, in drawing order, so text that an image or an opaque white
    patch drawn later covers can be told apart and dropped."""
    pymupdf = _pymupdf()
    rect = page.rect
    content = PageContent(index, float(rect.width), float(rect.height))
    flags = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_IMAGES
             | pymupdf.TEXT_COLLECT_VECTORS)
    strokes = stroked_text(page)  # fake bold: where glyphs are filled and stroked
    data, textpage = text_pass(page, flags if strokes is not None else flags | pymupdf.TEXT_COLLECT_STYLES)
    if strokes and not mark_stroked(data, strokes):  # only MuPDF's style collection can tell
        data, textpage = text_pass(page, flags | pymupdf.TEXT_COLLECT_STYLES)
    if page.rotation:  # MuPDF gives the page as stored; the reader sees it turned
        _turn_upright(data, page.rotation_matrix)
    spans: list[Span] = []
    covers: list[tuple[int, BBox]] = []  # (drawing order, rect) of images and white patches
    panels: list[BBox] = []  # filled areas of a tint, a picture drawn in vectors if no text stands on them
    last_text = 0  # where the spans of the text block drawn last start (no list of them kept a span)
    bold_names: dict[str, bool] = {}  # (_bold_name of each font, asked once a page, not once a span)
    for order, block in enumerate(data["blocks"]):
        kind = block["type"]
        if kind == 0:
            last_text = len(spans)
            for line in block["lines"]:
                dx, dy = line["dir"]
                upright = abs(dy) < 1e-3 and dx > 0
                turned = None if upright else abs(dy) > abs(dx)  # (the line's, once)
                for span in line["spans"]:
                    text = span["text"]
                    if not text:
                        continue
                    # bold as the font says, or glyphs filled and stroked (fake bold: Chinese
                    # fonts seldom have a bold face, so pages embolden by stroking)
                    font, box = span["font"], span["bbox"]
                    named = bold_names.get(font)
                    if named is None:
                        named = bold_names[font] = _bold_name(font)
                    bold = (span["flags"] & 16 != 0 or named
                            or span.get("char_flags", 0) & FILLED_AND_STROKED == FILLED_AND_STROKED)
                    size = span["size"]
                    if upright:  # a condensed or spread face (长体, a line spread to its measure)
                        extent = span["ascender"] - span["descender"]  # keeps the size
                        if extent >= 1.0 and not size / _CONDENSED <= (box[3] - box[1]) / extent <= size * _CONDENSED:
                            size = (box[3] - box[1]) / extent  # its height shows
                    spans.append(Span(text, box, size, bold, span["origin"][1], order, turned, font, span["color"]))
        elif kind == 1:
            _add_image(content, covers, order, block["bbox"])
        elif kind == 3 and not _outlines_text(block, spans[last_text:]):
            _add_vector(content, covers, order, block)
            if _is_panel(block):
                panels.append(tuple(block["bbox"]))  # type: ignore[arg-type]
    if covers:
        spans = _uncovered(spans, covers)
    if not page.rotation:  # (the text page's boxes are the page's as stored)
        space_words(textpage, spans)
    texts = [s.text for s in spans]
    # one search of the page's text for both rare kinds of character (most pages hold neither), each
    # asked again only when it finds one (U+FFFD and the control characters are no stand-ins)
    rare = _RARE_CHARS.search("".join(texts)) is not None
    unmapped_spans = rare and _UNMAPPED_CHARS.search("".join(texts)) is not None
    if unmapped_spans:
        for s in spans:
            s.text = _UNMAPPED_CHARS.sub(_UNMAPPED, s.text)
        texts = [s.text for s in spans]
    # the page's text unified at once (no span holds a control character: they became U+FFFD, so
    # NUL parts the spans' texts)
    joined = "\0".join(texts) if rare else ""
    if rare and has_stand_ins(joined):
        for s, text in zip(spans, unify_ideographs(joined).split("\0"), strict=True):
            s.text = text
    mark_vertical_grids(spans)
    horizontal = [s for s in spans if s.vertical is None]
    rotated = [TextLine(s.text.strip(), tuple(s.bbox), float(s.size), s.bold, vertical=True, font=s.font,
                        order=s.order, color=s.color) for s in spans if s.vertical is not None and s.text.strip()]
    walls = [r for r in content.rules if r[3] - r[1] > r[2] - r[0]]  # vertical rules
    walls += box_sides(content.boxes)  # and a tall box's sides (a tinted column's edge in a hung mark's box)
    lines = build_lines(drop_doubles(horizontal), walls)
    content.lines.extend(stack_vertical(lines + rotated))
    content.lines.sort(key=_TOP_LEFT)
    if panels:
        _drawn_pictures(content, panels)
    # (a line's U+FFFD comes from its spans' texts: none there, none in the lines, nothing to count)
    unmapped = "".join([ln.text for ln in content.lines]).count(_UNMAPPED) if unmapped_spans else 0
    if unmapped:
        content.warnings.append(
            f"page {index + 1}: {unmapped} glyph(s) have no Unicode mapping in the PDF; shown as U+FFFD")
    if not content.lines and content.images:
        content.warnings.append(f"page {index + 1}: no text layer, only images: this page needs OCR")
    return content


#: lines top to bottom, then left to right
_TOP_LEFT = attrgetter("y0", "x0")


def _turn_upright(data: dict[str, Any], matrix: Any) -> None:
    """A page stored on its side with a /Rotate that shows it upright: every
    box, baseline and writing direction turned as the reader sees the page,
    so its lines run left to right again."""
    pymupdf = _pymupdf()

    def box(bbox: Any) -> tuple[float, float, float, float]:
        turned = pymupdf.Rect(bbox) * matrix
        return (turned.x0, turned.y0, turned.x1, turned.y1)

    for block in data["blocks"]:
        block["bbox"] = box(block["bbox"])
        for line in block.get("lines", ()):
            line["bbox"] = box(line["bbox"])
            dx, dy = line["dir"]
            line["dir"] = (dx * matrix.a + dy * matrix.c, dx * matrix.b + dy * matrix.d)
            for span in line["spans"]:
                span["bbox"] = box(span["bbox"])
                origin = pymupdf.Point(span["origin"]) * matrix
                span["origin"] = (origin.x, origin.y)


#: A span this much taller than its size says is condensed (a rounding's margin under it).
#: MuPDF sizes a glyph by the square root of its matrix's area, so a face condensed to fit a
#: width (长体: a title squeezed onto one line, punctuation squeezed into a line's end) reads
#: smaller than it stands; its height over the font's ascender-to-descender span keeps the
#: size it was set in. So does a face spread to fill a measure, which reads larger than it
#: stands. (A font whose metrics span less than an em is boxed from the size itself: its
#: height tells nothing.)
_CONDENSED = 1.03


@functools.lru_cache(maxsize=256)
def _bold_name(font: str) -> bool:
    lower = font.lower()
    return "bold" in lower or "heavy" in lower or "black" in lower


# --- graphics: images, rules, boxes, and text drawn under them -------------------

def _add_image(content: PageContent, covers: list[tuple[int, BBox]], order: int, box: BBox) -> None:
    if box[2] - box[0] < 4 or box[3] - box[1] < 4:
        return
    content.images.append(tuple(box))  # type: ignore[arg-type]
    covers.append((order, tuple(box)))  # type: ignore[arg-type]


def _add_vector(content: PageContent, covers: list[tuple[int, BBox]], order: int, block: dict[str, Any]) -> None:
    x0, y0, x1, y1 = block["bbox"]
    w, h = x1 - x0, y1 - y0
    if min(w, h) < _RULE_THICKNESS and max(w, h) > 8 * max(1.0, min(w, h)):
        content.rules.append((x0, y0, x1, y1))
    elif w > 8 and h > 8 and w < content.width * 0.98:
        content.boxes.append((x0, y0, x1, y1))
        if not block.get("stroked") and block.get("alpha", 255) == 255 and block.get("color") == 0xFFFFFF:
            covers.append((order, (x0, y0, x1, y1)))  # a white patch drawn over text


#: a picture drawn in vectors is this large at least (points, each side): a tinted bar or a bullet is smaller
_PANEL_SIDE = 24.0


def _is_panel(block: dict[str, Any]) -> bool:
    """A filled, opaque, tinted (not white) area of a picture's size."""
    x0, y0, x1, y1 = block["bbox"]
    return (not block.get("stroked") and block.get("alpha", 255) == 255 and block.get("color") not in (None, 0xFFFFFF)
            and min(x1 - x0, y1 - y0) >= _PANEL_SIDE)


def _drawn_pictures(content: PageContent, panels: list[BBox]) -> None:
    """A tinted panel no text stands on is a picture drawn in vectors (a chart,
    a map, an illustration): an image to the layout, which looks for its
    caption as for a photo's. A tinted panel under text is a shaded box."""
    middles = [((ln.bbox[0] + ln.bbox[2]) / 2, (ln.bbox[1] + ln.bbox[3]) / 2) for ln in content.lines]
    for x0, y0, x1, y1 in panels:
        if any(x0 <= cx <= x1 and y0 <= cy <= y1 for cx, cy in middles):
            continue
        content.images.append((x0, y0, x1, y1))
        content.boxes = [b for b in content.boxes if not _same_box(b, (x0, y0, x1, y1))]


def _same_box(a: BBox, b: BBox) -> bool:
    return all(abs(p - q) <= 1.0 for p, q in zip(a, b))


def _outlines_text(block: dict[str, Any], text: list[Span]) -> bool:
    """Is this stroke the outline of the text drawn just before it? Some PDF
    writers (cairo among them) turn fake bold, glyphs filled and stroked, into
    the text plus its outlines as paths: each path lies on a line of that
    text, and its pieces are no bigger than a glyph. The text is marked bold;
    the paths are no frame or rule."""
    if not block.get("stroked") or not text:
        return False
    x0, y0, x1, y1 = block["bbox"]
    on = [s for s in text
          if s.bbox[0] - 1 <= x0 and x1 <= s.bbox[2] + 1 and s.bbox[1] - 1 <= y0 and y1 <= s.bbox[3] + 1]
    if not on and not block.get("isrect"):  # a line's outline spans the spans of that line
        on = [s for s in text if s.bbox[1] - 1 <= y0 and y1 <= s.bbox[3] + 1 and s.bbox[0] < x1 and x0 < s.bbox[2]]
        if not on or min(s.bbox[0] for s in on) > x0 + 1 or max(s.bbox[2] for s in on) < x1 - 1:
            return False
    if not on:
        return False
    if block.get("isrect"):  # a glyph's straight stroke, never longer than the glyph
        return max(x1 - x0, y1 - y0) <= 1.1 * max(s.size for s in on)
    for s in on:
        s.bold = True
    return True


def _uncovered(spans: list[Span], covers: list[tuple[int, BBox]]) -> list[Span]:
    """The spans but those drawn before an image (or a white patch) that covers
    their middle. (Spans come in drawing order: each cover is tried on the
    spans drawn before it only, their middles computed once.)"""
    if not covers:
        return spans
    orders = [s.order for s in spans]
    # (the middles of the spans drawn before the last cover only: no cover is tried on those after it)
    drawn = spans[:bisect_left(orders, max(order for order, _ in covers))]
    middles = [((s.bbox[0] + s.bbox[2]) / 2, (s.bbox[1] + s.bbox[3]) / 2) for s in drawn]
    covered: set[int] = set()
    for order, (x0, y0, x1, y1) in covers:
        covered.update(i for i, (cx, cy) in enumerate(middles[:bisect_left(orders, order)])
                       if x0 <= cx <= x1 and y0 <= cy <= y1)
    return [s for i, s in enumerate(spans) if i not in covered] if covered else spans
