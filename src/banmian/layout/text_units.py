"""The unit of text-mode layout: a block of the extracted text with one role,
and what that role carries. Its own module so that article assembly
(:mod:`.article_build`) and text layout (:mod:`.text_layout`) both use it
without importing each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from ..model import Block, Byline
from .paragraphs import column_width
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
    _width: float | None = None

    @property
    def width(self) -> float:
        """The unit's column width, kept once measured: stages that rewrite a
        unit's lines do it before any width is read (tests/test_unit_width_fresh.py)."""
        if self._width is None:
            self._width = column_width([self.block.lines])
        return self._width

    def forget_width(self) -> None:
        """Measure the width again at its next read: a stage has rewritten the unit's lines."""
        self._width = None

    # the block's role and lines, for reading; the stages' loops over a page's units read
    # ``unit.block.role`` instead (on CPython 3.11 a property read costs five times that)
    role = property(attrgetter("block.role"), doc="The block's role (a Role).")
    lines = property(attrgetter("block.lines"), doc="The block's lines (a list of str).")
