"""An author's name set under a headline in the headline's run of lines.

A byline under the headline (a name alone, 理论 style, or a role and names:
■ 通讯员 张三 李四) may stand close enough to the tier over it, or in its
size, to be read as one more tier, a subtitle. It is none: a tier of a
headline is never only names, and a byline is set in a light face (楷, 宋),
not bold, smaller than the 主题 over it and not in its face. So the last
lines of a headline that hold only names, set so and well smaller than its
largest tier, are its bylines; a line that is the wrapped tail of the line
over it (that line filling its measure) is not taken."""

from __future__ import annotations

from ..model import Byline, TextLine
from .roles import BYLINE, OTHER, TITLE
from .body_units import plain_names
from .columns import ColumnBlock
from .config import LayoutConfig
from .headlines import starts_with_dash
from .rules import parse_byline_line, parse_glued_byline
from .segment import HeadingGroup, attach_bylines

#: a byline is set well smaller than the 主题 over it
_SMALLER = 0.9
#: and little larger than the text (as :func:`.segment.name_lines` takes names)
_NAME_SIZE = 1.35


def names_under_headline(tiers: list[list[TextLine]], right: float) -> list[tuple[TextLine, list[Byline]]]:
    """Take the byline lines off the foot of the headline's ``tiers`` (in place,
    a tier left empty dropped); returns them top first with their names.
    ``right``: the right edge of the space the headline had (its article's text)."""
    taken: list[tuple[TextLine, list[Byline]]] = []
    while len(tiers) > 1 or (tiers and len(tiers[0]) > 1):
        tier = tiers[-1]
        ln = tier[-1]
        title = max((o for t in tiers for o in t), key=lambda o: o.size)
        largest = title.size
        # (a role and the names may be two spans on one baseline: ■ 通讯员 / 张三 李四)
        level = [o for o in tier[:-1] if abs(o.y0 - ln.y0) < ln.size / 2 and o.x1 <= ln.x0 + ln.size]
        line = level + [ln]
        names = _names(" ".join(o.text.strip() for o in line))
        roled = names is not None and any(n.role for n in names)  # (本报记者张三: a reporter's line in any face)
        if names is None or any(o.vertical or (not roled and (o.bold or o.font == title.font
                                                              or o.size > _SMALLER * largest)) for o in line):
            break
        rest = [o for o in tier if all(o is not x for x in line)]
        if rest and rest[-1].x1 >= right - 2 * rest[-1].size and not roled:
            break  # the tail of a line wrapped over it
        taken[:0] = [(o, names if o is ln else []) for o in line]
        tier[:] = rest
        if not tier:
            tiers.pop()
    return taken


def _names(text: str) -> list[Byline] | None:
    """Only names (汪 涛, 张三 李四) or a byline with its role (■ 通讯员 张三)."""
    text = text.strip()
    if not text or starts_with_dash(text):
        return None
    return parse_byline_line(text) or parse_glued_byline(text, pairs=True) or plain_names(text)




def lone_names_to_headlines(groups: list[HeadingGroup], blocks: list[ColumnBlock], body: float,
                            config: LayoutConfig) -> None:
    """A name alone set larger than the text, under a headline with a subtitle
    at the body size between (a tier found only once the columns were known),
    was grouped as a heading of its own: give it to the headline over it as its
    byline (:func:`.segment.attach_bylines`, which looks past such a tier),
    unless it is set in that headline's own face."""
    titles = [g for g in groups if g.role == TITLE]
    for g in groups:
        if g.role not in (TITLE, OTHER) or len(g.lines) != 1 or g.bylines or g.vertical:
            continue
        ln = g.lines[0]
        if ln.bold or ln.size >= _NAME_SIZE * body or _names(ln.text) is None:
            continue  # (a title of a word or two is set larger, or bold)
        others = [t for t in titles if t is not g]
        if attach_bylines(others, [ln], body, config, blocks):
            continue  # no headline took it
        taker = next(t for t in others if t.bylines and t.bylines[-1] is ln)
        if max(taker.lines, key=lambda o: o.size).font == ln.font:
            taker.bylines.pop()  # set in the headline's own face: a line of it (an item's title under a label)
            continue
        g.role = BYLINE  # (taken: no heading of its own)


__all__ = ["lone_names_to_headlines", "names_under_headline"]
