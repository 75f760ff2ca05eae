"""A news-brief column headed by its first item's own title, not by a label.

A brief's title is set at the body's size in a heavier face (黑体 over 宋体
text). When a dateline (本报北京2月5日电) stands under it, the page's heading
pass takes it for a small headline, and the headline then owns the items
under it down the column: one article of many items, each closed by its
authors in brackets. Set at the body's size, that heading is no column
label (简讯 is set larger): it is the first item's title, and the items
under it are articles of their own.
"""

from __future__ import annotations

from ..model import Article
from .body_units import closing_names, raw_paragraphs
from .roles import BODY, SUBHEADING
from .tier_patterns import is_brief_heading

#: a heading set within this ratio of the body's size is set "at body size"
#: (the page's headings start at 1.12 times the body; a brief's title is a hair larger at most)
_AT_BODY = 1.1


def heads_first_item(article: Article, heading_size: float, units: list, body: float) -> bool:  # noqa: ANN001
    """The article's headline is a brief's title at the body's size over a run
    of items: a title alone (no kicker, no subtitle), set at about the body's
    size, no column label's word (简讯), and two or more paragraphs of the text
    closing in their authors in brackets (（陈玲玲 林娟）), as one article's
    text closes once at most."""
    head = article.headline
    if not body or heading_size > _AT_BODY * body or not head.title or head.kicker or head.subtitle:
        return False
    if is_brief_heading(head.title):
        return False
    closed = 0
    for lines in raw_paragraphs(units):
        if closing_names(lines):
            closed += 1
            if closed >= 2:
                return True
    return False


def one_item_under_label(article: Article, units: list) -> bool:  # noqa: ANN001
    """A column's label (a short heading: 一句话新闻) over one item of it: the
    text opens with the item's title set apart in a heavier face (a unit of
    its own, as a subheading is) and its one paragraph closing in authors in
    brackets ends it. An article's text opens with its own words, not with a
    title over them; a longer column of briefs closes two items or more
    (:func:`.body_units.is_brief`)."""
    return _headed_and_closed_once(article, units) and not any(u.role == SUBHEADING for u in units[1:])


def titled_by_first_heading(article: Article, units: list) -> bool:  # noqa: ANN001
    """A part with no headline opening with a heading in a heavier face, its
    text closed once by its authors in brackets, with another heading further
    down: the first heading is the article's title and the others are its
    in-body subheadings (产业带来好日子), not the titles of brief items: a
    brief's item is too short to hold subheadings."""
    return _headed_and_closed_once(article, units) and any(u.role == SUBHEADING for u in units[1:])


def _headed_and_closed_once(article: Article, units: list) -> bool:  # noqa: ANN001
    title = article.headline.title or ""
    if len(title) > 8 or article.headline.kicker or article.headline.subtitle or not units:
        return False
    if units[0].role != SUBHEADING or not any(u.role == BODY for u in units[1:]):
        return False
    paras = raw_paragraphs(units)
    return bool(paras) and closing_names(paras[-1]) is not None \
        and sum(1 for lines in paras if closing_names(lines)) == 1


def items_under_title(article: Article, units: list, split, join_title, regions) -> list[Article]:  # noqa: ANN001
    """The column's items (``split``: :func:`.body_units.split_brief`), the
    first one under the article's headline and its bylines, with the
    headline's blocks; each item's zones from its blocks (``regions``)."""
    own = {id(u.block) for u in units if u.block is not None}
    head_blocks = [b for b in article.blocks if id(b) not in own]
    items = split(article, units, join_title)
    if items:
        first = items[0]
        first.headline = article.headline
        first.bylines[:0] = article.bylines
        first.blocks[:0] = head_blocks
    for item in items:
        item.bbox = regions(item.blocks, [])
    return items


__all__ = ["heads_first_item", "items_under_title", "one_item_under_label", "titled_by_first_heading"]
