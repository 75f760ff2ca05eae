"""Which of two headline tiers is set larger, read from how each wrapped in its
box (text mode, where the extractor gives no type sizes). A box is as wide for
every tier it holds, so a tier whose full lines hold fewer characters is set in
larger type; the 主题 is set larger than its 引题 over it and than its 副题
under it. Two tiers each wrapped over lines thus tell kicker + title (the first
wrapped wider) from title + subtitle (the first wrapped narrower) where their
words give no cue."""

from __future__ import annotations

from bisect import bisect_right

from ..model import Block, Headline
from .headlines import sets_the_scene
from .reflow import cell_width
from .text_units import Unit
from .tier_patterns import EVENT_END, TITLE_TAG

#: two tiers' full lines this many cells apart at least tell one set larger than the other
_WIDER_CELLS = 2
#: a full line of a wrapped box is at most this many cells narrower than the widest one
_FULL_SLACK = 1.0
#: a tier wraps over this many lines at most
_TIER_LINES = 4


def _bare(text: str) -> str:
    return "".join(text.split())


class SourceLines:
    """The page's lines as the extractor gave them, by source line number: a
    snapshot taken before any stage joins a wrapped line (one list copied a
    block, no work a line)."""

    def __init__(self, blocks: list[Block]) -> None:
        kept = [(b.line_start, list(b.lines)) for b in blocks if b.line_start is not None]
        kept.sort(key=lambda item: item[0])
        self._starts = [start for start, _ in kept]
        self._lines = [lines for _, lines in kept]

    def tier_width(self, line_start: int | None, tier: str) -> float | None:
        """The width of the full lines of ``tier`` as it was wrapped from source
        line ``line_start`` on (two lines or more, the last no wider), or None."""
        if line_start is None or not self._starts:
            return None
        k = bisect_right(self._starts, line_start) - 1
        if k < 0:
            return None
        lines = self._lines[k][line_start - self._starts[k]:][:_TIER_LINES]
        want, got, used = _bare(tier), "", []
        for line in lines:
            got += _bare(line)
            used.append(line.strip())
            if not want.startswith(got):
                return None
            if got == want:
                break
        if got != want or len(used) < 2:
            return None
        full = [cell_width(line) for line in used[:-1]]
        if max(full) - min(full) > _FULL_SLACK or cell_width(used[-1]) > max(full) + _FULL_SLACK:
            return None
        return max(full)


def _start_of(group: list[Unit], tier: str) -> int | None:
    """The source line a tier of the group's headline opens on."""
    want = _bare(tier)
    for unit in group:
        if unit.block.lines and want.startswith(_bare(unit.block.lines[0])) and _bare(unit.block.lines[0]):
            return unit.block.line_start
    return None


def _shut(tier: str) -> bool:
    """Does the tier carry a cue of its own role in its words (a tag, a lead-in
    dash or colon, a scene set for a speaker, a dashed subtitle)?"""
    tier = tier.strip()
    return bool(TITLE_TAG.search(tier) or tier.endswith(("—", "：", ":")) or tier.startswith(("—", "（", "("))
                or sets_the_scene(tier))


def tiers_by_size(head: Headline, group: list[Unit], source: SourceLines) -> None:
    """Two tiers, both wrapped in their boxes and carrying no cue of their
    roles: the one set larger is the 主题. The first wrapped narrower is the
    title over its subtitle; the first wrapped wider is the kicker over its
    title, unless the first reports a finished event (…会议召开 / …: a title's
    news over a subtitle set in a box of its own)."""
    if not head.title or bool(head.kicker) == bool(head.subtitle):
        return
    upper, lower = (head.kicker, head.title) if head.kicker else (head.title, head.subtitle)
    assert upper is not None and lower is not None
    if _shut(upper) or _shut(lower) or _bare(upper)[-2:] == _bare(lower)[-2:]:
        return  # (two tiers closing on one word report alike: 张三同…互致贺电 / 李四同…互致贺电)
    up = source.tier_width(_start_of(group, upper), upper)
    low = source.tier_width(_start_of(group, lower), lower) if up is not None else None
    if up is None or low is None:
        return
    if head.kicker and up + _WIDER_CELLS <= low:
        head.kicker, head.title, head.subtitle = None, upper, lower
    elif head.subtitle and up >= low + _WIDER_CELLS and not EVENT_END.search(upper.rstrip()):
        head.kicker, head.title, head.subtitle = upper, lower, None


__all__ = ["SourceLines", "tiers_by_size"]
