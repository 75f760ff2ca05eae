"""Scanned pages through the geometric layout: page images, and PDF pages with
no usable text layer, OCR'd by :mod:`banmian.sources.image` and laid out by
the same engine as PDF pages (:func:`banmian.layout.geometric.build_pdf_edition`).

Layout works in points; after it, every box goes back to image pixels (the
reader draws the scan with its zones), and each article gets the mean OCR
confidence of the lines inside its blocks, so a caller can tell a shaky
reading from a good one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .model import Article, BBox, Edition, Page, PageContent, TextLine
from .sources.image import LOW_CONFIDENCE, ScannedPage, read_image_pages, scan_page
from .sources.ocr_lines import mend_dashes
from .sources.ocr_text import mend_paragraph, pair_quotes

#: PDF pages are rendered at this resolution for OCR
PDF_RENDER_DPI = 200


def parse_image_file(path: Path, *, paper: str | None = None, date: str | None = None,
                     page: int | None = None) -> Edition:
    """An image file (every frame of a TIFF is a page) as an edition."""
    scanned = [scan_page(image, dpi, index, path.name) for index, (image, dpi) in enumerate(read_image_pages(path))]
    return layout_scanned(scanned, "image", source=path.name, paper=paper, date=date, first_page=page)


def layout_scanned(scanned: list[ScannedPage], origin: str | list[str], *, source: str | None,
                   paper: str | None, date: str | None, first_page: int | None,
                   others: dict[int, PageContent] | None = None) -> Edition:
    """Lay out OCR'd pages (and, for a PDF, its pages with a good text layer,
    ``others`` by index) as one edition, then put OCR pages back in pixels."""
    from .layout.geometric import build_pdf_edition

    by_index = {s.content.index: s for s in scanned}
    contents = sorted([s.content for s in scanned] + list((others or {}).values()), key=lambda c: c.index)
    edition = build_pdf_edition(contents, source=source, paper=paper, date=date, first_page=first_page)
    origins = origin if isinstance(origin, list) else [origin] * len(contents)
    for content, built, why in zip(contents, edition.pages, origins):
        s = by_index.get(content.index)
        if s is not None:
            finish_page(built, s, why)
    return edition


def finish_page(page: Page, scanned: ScannedPage, origin: str) -> None:
    """Quotes by paragraph, confidence per article, boxes in pixels, and how the page was read."""
    lines = scanned.lines
    for article in page.articles:
        mend_quotes(article)
        boxes = [b.bbox for b in article.blocks if b.bbox is not None] or list(article.bbox)
        inside = [ln for ln in lines if _within(ln, boxes)]
        weight = sum(len(ln.text) for ln in inside)
        if weight:
            article.ocr_confidence = round(sum(len(ln.text) * (ln.confidence or 0.0) for ln in inside) / weight, 4)
    low = sum(1 for ln in lines if ln.confidence is not None and ln.confidence < LOW_CONFIDENCE)
    to_pixels(page, 1.0 / scanned.scale)
    page.ocr = {"engine": "rapidocr", "source": origin, "dpi": round(scanned.dpi, 1), "skew": scanned.skew,
                "lines": len(lines), "low_confidence_lines": low}


def mend_quotes(article: Article) -> None:
    """Each paragraph, headline tier and caption of an OCR'd article with its
    quotes paired (lines alone cannot tell a quote split from its partner; a
    continued part's first paragraph may close one opened on the page before),
    and its paragraphs mended as a whole (:func:`mend_paragraph`, dash pairs)."""
    continued = article.continued_from is not None
    article.paragraphs = [mend_dashes(mend_paragraph(p, continued and not k))
                          for k, p in enumerate(article.paragraphs)]
    head = article.headline
    head.kicker, head.title, head.subtitle = (pair_quotes(t) if t else t for t in (head.kicker, head.title, head.subtitle))
    for caption in article.captions:
        caption.text = pair_quotes(caption.text)


def _within(line: TextLine, boxes: list[BBox]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return any(b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1 for b in boxes)


def to_pixels(page: Page, factor: float) -> None:
    """Every box of a laid-out page, and its size, from points to image pixels
    (a block's font_size stays in points: it is a type size)."""
    def scale(box: Any) -> BBox:
        return tuple(round(v * factor, 1) for v in box)  # type: ignore[return-value]
    seen: set[int] = set()
    for block in [b for a in page.articles for b in a.blocks] + page.blocks:
        if id(block) in seen:
            continue
        seen.add(id(block))
        if block.bbox is not None:
            block.bbox = scale(block.bbox)
        if block.line_bboxes is not None:
            block.line_bboxes = [scale(b) for b in block.line_bboxes]
    for article in page.articles:
        article.bbox = [scale(b) for b in article.bbox]
    page.images = [scale(b) for b in page.images]
    if page.width is not None and page.height is not None:
        page.width, page.height = round(page.width * factor), round(page.height * factor)


def render_pdf_page(doc: Any, index: int, dpi: int = PDF_RENDER_DPI) -> Any:
    """One PDF page as an RGB numpy array, for OCR."""
    import numpy as np

    pix = doc.load_page(index).get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, :3].copy()


def ocr_pdf(path: str | os.PathLike[str], contents: list[PageContent], *, paper: str | None,
            date: str | None, first_page: int | None) -> Edition:
    """A PDF some of whose pages need OCR: those are rendered and OCR'd, the others keep their text layer."""
    from .sources.pdf import needs_ocr, open_pdf

    name = Path(path).name
    scanned: list[ScannedPage] = []
    origins: list[str] = []
    others: dict[int, PageContent] = {}
    doc = open_pdf(path)
    try:
        for content in contents:
            why = needs_ocr(content)
            if why is None:
                others[content.index] = content
                origins.append("pdf-text")
                continue
            s = scan_page(render_pdf_page(doc, content.index), PDF_RENDER_DPI, content.index, name)
            s.content.warnings.append(f"{name} page {content.index + 1}: no text layer; read by OCR "
                                      f"at {PDF_RENDER_DPI} dpi")
            scanned.append(s)
            origins.append(why)
    finally:
        doc.close()
    return layout_scanned(scanned, origins, source=name, paper=paper, date=date, first_page=first_page,
                          others=others)
