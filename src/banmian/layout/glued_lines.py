"""A reporter's line alone in the text, role and names run together.

A byline line set over the text with its spaces lost (本报记者李浩王梅: the
PDF drew the spaces as moves, or set none) is read as the first line of the
paragraph under it when that paragraph opens flush. A line that is only a
role and names, standing alone (short of its column's edge, the line over it,
if any, short too), is the byline: prose that says a reporter's name goes on
past it. Two names of two are cut at the commonest surnames there
(:func:`.rules.parse_glued_byline` with ``pairs``).
"""

from __future__ import annotations

from ..model import Byline
from .columns import ColumnBlock
from .rules import parse_glued_byline


def glued_byline_alone(block: ColumnBlock, k: int) -> list[Byline] | None:
    """The bylines of ``block``'s line ``k`` when it is such a line, else ``None``."""
    ln = block.lines[k]
    if "记者" not in ln.text or (len(block.lines) > 1 and ln.x1 > block.right - 2 * ln.size):  # (cheap tests first)
        return None  # (a line of its own: a block of one line, or short of its column's edge)
    if k and block.lines[k - 1].x1 > block.right - 2 * ln.size:
        return None  # the line over it runs on into it
    return parse_glued_byline(ln.text, pairs=True)


__all__ = ["glued_byline_alone"]
