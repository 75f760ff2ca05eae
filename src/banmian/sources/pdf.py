"""PDF source: the text layer of born-digital page PDFs, with its geometry.

PyMuPDF (extra ``pdf``) is imported here only, lazily. For each page we
return its text lines (text, bbox, font size, weight), its images, rules
(thin strokes) and boxes (frames, shadings). The source knows nothing about
articles; :mod:`banmian.layout.geometric` builds them.

Real-world quirks handled here, because they are properties of the file and
not of the layout: characters drawn one by one or split into many spans
(re-joined into lines by position), digits and Latin in other fonts, fake
bold (the same text drawn twice with a small offset: kept once, marked
bold), rotated and vertical text (竖排: read top to bottom), text hidden
under an image drawn later (dropped), glyphs without a Unicode mapping
(kept as U+FFFD and reported), image-only pages (reported: they need OCR),
encrypted, damaged, empty and oversized files (:class:`PdfError`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PdfError
from ..model import BBox, Edition

#: Above this many pages a file is refused before any page is read.
MAX_PDF_PAGES = 5000

_TEXT_FLAGS_NAME = "TEXT_PRESERVE_WHITESPACE"
_UNMAPPED = "\ufffd"
#: glyph names that CJK fonts map to a look-alike code point: the ellipsis
#: glyph of Adobe-GB1 fonts comes out as U+22EF (⋯) instead of U+2026 (…)
_LOOKALIKES = str.maketrans({"\u22ef": "\u2026"})
_RULE_THICKNESS = 3.0  # points: thinner than this is a rule, not a box


@dataclass(slots=True)
class TextLine:
    """One visual line of text: a run of glyphs on one baseline (or one
    vertical stack), in reading order."""

    text: str
    bbox: BBox
    size: float
    bold: bool = False
    vertical: bool = False

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y1(self) -> float:
        return self.bbox[3]


@dataclass(slots=True)
class PageContent:
    """What one PDF page holds, in PDF points (origin top left)."""

    index: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)
    rules: list[BBox] = field(default_factory=list)
    boxes: list[BBox] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _pymupdf() -> Any:
    try:
        import pymupdf
    except ImportError as exc:  # pragma: no cover - depends on the extra
        from ..errors import UsageError

        raise UsageError(f"reading PDF files needs the 'pdf' extra (pip install 'banmian[pdf]'): {exc}") from None
    return pymupdf


def open_pdf(path: str | os.PathLike[str], max_pages: int = MAX_PDF_PAGES) -> Any:
    """Open a PDF or raise :class:`PdfError` naming the file and the reason."""
    pymupdf = _pymupdf()
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
                yield extract_page(page, index)
            except PdfError:
                raise
            except Exception as exc:  # a damaged page content stream
                yield PageContent(index, 0.0, 0.0, warnings=[
                    f"{name} page {index + 1}: damaged page skipped ({_short(exc)})"])
    finally:
        doc.close()


def extract_page(page: Any, index: int = 0) -> PageContent:
    """Text lines, images, rules and boxes of one PyMuPDF page."""
    pymupdf = _pymupdf()
    rect = page.rect
    content = PageContent(index, float(rect.width), float(rect.height))
    hidden = _read_graphics(page, content)
    flags = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    data = page.get_text("dict", flags=flags)
    horizontal: list[_Span] = []
    for block in data["blocks"]:
        for line in block.get("lines", ()):
            dx, dy = line["dir"]
            upright = abs(dy) < 1e-3 and dx > 0
            for span in line["spans"]:
                text = span["text"].translate(_LOOKALIKES)
                if not text.strip():
                    if upright and text:
                        horizontal.append(_Span(text, span["bbox"], span["size"], False, span["origin"][1]))
                    continue
                box = span["bbox"]
                if hidden and _is_hidden(box, hidden):
                    continue
                bold = bool(span["flags"] & 16) or _bold_name(span["font"])
                if upright:
                    horizontal.append(_Span(text, box, span["size"], bold, span["origin"][1]))
                else:
                    content.lines.append(TextLine(text.strip(), tuple(box), float(span["size"]), bold,
                                                  vertical=abs(dy) > abs(dx)))
    lines = _build_lines(_drop_doubles(horizontal))
    content.lines.extend(_stack_vertical(lines))
    content.lines.sort(key=lambda ln: (ln.y0, ln.x0))
    unmapped = sum(ln.text.count(_UNMAPPED) for ln in content.lines)
    if unmapped:
        content.warnings.append(
            f"page {index + 1}: {unmapped} glyph(s) have no Unicode mapping in the PDF; shown as U+FFFD")
    if not content.lines and content.images:
        content.warnings.append(f"page {index + 1}: no text layer, only images: this page needs OCR")
    return content


def _bold_name(font: str) -> bool:
    lower = font.lower()
    return any(w in lower for w in ("bold", "heavy", "black"))


# --- graphics: images, rules, boxes, and text drawn under images -------------

def _read_graphics(page: Any, content: PageContent) -> list[BBox]:
    """Fill images/rules/boxes from the page's drawing log; return the rects
    of text that an image drawn later covers (hidden text)."""
    texts: list[BBox] = []
    hidden: list[BBox] = []
    for kind, box in page.get_bboxlog():
        x0, y0, x1, y1 = box
        if kind == "fill-text":
            texts.append(box)
        elif kind == "fill-image":
            if (x1 - x0) < 4 or (y1 - y0) < 4:
                continue
            content.images.append(tuple(box))
            for t in texts:
                if _inside(t, box, 0.8):
                    hidden.append(t)
        elif kind in ("stroke-path", "fill-path"):
            w, h = x1 - x0, y1 - y0
            if w <= 0 and h <= 0:
                continue
            if min(w, h) < _RULE_THICKNESS and max(w, h) > 8:
                content.rules.append(tuple(box))
            elif w > 8 and h > 8 and w < content.width * 0.98:
                content.boxes.append(tuple(box))
    return hidden


def _inside(inner: BBox, outer: BBox, share: float) -> bool:
    ix0, iy0 = max(inner[0], outer[0]), max(inner[1], outer[1])
    ix1, iy1 = min(inner[2], outer[2]), min(inner[3], outer[3])
    if ix1 <= ix0 or iy1 <= iy0:
        return False
    area = max(1e-6, (inner[2] - inner[0]) * (inner[3] - inner[1]))
    return (ix1 - ix0) * (iy1 - iy0) / area >= share


def _is_hidden(span_box: BBox, hidden: list[BBox]) -> bool:
    cx, cy = (span_box[0] + span_box[2]) / 2, (span_box[1] + span_box[3]) / 2
    return any(h[0] <= cx <= h[2] and h[1] <= cy <= h[3] for h in hidden)


# --- spans -> lines ----------------------------------------------------------

@dataclass(slots=True)
class _Span:
    text: str
    bbox: tuple[float, float, float, float]
    size: float
    bold: bool
    baseline: float


def _drop_doubles(spans: list[_Span]) -> list[_Span]:
    """Fake bold: the same text drawn again within a fraction of its size.
    Keep the first copy and mark it bold."""
    if len(spans) < 2:
        return spans
    seen: dict[tuple[str, int, int], _Span] = {}
    out: list[_Span] = []
    for s in spans:
        if not s.text.strip():
            out.append(s)
            continue
        grid = max(1.0, s.size * 0.5)
        key_x, key_y = int(s.bbox[0] // grid), int(s.baseline // grid)
        twin = None
        for dx in (0, -1, 1):
            for dy in (0, -1, 1):
                cand = seen.get((s.text, key_x + dx, key_y + dy))
                if cand and abs(cand.bbox[0] - s.bbox[0]) < s.size * 0.3 \
                        and abs(cand.baseline - s.baseline) < s.size * 0.3:
                    twin = cand
                    break
            if twin:
                break
        if twin:
            twin.bold = True
            continue
        seen[(s.text, key_x, key_y)] = s
        out.append(s)
    return out


def _build_lines(spans: list[_Span]) -> list[TextLine]:
    """Join spans on one baseline that touch (gap under half a character)
    into lines: repairs glyphs drawn one by one and digits in other fonts."""
    spans.sort(key=lambda s: (round(s.baseline, 0), s.bbox[0]))
    lines: list[TextLine] = []
    rows: list[list[_Span]] = []
    for s in spans:
        placed = False
        for row in rows[-6:]:
            last = row[-1]
            size = max(last.size, s.size)
            if abs(last.baseline - s.baseline) <= size * 0.25 and \
                    -size * 0.3 <= s.bbox[0] - last.bbox[2] <= size * 0.6:
                row.append(s)
                placed = True
                break
        if not placed:
            rows.append([s])
    for row in rows:
        text_parts: list[str] = []
        prev: _Span | None = None
        for s in row:
            if prev is not None:
                gap = s.bbox[0] - prev.bbox[2]
                if gap > 0.2 * max(s.size, prev.size) and not prev.text.endswith(" ") \
                        and not s.text.startswith(" ") and _latin_edge(prev.text[-1], s.text[0]):
                    text_parts.append(" ")
            text_parts.append(s.text)
            prev = s
        text = "".join(text_parts).strip()
        if not text:
            continue
        x0 = min(s.bbox[0] for s in row if s.text.strip())
        x1 = max(s.bbox[2] for s in row if s.text.strip())
        y0 = min(s.bbox[1] for s in row)
        y1 = max(s.bbox[3] for s in row)
        weight = sum(len(s.text) for s in row if s.text.strip()) or 1
        size = max((s for s in row if s.text.strip()), key=lambda s: len(s.text)).size
        bold = sum(len(s.text) for s in row if s.bold) * 2 > weight
        lines.append(TextLine(text, (x0, y0, x1, y1), float(size), bold))
    return lines


def _latin_edge(left: str, right: str) -> bool:
    return left.isascii() and left.isalnum() and right.isascii() and right.isalnum()


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _stack_vertical(lines: list[TextLine]) -> list[TextLine]:
    """竖排: single CJK characters stacked at the same x, one under the next,
    become one vertical line read top to bottom."""
    singles = [ln for ln in lines if len(ln.text) == 1 and _is_cjk(ln.text)]
    if len(singles) < 2:
        return lines
    singles.sort(key=lambda ln: (round(ln.x0), ln.y0))
    used: set[int] = set()
    merged: list[TextLine] = []
    i = 0
    while i < len(singles):
        run = [singles[i]]
        j = i + 1
        while j < len(singles):
            prev, cur = run[-1], singles[j]
            if abs(cur.x0 - prev.x0) < prev.size * 0.3 and 0 <= cur.y0 - prev.y1 < prev.size * 0.6:
                run.append(cur)
                j += 1
            else:
                break
        if len(run) >= 2:
            used.update(id(r) for r in run)
            box = (min(r.x0 for r in run), run[0].y0, max(r.x1 for r in run), run[-1].y1)
            merged.append(TextLine("".join(r.text for r in run), box, run[0].size,
                                   any(r.bold for r in run), vertical=True))
        i = j if len(run) >= 2 else i + 1
    if not merged:
        return lines
    return [ln for ln in lines if id(ln) not in used] + merged


# --- entry point the pipeline calls --------------------------------------------

def parse_pdf(path: str | os.PathLike[str], paper: str | None = None, date: str | None = None,
              page: int | None = None) -> Edition:
    """Parse a page PDF or a multi-page edition PDF into an :class:`Edition`.

    ``page`` numbers the first page when the header does not say it.
    Raises :class:`PdfError` for files that hold no readable text at all.
    """
    from ..layout.geometric import build_pdf_edition

    contents = list(read_pdf(path))
    name = Path(path).name
    if not any(c.lines for c in contents):
        if any(c.images for c in contents):
            raise PdfError(f"{name}: no text layer on any of its {len(contents)} page(s), only images "
                           "(a scan?): it needs OCR, which the PDF reader does not do")
        raise PdfError(f"{name}: no text on any of its {len(contents)} page(s)")
    return build_pdf_edition(contents, source=name, paper=paper, date=date, first_page=page)
