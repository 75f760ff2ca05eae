"""A headline set in a narrow measure wraps its last words onto a short line
of their own (法国控烟措 / 施初见成效, 汪德祥：英勇前进 / 以身殉职).

Such a tail has a column label's shape (four or five characters alone under a
headline line), but a label stands under a headline of full width: the
headline's one line over it is short itself (seven characters at most, the
measure of a side or single-column headline) and no narrower than the tail,
as a wrapped line is no wider than the line it wraps from. A label under a
headline of two phrase lines (家门口上班 / 暖暖的日子 / 理论前沿), under a title
closed by its column's tag (the line over it a subtitle then), or an editor's
lead label (核心阅读) is none of these. (The caller asks too that the body near
spells one of the tail's character pairs: a label names its column, a tail
says what the text tells; 城北大桥开工 / 城建观察 shares none with its report.)
"""

from __future__ import annotations

from .phrase_lines import phrase_pair
from .reflow import cell_width
from .roles import BODY, TITLE
from .text_units import Unit
from .tier_patterns import cjk_count, is_lead_label

#: a headline line this short (CJK characters) is a narrow measure's, not a full headline's
_NARROW = 7
#: a headline line closed by a column tag's bracket ends its title
_CLOSED = "）)"


def narrow_title_tail(units: list[Unit], i: int) -> bool:
    """Is one-line headline unit ``i``, over a body, the wrapped tail of the
    one-line headline right over it?"""
    if i < 1 or i + 1 >= len(units) or units[i + 1].block.role != BODY:
        return False
    prev, unit = units[i - 1], units[i]
    if prev.block.role != TITLE or len(prev.block.lines) != 1 or len(unit.block.lines) != 1:
        return False
    above, line = prev.block.lines[0].strip(), unit.block.lines[0].strip()
    if not above or cjk_count(above) > _NARROW or is_lead_label(line) or is_lead_label(above):
        return False
    if above[-1] in _CLOSED:
        return False  # …“利墨”（红船观澜） / 治理之道: a title closed by its column's tag wraps no tail
    over = units[i - 2] if i >= 2 and units[i - 2].block.role == TITLE else None
    if over is not None and (phrase_pair(over, prev) or over.block.lines[-1].rstrip()[-1:] in _CLOSED):
        # 家门口上班 / 暖暖的日子 / 理论前沿: a title set a phrase a line, then a label; …（权威发布） /
        # 不再实行特种 / 行业管理: the line under a title closed by its tag is the subtitle's, not the title's
        return False
    return cell_width(line.replace(" ", "")) <= cell_width(above.replace(" ", ""))


__all__ = ["narrow_title_tail"]
