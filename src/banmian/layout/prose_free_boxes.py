"""Boxes of no prose: a frame or tinted panel whose words make no sentence.

A report is told in sentences; a box that holds none is furniture the reader
looks up, not reads: a weather box (今天 多云转晴 12～22℃), a contents box
(导读: headings and the pages they are on), a public service advertisement
(a slogan, a line, its sponsors). Its heading is no headline, its lines
belong to no article. A notice (更正, 启事) or a key-points box says its
piece in sentences, and a boxed subheading or a column logo is a line or two
alone in its frame: those stay what they are.
"""

from __future__ import annotations

from ..model import BBox, TextLine, within
from .columns import ColumnBlock
from .roles import BODY
from .segment import HeadingGroup

#: a full stop of any kind ends a sentence (a slogan or a day's weather has none)
_STOPS = frozenset("。！？!?；;")
#: a box of furniture is small: the most characters it holds (a page's framed report holds more)
_MOST_CHARS = 320
#: the fewest blocks of text it holds apart from its headings: items set apart (a day's weather and
#: its temperatures, a heading and its page, a label and a sponsors' line), not one paragraph
_LEAST_BLOCKS = 2
#: the fewest lines it holds, headings and text together (a boxed subheading is one or two)
_LEAST_LINES = 3


def boxes_without_prose(frames: list[BBox], lines: list[TextLine], blocks: list[ColumnBlock],
                        groups: list[HeadingGroup]) -> tuple[set[int], set[int]]:
    """The ids of the blocks and of the heading groups that stand in a box of
    no prose: a frame holding two blocks of text or more besides its
    headings, three lines or more of the page's ``lines`` (the header's
    too: a box in the masthead's ear), a few hundred characters at most, and
    no full stop anywhere in them."""
    taken_blocks: set[int] = set()
    taken_groups: set[int] = set()
    for f in frames:
        own = [b for b in blocks if within(b.bbox, f, 2.0)]
        heads = [g for g in groups if within(g.bbox, f, 2.0)]
        if sum(b.role == BODY for b in own) < _LEAST_BLOCKS:
            continue  # one block of text in a frame: a boxed subheading or a lead, one paragraph
        texts = [ln.text for ln in lines if within(ln.bbox, f, 2.0)]
        text = "".join(texts)
        if len(texts) < _LEAST_LINES or len(text) > _MOST_CHARS or any(c in _STOPS for c in text):
            continue
        taken_blocks.update(id(b) for b in own)
        taken_groups.update(id(g) for g in heads)
    return taken_blocks, taken_groups


__all__ = ["boxes_without_prose"]
