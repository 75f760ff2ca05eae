"""A column's label drawn beside the page's furniture is the page's too (text mode).

A column logo or series label (深一度, 今日关注, 一句话新闻) is a box of a few
characters that a content stream often draws with the header or the editors
line: the extractor gives it right before them, or after them at the page's
end. Read as a headline, it headed the text next to it (or closed the text
before it) and took that text's own title's place. A headline stands by its
text, not between the page's furniture and the page's end: a short label
(a few Han characters, no mark, no name) right before a furniture line, or a
run of them after one with nothing but the page's end after it, is set apart
with it.
"""

from __future__ import annotations

import re

from ..names import starts_with_surname
from .tier_patterns import is_brief_heading

#: a label: a few Han characters, letter-spaced at most (简　讯), no mark, no digit
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,5}")
#: a name alone has this many characters at most (a byline drawn beside the header is no label)
_NAME_CHARS = 3


def _is_label(line: str) -> bool:
    compact = "".join(line.split())
    if len(compact) > 5 or _LABEL.fullmatch(compact) is None:
        return False
    return not (len(compact) <= _NAME_CHARS and starts_with_surname(compact) and not is_brief_heading(compact))


def labels_beside_furniture(lines: list[str], furniture: set[int]) -> set[int]:
    """The label right before a furniture line, and the label run right after
    one that closes the page (the furniture lines' indexes in ``furniture``).
    Only the lines next to the furniture are read: no work per line of the page."""
    found = {i - 1 for i in furniture if i - 1 >= 0 and i - 1 not in furniture and _short_label(lines[i - 1])}
    j = len(lines)  # the run closing the page: after a furniture line, nothing but labels up to the end
    while j and j - 1 not in furniture and _short_label(lines[j - 1]):
        j -= 1
    if j < len(lines) and j - 1 in furniture:
        found.update(range(j, len(lines)))
    return found


def _short_label(line: str) -> bool:
    return len(line) <= 12 and _is_label(line)  # (most lines: too long to be one)


__all__ = ["labels_beside_furniture"]
