"""Kickers and subtitles set at (or near) the body size, joined to their
title's group: a PDF page's headline groups are found by size first
(:mod:`.segment`), so tiers no larger than the text are found here, by
weight, face, measure and place around the title, once the columns are known."""

from __future__ import annotations

import re

from ..model import TextLine
from .roles import BODY
from ..names import starts_with_surname
from .column_flow import OPENS_ARTICLE, closes_with_names
from .columns import ColumnBlock
from .config import DEFAULT, LayoutConfig
from .headlines import starts_with_dash
from .row_heads import flush_over_a_row
from .row_titles import is_reporters_line
from .rules import MANY_NAMES, find_continuation, name_tokens, parse_byline_line
from .segment import HeadingGroup, is_brief_label, names_alone
from .tiers_in_text import set_as_a_column_beside


#: a name of two or three glyphs (a byline's, whatever its surname)
_NAME_GLYPHS = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: a sentence's end, its closing quote after it (“大概一成五。”); a tier ends in none (a kicker may end in ：)
_SENTENCE_END = re.compile(r"[。！？][”’」』）)]*$")


def attach_tiers(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float, body_font: str,
                 config: LayoutConfig = DEFAULT) -> list[ColumnBlock]:
    """A kicker or subtitle set at (or near) the body size: one to four lines
    (three or four only in another weight, face or a larger size; five or six
    all in another weight or face, right under the title and right over its
    byline: a 副题 of a sentence or two) just above
    or below a title, over it, set apart from the body by its weight or face
    or by a measure wider than the columns (a subtitle may instead open with
    ——, stand between the title and its byline, or stand alone a line's
    white space over the text), that is no byline, no 上接 note and no
    sentence. It joins the title's group; returns the other blocks."""
    blocks = _split_leading_dash_lines(titles, _split_trailing_bylines(titles, blocks, body, config), body, config)
    blocks = _split_tiers_over_a_row(titles, blocks, body, config)
    widths = sorted(b.width for b in blocks if b.role == BODY and len(b.lines) >= 3)
    column = widths[len(widths) // 2] if widths else float("inf")  # the usual column's width
    taken: set[int] = set()
    for b in blocks:
        if len(b.lines) > 6 or b.role != BODY:
            continue
        beside = _beside_a_tier_line(b, titles)
        if beside is not None:  # the second phrase of a tier, set a few spaces on along its line
            beside.lines.extend(b.lines)
            taken.add(id(b))
            continue
        text = "".join(ln.text for ln in b.lines).strip()
        if not text or _SENTENCE_END.search(text) or closes_with_names(text) or parse_byline_line(text) \
                or ("。" in text and not all(ln.bold for ln in b.lines)
                    and not _across_columns(b, blocks, column, body, body_font)) \
                or find_continuation(text) is not None \
                or OPENS_ARTICLE.match(text) or _opens_an_indented_paragraph(b) \
                or set_as_a_column_beside(b, blocks, body, body_font):
            continue  # (a sentence, a text closing with its authors, sentences in the plain weight, a byline,
            # a 上接/下转 note, text opening with its dateline or a paragraph's indent, a column of a row
            # of columns: no tier; a subtitle that holds a sentence is set bold, or across the columns)
        tokens = name_tokens(text, MANY_NAMES)  # under a title, names are its byline, not a subtitle
        names = tokens is not None and all(starts_with_surname(t) for t in tokens)
        # under a title, names of two or three glyphs are its byline whatever their surname (才扬, 莽九晨)
        names_under = names or (tokens is not None and all(_NAME_GLYPHS.fullmatch(t) for t in tokens))
        marked = any(ln.bold or (body_font and ln.font != body_font) for ln in b.lines) \
            or (not names and any(ln.size >= 1.05 * body for ln in b.lines)) \
            or (not names and all(ln.size >= 1.03 * body for ln in b.lines)) \
            or b.width > 1.6 * column  # (a kicker near the body size; a tier across columns, as no body line is)
        # (every line a shade larger than the body, as no line of text is set: a kicker a few per cent larger)
        if len(b.lines) == 3 and not marked:  # three lines in the body's face: text, however short
            continue
        if len(b.lines) >= 4 and not all(ln.bold or (body_font and ln.font != body_font) for ln in b.lines):
            continue  # four or more only all in another weight or face
        long = len(b.lines) > 4  # (five or six: a 副题 of a sentence or two, only right over the byline)
        for g in titles:
            if g.vertical or is_brief_label(g):
                continue  # a brief column's label (简讯) has no tiers: its items have their own titles
            x0, y0, x1, y1 = g.bbox
            if min(x1, b.right) - max(x0, b.left) < 0.5 * min(x1 - x0, b.width):
                continue
            above = 0 <= y0 - b.bottom <= config.heading_gap * body * 1.5
            below = 0 <= b.top - y1 <= config.heading_gap * body * 1.5
            # unmarked, a kicker still hugs its title and lines up with it (left or centred)
            hugs = (0 <= y0 - b.bottom <= 0.8 * body and not names
                    and (abs(b.left - x0) <= 0.5 * body or abs((b.left + b.right - x0 - x1) / 2) <= body))
            if long:
                if below and _over_a_byline(b, g, blocks, titles, body, most=6):
                    g.lines.extend(b.lines)
                    taken.add(id(b))
                    break
                continue
            if (above and (marked or hugs)) or (below and not names_under and (
                    marked or text.startswith(("——", "—", "--")) or _over_a_byline(b, g, blocks, titles, body)
                    or _set_apart_under(b, g, blocks, body))):
                g.lines.extend(b.lines)
                taken.add(id(b))
                break
    if taken:  # a tier's first phrase met before its second joined (the two a glyph apart on one row)
        joined = {id(ln) for o in blocks if id(o) in taken for ln in o.lines}
        grown = [g for g in titles if any(id(ln) in joined for ln in g.lines)]
        for b in blocks:
            beside = _beside_a_tier_line(b, grown) if id(b) not in taken and b.role == BODY else None
            if beside is not None:
                beside.lines.extend(b.lines)
                taken.add(id(b))
    return [b for b in blocks if id(b) not in taken]


def _across_columns(b: ColumnBlock, blocks: list[ColumnBlock], column: float, body: float, body_font: str) -> bool:
    """One or two lines (three in a face other than the text's) across the
    measure of columns (wider than one and a half), over text set in narrower
    columns right under them (or under a byline's line): a tier that spans its article (a 副题 of
    sentences), as no line of the text does (a lead paragraph set across two
    columns is in the text's face)."""
    other_face = bool(body_font) and all(ln.font != body_font for ln in b.lines)
    if len(b.lines) > (3 if other_face else 2) or b.width <= 1.6 * column:
        return False
    reach = (4 if other_face else 2) * body  # (a byline's line may stand between)
    return any(o is not b and o.role == BODY and len(o.lines) >= 2 and o.width < b.width / 1.6
               and 0 <= o.top - b.bottom <= reach and b.left - body <= o.left < b.right for o in blocks)


def _opens_an_indented_paragraph(b: ColumnBlock) -> bool:
    """Lines set as a paragraph opens: the first indented two characters or
    so from the left edge of the lines under it, all reaching one right edge
    (justified). Tiers are centred or flush, never indented as text is."""
    if len(b.lines) < 2:
        return False
    first, rest = b.lines[0], b.lines[1:]
    left = min(ln.x0 for ln in rest)
    return 1.5 * first.size <= first.x0 - left <= 2.5 * first.size \
        and all(abs(ln.x1 - first.x1) <= 0.5 * first.size for ln in rest)


def _beside_a_tier_line(b: ColumnBlock, titles: list[HeadingGroup]) -> HeadingGroup | None:
    """The heading one of whose lines this one-line block goes on: the same
    height, size and face, a few characters to the right of that line's end,
    or to the left of its start (a tier's first phrase, when the second joined first)."""
    if len(b.lines) != 1:
        return None
    one = b.lines[0]
    for g in titles:
        if g.vertical:
            continue
        for ln in g.lines:
            if abs(ln.y0 - one.y0) <= 0.3 * ln.size and abs(ln.size - one.size) < 0.3 and ln.font == one.font \
                    and (0 <= one.x0 - ln.x1 <= 3 * ln.size or 0 <= ln.x0 - one.x1 <= 3 * ln.size):
                return g
    return None


def _split_trailing_bylines(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                            config: LayoutConfig) -> list[ColumnBlock]:
    """A short block right under a title whose last line is a byline (a
    subtitle set close over the reporters' line): the byline line stands apart."""
    out: list[ColumnBlock] = []
    for b in blocks:
        if b.role == BODY and 2 <= len(b.lines) <= 3 and parse_byline_line(b.lines[-1].text) \
                and not any(parse_byline_line(ln.text) for ln in b.lines[:-1]) \
                and any(not g.vertical and 0 <= b.top - g.bbox[3] <= config.heading_gap * body * 1.5
                        and min(g.bbox[2], b.right) - max(g.bbox[0], b.left) > 0 for g in titles):
            out.append(ColumnBlock(b.lines[:-1], role=b.role))
            out.append(ColumnBlock(b.lines[-1:], role=b.role))
        else:
            out.append(b)
    return out


def _split_leading_dash_lines(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                              config: LayoutConfig) -> list[ColumnBlock]:
    """A block right under a title opening with a line that starts with ——,
    that line and the next (up to three) set in one face or size and the line
    after them in another: a subtitle set close over the byline or the text,
    read into the column with them. The subtitle's lines stand apart."""
    out: list[ColumnBlock] = []
    for b in blocks:
        lines = b.lines
        if b.role != BODY or not starts_with_dash(lines[0].text.lstrip()):  # (most blocks: asked first)
            out.append(b)
            continue
        k = 1  # (the lines in the first one's face, counted up to four: more are no subtitle)
        while k < len(lines) and k <= 3 and lines[k].font == lines[0].font \
                and abs(lines[k].size - lines[0].size) < 0.3:
            k += 1
        if k <= 3 and k < len(lines) \
                and any(not g.vertical and 0 <= b.top - g.bbox[3] <= config.heading_gap * body * 1.5
                        and min(g.bbox[2], b.right) - max(g.bbox[0], b.left) > 0 for g in titles):
            out.append(ColumnBlock(lines[:k], role=b.role))
            out.append(ColumnBlock(lines[k:], role=b.role))
        else:
            out.append(b)
    return out


def _split_tiers_over_a_row(titles: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                            config: LayoutConfig) -> list[ColumnBlock]:
    """A block right under a title opening with one or two lines in another
    face or size than the lines under them, those lines over the row (the
    next column opens level with the text under them, :func:`.row_heads.flush_over_a_row`):
    a subtitle near the body size read into the first column. It stands apart
    (a reporters' line so set is the byline's, not split off here)."""
    out: list[ColumnBlock] = []
    for b in blocks:
        lines = b.lines
        k = 0
        if len(lines) >= 3 and b.role == BODY:  # (the first line, or two set alike, restyled from the next)
            k = 1 if _restyled(lines[0], lines[1]) else 2 if len(lines) >= 4 and _restyled(lines[1], lines[2]) else 0
        if not k or any(is_reporters_line(ln.text.strip()) for ln in lines[:k]) or not any(not g.vertical and 0 <= b.top - g.bbox[3] <= config.heading_gap * body * 1.5
                            and min(g.bbox[2], b.right) - max(g.bbox[0], b.left) > 0 for g in titles):
            out.append(b)
            continue
        lead, rest = ColumnBlock(lines[:k], role=b.role), ColumnBlock(lines[k:], role=b.role)
        others = [o for o in blocks if o is not b] + [rest]
        out.extend((lead, rest) if flush_over_a_row(lead.bbox, others, [], body) else (b,))
    return out


def _restyled(a: TextLine, b: TextLine) -> bool:
    """Set in another face, or a size another (by 0.3 points or more)."""
    return a.font != b.font or abs(a.size - b.size) >= 0.3


def _over_a_byline(b: ColumnBlock, g: HeadingGroup, blocks: list[ColumnBlock], titles: list[HeadingGroup],
                   body: float, most: int = 2) -> bool:
    """One or two lines (up to ``most``) right under a title with its byline
    right under them (a byline line, or an author's name alone set a little
    larger): the order of a headline (title, subtitle, byline), not of body text."""
    if len(b.lines) > most:
        return False
    def right_under(ln: TextLine) -> bool:
        return 0 <= ln.y0 - b.bottom <= 1.5 * body and min(ln.x1, b.right) - max(ln.x0, b.left) > 0

    # where it stands first (cheap), then what it says
    if any(right_under(ln) for ln in g.bylines if not ln.vertical):
        return True
    if any(right_under(o.lines[0]) and parse_byline_line(o.lines[0].text)
           for o in blocks if o is not b and o.role == BODY):
        return True
    return any(right_under(h.lines[0]) and not h.lines[0].vertical and names_alone(h.lines[0].text)
               for h in [*titles, *blocks] if h is not g and h is not b and len(h.lines) == 1)


def _set_apart_under(b: ColumnBlock, g: HeadingGroup, blocks: list[ColumnBlock], body: float) -> bool:
    """One line right under a title, lined up with it (left or centred), with
    white space of a line or more between it and the text under it: a
    subtitle in the body's face and size, not the text's first line."""
    x0, _, x1, y1 = g.bbox
    if len(b.lines) != 1 or not 0 <= b.top - y1 <= 0.8 * body \
            or not (abs(b.left - x0) <= 0.5 * body or abs((b.left + b.right - x0 - x1) / 2) <= body):
        return False
    under = [o.top - b.bottom for o in blocks if o is not b and o.top >= b.bottom - 1
             and min(o.right, b.right) - max(o.left, b.left) > 0]
    return bool(under) and min(under) >= 1.5 * body


__all__ = ["attach_tiers"]
