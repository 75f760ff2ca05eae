"""Geometric layout: a page's lines with sizes and boxes, its images, rules
and frames -> articles. The same engine serves every geometric source (PDF
text layers now, OCR boxes next): it reads only :class:`~banmian.model.PageContent`.

The stages, each in its own module:
1. the body size is the size most characters are set in (here);
2. page furniture: the header and footer bands and their metadata (:mod:`.furniture`);
3. captions: small lines under or beside a photo (here);
4. column blocks of body lines (:mod:`.columns`);
5. heading groups, bylines, subheadings (:mod:`.segment`), and which blocks
   each heading owns (:mod:`.ownership`);
6. each article: headline tiers, bylines, units of body text, paragraphs,
   dateline, notes (:mod:`.body_units`, shared rules in :mod:`.rules`).
"""

from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from ..model import Article, BBox, Block, Byline, Edition, Page, PageContent, TextLine, union
from .roles import BODY, BYLINE, CAPTION, CONTINUATION, OTHER, SUBHEADING, TITLE
from ..names import starts_with_surname
from .block_run_ons import carried_in_face, opens_after_white_space, opens_list_point, runs_on_from_above
from .brief_item_heads import heads_first_item, items_under_title, one_item_under_label, titled_by_first_heading
from .body_units import (Unit, fill_body, is_brief, make_blocks, names_by_place, names_of_a_team, plain_names,
                         split_brief)
from .captions import caption_groups, headless_captions, image_owners, make_captions
from .column_heads import bold_heads, face_counts, item_titles, text_face
from .column_edges import block_lefts, column_left
from .columns import ColumnBlock, build_blocks, paragraph_starts
from .config import DEFAULT, LayoutConfig
from .dateline_owners import datelines_apart, runs_on_under_headlines
from .decks_over_dateline import decks_to_headline
from .stacked_names import leading_names
from .opening_columns import openings_run_on
from .vertical_sides import one_side_of_verticals
from .vertical_levels import verticals_take_level_columns
from .columns_over_owner import columns_over_their_owner
from .jump_ends import columns_after_jumps
from .jump_parts import join_run_on_parts
from .headless_clusters import headless_clusters
from .level_columns import columns_to_level_tops
from .logos_in_block import logos_in_headed_blocks
from .furniture import split_furniture
from .labels import framed_logos, is_label
from .alike_tiers import reread_alike_tiers
from .headline_names import lone_names_to_headlines, names_under_headline
from .heading_tails import heading_tail
from .headlines import closes_tier, dash_alone, opens_bracket_note, starts_with_dash, tiers_by_size
from .indented_words import at_paragraph_indent
from .reflow import clean_headline_spaces, join_lines
from .title_breaks import cuts_a_word, no_phrase_gap_at
from .rules import is_continuation_line, line_bylines, parse_bracket_byline, parse_byline_line
from .orphans import orphan_claims
from .figure_tables import tables_read_by_rows
from .list_grids import list_lines_joined, list_rows_apart
from .foot_blocks import after_the_columns_over
from .prose_free_boxes import boxes_without_prose
from .overflow_lines import split_overflowing_closings
from .centred_columns import rebalance_centred
from .ownership import assign_owners
from .article_order import reading_order
from .segment import (HeadingGroup, attach_bylines, group_headings, heading_lines_apart,
                      join_name_runs, late_bylines, name_lines)
from .opening_subheadings import subheadings_opening_columns
from .subheading_roles import classify_subheadings
from .tier_attach import attach_tiers
from .tier_leading import set_apart
from .tier_patterns import is_callout
from .decorations import decoration_lines, drop_caps_into_lines
from .marked_bylines import closing_signature, credit_photos_to_their_byline
from .inset_boxes import inset_boxes, place_inset_boxes
from .small_headlines import headlines_over_datelines, text_font
from .second_body import column_text_apart
from .glued_lines import glued_byline_alone
from .side_small_titles import side_titles_at_body_size
from .style_parts import parts_in_another_style, styles_apart
from .tiers_in_text import split_tiers_inside_text
from .page_graphics import (boxed_subheadings, frame_edges, graphic_text, is_region, line_boxes_joined,
                            separators_and_frames, subheading_frames, with_caption)


#: sort keys (attrgetters: no call of a lambda a line or block)
_TOP_LEFT = attrgetter("y0", "x0")
_LEFT = attrgetter("left")
_TOP = attrgetter("top")


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


def body_size(lines: list[TextLine]) -> float:
    """The size most characters are set in."""
    exact: dict[float, int] = {}  # (characters by size as given, then by rounded size in order of first use:
    for ln in lines:               # rounding each line is the slow part; a tie goes to the size met first)
        if not ln.vertical:
            exact[ln.size] = exact.get(ln.size, 0) + len(ln.text)
    sizes: dict[float, int] = {}
    for given, length in exact.items():
        size = round(given * 4) / 4
        sizes[size] = sizes.get(size, 0) + length
    return max(sizes, key=sizes.__getitem__) if sizes else 10.0


def build_pdf_page(content: PageContent, source: str | None = None, number: int | None = None,
                   config: LayoutConfig = DEFAULT) -> Page:
    """One page's articles from its geometry."""
    page = Page(number=number, source=source, width=content.width, height=content.height,
                images=list(content.images))
    page.warnings.extend(content.warnings)
    if not content.lines:
        return page
    body = body_size(content.lines)
    boxes = line_boxes_joined(content.boxes, body)
    if boxes is not content.boxes:  # (a box drawn line by line: one box)
        content = replace(content, boxes=boxes)
    lines, furniture, meta = split_furniture(content, body, config)
    lines = split_overflowing_closings(lines)
    page.blocks.extend(furniture)
    page.meta.update(meta)
    if meta.get("page", "").isdigit():
        page.number = int(meta["page"])
    page.section = meta.get("section")
    separators, frames = separators_and_frames(content, body)
    insets = inset_boxes(lines, frames, body, content.width)  # 人物简介 / 相关链接 boxes: read after their article
    if insets:  # (most pages have none: no walk of the lines)
        inset_lines = {id(ln) for box in insets for ln in box.all_lines}
        lines = [ln for ln in lines if id(ln) not in inset_lines]
    frames = [f for f in frames if all(f is not box.frame for box in insets)]
    lines, list_rows = list_lines_joined(drop_caps_into_lines(lines, body), body)  # 名单 in a grid: along its lines
    decorations = decoration_lines(lines, body)  # 扫码阅读全文; 52.4亿元 / 去年全市旅游收入
    page.blocks.extend(Block([ln.text], role=OTHER, page=page.number, bbox=ln.bbox, font_size=ln.size,
                             line_bboxes=[ln.bbox]) for ln in decorations)
    if decorations:  # (by identity, a set: most pages have none, and a generator a line cost 2% of the layout)
        decorated = {id(d) for d in decorations}
        lines = [ln for ln in lines if id(ln) not in decorated]
    captions, lines = caption_groups(join_name_runs(lines), content.images, body)
    heading_lines, text_lines = heading_lines_apart(lines, body, config)
    heading_lines, text_lines = column_text_apart(heading_lines, text_lines)  # an article's text set larger
    font = text_font(text_lines, body)  # (the text's, once: both passes count it over these lines)
    heading_lines += headlines_over_datelines(text_lines, body, heading_lines, font, content.images, separators)
    taken = {id(ln) for ln in heading_lines}  # (by identity: a list's `in` compares every line's fields)
    rest = [ln for ln in text_lines if id(ln) not in taken]
    heading_lines += side_titles_at_body_size(rest, body, heading_lines, font if len(rest) == len(text_lines) else None,
                                              content.boxes)
    head_ids = {id(ln) for ln in heading_lines}
    blocks = list_rows_apart(build_blocks([ln for ln in lines if id(ln) not in head_ids], body,
                                          separators + frame_edges(content.boxes), config), list_rows)
    names = [ln for ln in name_lines(heading_lines, body, content.boxes) if ln.size < body * 1.35
             and not heading_tail(ln, lines, blocks, body)]  # (…推进思政日 / 常化: a heading's tail)
    name_ids = {id(ln) for ln in names}
    groups = group_headings([ln for ln in heading_lines if id(ln) not in name_ids], body, separators, config, frames)
    groups = split_tiers_inside_text(groups, blocks, separators, body)
    classify_subheadings(groups, blocks, separators, body, config, content.boxes, [n.bbox for n in names])
    strays = [HeadingGroup([ln]) for ln in attach_bylines(groups, names, body, config, blocks)]
    classify_subheadings(strays, blocks, separators, body, config, content.boxes,  # a name no heading took
                         [g.bbox for g in groups if g.role == SUBHEADING])  # is a heading
    groups.extend(strays)
    subheadings_opening_columns(groups, blocks, separators, body, config, content.boxes)
    blocks, graphic = framed_logos(*graphic_text(blocks, content.images, body), content.boxes, groups, body)
    in_box, heads_in_box = boxes_without_prose(frames, content.lines, blocks, groups)  # weather, contents, an advertisement
    graphic += [b for b in blocks if id(b) in in_box]
    graphic += [ColumnBlock(g.lines) for g in groups if id(g) in heads_in_box]
    blocks, groups = [b for b in blocks if id(b) not in in_box], [g for g in groups if id(g) not in heads_in_box]
    boxed = boxed_subheadings(blocks, content.boxes, body) + subheading_frames(groups, content.boxes)
    separators = [s for s in separators if s not in boxed]  # a boxed subheading's frame is no wall in its column
    for b in graphic:
        page.blocks.append(Block([ln.text for ln in b.lines], role=OTHER, page=page.number, bbox=b.bbox,
                                 font_size=b.size, line_bboxes=[ln.bbox for ln in b.lines]))
    for g in groups:  # a figure called out alone (52402亿, 20.7%) heads no article: its column's text goes on
        if g.role == TITLE and not g.vertical and len(g.lines) == 1 and is_callout(g.lines[0].text):
            g.role = SUBHEADING
    for g in groups:
        if g.role == SUBHEADING:
            blocks.append(ColumnBlock(sorted(g.lines, key=_TOP_LEFT), role=SUBHEADING))
    for g in groups:  # a heading alone in its frame or bar: a banner or a column logo
        if g.role == TITLE and not g.vertical and is_label(g, frames, separators, blocks, groups, body,
                                                                 content.width):
            g.role = OTHER
    blocks = tables_read_by_rows(blocks, body)
    titles = [g for g in groups if g.role == TITLE]
    blocks = attach_tiers(titles, blocks, body, _body_font(blocks), config)
    blocks = late_bylines(titles, blocks, body, config, content.boxes)
    lone_names_to_headlines(groups, blocks, body, config)
    heads = [g for g in groups if g.role in (TITLE, OTHER)]  # headlines and labels
    region_frames = [f for f in frames if is_region(f, blocks, titles)]
    # photos take part in the flow (a column may follow one level with it), never in an article's text;
    # with their captions under them (a caption may run wider than its photo: the columns under it follow it)
    caption_of = {im: group for im, group in captions}
    photos = [ColumnBlock([TextLine("", with_caption(im, caption_of.get(im, [])), body)], role=OTHER)
              for im in content.images]
    assign_owners(blocks + photos, heads, separators, region_frames, body, config)
    claims = orphan_claims(blocks + photos, heads, separators, body)
    if claims:  # a vertical headline left with no text: again, from the columns beside it
        assign_owners(blocks + photos, heads, separators, region_frames, body, config, claims)
    rebalance_centred(blocks, heads, body)
    datelines_apart(blocks, separators, body, config.row_tolerance, region_frames)
    openings_run_on(blocks, separators, region_frames, body, {i for i, h in enumerate(heads) if h.role == OTHER},
                    {i: h.bbox for i, h in enumerate(heads) if h.role == TITLE and h.vertical})
    one_side_of_verticals(blocks, heads, separators, body)
    verticals_take_level_columns(blocks, heads, separators, frames, body)
    columns_after_jumps(blocks, heads, separators, body)
    runs_on_under_headlines(blocks, separators, region_frames, body, config.row_tolerance)
    columns_to_level_tops(blocks + photos, heads, separators, body, region_frames)
    columns_over_their_owner(blocks, heads, separators, body)
    parts_in_another_style(blocks, heads, body)  # a row of another size or face past white space: another article
    logos_in_headed_blocks(heads, blocks, separators, body)  # 观察 under a headline: its text is the headline's
    image_owner = image_owners(content.images, blocks, heads, body, captions, separators)
    for i, heading in enumerate(heads):
        own = [b for b in blocks if b.owner == i]
        caps = [c for c in captions if image_owner.get(c[0]) == i]
        label = heading.role == OTHER
        if label or (not own and not caps):  # a label (logo, banner) or a heading with no text: no headline
            page.blocks.append(Block([ln.text for ln in heading.lines], role=OTHER, page=page.number,
                                     bbox=heading.bbox, font_size=heading.size,
                                     line_bboxes=[ln.bbox for ln in heading.lines]))
        if own or caps:
            page.articles.extend(_article(None if label else heading, own, caps, page,
                                          [im for im, o in image_owner.items() if o == i]))
    held: set[BBox] = set()  # the photos standing in a headless article's text: its captions
    parts = headless_clusters([b for b in blocks if b.owner is None], separators, body,  # no rule between
                              region_frames)
    for cluster in join_run_on_parts(styles_apart(parts, body), body):
        caps = headless_captions(cluster, captions, image_owner) if captions else []
        held.update(im for im, _ in caps)
        page.articles.extend(_article(None, cluster, caps, page, [im for im, _ in caps]))
    for im, group in captions:  # a caption whose photo no article took stays on the page, not lost
        if not isinstance(image_owner.get(im), int) and im not in held:
            page.blocks.extend(Block([ln.text], role=CAPTION, page=page.number, bbox=ln.bbox,
                                     font_size=ln.size, line_bboxes=[ln.bbox]) for ln in group)
    for box in place_inset_boxes(insets, page):  # a box no article holds stays on the page
        page.blocks.extend(Block([ln.text], role=OTHER, page=page.number, bbox=ln.bbox, font_size=ln.size,
                                 line_bboxes=[ln.bbox]) for ln in box.all_lines)
    for article in page.articles:  # 文/张三 图/李四: the captions printed with no credit are 李四's
        credit_photos_to_their_byline(article)
        closing_signature(article)  # ——本报评论员
    page.articles = reading_order(page.articles)
    return page


# --- one article --------------------------------------------------------------------------

def _article(heading: HeadingGroup | None, blocks: list[ColumnBlock], captions: list[tuple[BBox, list[TextLine]]],
             page: Page, images: list[BBox]) -> list[Article]:
    article = Article(id="")
    # (one walk of the article's lines for its text font, face and body size: each was a walk of its own)
    sizes: dict[float, int] = {}
    fonts, bold, total = face_counts(blocks, sizes)
    body = _most_lines(sizes)
    font = max(fonts, key=fonts.__getitem__) if fonts else ""  # (:func:`_body_font`: the first most used)
    top = fonts.get(font, 0)
    # the face of the blocks in reading order (:func:`.column_heads.text_face`) is this one unless two
    # fonts tie (then the first met in that order wins): asked again only then
    face = (font, bold * 2 > total) if sum(1 for n in fonts.values() if n == top) == 1 else None
    if heading is not None:
        # the space the headline had: to the right edge of its article's text
        hx0, _, hx1, hy1 = heading.bbox
        right = max([hx1] + [b.right for b in blocks if b.top >= hy1 - 1 and b.left < hx1 and b.right > hx0])
        # (the text, to tell a title's line break inside a word: only a tier of two lines or more asks it)
        text = "".join([ln.text for b in blocks for ln in b.lines]) if len(heading.lines) > 1 else ""
        _set_headline(article, heading, page, right, text, font)
        for ln in heading.bylines:
            article.bylines.extend(line_bylines(ln.text))
            article.blocks.append(Block([ln.text], role=BYLINE, page=page.number, bbox=ln.bbox,
                                        font_size=ln.size, line_bboxes=[ln.bbox]))
    units = _units(blocks, body, font, face)  # (nothing above changes the blocks' lines or roles)
    article.captions = make_captions(captions, page, article)
    unit_blocks = make_blocks(units, page.number)
    article.blocks.extend(unit_blocks)
    leading_names(article, units)
    if heading is not None and heads_first_item(article, heading.size, units, body):
        return items_under_title(article, units, split_brief, join_headline, _regions)  # a brief's title over items
    if is_brief(article, units) or one_item_under_label(article, units):
        label = [b for b in article.blocks if b.role == TITLE]
        for block in label:  # the column's heading (简讯): a label of the page, no item's kicker
            block.role = OTHER
            page.blocks.append(block)
        items = split_brief(article, units, join_headline)
        for item in items:  # each item's zones take in the column's heading, as its column does
            item.bbox = _regions(label + item.blocks, [])
        return items
    if heading is not None and article.headline.title:
        decks_to_headline(article, units, page, lambda lines: join_headline(lines, right), hy1)  # 副题 over a dateline
    if heading is None and titled_by_first_heading(article, units):
        first = units.pop(0)  # (the part's title: the subheadings under it stay in its text)
        article.headline.title = clean_headline_spaces(join_headline(first.lines, first.right)) or None
        if first.block is not None:
            first.block.role = TITLE
    fill_body(article, units)
    article.bbox = _regions(article.blocks, images)
    return [article]


def _reading_order(blocks: list[ColumnBlock], face: str | None = None) -> list[ColumnBlock]:
    """Column by column, left to right, each top to bottom. Blocks whose
    x-ranges overlap by more than half of the narrower are one column (a
    block overlapping two, a subheading under a line set across the gutter, joins the one it overlaps most)."""
    columns: list[list[ColumnBlock]] = []
    spans: list[list[float]] = []
    for b in sorted(blocks, key=_LEFT):
        shares = [(min(s[1], b.right) - max(s[0], b.left)) / max(min(s[1] - s[0], b.width), 1e-6) for s in spans]
        k = max(range(len(spans)), key=shares.__getitem__, default=-1)
        if k >= 0 and shares[k] > 0.5:
            columns[k].append(b)
            spans[k][0], spans[k][1] = min(spans[k][0], b.left), max(spans[k][1], b.right)
        else:
            columns.append([b])
            spans.append([b.left, b.right])
    ordered = [b for i in sorted(range(len(columns)), key=lambda i: spans[i][0])
               for b in sorted(columns[i], key=_TOP)]
    # an author's line over all the columns (centred under the headline) is read first
    face = text_face(blocks)[0] if face is None else face  # (``face``: that of ``blocks``, when known)
    tails = _SubheadingTails(blocks)  # (the blocks' headings, found once if a line of names asks)
    tall = [b for b in blocks if len(b.lines) >= 3] or [b for b in blocks if not _names_line(b, face, blocks, tails)]
    top = min(b.top for b in tall) if tall else float("-inf")  # (a short article's: the top of its text)
    def over_columns(b: ColumnBlock) -> bool:
        """Over the columns under it (a headline narrower than its article: the columns beyond its end start
        higher, beside it; or columns of a line or two: a short article's)."""
        under = [t for t in blocks if t is not b and min(t.right, b.right) - max(t.left, b.left) > 0]
        return bool(under) and all(b.bottom <= t.top + 0.5 * b.size for t in under)

    head = [b for b in ordered
            if _names_line(b, face, blocks, tails) and (b.bottom <= top + 0.5 * b.size or over_columns(b))]
    return after_the_columns_over(sorted(head, key=lambda b: (b.top, b.left)) + [b for b in ordered if b not in head])


def _names_line(b: ColumnBlock, face: str, blocks: list[ColumnBlock], tails: _SubheadingTails) -> bool:
    # names alone, or a byline line (not a subheading's tail)
    first = b.lines[0] if len(b.lines) == 1 else None
    return first is not None and bool(plain_names(first.text) or parse_byline_line(first.text)
                                      or _names_by_place(first, face, blocks)) and not tails.ends_one(b)


class _SubheadingTails:
    """Which one-line blocks of names end a subheading in the article's columns, bold or set over the
    text's size (:mod:`.heading_tails`): that size and those lines are the blocks', found once, when a
    line of names first asks (most articles have none). A line is passed over as its own heading."""

    __slots__ = ("_blocks", "_found")

    def __init__(self, blocks: list[ColumnBlock]) -> None:
        self._blocks = blocks
        self._found: tuple[float, list[TextLine]] | None = None

    def ends_one(self, b: ColumnBlock) -> bool:
        if self._found is None:
            body = min(ln.size for o in self._blocks for ln in o.lines)
            self._found = body, [ln for o in self._blocks for ln in o.lines if ln.bold or ln.size > 1.04 * body]
        body, heads = self._found
        return heading_tail(b.lines[0], heads, self._blocks, body)


def _names_by_place(ln: TextLine, face: str, blocks: list[ColumnBlock]) -> list[Byline] | None:
    """Names of any surname alone on the line over the text, set in the text's
    face or another plain one (楷体), or heavy when they are a team's (:func:`.body_units.names_of_a_team`): a label
    or subheading is set heavy, a paragraph of a word or two at the indent (:mod:`.indented_words`)."""
    names = names_by_place(ln.text)
    if names and (ln.bold or (ln.font != face and _heavy_face(ln.font))) and not names_of_a_team(names):
        return None
    return None if names is None or at_paragraph_indent(ln, blocks) else names  # (the cheap tests first)


def _body_font(blocks: list[ColumnBlock]) -> str:
    """The font most body characters are set in."""
    fonts: dict[str, int] = {}  # (a dict, not a Counter: a third of the time; the first most used wins alike)
    for b in blocks:
        for ln in b.lines:
            fonts[ln.font] = fonts.get(ln.font, 0) + len(ln.text)
    return max(fonts, key=fonts.__getitem__) if fonts else ""


def _most_lines(exact: dict[float, int]) -> float:
    """The size (rounded to a quarter point) most lines are set in, from their counts by size as given
    (rounding each line was most of the cost; a tie goes to the size met first, as in :func:`body_size`)."""
    sizes: dict[float, int] = {}
    for given, count in exact.items():
        size = round(given * 4) / 4
        sizes[size] = sizes.get(size, 0) + count
    return max(sizes, key=sizes.__getitem__) if sizes else 0.0


def _units(blocks: list[ColumnBlock], body: float, font: str | None = None,
           face: tuple[str, bool] | None = None) -> list[Unit]:
    """Body units in reading order: each column block cut at the lines that
    open a paragraph; subheadings and continuation notes are units of their
    own, and so is a line set larger than the body (a brief item's lead-in).
    (``font``: the text's, :func:`_body_font` of ``blocks``; ``face``: their
    :func:`.column_heads.text_face` in reading order; each when known.)"""
    units: list[Unit] = []
    ordered = _reading_order(blocks, font)
    face = text_face(ordered) if face is None else face
    lefts = block_lefts(ordered)
    for k_block, b in enumerate(ordered):
        if b.role == SUBHEADING:
            last = units[-1] if units else None
            if last is not None and last.role == SUBHEADING and len(b.lines) == 1 \
                    and heading_tail(b.lines[0], last.lines[-1:], [], body):
                last.lines.append(b.lines[0])  # its last glyphs, wrapped onto a line of their own
                continue
            units.append(Unit(SUBHEADING, list(b.lines), starts_paragraph=True, right=b.right))
            continue
        if b.rows:  # a table's rows: a paragraph each
            units.extend(Unit(BODY, [ln], starts_paragraph=True, right=b.right) for ln in b.lines)
            continue
        first = b.lines[0]
        names = (plain_names(first.text) or _names_by_place(first, face[0], ordered)) \
            if b is ordered[0] and len(b.lines) == 1 and not first.bold else None
        if names:  # the author's name alone over the text (理论 pages: 汪 涛)
            units.append(Unit(BYLINE, list(b.lines), starts_paragraph=True, right=b.right, bylines=names))
            units.append(Unit(BODY, [], starts_paragraph=True, right=b.right))
            continue
        b.left = min(b.left, column_left(b, lefts))
        # an author note （作者为…） opens its own paragraph, even set full width when it wraps
        starts = [start or ("作者" in ln.text and ln.text.lstrip().startswith(("（作者", "(作者")))
                  for ln, start in zip(b.lines, paragraph_starts(b, text_font=face[0]))]
        if starts[0] and runs_on_from_above(units, b):
            starts[0] = False
        elif not starts[0] and (opens_after_white_space(units, b) or opens_list_point(units, b)):
            starts[0] = True
        if k_block and ordered[k_block - 1].rows:  # the text under a table or list opens a paragraph
            starts[0] = True
        heads = bold_heads(b, starts, face, lambda: carried_in_face(units, b)) | item_titles(b, starts)
        column = _column_of(b, ordered)  # (the same for each of the block's lines: asked once)
        # (asked of every line of an article: the column's left edge, the size a larger line passes and the
        # block's right edge read once a block; the last unit read once a line)
        column_x0, larger_size, right = column.left, body + 0.3, b.right
        for k, (ln, start) in enumerate(zip(b.lines, starts)):
            text = ln.text
            if "版" in text and is_continuation_line(text):  # (a note names its page: most lines do not)
                units.append(Unit(CONTINUATION, [ln]))
                continue
            found = None
            if "记者" in text or "通讯员" in text or "实习生" in text:  # (a word every role of rules.ROLES holds:
                found = (parse_byline_line(text) or parse_bracket_byline(text)  # the three parsers of a role
                         or _names_set_right(ln, column) or glued_byline_alone(b, k))  # find none in most lines)
            elif ln.x0 - column_x0 >= 3 * ln.size:  # (the first test of _names_set_right, asked of every line)
                found = _names_set_right(ln, column)
            if found:  # a byline line: 本报记者 张三 李四, ■ 通讯员 王五, （本报记者 赵六）, 张三 set right
                units.append(Unit(BYLINE, [ln], True, None, right, found))
                units.append(Unit(BODY, [], True, None, right))
                continue
            larger = body and ln.size > larger_size
            last = units[-1] if units else None
            if heads and k in heads and not larger:  # a subheading set bold in the column
                if last is not None and last.role == SUBHEADING and k - 1 in heads:
                    last.lines.append(ln)
                else:
                    units.append(Unit(SUBHEADING, [ln], True, None, right))
                continue
            if larger:
                if last is not None and last.role == SUBHEADING and last.lines[-1].size > larger_size:
                    last.lines.append(ln)
                else:
                    units.append(Unit(SUBHEADING, [ln], True, None, right))
                continue
            if last is not None and last.role == BODY and not last.lines:
                last.lines.append(ln)  # the line after a byline line opens a paragraph
            elif start or last is None or last.role != BODY:
                units.append(Unit(BODY, [ln], start, None, right))
            else:
                last.lines.append(ln)
    return [u for u in units if u.lines]


def _column_of(b: ColumnBlock, blocks: list[ColumnBlock]) -> ColumnBlock:
    """A one-line block set apart (a line of names) measured against the
    column block right over it; any other block against itself."""
    if len(b.lines) > 1:
        return b
    over = [o for o in blocks if o is not b and len(o.lines) > 1 and o.left <= b.left and b.right <= o.right + b.size
            and 0 <= b.top - o.bottom <= 2 * b.size]
    return over[0] if over else b


def _names_set_right(ln: TextLine, block: ColumnBlock) -> list[Byline] | None:
    """Only names, each opening with a surname, set flush right in the column
    (an author closing the article) and apart by spaces: its bylines. Not the
    wrapped start of a paragraph listing names (周明远、林海波、宋川)."""
    if ln.x0 - block.left < 3 * ln.size or block.right - ln.x1 > ln.size or any(c in ln.text for c in "、，,"):
        return None
    names = plain_names(ln.text)
    return names if names and all(starts_with_surname(b.name) for b in names) else None


def _set_headline(article: Article, heading: HeadingGroup, page: Page, right: float, body: str = "",
                  body_font: str = "") -> None:
    tiers: list[list[TextLine]] = []
    ordered = sorted(heading.lines, key=_TOP_LEFT)
    for k, ln in enumerate(ordered):
        # one tier: the same size and face, line under line (a face change, a line
        # opening with ——, or one opening a bracketed note, starts a new tier)
        # (a dash alone closes the line over it: ……委员王芳 / ——, wrapped)
        if tiers and abs(tiers[-1][-1].size - ln.size) < 0.3 and ln.y0 - tiers[-1][-1].y1 < ln.size \
                and ln.font == tiers[-1][-1].font and (not starts_with_dash(ln.text.lstrip()) or dash_alone(ln.text)) \
                and not closes_tier(tiers[-1][-1].text) \
                and not opens_bracket_note(ordered, k) and not set_apart(tiers[-1], ln):  # (a tag closes its title)
            tiers[-1].append(ln)
        else:
            tiers.append([ln])
    for ln, names in names_under_headline(tiers, right):  # names under the headline: its bylines
        article.bylines.extend(names)
        article.blocks.append(Block([ln.text], role=BYLINE, page=page.number, bbox=ln.bbox, font_size=ln.size,
                                    line_bboxes=[ln.bbox]))
    texts = [clean_headline_spaces(join_headline(t, right, heading.bbox[2], body)) for t in tiers]
    sizes = [t[0].size for t in tiers]
    heavy = [2 if any(ln.bold for ln in t) else 1 if any(_heavy_face(ln.font) for ln in t) else 0 for t in tiers]
    kept = [k for k, t in enumerate(texts) if t]
    texts, sizes, heavy = [texts[k] for k in kept], [sizes[k] for k in kept], [heavy[k] for k in kept]
    fonts = [tiers[k][0].font for k in kept]
    article.headline = reread_alike_tiers(tiers_by_size(texts, sizes, heavy), texts, sizes, heavy, fonts, body_font)
    for t in tiers:
        article.blocks.append(Block([ln.text for ln in t], role=TITLE, page=page.number,
                                    bbox=union([ln.bbox for ln in t]), font_size=t[0].size,
                                    line_bboxes=[ln.bbox for ln in t]))


def _heavy_face(font: str) -> bool:
    """黑体 and its kin (sans, gothic) or a bold, black or heavy cut: the face a 主题 is set in."""
    lower = font.lower()
    return any(word in lower for word in ("hei", "黑", "sans", "gothic", "bold", "black", "heavy"))


def join_headline(lines: list[TextLine], right: float, edge: float | None = None, body: str = "") -> str:
    """Join the lines of one headline tier. A line that stops well short of
    the space it had ended at the gap between two phrases: keep one space.
    ``edge``: the right edge of the whole headline (a narrow one's box); a line
    reaching it over a far shorter line was full there, wrapped inside a phrase.
    ``body``: the article's text; a break whose two sides stand together in it
    cut a word (:mod:`.title_breaks`), however short the line; so does a break
    inside a run the body repeats, or before a line opening on 的."""
    if not lines:
        return ""
    text = lines[0].text.strip()
    left = min(ln.x0 for ln in lines)
    for prev, ln in zip(lines, lines[1:]):
        nxt = ln.text.strip()
        # short of the space it had, unless centred in it: a centred title is short on both sides
        centred = prev.x0 - left > prev.size and abs((prev.x0 - left) - (right - prev.x1)) < prev.size
        full = edge is not None and prev.x1 >= edge - 0.5 * prev.size and len(nxt) < len(prev.text.strip()) - 1
        short = not ln.vertical and prev.x1 < right - 1.2 * prev.size and not centred and not full
        # (a column tag in brackets is no phrase of the title, nor is a quote cut: no gap before or inside them)
        in_tag = nxt[:1] in "（(" or text.count("（") + text.count("(") > text.count("）") + text.count(")") \
            or text.count("“") > text.count("”")
        if short and not in_tag and text[-1:] > "\x7f" and nxt[:1] > "\x7f" and not dash_alone(nxt) \
                and not cuts_a_word(prev.text.strip(), nxt, body) and not no_phrase_gap_at(prev.text, nxt, body):
            text += " " + nxt
        else:
            text = join_lines([text, nxt])
    return text


def _regions(blocks: list[Block], images: list[BBox]) -> list[BBox]:
    """The article's clickable zones: one rectangle per column it occupies
    (blocks that touch vertically in one column merge), plus its photos."""
    # (x.__round__(...) is round(x, ...) without the builtin's lookup of the method: a box of every block)
    boxes = sorted([b.bbox for b in blocks if b.bbox] + list(images), key=lambda b: (b[0].__round__(), b[1]))
    merged: list[list[float]] = []
    for b in boxes:
        for m in merged:
            same_column = abs(m[0] - b[0]) < 30 or (b[0] >= m[0] - 1 and b[2] <= m[2] + 1)
            if same_column and b[1] - m[3] < 30 and m[1] - b[3] < 30:
                m[0], m[1], m[2], m[3] = min(m[0], b[0]), min(m[1], b[1]), max(m[2], b[2]), max(m[3], b[3])
                break
        else:
            merged.append(list(b))
    return [(m[0].__round__(1), m[1].__round__(1), m[2].__round__(1), m[3].__round__(1)) for m in merged]


__all__ = ["build_pdf_edition", "build_pdf_page", "reading_order"]
