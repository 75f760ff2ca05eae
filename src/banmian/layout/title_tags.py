"""A title's column tag set apart from it by the extractor (text mode): the
tag alone on a line under the title (“车间就是家” / （讲述·追梦人）), or the
tag's tail, the bracket the title's line left open, opening the body block
under it (……（权 / 威发布） + the body's first lines). The tag closes the
主题; it is no tier, and no body text."""

from __future__ import annotations

from ..model import Block
from .roles import BODY, BYLINE, TITLE
from .closing_authors import _names_inside
from .headlines import starts_with_dash
from .reflow import ends_sentence
from .rules import CLOSING_DATELINE
from .text_units import Unit
from .tier_patterns import TITLE_TAG

#: the most characters a tag's tail opening the block under the title holds
_TAIL_CHARS = 10


def _tag_alone(line: str) -> bool:
    """A line that is only a column tag: no closing dateline, no authors' names."""
    text = line.strip()
    return (text[:1] in "（(" and TITLE_TAG.fullmatch(text) is not None
            and CLOSING_DATELINE.fullmatch(text.replace(" ", "")) is None and not _names_inside(text[1:-1]))


def _takes_tag(line: str) -> bool:
    """Can this headline line take a tag after it (no tag yet, no sentence or dash at its end)?"""
    text = line.strip()
    # a title may end in ！ or ？ (违规捕候鸟，停！), never in 。
    return bool(text) and not TITLE_TAG.search(text) and (not ends_sentence(text) or text[-1] in _TITLE_ENDS) \
        and not text.endswith("—") and not starts_with_dash(text)


#: the marks a title may end in
_TITLE_ENDS = "！？"


def _leaves_bracket_open(line: str) -> bool:
    return line.rfind("（") > line.rfind("）")


def tags_back_to_titles(units: list[Unit]) -> list[Unit]:
    """Put a title's column tag back at the end of its line (see the module
    docstring); returns the units left (a unit whose one line went up is gone)."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (unit.block.role == BYLINE and prev is not None and prev.block.role == TITLE
                and _tag_alone("".join(unit.block.lines).replace(" ", "")) and _takes_tag(prev.lines[-1])):
            # （讲述·我们都是追梦 / 人）: a series' tag wrapped, read as a bracketed byline
            prev.block.lines[-1] = prev.lines[-1].rstrip() + "".join(unit.lines).replace(" ", "")
            continue
        if unit.block.role == TITLE and prev is not None and prev.block.role == TITLE and unit.block.lines \
                and _tag_alone(unit.block.lines[0]) and _takes_tag(prev.lines[-1]):
            prev.block.lines[-1] = prev.lines[-1].rstrip() + unit.lines[0].strip()
            del unit.block.lines[0]
            if not unit.lines:
                continue
        if unit.block.role == TITLE and len(unit.block.lines) > 1:
            _tags_inside(unit.block)
        if (unit.block.role == BODY and prev is not None and prev.block.role == TITLE and len(unit.block.lines) > 1
                and _leaves_bracket_open(prev.block.lines[-1])):
            first = unit.lines[0].strip()
            if first.endswith(("）", ")")) and "（" not in first and "(" not in first and len(first) <= _TAIL_CHARS:
                prev.block.lines[-1] = prev.lines[-1].rstrip() + first
                del unit.block.lines[0]
        out.append(unit)
    return out


def _tags_inside(block: Block) -> None:
    """A tag alone on a line of a headline block goes onto the line above it."""
    lines = block.lines
    k = 1
    while k < len(lines):
        if _tag_alone(lines[k]) and _takes_tag(lines[k - 1]):
            lines[k - 1] = lines[k - 1].rstrip() + lines[k].strip()
            del lines[k]
        else:
            k += 1


__all__ = ["tags_back_to_titles"]
