"""A byline stacked under a vertical headline (竖排), in the body's size.

A vertical headline set in a narrow strip at an article's edge may have its
byline stacked under it in the same strip, character under character, in
the body's size (赵 晴, 本报记者 杜宇): too small to be read as a heading
line, it reaches layout as a column block of one vertical line. Body text
is never set vertically in a horizontal page's strip under a headline; a
vertical line of names there is the headline's byline.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import TextLine
from .roles import BODY
from .rules import split_names

#: the name's foot-to-head distance from the headline's foot, in the headline's size
_REACH = 2.0


def _names(text: str) -> str | None:
    """The line's role and names written apart by spaces (本报记者 杜宇), or
    None when it holds anything but a role and names of two to four glyphs.
    The stack's own gaps part the names first (three run together have no
    other cut: 记者 石磊 钟晓岚 卞一); then the glyphs run together."""
    found = split_names(text.replace("\u3000", " "))
    if not found or not all(2 <= len(b.name) <= 4 for b in found):
        found = split_names(text.replace(" ", "").replace("\u3000", ""))
    if not found or not all(2 <= len(b.name) <= 4 for b in found):
        return None
    parts: list[str] = []
    for b in found:
        if b.role and (not parts or b.role != found[0].role or parts[0] != b.role):
            parts.append(b.role)
        parts.append(b.name)
    return " ".join(parts)


def _beside(ln: TextLine, head: tuple[float, float, float, float], size: float) -> bool:
    """A vertical line standing next to a vertical headline, a glyph of the
    headline's size apart at most, within its height: the strip beside the
    headline holds its byline (本报记者 杜宇), as the one under it does."""
    x0, y0, x1, y1 = head
    near = 0 <= ln.x0 - x1 <= size or 0 <= x0 - ln.x1 <= size
    return near and y0 - size <= ln.y0 and ln.y1 <= y1 + size


def vertical_names_under(titles: list, blocks: list, body: float) -> list:  # noqa: ANN001 (segment, columns)
    """Give each vertical line of names in the body's size, stacked right
    under a vertical headline within its strip (or standing beside it), to
    that headline as its byline; return the blocks they were."""
    heads = [g for g in titles if g.vertical]
    if not heads:
        return []
    taken = []
    for b in blocks:
        if b.role != BODY or len(b.lines) != 1 or not b.lines[0].vertical or b.lines[0].size > 1.12 * body:
            continue
        ln: TextLine = b.lines[0]
        for g in heads:
            x0, y0, x1, y1 = g.bbox
            if x0 - 1 <= ln.x0 and ln.x1 <= x1 + 1 and 0 <= ln.y0 - y1 <= _REACH * g.size \
                    or _beside(ln, g.bbox, g.size):
                text = _names(ln.text)
                if text is not None:
                    g.bylines.append(replace(ln, text=text))
                    taken.append(b)
                break
    return taken


__all__ = ["vertical_names_under"]
