"""The thresholds of geometric layout, in one frozen place.

Every number is relative to the page's body font size (``body``), so the
same values hold for a 9 pt broadsheet and a 12 pt tabloid; the benchmark
(`bench.realpages`, `bench.pdf_run`) is what tunes them, never one page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LayoutConfig:
    #: text this much larger than the body is heading text (title, kicker, subhead, label)
    heading_ratio: float = 1.12
    #: two lines of one column block: vertical gap at most this many body sizes
    line_gap: float = 1.25
    #: heading lines of one group: vertical gap at most this many of their size
    heading_gap: float = 1.2
    #: an indented first line starts this many body sizes right of its column's left
    indent_min: float = 1.4
    #: a subheading has body text of its column within this many body sizes above or below
    subheading_reach: float = 3.0
    #: a byline name sits within this many body sizes below (or beside) its headline
    byline_reach: float = 3.5
    #: blocks whose tops differ by at most this many body sizes start one row of columns
    row_tolerance: float = 2.5
    #: the page header and footer lie within this share of the page height
    band_share: float = 0.12


DEFAULT = LayoutConfig()
