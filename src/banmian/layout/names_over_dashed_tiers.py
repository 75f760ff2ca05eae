"""Names over a dashed subtitle that has a title under it sign the headline (text mode).

A content stream may draw a headline's byline first, then its dashed subtitle,
then its title (王可罗立桦 / ——对部分地区…的调查 / 丰富优质产品 / 活跃城乡市场).
Read in order, the names took the title's place and the subtitle was theirs;
the real title was left over. A tier over a dashed subtitle that has the title
under it is no title (a headline has one title, and it is under the subtitle
here), so where that tier is only names it is the headline's byline: names
run together as PyMuPDF joins a line's pieces (two names or more, each under a
surname), names set a line each or spaced, or one name alone.
"""

from __future__ import annotations

from ..model import Byline
from ..names import HUNDRED_SURNAMES
from .headlines import starts_with_dash
from .name_runs import split_name_run
from .roles import BYLINE, TITLE
from .text_bylines import names_alone
from .text_units import Unit

#: the names' line holds this many characters at most (three names of three)
_MOST = 9


def _names(lines: list[str]) -> list[str] | None:
    """The names of a unit that is only names, run together or not."""
    text = "".join("".join(lines).split())
    if not 2 <= len(text) <= _MOST or not all("\u4e00" <= c <= "\u9fff" for c in text):
        return None
    alone = names_alone(lines)
    if alone and (len(alone) >= 2 or len(text) <= 3):
        return alone
    run = split_name_run(text)
    if run and len(run) >= 2 and run[-1][:1] in HUNDRED_SURNAMES:
        return run
    return None


def names_over_dashed_tiers(units: list[Unit]) -> None:
    """A headline unit of names only, right over a dashed subtitle with a
    title unit under it, becomes that headline's byline."""
    for k in range(len(units) - 2):
        unit, dashed, title = units[k], units[k + 1], units[k + 2]
        if (unit.block.role != TITLE or dashed.block.role != TITLE or title.block.role != TITLE
                or not dashed.block.lines or not starts_with_dash(dashed.block.lines[0].strip())
                or len(unit.block.lines) > 4):
            continue
        if title.block.lines and starts_with_dash(title.block.lines[0].strip()):
            continue
        names = _names(unit.block.lines)
        if names:
            unit.block.role = BYLINE
            unit.bylines = [Byline(None, n) for n in names]


__all__ = ["names_over_dashed_tiers"]
