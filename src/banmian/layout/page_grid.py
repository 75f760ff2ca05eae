"""The page grid and its furniture: body font size, column lefts, and the
header and footer bands above and below their full-width rules.

Used by :mod:`.geometric`; split out to keep each module small.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import BBox, Block, Role
from .rules import find_continuation, parse_page_header

if TYPE_CHECKING:
    from ..sources.pdf import PageContent, TextLine

#: header and footer bands: a full-width rule within this share of the page
BAND_SHARE = 0.15


@dataclass(slots=True)
class Grid:
    """The body font size and the column lefts of a page."""

    body_size: float
    lefts: list[float]
    column_width: float

    def column_of(self, x0: float) -> int:
        """Index of the column a line starting at ``x0`` belongs to."""
        return max(0, bisect.bisect_right(self.lefts, x0 + self.body_size * 0.5) - 1)

    def indented(self, line: TextLine) -> bool:
        left = self.lefts[self.column_of(line.x0)] if self.lefts else line.x0
        return self.body_size * 1.5 <= line.x0 - left <= self.body_size * 3.2

    def place(self, line: TextLine) -> tuple[int, bool]:
        """(column, indented) of a body line."""
        indented = self.indented(line)
        return self.column_of(line.x0 - 2 * self.body_size if indented else line.x0), indented


# --- grid ------------------------------------------------------------------------

def find_grid(lines: list[TextLine]) -> Grid:
    """Body size = the size most characters are set in; column lefts = the
    x where many body lines start, minus the indented ones."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    body = sizes.most_common(1)[0][0]
    body_lines = [ln for ln in lines if abs(ln.size - body) < 0.3 and not ln.vertical]
    starts: Counter[float] = Counter(round(ln.x0) for ln in body_lines)
    common = sorted(x for x, c in starts.items() if c >= 2)
    lefts: list[float] = []
    for x in common:
        if lefts and x - lefts[-1] < body * 0.6:
            continue
        lefts.append(float(x))
    # drop the indent position of each column (two characters right of a left)
    indents = {x for x in lefts for y in lefts if 1.5 * body <= x - y <= 3.2 * body}
    lefts = [x for x in lefts if x not in indents] or [float(min(starts, default=0))]
    lefts = _complete_lattice(lefts, body, max((ln.x1 for ln in body_lines), default=0.0))
    widths = Counter(round(ln.x1 - ln.x0) for ln in body_lines)
    width = float(widths.most_common(1)[0][0]) if widths else 0.0
    return Grid(body, lefts, width)


def _complete_lattice(lefts: list[float], body: float, right: float) -> list[float]:
    """Newspaper columns are evenly spaced: add the lefts of columns that hold
    too few lines to be seen (a short article in a corner)."""
    steps = [b - a for a, b in zip(lefts, lefts[1:]) if b - a > 3 * body]
    if not steps:
        return lefts
    pitch = Counter(round(x) for x in steps).most_common(1)[0][0]
    out = list(lefts)
    x = lefts[0]
    while x + pitch < right:
        x += pitch
        if all(abs(x - known) > body for known in out):
            out.append(x)
    x = lefts[0]
    while x - pitch >= 0:
        x -= pitch
        if all(abs(x - known) > body for known in out):
            out.append(x)
    return sorted(out)


# --- header and footer bands ---------------------------------------------------------

def _full_width_rules(content: PageContent) -> list[BBox]:
    return [r for r in content.rules if r[2] - r[0] >= content.width * 0.7 and r[3] - r[1] < 5]


def _band_line(text: str) -> bool:
    """A header or footer line (第3版, a date and weekday, editors), but not
    a continuation note such as （下转第3版） that also names a page."""
    return parse_page_header(text) is not None and find_continuation(text) is None


def _furniture(lines: list[TextLine]) -> bool:
    """A few lines, one of them saying 第N版, a date with its weekday or editors."""
    return 0 < len(lines) <= 8 and any(_band_line(ln.text) for ln in lines)


def split_bands(content: PageContent, grid: Grid) -> tuple[list[TextLine], list[Block], dict[str, str]]:
    """Lines above the header rule and below the footer rule: metadata."""
    full = _full_width_rules(content)
    top_rules = [r[3] for r in full if r[3] <= content.height * BAND_SHARE]
    bottom_rules = [r[1] for r in full if r[1] >= content.height * (1 - BAND_SHARE)]
    # a band rule has page furniture on its far side (第N版, a date, editors),
    # not the articles of a last band that happens to sit low on the page
    header_y = next((y for y in sorted(top_rules, reverse=True)
                     if _furniture([ln for ln in content.lines if ln.y1 <= y + 1])), None)
    footer_y = next((y for y in sorted(bottom_rules)
                     if _furniture([ln for ln in content.lines if ln.y0 >= y - 1])), None)
    body: list[TextLine] = []
    header: list[TextLine] = []
    footer: list[TextLine] = []
    for ln in content.lines:
        if header_y is not None and ln.y1 <= header_y + 1:
            header.append(ln)
        elif footer_y is not None and ln.y0 >= footer_y - 1:
            footer.append(ln)
        elif header_y is None and ln.y1 <= content.height * 0.08 and _band_line(ln.text):
            header.append(ln)
        elif footer_y is None and ln.y0 >= content.height * 0.94 and _band_line(ln.text):
            footer.append(ln)
        else:
            body.append(ln)
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    for role, lines in ((Role.HEADER, header), (Role.FOOTER, footer)):
        for ln in lines:
            blocks.append(Block([ln.text], role=role, bbox=ln.bbox, font_size=ln.size))
            found = parse_page_header(ln.text) or {}
            for key, value in found.items():
                meta.setdefault(key, value)
        if role == Role.HEADER and lines and "paper" not in meta:
            name = max(lines, key=lambda ln: ln.size)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,10}", name.text.replace(" ", "")) and name.size > grid.body_size * 1.5:
                meta["paper"] = name.text.replace(" ", "")
    return body, blocks, meta
