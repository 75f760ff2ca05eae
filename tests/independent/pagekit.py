"""A small typesetter for test pages, written from a description of Chinese
newspaper layout and not from the parser: it places text, rules, frames and
photos with PyMuPDF and records, beside each article, the answer a reader
would give (headline tiers, bylines, paragraphs, captions).

Body text is set in Song (PyMuPDF's built-in ``china-ss``); bold lines
(subheadings, bold lead phrases, bold headlines) in Hei (``china-s``), as a
real page sets its bold in 黑体. PyMuPDF shares one font object between the
two built-in CJK fonts of a page, so the Hei text is drawn on a layer page
and stamped on top (a form XObject, as page-making software often does)
as soon as a bold element is done (``commit``), so the content stream keeps
reading order: kicker, title, subtitle, byline, body, subheadings in place.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

SONG = "china-ss"
HEI = "china-s"
KAI = "KaiTi"  # the name an embedded Kai face (楷体) carries in the PDF
GAP = 1.6  # column gap, in body sizes
#: Latin faces for the digits and letters of a mixed line (half-width, as real pages set them)
LATIN, LATIN_BOLD = "tiro", "hebo"
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-]+")
WIDTH, HEIGHT = 842.0, 1191.0  # A3 in points
#: punctuation a line may not start with: it joins the line above, squeezed to fit (挤压)
NO_LINE_START = "，。、；：！？）》”’」』…—"
#: opening quotes and title marks a line may not end with: they go down to the next line, the line is spread
NO_LINE_END = "“‘《「『"
#: the stricter rule (禁则) that keeps opening brackets off a line's end too, as 《通用规范》 and most papers set
STRICT_NO_LINE_END = NO_LINE_END + "（〔［【"


@dataclass
class Story:
    """One article's answer: what a reader finds in it."""

    title: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    bylines: list[tuple[str | None, str]] = field(default_factory=list)
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    dateline: str | None = None
    continues_to: int | None = None  # the page a jump note （下转第四版） sends the reader to
    continued_from: int | None = None  # the page a note （上接第一版） comes from


@dataclass
class Header:
    """What the page header or footer tells."""

    number: int | None = None
    section: str | None = None
    date: str | None = None  # ISO


@dataclass
class Placed:
    """Where a flowed body ended up."""

    x0: float
    y0: float
    x1: float
    y1: float
    rows: int


class Sheet:
    """One A3 page being set; ``rng`` jitters the geometry by the seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=WIDTH, height=HEIGHT)
        self._new_layer()
        self._kai_xref: int | None = None
        self.body = round(self.rng.uniform(9.4, 10.4), 1)
        self.leading = round(self.body * self.rng.uniform(1.45, 1.7), 2)

    def _new_layer(self) -> None:
        self._bold_doc = pymupdf.open()
        self.bold_page = self._bold_doc.new_page(width=WIDTH, height=HEIGHT)
        self._bold_used = False

    def commit(self) -> None:
        """Stamp the bold lines set so far (an article is done)."""
        if self._bold_used:
            self.page.show_pdf_page(self.page.rect, self._bold_doc, 0)
            self._new_layer()

    def jitter(self, span: float) -> float:
        return self.rng.uniform(-span, span)

    # -- text --------------------------------------------------------------
    def text(self, x: float, top: float, s: str, size: float, bold: bool = False,
             fit: float | None = None, kai: bool = False, spread: bool = False) -> float:
        """Set ``s`` with its top at ``top``, squeezed into ``fit`` points
        when it is wider (or, ``spread``, spread out to fill it); return its
        right edge. ``kai`` sets it in an embedded Kai face (楷体), as an
        editor's note is set."""
        target = self.bold_page if bold else self.page
        self._bold_used |= bold
        base = pymupdf.Point(x, top + size * 0.88)
        width = size * len(s)
        morph = (base, pymupdf.Matrix(fit / width, 1)) if fit and (width > fit or spread) else None
        fontname = HEI if bold else SONG
        if kai and not bold:
            if self._kai_xref is None:
                self._kai_xref = self.page.insert_font(fontname="kai", fontbuffer=pymupdf.Font("cjk").buffer)
            fontname = "kai"
        target.insert_text(base, s, fontname=fontname, fontsize=size, morph=morph)
        return x + min(width, fit or width)

    def mixed_width(self, s: str, size: float, bold: bool = False) -> float:
        """Width of a line whose digits and Latin letters are set half-width in a Latin face."""
        width, at = 0.0, 0
        for m in ASCII_RUN.finditer(s):
            width += size * (m.start() - at) + pymupdf.get_text_length(
                m.group(), fontname=LATIN_BOLD if bold else LATIN, fontsize=size)
            at = m.end()
        return width + size * (len(s) - at)

    def mixed(self, x: float, top: float, s: str, size: float, bold: bool = False) -> float:
        """Set a line mixing Chinese with digits and Latin letters: the
        Chinese in Song or Hei, each run of digits and letters in a Latin
        face at its own (half) width, as page-making software sets
        5G, 100, GDP and 6.1% in a headline; return the right edge."""
        at = 0
        for m in [*ASCII_RUN.finditer(s), None]:
            cjk = s[at:m.start() if m else len(s)]
            if cjk:
                x = self.text(x, top, cjk, size, bold)
            if m is None:
                break
            target = self.bold_page if bold else self.page
            self._bold_used |= bold
            font = LATIN_BOLD if bold else LATIN
            target.insert_text(pymupdf.Point(x, top + size * 0.88), m.group(), fontname=font, fontsize=size)
            x += pymupdf.get_text_length(m.group(), fontname=font, fontsize=size)
            at = m.end()
        return x

    def centred(self, x0: float, x1: float, top: float, s: str, size: float, bold: bool = False) -> None:
        self.text((x0 + x1 - size * len(s)) / 2, top, s, size, bold)

    def right(self, x1: float, top: float, s: str, size: float, bold: bool = False) -> None:
        self.text(x1 - size * len(s), top, s, size, bold)

    def vertical(self, x: float, top: float, s: str, size: float, bold: bool = False,
                 step: float | None = None) -> float:
        """Stack the characters of ``s`` one under another (竖排); return the bottom."""
        step = step or size * 1.05
        for i, ch in enumerate(s):
            if ch != " ":
                self.text(x, top + i * step, ch, size, bold)
        return top + len(s) * step

    # -- drawing -----------------------------------------------------------
    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=width)

    def frame(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=width)

    def tint(self, x0: float, y0: float, x1: float, y1: float, fill: tuple = (0.93, 0.96, 0.99),
             border: tuple | None = (0.25, 0.45, 0.7), width: float = 0.8) -> None:
        """A tinted panel (底纹) with a thin coloured frame, as a boxed article
        or a key-points box is set; drawn before the text that stands on it."""
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=border, fill=fill, width=width if border else 0)

    def photo(self, x0: float, y0: float, x1: float, y1: float, fill: bool = False) -> None:
        """A raster photo: a grey gradient made in memory, centred in the box
        at its own proportions, or (``fill``) stretched to fill the box."""
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 48, 32), False)
        for yy in range(32):
            for xx in range(48):
                v = 60 + (xx * 3 + yy * 2) % 150
                pix.set_pixel(xx, yy, (v, v - 20 if v > 20 else v, 255 - v))
        self.page.insert_image(pymupdf.Rect(x0, y0, x1, y1), stream=pix.tobytes("png"), keep_proportion=not fill)

    def drawn_photo(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A picture drawn in vectors (a chart, a map, an illustration) in place
        of a raster photo: a grey panel in a thin frame with a few strokes in it."""
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.5)
        for i in range(1, 4):
            yy = y0 + (y1 - y0) * i / 4
            self.page.draw_line((x0 + 6, yy + (i % 2) * 8), (x1 - 6, yy - (i % 2) * 8), color=(0.3, 0.3, 0.3), width=1.2)

    # -- body columns ----------------------------------------------------
    def flow(self, items: list, x: float, top: float, ncols: int, per_line: int,
             size: float | None = None, leading: float | None = None, gap: float | None = None,
             width_at=None, rows: int | None = None, kai: bool = False, no_end: str = NO_LINE_END) -> Placed:
        """Set an article body in ``ncols`` columns of ``per_line`` characters.

        ``items`` are paragraph strings (first line indented two characters),
        ``("sub", text, boxed)`` a bold subheading centred in its column,
        ``("right", text)`` a line set flush right, or ``("runin", lead, text)``
        a paragraph whose opening ``lead`` is set in bold Hei and runs on into
        its text in Song (two spans on one line, as a run-in dateline is set),
        ``("flush", text)`` a paragraph whose first line is not indented (the
        rest of a paragraph carried over from another page), or ``("head", text)``
        a heading set wholly in bold and indented like a paragraph, never left
        on a column's last line. ``width_at(col, row)``
        gives a narrower line where something stands beside it (a photo), or
        0 where the slot is taken (a headline set into the columns).
        Columns are balanced: each gets the same number of rows. ``kai`` sets
        the text (not a bold lead) in the Kai face. ``no_end`` lists the marks
        a line may not end with (``STRICT_NO_LINE_END`` keeps an opening bracket
        with what follows it)."""
        size = size or self.body
        leading = leading or self.leading
        gap = gap if gap is not None else size * 1.6
        width_at = width_at or (lambda c, r: per_line)
        col_w = per_line * size
        rows = rows or max(1, math.ceil(count_rows(items, per_line, no_end) / ncols))
        while True:
            placed = fill_rows(items, ncols, rows, width_at, no_end)
            if placed is not None:
                break
            rows += 1
        for kind, col, row, s, extra in placed:
            cx = x + col * (col_w + gap)
            y = top + row * leading
            spread = kind.endswith("+")  # a line cut short by a mark that may not end it
            kind = kind.rstrip("+")
            if kind == "line":
                self.text(cx + extra * size, y, s, size, fit=col_w - extra * size, kai=kai, spread=spread)
            elif kind == "runin":  # extra: (indent, how many of the line's characters are bold)
                indent, nbold = extra
                self.text(cx + indent * size, y, s[:nbold], size, bold=True)
                self.commit()
                if nbold < len(s):
                    rest = col_w - (indent + nbold) * size
                    self.text(cx + (indent + nbold) * size, y, s[nbold:], size, fit=rest, kai=kai, spread=spread)
            elif kind == "right":
                self.right(cx + col_w, y, s, size)
            else:  # subheading
                sub = size * 1.1
                self.centred(cx, cx + col_w, y, s, sub, bold=True)
                self.commit()
                if extra:
                    half = sub * len(s) / 2 + sub * 0.6
                    mid = cx + col_w / 2
                    self.frame(mid - half, y - sub * 0.3, mid + half, y + sub * 1.3)
        return Placed(x, top, x + ncols * col_w + (ncols - 1) * gap, top + rows * leading, rows)

    # -- output ------------------------------------------------------------
    def save(self, path: Path) -> Path:
        self.commit()
        if self._kai_xref is not None:
            self._name_kai()
        self.doc.save(path, garbage=3, deflate=True)
        return path

    def _name_kai(self) -> None:
        """Give the embedded face the name a Kai font has on a real page and
        keep only the glyphs used (the face is a CJK fallback font, 3 MB whole)."""
        xref, self._kai_xref = self._kai_xref, None
        doc = self.doc
        descendant = int(doc.xref_get_key(xref, "DescendantFonts")[1].strip("[]").split()[0])
        descriptor = int(doc.xref_get_key(descendant, "FontDescriptor")[1].split()[0])
        doc.xref_set_key(xref, "BaseFont", f"/{KAI}")
        doc.xref_set_key(descendant, "BaseFont", f"/{KAI}")
        doc.xref_set_key(descriptor, "FontName", f"/{KAI}")
        doc.subset_fonts()

    def plain_text(self, path: Path) -> str:
        """The page's text as PyMuPDF extracts it (what text mode reads)."""
        with pymupdf.open(path) as doc:
            return doc[0].get_text()


def line_end(text: str, start: int, room: int, no_end: str = NO_LINE_END) -> int:
    """End of a line taking ``room`` characters from ``start``; punctuation
    that would open the next line hangs at the end of this one."""
    end = min(len(text), start + room)
    while end < len(text) and text[end] in NO_LINE_START:
        end += 1
    if end < len(text) and end - start > 1 and text[end - 1] in no_end:
        end -= 1
    return end


def wrap(text: str, per: int) -> list[str]:
    """``text`` broken into lines of ``per`` characters (punctuation hangs)."""
    lines, i = [], 0
    while i < len(text):
        end = line_end(text, i, per)
        lines.append(text[i:end])
        i = end
    return lines


def set_columns(sh: Sheet, items: list[tuple], x: float, top: float, ncols: int, per: int) -> float:
    """An article body in balanced columns of ``per`` characters:
    ``("p", text)`` a plain paragraph (first line indented two characters),
    ``("q", text)`` a quotation paragraph set in Kai, indented two
    characters on both sides (its first line two more), ``("hang", text)``
    a list item hanging from its mark (first line flush left, the rest
    indented one character) and ``("gap",)`` a blank line (dropped at a
    column's top). A line with a hanging mark is squeezed into its room,
    one cut short by a mark that may not end it spread to fill it. Return
    the bottom."""
    b, gap = sh.body, sh.body * 1.6
    lines: list[tuple[str, int, int, bool, bool]] = []  # (text, indent, room, kai, last of its paragraph)
    for item in items:
        if item[0] == "gap":
            lines.append(("", 0, 0, False, True))
            continue
        kind, text, i = item[0], item[1], 0
        while i < len(text):
            if kind == "hang":
                indent, room = (0, per) if i == 0 else (1, per - 1)
            else:
                indent = (2 if kind == "q" else 0) + (2 if i == 0 else 0)
                room = per - indent - (2 if kind == "q" else 0)
            end = line_end(text, i, room, NO_LINE_END)
            lines.append((text[i:end], indent, room, kind == "q", end == len(text)))
            i = end
    rows = math.ceil(len(lines) / ncols)
    while True:
        slots, slot = [], 0
        for line in lines:
            if not line[0] and slot % rows == 0:
                continue
            slots.append((slot, line))
            slot += 1
        if slot <= rows * ncols:
            break
        rows += 1
    for slot, (text, indent, room, kai, last) in slots:
        if not text:
            continue
        col, row = divmod(slot, rows)
        cx = x + col * (per * b + gap)
        short = not last and len(text) < room
        sh.text(cx + indent * b, top + row * sh.leading, text, b, fit=room * b, spread=short, kai=kai)
    sh.commit()
    return top + rows * sh.leading


def count_rows(items: list, per_line: int, no_end: str = NO_LINE_END) -> int:
    rows = 0
    for item in items:
        if isinstance(item, str) or item[0] in ("runin", "flush", "head"):
            indent = 0 if not isinstance(item, str) and item[0] == "flush" else 2
            item = item if isinstance(item, str) else "".join(item[1:])
            i, first = 0, True
            while i < len(item):
                i = line_end(item, i, per_line - (indent if first else 0), no_end)
                rows, first = rows + 1, False
        else:
            rows += 2 if item[0] == "sub" else 1
    return rows


def fill_rows(items: list, ncols: int, rows: int, width_at, no_end: str = NO_LINE_END):
    """Place every line in the column slots, or None when they do not fit."""
    out = []
    slot = 0
    total = ncols * rows
    for item in items:
        if not isinstance(item, str) and item[0] == "head":
            if slot % rows == rows - 1:  # a heading is never left alone at a column's foot
                slot += 1
            item = ("runin", item[1], "")
        if isinstance(item, str) or item[0] in ("runin", "flush"):
            nbold = len(item[1]) if not isinstance(item, str) and item[0] == "runin" else 0
            first_indent = 0 if not isinstance(item, str) and item[0] == "flush" else 2
            item = item if isinstance(item, str) else "".join(item[1:])
            i, first = 0, True
            while i < len(item):
                if slot >= total:
                    return None
                col, row = divmod(slot, rows)
                if width_at(col, row) <= 0:  # something else stands in this slot
                    slot += 1
                    continue
                indent = first_indent if first else 0
                end = line_end(item, i, width_at(col, row) - indent, no_end)
                short = "+" if end < len(item) and end - i < width_at(col, row) - indent else ""
                if i < nbold:
                    out.append(("runin" + short, col, row, item[i:end], (indent, min(end, nbold) - i)))
                else:
                    out.append(("line" + short, col, row, item[i:end], indent))
                i, first, slot = end, False, slot + 1
        elif item[0] == "sub":
            col, row = divmod(slot, rows)
            if row != 0:  # a blank row above a subheading, not at a column top
                slot += 1
            if slot >= total:
                return None
            col, row = divmod(slot, rows)
            out.append(("sub", col, row, item[1], item[2]))
            slot += 1
        else:
            if slot >= total:
                return None
            col, row = divmod(slot, rows)
            out.append(("right", col, row, item[1], 0))
            slot += 1
    return out


def headline(sheet: Sheet, x0: float, x1: float, top: float, title: str | list[str], size: float,
             kicker: str | None = None, subtitle: str | None = None, tier: float = 1.5,
             bold_title: bool = True, bold_tiers: bool = False, align: str = "centre",
             mixed: bool = False) -> float:
    """Set kicker / title lines / subtitle between x0 and x1; return the bottom.
    ``tier`` is the kicker's and subtitle's size as a multiple of the body size;
    ``mixed`` sets digits and Latin letters half-width (``Sheet.mixed``)."""
    y = top
    tsize = sheet.body * tier

    def put(s: str, sz: float, bold: bool) -> None:
        if mixed:
            sz = min(sz, sz * (x1 - x0) / sheet.mixed_width(s, sz, bold))
            w = sheet.mixed_width(s, sz, bold)
            sheet.mixed((x0 + x1 - w) / 2 if align == "centre" else x0, y, s, sz, bold)
            return
        sz = min(sz, (x1 - x0) / len(s))  # a headline never runs past its article
        if align == "centre":
            sheet.centred(x0, x1, y, s, sz, bold)
        else:
            sheet.text(x0, y, s, sz, bold)

    if kicker:
        put(kicker, tsize, bold_tiers)
        y += tsize * 1.6
    for line in [title] if isinstance(title, str) else title:
        put(line, size, bold_title)
        y += size * 1.3
    sheet.commit()
    if subtitle:
        y += tsize * 0.3
        put(subtitle, tsize, bold_tiers)
        y += tsize * 1.6
    sheet.commit()
    return y


def table(sheet: Sheet, x0: float, x1: float, top: float, head: list[str], rows: list[list[str]],
          size: float, grid: bool = True) -> float:
    """A small table of figures: a bold header row over rows of a label and
    numbers (digits half-width in a Latin face, as tables set them), drawn
    with thin rules round every cell (``grid``) or as a three-line table
    (三线表: a heavier rule over and under it, a thin one under the header);
    the label column is wider, labels flush left, figures centred. Each row
    is written cell by cell, left to right. Return the bottom."""
    label_w = (x1 - x0) * 0.42
    edges = [x0, x0 + label_w] + [x0 + label_w + (x1 - x0 - label_w) * (i + 1) / (len(head) - 1)
                                   for i in range(len(head) - 1)]
    row_h = size * 1.9
    y = top
    for n, cells in enumerate([head, *rows]):
        bold = n == 0
        for i, cell in enumerate(cells):
            w = sheet.mixed_width(cell, size, bold)
            cx = edges[i] + size * 0.5 if i == 0 and n else (edges[i] + edges[i + 1] - w) / 2
            sheet.mixed(cx, y + (row_h - size) / 2, cell, size, bold)
        sheet.commit()
        y += row_h
        if grid or n == 0:
            sheet.rule(x0, y, x1, y, 0.4)
    if grid:
        sheet.rule(x0, top, x1, top, 0.4)
        for ex in edges:
            sheet.rule(ex, top, ex, y, 0.4)
    else:
        sheet.rule(x0, top, x1, top, 1.2)
        sheet.rule(x0, y, x1, y, 1.2)
    return y


def page_header(sheet: Sheet, left: str, centre: str, right: str, top: float = 34.0,
                size: float = 10.5, rule: bool = True) -> float:
    """A header band: three fields and (unless not) a rule under them; return its bottom."""
    sheet.text(40, top, left, size)
    sheet.centred(40, WIDTH - 40, top, centre, size * 1.2, bold=True)
    sheet.right(WIDTH - 40, top, right, size)
    y = top + size * 1.9
    if rule:
        sheet.rule(40, y, WIDTH - 40, y, 1.2)
    sheet.commit()
    return y


def column_width(sheet: Sheet, ncols: int, per_line: int, gap: float | None = None) -> float:
    """Width of ``ncols`` body columns of ``per_line`` characters."""
    gap = gap if gap is not None else sheet.body * 1.6
    return ncols * per_line * sheet.body + (ncols - 1) * gap


def article(sheet: Sheet, story: Story, x: float, top: float, ncols: int, per_line: int, title_size: float,
            byline: str | None = None, items: list | None = None, title: str | list[str] | None = None,
            align: str = "centre", tier: float = 1.5, bold_tiers: bool = False, mixed: bool = False) -> float:
    """The common article: headline over its columns, an optional byline line
    under it, then the body; return the bottom of the body."""
    x1 = x + column_width(sheet, ncols, per_line)
    y = headline(sheet, x, x1, top, title or story.title, title_size, story.kicker, story.subtitle,
                 tier=tier, bold_tiers=bold_tiers, align=align, mixed=mixed)
    if byline:
        if align == "centre":
            sheet.centred(x, x1, y + 2, byline, sheet.body)
        else:
            sheet.text(x, y + 2, byline, sheet.body)
        y += sheet.body * 1.8
    placed = sheet.flow(items or story.paragraphs, x, y + sheet.body * 0.9, ncols, per_line)
    sheet.commit()
    return placed.y1


def side_article(sh: Sheet, story: Story, x: float, x1: float, top: float, tsize: float, byline: str | None = None,
                 ncols: int = 1) -> float:
    """An article in ``ncols`` columns filling x..x1; return its bottom."""
    b = sh.body
    per = int((x1 - x - (ncols - 1) * b * GAP) / (ncols * b))
    return article(sh, story, x, top, ncols, per, tsize, byline=byline)


def foot_pair(sh: Sheet, y: float, x0: float, x1: float, left: Story, right: Story, lby: str | None = None,
              rby: str | None = None) -> float:
    """A rule across x0..x1 at y, then two articles side by side under it
    (three columns and two), a vertical rule between them."""
    b = sh.body
    sh.rule(x0, y, x1, y)
    per = int((x1 - x0 - 4 * b * GAP - 24) / (5 * b))
    lx1 = x0 + column_width(sh, 3, per)
    bl = article(sh, left, x0, y + 14, 3, per, 22, byline=lby)
    rx = lx1 + 24
    sh.rule(rx - 12, y + 12, rx - 12, bl)
    br = side_article(sh, right, rx, x1, y + 14, 20, byline=rby, ncols=2)
    return max(bl, br)
