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
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from ..errors import PdfError
from ..model import BBox, PageContent, TextLine
from .glyphs import has_stand_ins, unify_ideographs
from .pdf_leads import heavy_face, run_in_lead
from .pdf_strokes import FILLED_AND_STROKED, mark_stroked, stroked_text
from .pdf_text_pass import text_dict
from .vertical_lines import stack_vertical

#: Above this many pages a file is refused before any page is read.
MAX_PDF_PAGES = 5000

_TEXT_FLAGS_NAME = "TEXT_PRESERVE_WHITESPACE"
_UNMAPPED = "\ufffd"
#: what MuPDF gives for a glyph without a Unicode mapping: U+FFFD, or the raw
#: character code (a control character) of a simple font without ToUnicode
_UNMAPPED_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
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
    data = text_dict(page, flags if strokes is not None else flags | pymupdf.TEXT_COLLECT_STYLES)
    if strokes and not mark_stroked(data, strokes):  # only MuPDF's style collection can tell
        data = text_dict(page, flags | pymupdf.TEXT_COLLECT_STYLES)
    if page.rotation:  # MuPDF gives the page as stored; the reader sees it turned
        _turn_upright(data, page.rotation_matrix)
    spans: list[_Span] = []
    covers: list[tuple[int, BBox]] = []  # (drawing order, rect) of images and white patches
    last_text: list[_Span] = []  # the spans of the text block drawn last
    for order, block in enumerate(data["blocks"]):
        kind = block["type"]
        if kind == 0:
            last_text = []
            for line in block["lines"]:
                dx, dy = line["dir"]
                upright = abs(dy) < 1e-3 and dx > 0
                for span in line["spans"]:
                    text = span["text"]
                    if not text:
                        continue
                    # bold as the font says, or glyphs filled and stroked (fake bold: Chinese
                    # fonts seldom have a bold face, so pages embolden by stroking)
                    bold = (bool(span["flags"] & 16) or _bold_name(span["font"])
                            or span.get("char_flags", 0) & FILLED_AND_STROKED == FILLED_AND_STROKED)
                    if _UNMAPPED_CHARS.search(text):
                        text = _UNMAPPED_CHARS.sub(_UNMAPPED, text)
                    spans.append(_Span(text, span["bbox"], span["size"], bold,
                                       span["origin"][1], order, None if upright else abs(dy) > abs(dx),
                                       span["font"], span["color"]))
                    last_text.append(spans[-1])
        elif kind == 1:
            _add_image(content, covers, order, block["bbox"])
        elif kind == 3 and not _outlines_text(block, last_text):
            _add_vector(content, covers, order, block)
    if covers:
        spans = _uncovered(spans, covers)
    # asked once a page (most pages have none), and the page's text unified at once (no span holds
    # a control character: they became U+FFFD, so NUL parts the spans' texts)
    joined = "\0".join([s.text for s in spans])
    if has_stand_ins(joined):
        for s, text in zip(spans, unify_ideographs(joined).split("\0"), strict=True):
            s.text = text
    _mark_vertical_grids(spans)
    horizontal = [s for s in spans if s.vertical is None]
    rotated = [TextLine(s.text.strip(), tuple(s.bbox), float(s.size), s.bold, vertical=True, font=s.font,
                        order=s.order, color=s.color) for s in spans if s.vertical is not None and s.text.strip()]
    walls = [r for r in content.rules if r[3] - r[1] > r[2] - r[0]]  # vertical rules
    lines = _build_lines(_drop_doubles(horizontal), walls)
    content.lines.extend(stack_vertical(lines + rotated))
    content.lines.sort(key=lambda ln: (ln.y0, ln.x0))
    unmapped = "".join([ln.text for ln in content.lines]).count(_UNMAPPED)
    if unmapped:
        content.warnings.append(
            f"page {index + 1}: {unmapped} glyph(s) have no Unicode mapping in the PDF; shown as U+FFFD")
    if not content.lines and content.images:
        content.warnings.append(f"page {index + 1}: no text layer, only images: this page needs OCR")
    return content


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


def _outlines_text(block: dict[str, Any], text: list[_Span]) -> bool:
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


def _uncovered(spans: list[_Span], covers: list[tuple[int, BBox]]) -> list[_Span]:
    """The spans but those drawn before an image (or a white patch) that covers
    their middle. (Spans come in drawing order: each cover is tried on the
    spans drawn before it only, their middles computed once.)"""
    orders = [s.order for s in spans]
    middles = [((s.bbox[0] + s.bbox[2]) / 2, (s.bbox[1] + s.bbox[3]) / 2) for s in spans]
    covered: set[int] = set()
    for order, (x0, y0, x1, y1) in covers:
        covered.update(i for i, (cx, cy) in enumerate(middles[:bisect_left(orders, order)])
                       if x0 <= cx <= x1 and y0 <= cy <= y1)
    return [s for i, s in enumerate(spans) if i not in covered] if covered else spans


# --- spans -> lines ----------------------------------------------------------

@dataclass(slots=True)
class _Span:
    text: str
    bbox: tuple[float, float, float, float]
    size: float
    bold: bool
    baseline: float
    order: int = 0
    vertical: bool | None = None  # None: upright text; else rotated (True: top to bottom)
    font: str = ""
    color: int = 0


_BASELINE = attrgetter("baseline")


def _drop_doubles(spans: list[_Span]) -> list[_Span]:
    """Fake bold: the same text drawn again within a fraction of its size.
    Keep the first copy and mark it bold."""
    if len(spans) < 2:
        return spans
    seen: dict[str, list[_Span]] = {}
    out: list[_Span] = []
    for s in spans:
        if not s.text.strip():
            out.append(s)
            continue
        same = seen.get(s.text)
        if same is None:
            seen[s.text] = [s]
            out.append(s)
            continue
        tolerance = s.size * 0.3
        twin = next((c for c in same if abs(c.bbox[0] - s.bbox[0]) < tolerance
                     and abs(c.baseline - s.baseline) < tolerance), None)
        if twin is not None:
            twin.bold = True
            continue
        same.append(s)
        out.append(s)
    return out


def _most_used_size(spans: list[_Span]) -> float:
    """The size (to a tenth) that sets the most characters: the body's. Characters
    are counted by size as given first, then by rounded size, in order of first
    use (a tie goes to the size met first); rounding each span is the slow part."""
    exact: dict[float, int] = {}
    for s in spans:
        exact[s.size] = exact.get(s.size, 0) + len(s.text)
    sizes: dict[float, int] = {}
    for given, length in exact.items():
        size = round(given, 1)
        sizes[size] = sizes.get(size, 0) + length
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def _build_lines(spans: list[_Span], walls: list[BBox] | None = None) -> list[TextLine]:
    """Join spans on one baseline that touch (gap under about half a
    character, similar size) into lines: repairs glyphs drawn one by one,
    text split into many spans and digits set in another font; never across
    a vertical rule (``walls``)."""
    spans.sort(key=_BASELINE)
    fonts: dict[str, int] = {}
    for s in spans:
        fonts[s.font] = fonts.get(s.font, 0) + len(s.text)
    body = _most_used_size(spans)
    body_font = max(fonts, key=fonts.__getitem__) if fonts else ""
    edges = _ColumnEdges(spans)
    rows: list[list[_Span]] = []
    band: list[_Span] = []
    first_baseline = first_size = 0.0
    for s in spans:  # bands of spans sharing a baseline
        if band and s.baseline - first_baseline > 0.25 * (s.size if s.size < first_size else first_size):
            rows.extend(_split_band(band, body, body_font, edges, walls))
            band = []
        if not band:
            first_baseline, first_size = s.baseline, s.size
        band.append(s)
    if band:
        rows.extend(_split_band(band, body, body_font, edges, walls))
    lines: list[TextLine] = []
    for row in rows:
        if len(row) == 1:
            s = row[0]
            text = s.text.strip()
            if text:
                lines.append(TextLine(text, s.bbox, float(s.size), s.bold, font=s.font, order=s.order, color=s.color))
            continue
        inked = [s for s in row if s.text.strip()]
        if not inked:
            continue
        parts: list[str] = []
        prev: _Span | None = None
        length = lead = 0  # the length of the text so far, and of the bold spans the line opens with
        leading = True
        for s in row:
            gap = s.bbox[0] - prev.bbox[2] if prev is not None else 0.0
            # a space the writer left out: between letters or digits, or half a character wide
            # (7　理论 in a header; cairo draws no glyph for a space)
            if prev is not None and (gap > 0.2 * max(s.size, prev.size) and _latin_edge(prev.text[-1], s.text[0])
                                     or gap > 0.5 * min(s.size, prev.size) and not prev.text[-1].isspace()
                                     and not s.text[0].isspace()):
                parts.append(" ")
                length += 1
            parts.append(s.text)
            length += len(s.text)
            if leading and s.text.strip():
                lead, leading = (length, True) if heavy_face(s.font, s.bold) else (lead, False)
            elif lead and not leading and s.text.strip() and not s.text.isascii() and heavy_face(s.font, s.bold):
                lead = 0  # heavy words further on too: no run-in lead
            prev = s
        weight = sum(len(s.text) for s in inked)
        main = max(inked, key=_chinese_weight)  # the line's font and size are its Chinese text's
        bold = sum(len(s.text) for s in inked if s.bold) * 2 > weight
        box = (min(s.bbox[0] for s in inked), min(s.bbox[1] for s in row),
               max(s.bbox[2] for s in inked), max(s.bbox[3] for s in row))
        joined = "".join(parts)
        text = joined.strip()
        lead = 0 if leading else run_in_lead(joined, lead)
        lines.append(TextLine(text, box, float(main.size), bold, font=main.font,
                              order=min(s.order for s in inked), color=main.color, bold_lead=lead))
    return lines


def _chinese_weight(span: _Span) -> tuple[int, int]:
    """Chinese characters first (digits and Latin often have a font of their own), then length."""
    return sum(1 for c in span.text if "\u4e00" <= c <= "\u9fff"), len(span.text)


class _ColumnEdges:
    """Where the page's lines start and end, to the half point: a column's
    justified lines share both edges, so two runs on one row that stand at a
    column's right edge and the next one's left edge are two columns' lines
    (a narrow gutter), however short they are."""

    def __init__(self, spans: list[_Span]) -> None:
        self._spans = spans
        self._edges: tuple[Counter[int], Counter[int]] | None = None  # counted when first asked

    @property
    def left(self) -> Counter[int]:
        return self._counted()[0]

    @property
    def right(self) -> Counter[int]:
        return self._counted()[1]

    def _counted(self) -> tuple[Counter[int], Counter[int]]:
        if self._edges is None:
            inked = [s for s in self._spans if s.text.strip()]
            self._edges = (Counter(round(2 * s.bbox[0]) for s in inked), Counter(round(2 * s.bbox[2]) for s in inked))
        return self._edges

    @staticmethod
    def _count(edges: Counter[int], x: float) -> int:
        key = round(2 * x)
        return edges[key - 1] + edges[key] + edges[key + 1]

    def gutter_between(self, before: _Span, after: _Span, text: bool = False) -> bool:
        """``before`` ends at a column's right edge and ``after`` starts at the
        next one's left edge; or, in text at the body size (``text``) whose
        lines may be set ragged right (their right edges need not line up),
        ``after`` starts at a column's left edge a character or so after
        ``before`` (a line or a flush-right note of the column on the left);
        a short piece's narrow column may hold three lines only."""
        starts = self._count(self.left, after.bbox[0])
        if starts >= _COLUMN_LINES and self._count(self.right, before.bbox[2]) >= _COLUMN_LINES:
            return True
        return starts >= _TEXT_COLUMN_LINES and text and after.bbox[0] - before.bbox[2] >= 0.6 * after.size

    def ends_column(self, span: _Span) -> bool:
        """The span ends at a column's right edge (justified lines share it)."""
        return self._count(self.right, span.bbox[2]) >= _COLUMN_LINES


#: lines that share an edge to make it a column's (its left edge alone, in text a glyph or so
#: after the column on its left: a short piece squeezed into narrow columns sets three lines a column)
_COLUMN_LINES = 4
_TEXT_COLUMN_LINES = 3


def _split_band(band: list[_Span], body: float, body_font: str, edges: _ColumnEdges,
                walls: list[BBox] | None = None) -> list[list[_Span]]:
    """Spans on one baseline -> runs that touch, left to right."""
    if len(band) == 1:
        return [band]
    band.sort(key=lambda s: s.bbox[0])
    rows: list[list[_Span]] = [[band[0]]]
    for s in band[1:]:
        last = rows[-1][-1]
        small, large = (last.size, s.size) if last.size <= s.size else (s.size, last.size)
        gap = s.bbox[0] - last.bbox[2]
        # an opening quote or bracket is often kerned a whole character back
        # into the previous span's box (its advance is full width)
        # (but two sizes set apart by half a character are two headlines side by side, not one line)
        if -1.1 * small <= gap <= 0.6 * small and large - small <= 0.25 * large \
                and not (large - small > 0.05 * large and gap > 0.3 * small):
            rows[-1].append(s)
        else:
            rows.append([s])
    return _join_spaced(rows, body, body_font, edges, walls)


def _join_spaced(rows: list[list[_Span]], body: float, body_font: str, edges: _ColumnEdges,
                 walls: list[BBox] | None = None) -> list[list[_Span]]:
    """Short runs set apart by a space of about a character on one baseline
    are one line: a padded name (汪　涛), a byline (本报记者　张三), the two
    phrases of a heading (疏堵结合　强化管理), and so are a short phrase and a
    long one in a face other than the body's (a subtitle at the body size).
    The gap becomes one space; a vertical rule in it parts them (two
    headlines side by side, each wrapped short in its own area)."""
    out: list[list[_Span]] = [rows[0]]
    for row in rows[1:]:
        last = out[-1]
        before, after = last[-1], row[0]
        size = min(before.size, after.size)
        gap = after.bbox[0] - before.bbox[2]
        # a column gutter is wider than a character and a half; a space in a
        # heading can be that wide
        reach = 1.6 if size >= 1.12 * body else 1.2
        if gap > reach * size:  # (most pairs on a row: the lines of two columns)
            out.append(row)
            continue
        short = sum(len(s.text.strip()) for s in last) <= 8 and sum(len(s.text.strip()) for s in row) <= 8
        # a heading's second phrase may be long (全程细分　垃圾出村（……）): same face and size, a character apart
        phrase = (size >= 1.12 * body or before.font != body_font) and abs(before.size - after.size) <= 0.02 * size \
            and gap <= 1.2 * size and sum(len(s.text.strip().lstrip("—")) for s in last) <= 8  # (a subtitle's ——)
        # (two single glyphs of two sizes are the tops of two vertical headlines side by side, not a padded name)
        single = sum(len(s.text.strip()) for s in last) == 1 and sum(len(s.text.strip()) for s in row) == 1
        if (gap <= reach * size and abs(before.size - after.size) <= (0.05 if single else 0.25) * size
                and before.font == after.font and (short or phrase)
                and not edges.gutter_between(before, after, size < 1.12 * body and _words(last))
                and not (walls and _wall_in_gap(before, after, walls))
                # a column's line at its right edge, smaller text after it: a caption beside a wrapped line
                and not (abs(before.size - after.size) > 0.1 * size and edges.ends_column(before))):
            row[0].text = " " + row[0].text.lstrip()
            last.extend(row)
        else:
            out.append(row)
    return out


def _wall_in_gap(before: _Span, after: _Span, walls: list[BBox]) -> bool:
    """A vertical rule standing in the gap between two runs, level with them."""
    top, bottom = min(before.bbox[1], after.bbox[1]), max(before.bbox[3], after.bbox[3])
    return any(before.bbox[2] <= (w[0] + w[2]) / 2 <= after.bbox[0] and w[1] < bottom and w[3] > top
               for w in walls)


def _words(row: list[_Span]) -> bool:
    """A run of three characters or more: a line's text, not a mark hung in the margin (■ 本报记者)."""
    return sum(len(s.text.strip()) for s in row) >= 3


def _latin_edge(left: str, right: str) -> bool:
    return left.isascii() and left.isalnum() and right.isascii() and right.isalnum()


def _mark_vertical_grids(spans: list[_Span]) -> None:
    """A vertical headline wrapped into two columns or more, its glyphs drawn
    one by one upright: a grid of single glyphs of one size, larger than the
    body, whose columns are longer than its rows and whose glyphs stand
    closer one under the next than side by side. Read as rows it is
    nonsense (客上流海…); its glyphs are marked vertical, to be stacked into
    columns. A title on two lines set solid has rows longer than columns."""
    singles = [s for s in spans if s.vertical is None and len(s.text.strip()) == 1]
    if len(singles) < 6:
        return
    body = _most_used_size(spans)
    glyphs = [s for s in singles if s.size >= 1.15 * body]
    if len(glyphs) < 6:
        return
    parent = list(range(len(glyphs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vertical_pitch: dict[int, float] = {}
    side_pitch: dict[int, float] = {}
    order = sorted(range(len(glyphs)), key=lambda i: glyphs[i].bbox[0])
    for a_pos, i in enumerate(order):  # neighbours: a glyph's width to a glyph and a half apart
        a = glyphs[i]
        for j in order[a_pos + 1:]:
            b = glyphs[j]
            if b.bbox[0] - a.bbox[0] > 1.7 * a.size:
                break
            if abs(a.size - b.size) > 0.05 * a.size:
                continue
            dx, dy = b.bbox[0] - a.bbox[0], b.bbox[1] - a.bbox[1]
            if abs(dx) < 0.3 * a.size and 0.8 * a.size <= abs(dy) <= 1.3 * a.size:
                vertical_pitch[i] = vertical_pitch[j] = abs(dy)
            elif abs(dy) < 0.2 * a.size and 0.8 * a.size <= dx <= 1.6 * a.size:
                side_pitch[i] = side_pitch[j] = dx
            else:
                continue
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in vertical_pitch.keys() & side_pitch.keys():
        groups.setdefault(root(i), []).append(i)
    for members in groups.values():
        size = glyphs[members[0]].size
        columns = len({round(glyphs[i].bbox[0] / (0.5 * size)) for i in members})
        rows = len({round(glyphs[i].bbox[1] / (0.5 * size)) for i in members})
        down = sorted(vertical_pitch[i] for i in members)[len(members) // 2]
        across = sorted(side_pitch[i] for i in members)[len(members) // 2]
        if columns >= 2 and rows >= 3 and rows > columns and down < 0.95 * across:
            for i in range(len(glyphs)):
                if root(i) == root(members[0]):
                    glyphs[i].vertical = True
