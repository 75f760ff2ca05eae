"""Heavy lines between a headline and its dateline are the headline's, not its text.

A dispatch's dateline (本报北京2月26日电（记者 张三）, 本报讯（记者 李四）) opens the
article's text: nothing of the text stands over it. A run set apart in the heading face
between the title and that opening paragraph (审议某某报告稿 / 某某主持, wrapped over a
few lines) is the headline's 副题; read as a subheading it opened the text, and the
dateline, no longer first, stayed in the text with its reporters' names. A word or two
alone there (一线观察, 新春见闻) is the column's logo, not a tier: it leaves the article.

Not where more of the article's text opens with a dateline: a series' headline over its
items, each with its own title over its own dateline, keeps its items' titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Article, Page, TextLine
from .body_units import Unit
from .roles import BODY, OTHER, SUBHEADING, TITLE
from .rules import starts_with_dateline

#: a logo's glyphs at most: a 副题 says more than a word or two
_LOGO_GLYPHS = 4
#: a deck's lines at most (a 副题 of a few phrases, a line each)
_MOST_LINES = 4
_SENTENCE_END = re.compile(r"[。！？；]")


def decks_before_dateline(units: list[Unit], under: float | None = None) -> int:
    """How many units open the text as subheadings right over the one paragraph that
    opens with a dateline (0 when none do, or when another paragraph opens with one too).
    A deck is a few lines and no sentence; ``under``: the headline's foot, which the deck
    stands right under (two of its lines at most between)."""
    k = 0
    while k < len(units) and units[k].role == SUBHEADING:
        k += 1
    if not k or k == len(units) or units[k].role != BODY or not _opens_with_dateline(units[k]):
        return 0
    lines = [ln for u in units[:k] for ln in u.lines]
    if len(lines) > _MOST_LINES or any(_SENTENCE_END.search(ln.text) for ln in lines):
        return 0  # (text set larger read as subheadings, or another story's heading and text)
    if under is not None and lines[0].y0 - under > 2 * lines[0].size:
        return 0
    if any(u.role == BODY and u.starts_paragraph and _opens_with_dateline(u) for u in units[k + 1:]):
        return 0  # (a series' items, each under its own title)
    return k


def _opens_with_dateline(u: Unit) -> bool:
    return bool(u.lines) and starts_with_dateline("".join(ln.text.strip() for ln in u.lines[:2]))


def decks_to_headline(article: Article, units: list[Unit], page: Page,
                      join: Callable[[list[TextLine]], str], under: float | None = None) -> None:
    """Move the subheadings over a lone dateline into the headline (its 副题), or off the
    article when they are one short word (a column logo). ``join``: a tier's lines joined
    in the space the headline had (a line short of it ends a phrase); ``under``: the headline's foot."""
    k = decks_before_dateline(units, under)
    if not k:
        return
    decks = units[:k]
    del units[:k]
    texts = [join(u.lines) for u in decks]
    if k == 1 and len(texts[0].replace(" ", "")) <= _LOGO_GLYPHS:
        for u in decks:
            if u.block is not None:
                u.block.role = OTHER
                article.blocks.remove(u.block)
                page.blocks.append(u.block)
        return
    for u in decks:
        u.role = TITLE
        if u.block is not None:
            u.block.role = TITLE
    old = article.headline.subtitle
    article.headline.subtitle = " ".join(([old] if old else []) + [t for t in texts if t])
