"""The unit of text-mode layout: a block of the extracted text with one role,
and what that role carries. Its own module so that article assembly
(:mod:`.article_build`) and text layout (:mod:`.text_layout`) both use it
without importing each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Block, Byline, Role
from .paragraphs import _commonest_long, column_width
from .reflow import cell_width
from .rules import ContinuationNote


@dataclass(slots=True)
class Unit:
    """A block with one role, and what its role carries."""

    block: Block
    bylines: list[Byline] = field(default_factory=list)
    #: a bracketed byline that closes an article: （本报记者 张三）
    closing: bool = False
    note: ContinuationNote | None = None
    credit: str | None = None
    #: laid out one paragraph a line: each line is a paragraph of its own
    paragraph_lines: bool = False
    #: cells of the first line that a title run in before the text took (a brief's lead phrase):
    #: the line was that much wider as set, so its shortness ends no paragraph
    lead: float = 0.0
    #: one paragraph set wider than its article's columns (an editor's note, a link box's text)
    set_wide: bool = False
    #: a page's banner between two texts (:mod:`.silent_banners`): it ends the text over it and heads nothing
    banner: bool = False
    #: a title drawn right under a headline that closes the text over it (:mod:`.closing_headline_words`):
    #: it opens a headline group of its own
    opens_group: bool = False
    _width: float | None = None
    #: the lines (a copy) the width was measured from, and the widths of all but their last
    _measured_lines: list[str] | None = None
    _inner_widths: list[float] | None = None

    @property
    def width(self) -> float:
        """The unit's column width, kept once measured: stages that rewrite a
        unit's lines do it before any width is read (tests/test_unit_width_fresh.py)."""
        if self._width is None:
            lines = self.block.lines
            if len(lines) > 2:  # (:func:`column_width` of one block, its lines' widths kept for line_widths)
                inner = _widths(lines[:-1])
                self._width = _commonest_long(sorted(inner))  # (:func:`common_width` of the one block)
                self._measured_lines, self._inner_widths = lines[:], inner
            else:
                self._width = column_width([lines])
        return self._width

    def line_widths(self) -> list[float]:
        """Each line's :func:`cell_width`, a new list: those measured for the width
        are taken again where the lines are still the ones measured (compared
        string by string: a stage may have rewritten them since)."""
        lines = self.block.lines
        inner = self.measured_inner_widths()
        if inner is not None:
            return [*inner, cell_width(lines[-1])]
        return _widths(lines)

    def measured_inner_widths(self) -> list[float] | None:
        """The widths of all lines but the last that :attr:`width` was measured from, where
        the lines are still those (None where they were rewritten or measured otherwise)."""
        if self._measured_lines is not None and self._measured_lines == self.block.lines:
            return self._inner_widths
        return None

    def forget_width(self) -> None:
        """Measure the width again at its next read: a stage has rewritten the unit's lines."""
        self._width = None
        self._measured_lines = self._inner_widths = None

    # the block's role and lines, for reading; the stages' loops over a page's units read
    # ``unit.block.role`` instead (on CPython 3.11 a property read costs five times that)
    role = property(attrgetter("block.role"), doc="The block's role (a Role).")
    lines = property(attrgetter("block.lines"), doc="The block's lines (a list of str).")


def _widths(lines: list[str]) -> list[float]:
    """Each line's :func:`cell_width`: where the lines hold no ASCII character but
    spaces, and no U+3000 or U+00A0 (most bodies' lines, asked of all of them at
    once, in C), each is as wide as it is long, its spaces aside."""
    text = "".join(lines)
    narrow = text.encode("ascii", "ignore")
    if "\u3000" in text or "\xa0" in text or narrow.count(b" ") != len(narrow):
        return list(map(cell_width, lines))
    if not narrow:
        return list(map(float, map(len, lines)))
    return [float(len(line) - line.count(" ")) for line in lines]


def unit_of_lines(lines: list[str], role: Role, src: Block, offset: int) -> Unit:
    """A unit of ``lines``, cut from ``src`` from its line ``offset`` on: a new
    block with ``role`` that keeps where ``src`` came from (its page, line number,
    box, size and whether it was set vertically)."""
    start = src.line_start + offset if src.line_start is not None else None
    return Unit(Block(list(lines), role, page=src.page, line_start=start, bbox=src.bbox, font_size=src.font_size,
                      vertical=src.vertical))
