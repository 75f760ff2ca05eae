"""Geometric layout: PDF page content (lines with sizes and boxes, images,
rules) -> articles.

What a page's geometry says, in the order we use it:

1. the body font size is the size most characters are set in; the column
   grid is where body lines start (an indented line starts two characters in);
2. a full-width rule near the top (or bottom) closes the page header (footer):
   its lines become edition metadata, never article text;
3. rules that cross a whole region cut the page into cells (recursive XY-cut);
   a cell holding several headlines is split between them;
4. inside an article, text larger than the body is the headline (tiers by
   size: the largest is the title), small text under a photo its caption,
   body lines are read column by column, and an indented line opens a paragraph.

Roles, bylines, datelines, credits, continuation notes and reflow come from
the rules shared with text mode (:mod:`.rules`, :mod:`.reflow`, :mod:`.headlines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Article, BBox, Block, Byline, Caption, Edition, Headline, Page, Role
from .article_build import take_dateline
from .headlines import strip_dashes
from .reflow import clean_body_spaces, clean_headline_spaces, join_lines
from .page_grid import Grid, find_grid, split_bands
from .rules import (find_continuation, is_continuation_line, parse_bracket_byline, parse_byline_line,
                    parse_credit, split_dateline)

if TYPE_CHECKING:
    from ..sources.pdf import PageContent, TextLine

#: text this much larger than the body is headline text
HEADLINE_RATIO = 1.15

_BREAK = "\u2028"  # marks a line break inside text still to be joined
_CLOSING_BRACKET = re.compile("[（(](?P<inner>[^（）()]{2,40})[）)]$")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_BRIEF_HEADING = re.compile("简讯|速览|快讯|短讯|简报|速递|集锦|短波")
#: a credit closing a caption: ……。 本报记者 张三摄 (the space may be lost)
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[。！？”）\s])|^)\s*(?P<role>(?:本报|新华社|人民日报)?(?:特约|摄影)?记者|通讯员|摄影)?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*)\s*摄$")


@dataclass(slots=True)
class Cell:
    """A region of the page between rules, and what it holds."""

    bbox: BBox
    lines: list[TextLine] = field(default_factory=list)
    images: list[BBox] = field(default_factory=list)
    boxes: list[BBox] = field(default_factory=list)


# --- edition -------------------------------------------------------------------

def build_pdf_edition(contents: list[PageContent], source: str | None = None, paper: str | None = None,
                      date: str | None = None, first_page: int | None = None) -> Edition:
    """All pages of one PDF as an edition (paper and date from the header unless given)."""
    pages: list[Page] = []
    for content in contents:
        fallback = (first_page + content.index) if first_page else (content.index + 1 if len(contents) > 1 else None)
        try:
            page = build_pdf_page(content, source=source, number=fallback)
        except Exception as exc:  # noqa: BLE001 - one odd page must not cost the edition
            page = Page(number=fallback, source=source, width=content.width, height=content.height, status="failed")
            page.warnings.append(f"page {content.index + 1}: layout failed ({type(exc).__name__}: {exc}); "
                                 "its text is left out")
        pages.append(page)
    paper = paper or next((p.meta["paper"] for p in pages if p.meta.get("paper")), None)
    date = date or next((p.meta["date"] for p in pages if p.meta.get("date")), None)
    return Edition(paper=paper, date=date, pages=pages)


def build_pdf_page(content: PageContent, source: str | None = None, number: int | None = None) -> Page:
    """One page's articles from its geometry."""
    page = Page(number=number, source=source, width=content.width, height=content.height)
    page.warnings.extend(content.warnings)
    if not content.lines:
        return page
    grid = find_grid(content.lines)
    body_lines, band_blocks, meta = split_bands(content, grid)
    page.blocks.extend(band_blocks)
    page.meta.update(meta)
    if meta.get("page", "").isdigit():
        page.number = int(meta["page"])
    page.section = meta.get("section")
    top, bottom = min((ln.y0 for ln in body_lines), default=0.0), max((ln.y1 for ln in body_lines), default=0.0)
    rules = [r for r in content.rules if r[3] > top and r[1] < bottom]  # not the header and footer rules
    area = (0.0, min((ln.y0 for ln in body_lines), default=0.0) - 1, content.width, content.height)
    rules.sort(key=lambda r: (r[2] - r[0] < r[3] - r[1], -max(r[2] - r[0], r[3] - r[1])))  # horizontal first
    cells = cut_cells(Cell(area, body_lines, list(content.images)), rules, grid.body_size)
    for cell in cells:
        cell.boxes = [b for b in content.boxes if _inside_box(b, cell.bbox)]
        for group in split_by_headlines(cell, grid):
            page.articles.extend(build_articles(group, grid, page))
    return page


# --- cells between rules -------------------------------------------------------------

def cut_cells(cell: Cell, rules: list[BBox], body_size: float, depth: int = 0) -> list[Cell]:
    """Recursive XY-cut along rules that cross the whole cell (and no text)."""
    if depth > 40 or len(cell.lines) < 2:
        return [cell] if cell.lines else []
    x0, y0, x1, y1 = cell.bbox
    tx0, ty0, tx1, ty1 = _union([ln.bbox for ln in cell.lines])  # the text's extent
    for r in rules:
        horizontal = (r[2] - r[0]) >= (r[3] - r[1])
        if horizontal:
            y = (r[1] + r[3]) / 2
            if not (ty0 < y < ty1) or (min(r[2], tx1) - max(r[0], tx0)) < 0.85 * (tx1 - tx0):
                continue
            if any(ln.y0 < y < ln.y1 for ln in cell.lines):
                continue
            parts = [Cell((x0, y0, x1, y)), Cell((x0, y, x1, y1))]
            key = 1
        else:
            x = (r[0] + r[2]) / 2
            if not (tx0 < x < tx1) or (min(r[3], ty1) - max(r[1], ty0)) < 0.85 * (ty1 - ty0):
                continue
            if any(ln.x0 < x < ln.x1 for ln in cell.lines):
                continue
            parts = [Cell((x0, y0, x, y1)), Cell((x, y0, x1, y1))]
            key = 0
        for ln in cell.lines:
            centre = (ln.bbox[key] + ln.bbox[key + 2]) / 2
            parts[0 if centre < parts[0].bbox[key + 2] else 1].lines.append(ln)
        for im in cell.images:
            centre = (im[key] + im[key + 2]) / 2
            parts[0 if centre < parts[0].bbox[key + 2] else 1].images.append(im)
        if not parts[0].lines or not parts[1].lines:
            continue
        out: list[Cell] = []
        for part in parts:
            out.extend(cut_cells(part, rules, body_size, depth + 1))
        return out
    return [cell]


def is_headline(ln: TextLine, grid: Grid) -> bool:
    return ln.size >= grid.body_size * HEADLINE_RATIO or (ln.vertical and ln.size > grid.body_size * 1.05)


def split_by_headlines(cell: Cell, grid: Grid) -> list[Cell]:
    """A cell with several headline groups: each takes the text below it
    (overlapping it in x) up to the next headline."""
    heads = [ln for ln in cell.lines if is_headline(ln, grid)]
    groups = _headline_groups(heads, grid)
    if len(groups) <= 1:
        return [cell]
    out = []
    for g in groups:
        gb = _union([ln.bbox for ln in g])
        out.append(Cell((cell.bbox[0], gb[1], cell.bbox[2], gb[3]), list(g), boxes=cell.boxes))
    taken = {id(ln) for g in groups for ln in g}
    for ln in cell.lines:
        if id(ln) in taken:
            continue
        owner = _owner(ln.bbox, out, groups)
        out[owner].lines.append(ln)
    for im in cell.images:
        out[_owner(im, out, groups)].images.append(im)
    return [c for c in out if c.lines]


def _owner(box: BBox, cells: list[Cell], groups: list[list[TextLine]]) -> int:
    """The headline group above ``box`` and overlapping it in x, nearest first."""
    best, best_key = 0, (2, float("inf"))
    for i, g in enumerate(groups):
        hx0, hy0, hx1, _ = _union([ln.bbox for ln in g])
        overlap = min(hx1, box[2]) - max(hx0, box[0])
        above = hy0 <= box[1] + 1
        key = (0 if overlap > 0 and above else 1 if above else 2,
               box[1] - hy0 if above else hy0 - box[1])
        if key < best_key:
            best, best_key = i, key
    return best


def _headline_groups(heads: list[TextLine], grid: Grid) -> list[list[TextLine]]:
    """Headline lines that touch (vertically stacked, overlapping in x)."""
    groups: list[list[TextLine]] = []
    for ln in sorted(heads, key=lambda h: (h.y0, h.x0)):
        for g in groups:
            gb = _union([h.bbox for h in g])
            gap = ln.y0 - gb[3]
            if -ln.size < gap < max(ln.size, grid.body_size) * 1.6 and min(gb[2], ln.x1) - max(gb[0], ln.x0) > -grid.body_size:
                g.append(ln)
                break
        else:
            groups.append([ln])
    return groups


def _inside_box(inner: BBox, outer: BBox) -> bool:
    """The middle of ``inner`` lies in ``outer``."""
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


# --- one cell -> article(s) ------------------------------------------------------------

def build_articles(cell: Cell, grid: Grid, page: Page) -> list[Article]:
    """The article of a cell; a news-brief cell gives one article per item."""
    heads = sorted((ln for ln in cell.lines if is_headline(ln, grid)), key=lambda h: (h.y0, h.x0))
    captions, credits = _caption_lines(cell, grid)
    cap_ids = {id(ln) for group in captions for ln in group} | {id(ln) for ln in credits}
    rest = [ln for ln in cell.lines if id(ln) not in cap_ids and not is_headline(ln, grid)]
    places = {id(ln): grid.place(ln) for ln in rest}
    rest.sort(key=lambda ln: (places[id(ln)][0], ln.y0))
    article = Article(id="")
    _set_headline(article, heads, page, _headline_right(heads, cell))
    article.captions = _captions(captions, credits, page, article)
    units = _body_units(rest, places, grid, page, article)
    if is_brief(article, units):
        return split_brief(article, units, page, grid)
    _fill_body(article, units)
    article.bbox = _regions(article.blocks, cell.images)
    return [article]


def _set_headline(article: Article, heads: list[TextLine], page: Page, right: float) -> None:
    tiers: list[list[TextLine]] = []
    for ln in heads:
        if tiers and abs(tiers[-1][-1].size - ln.size) < 0.3 and ln.y0 - tiers[-1][-1].y1 < ln.size:
            tiers[-1].append(ln)
        else:
            tiers.append([ln])
    texts = [clean_headline_spaces(join_headline(t, right)) for t in tiers]
    sizes = [t[0].size for t in tiers]
    article.headline = tiers_by_size([t for t in texts if t], [s for s, t in zip(sizes, texts) if t])
    for t in tiers:
        article.blocks.append(Block([ln.text for ln in t], role=Role.TITLE, page=page.number,
                                    bbox=_union([ln.bbox for ln in t]), font_size=t[0].size))


def join_headline(lines: list[TextLine], right: float) -> str:
    """Join the lines of one headline tier. A line that stops well short of
    the space it had ended at the gap between two phrases: keep one space."""
    if not lines:
        return ""
    text = lines[0].text.strip()
    for prev, ln in zip(lines, lines[1:]):
        nxt = ln.text.strip()
        short = not ln.vertical and prev.x1 < right - 1.2 * prev.size
        if short and text[-1:] > "\x7f" and nxt[:1] > "\x7f":
            text += " " + nxt
        else:
            text = join_lines([text, nxt])
    return text


def _headline_right(heads: list[TextLine], cell: Cell) -> float:
    """Where the headline's lines could have reached: the cell's right edge,
    or the frame's when the headline sits in a box."""
    if not heads:
        return cell.bbox[2]
    for box in cell.boxes:
        if all(box[0] - 1 <= h.x0 and h.x1 <= box[2] + 1 and box[1] - 1 <= h.y0 and h.y1 <= box[3] + 1 for h in heads):
            return box[2] - 4
    text_right = max((ln.x1 for ln in cell.lines if ln not in heads), default=cell.bbox[2])
    return min(cell.bbox[2], max(text_right, max(h.x1 for h in heads)))


def tiers_by_size(texts: list[str], sizes: list[float]) -> Headline:
    """The largest tier is the 主题 title; what stands above it is the 引题
    kicker, what stands below the 副题 subtitle (its —— dropped)."""
    if not texts:
        return Headline()
    top = max(range(len(texts)), key=lambda i: (sizes[i], -i))
    kicker = "".join(texts[:top]) or None
    subtitle = " ".join(strip_dashes(t) for t in texts[top + 1:]) or None
    return Headline(kicker=kicker, title=texts[top], subtitle=subtitle)


def _caption_lines(cell: Cell, grid: Grid) -> tuple[list[list[TextLine]], list[TextLine]]:
    """Small lines right under a photo, within its width: its caption, the
    credit (张三 摄) usually last. Returned per photo, in reading order."""
    groups: list[list[TextLine]] = []
    small = [ln for ln in cell.lines if ln.size < grid.body_size - 0.3 or parse_credit(ln.text)]
    for im in cell.images:
        near = sorted((ln for ln in small if ln.x0 >= im[0] - 2 and ln.x1 <= im[2] + 2
                       and im[3] - 1 <= ln.y0), key=lambda ln: ln.y0)
        group: list[TextLine] = []
        bottom = im[3]
        for ln in near:
            if ln.y0 - bottom > 1.5 * ln.size:
                break
            group.append(ln)
            bottom = ln.y1
        if group:
            groups.append(group)
    return groups, []


def _captions(groups: list[list[TextLine]], credits: list[TextLine], page: Page, article: Article) -> list[Caption]:
    """Caption text and credit: the credit is cut off the end of the joined
    lines, so one broken over two lines (……。本报 / 记者 张三摄) still parses."""
    out: list[Caption] = []
    for group in groups:
        raw = join_lines([ln.text for ln in group])
        credit: str | None = None
        m = _TRAILING_CREDIT.search(raw)
        if m:
            credit = " ".join(n for n in re.split(r"[\s、，,]+", m.group("names")) if n)
            raw = raw[:m.start()]
        text = clean_body_spaces(raw)
        if text or credit:
            out.append(Caption(text, credit))
        for ln in group:
            role = Role.CREDIT if parse_credit(ln.text) else Role.CAPTION
            article.blocks.append(Block([ln.text], role=role, page=page.number, bbox=ln.bbox, font_size=ln.size))
    return out


@dataclass(slots=True)
class _Unit:
    """A paragraph piece within one column, or a note / minor heading line."""

    role: Role
    lines: list[TextLine]
    starts_paragraph: bool = False
    block: Block | None = None


def _body_units(lines: list[TextLine], places: dict[int, tuple[int, bool]], grid: Grid, page: Page,
                article: Article) -> list[_Unit]:
    units: list[_Unit] = []
    column = -1
    for ln in lines:
        col, new_para = places[id(ln)]
        if is_continuation_line(ln.text):
            units.append(_Unit(Role.CONTINUATION, [ln]))
            continue
        if ln.size > grid.body_size + 0.3:  # bold or slightly larger lead-in: minor heading
            if units and units[-1].role == Role.SUBHEADING:
                units[-1].lines.append(ln)
            else:
                units.append(_Unit(Role.SUBHEADING, [ln]))
            column = col
            continue
        if units and units[-1].role == Role.BODY and not new_para:
            last = units[-1]
            if col == column:
                last.lines.append(ln)
                continue
            units.append(_Unit(Role.BODY, [ln], starts_paragraph=False))
        else:
            units.append(_Unit(Role.BODY, [ln], starts_paragraph=new_para or not units
                               or units[-1].role != Role.BODY))
        column = col
    for u in units:
        u.block = Block([ln.text for ln in u.lines], role=u.role, page=page.number,
                        bbox=_union([ln.bbox for ln in u.lines]), font_size=u.lines[0].size)
        article.blocks.append(u.block)
    return units


def _paragraphs(units: list[_Unit]) -> list[str]:
    paras: list[list[str]] = []
    for u in units:
        if u.role == Role.SUBHEADING:
            paras.append([ln.text for ln in u.lines])
            paras.append([])
            continue
        if u.role != Role.BODY:
            continue
        if u.starts_paragraph or not paras:
            paras.append([])
        paras[-1].extend(ln.text for ln in u.lines)
    return [p for p in (clean_body_spaces(join_lines(lines)) for lines in paras) if p]


def _fill_body(article: Article, units: list[_Unit]) -> None:
    for u in units:
        if u.role == Role.CONTINUATION:
            note = is_continuation_line(u.lines[0].text)
            if note and note.direction == "to":
                article.continues_to = note.page
            elif note:
                article.continued_from = note.page
    paras = _paragraphs(units)
    # a standalone byline line (■ 通讯员 张三) under the headline
    while paras:
        found = parse_byline_line(paras[0])
        if not found:
            break
        article.bylines.extend(found)
        paras.pop(0)
    _take_inline_notes(article, paras)
    article.paragraphs = take_dateline(article, paras)


def _take_inline_notes(article: Article, paras: list[str]) -> None:
    """（下转第2版） at the end of the last paragraph, （上接第1版） at the start of the first."""
    if paras:
        note = find_continuation(paras[-1])
        if note and note.direction == "to" and note.end >= len(paras[-1].rstrip()):
            article.continues_to = article.continues_to or note.page
            paras[-1] = paras[-1][:note.start].rstrip()
            if not paras[-1]:
                paras.pop()
    if paras:
        note = find_continuation(paras[0])
        if note and note.direction == "from" and note.start == 0:
            article.continued_from = article.continued_from or note.page
            paras[0] = paras[0][note.end:].lstrip()
            if not paras[0]:
                paras.pop(0)


# --- news briefs (简讯) ----------------------------------------------------------------

def _closing_names(lines: list[str]) -> tuple[str, list[Byline]] | None:
    """A paragraph's lines ending in ``（陈佳 林松）`` -> (the text before,
    bylines without role). A space lost at a line break inside the bracket
    still separates two names when both sides are at least two characters."""
    marked = _BREAK.join(line.strip() for line in lines)
    m = _CLOSING_BRACKET.search(marked)
    if not m:
        return None
    names: list[str] = []
    for token in re.split("[ \t\u3000\xa0、，,]+", m.group("inner")):  # not \s: it takes _BREAK
        parts = [p for p in token.split(_BREAK) if p]
        if len(parts) > 1 and all(len(p) >= 2 for p in parts):
            names.extend(parts)
        elif parts:
            names.append("".join(parts))
    before = clean_body_spaces(join_lines(marked[:m.start()].split(_BREAK)))
    if names and all(_NAME.fullmatch(n) for n in names):
        return before, [Byline(None, n) for n in names]
    with_roles = parse_bracket_byline(m.group(0).replace(_BREAK, ""))
    return (before, with_roles) if with_roles else None


def _raw_paragraphs(units: list[_Unit]) -> list[list[str]]:
    """Body lines per paragraph, not yet joined."""
    paras: list[list[str]] = []
    for u in units:
        if u.role != Role.BODY:
            continue
        if u.starts_paragraph or not paras:
            paras.append([])
        paras[-1].extend(ln.text for ln in u.lines)
    return paras


def is_brief(article: Article, units: list[_Unit]) -> bool:
    """A short heading over at least two items that each end in a bracketed author."""
    title = article.headline.title or ""
    if not title or len(title) > 8:
        return False
    closed = sum(1 for lines in _raw_paragraphs(units) if _closing_names(lines))
    return closed >= 2 or (closed == 1 and _BRIEF_HEADING.search(title) is not None)


def split_brief(group: Article, units: list[_Unit], page: Page, grid: Grid) -> list[Article]:
    """One article per item: the shared heading as kicker, the item's own
    lead-in (if any) as title, its bracketed author as byline."""
    heading = group.headline.title
    items: list[Article] = []
    current: list[_Unit] = []
    title: list[TextLine] = []
    right = 0.0

    def grid_right(lines: list[TextLine]) -> float:
        """The right edge of the column the lead-in starts in."""
        left = grid.lefts[grid.column_of(lines[0].x0)] if grid.lefts else lines[0].x0
        return max(left + grid.column_width, max(ln.x1 for ln in lines))
    para: list[str] = []

    def close() -> None:
        nonlocal current, title
        if not current:
            return
        item = Article(id="")
        item.headline.kicker = heading
        item.headline.title = clean_headline_spaces(join_headline(title, right)) if title else None
        raw = _raw_paragraphs(current)
        found = _closing_names(raw[-1]) if raw else None
        paras = [clean_body_spaces(join_lines(lines)) for lines in raw]
        if found:
            paras[-1] = found[0]
            item.bylines.extend(found[1])
        paras = [p for p in paras if p]
        _take_inline_notes(item, paras)
        if paras:
            split = split_dateline(paras[0])
            if split.dateline:
                item.dateline = split.dateline
                item.bylines[:0] = split.bylines
                paras[0] = split.rest
        item.paragraphs = [p for p in paras if p]
        item.blocks = [u.block for u in current if u.block is not None]
        item.bbox = _regions(item.blocks, [])
        items.append(item)
        current, title = [], []

    for u in units:
        if u.role == Role.SUBHEADING:
            close()
            title = list(u.lines)
            right = grid_right(u.lines)
            para = []
            continue
        current.append(u)
        if u.role != Role.BODY:
            continue
        para = [ln.text for ln in u.lines] if u.starts_paragraph else para + [ln.text for ln in u.lines]
        if _closing_names(para):
            close()
            para = []
    if current and any(u.role == Role.BODY for u in current):
        close()
    return items


# --- regions -------------------------------------------------------------------------

def _regions(blocks: list[Block], images: list[BBox]) -> list[BBox]:
    """The article's clickable zones: one rectangle per column it occupies
    (blocks that touch vertically in one column merge), plus its photos."""
    boxes = sorted([b.bbox for b in blocks if b.bbox] + list(images), key=lambda b: (round(b[0]), b[1]))
    merged: list[list[float]] = []
    for b in boxes:
        for m in merged:
            same_column = abs(m[0] - b[0]) < 30 or (b[0] >= m[0] - 1 and b[2] <= m[2] + 1)
            if same_column and b[1] - m[3] < 30 and m[1] - b[3] < 30:
                m[0], m[1], m[2], m[3] = min(m[0], b[0]), min(m[1], b[1]), max(m[2], b[2]), max(m[3], b[3])
                break
        else:
            merged.append(list(b))
    return [tuple(round(v, 1) for v in m) for m in merged]  # type: ignore[misc]
