"""Picture news (图片新闻) in text mode: a headline whose whole story is the
caption of the photo under it, so it opens an article of its own and closes
no body over it, however the page draws its other headlines."""

from __future__ import annotations

from .roles import CAPTION, CREDIT, FOOTER, HEADER, TITLE
from .text_direction import bigrams, shared_pairs
from .text_units import Unit


def heads_its_caption(units: list[Unit], start: int, end: int) -> bool:
    """Does the headline group ``units[start:end]`` stand over a photo's
    caption that another headline (or the page's end) follows, no body of its
    own after it, and that the caption tells of (picture news, 图片新闻: 郁金香
    花海迎客来 over …游客在植物园郁金香花海中游玩赏花…)? The caption is then its
    whole story, and the headline closes no body over it. (A headline never
    ends a sentence inside it; a subheading of the body over it, or a stray
    line, tells of another photo's caption in other words.)"""
    k = end
    while k < len(units) and units[k].block.role in (CAPTION, CREDIT):
        k += 1
    if k == end or units[end].block.role != CAPTION:
        return False
    if k < len(units) and units[k].block.role not in (TITLE, HEADER, FOOTER):
        return False
    head = "".join(line for u in units[start:end] for line in u.block.lines)
    if any(mark in head for mark in "。！？"):
        return False
    pairs = bigrams(head)
    caption = "".join(line for u in units[end:k] for line in u.block.lines)
    told = shared_pairs(pairs, caption)
    return told >= _CAPTION_ECHO_PAIRS and told >= _CAPTION_ECHO * len(pairs)


#: a picture's caption repeats at least this share of its headline's character pairs, and this many
_CAPTION_ECHO = 0.4
_CAPTION_ECHO_PAIRS = 2


__all__ = ["heads_its_caption"]
