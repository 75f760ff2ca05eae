"""A paragraph set wider than the columns around it (a sidebar's text in its
frame, a lead across two columns): in a line stream its lines stand apart
as headline candidates, one a unit. Their clause marks and the full stop
that closes them say they are text: a headline holds a comma or two and
never ends with 。."""

from __future__ import annotations

from .roles import BODY, TITLE
from .text_units import Unit

#: marks inside running text; a headline's lines hold a comma or two at most
_CLAUSE_MARKS = "，、；"
#: this many clause marks in a run of lines closed by 。 make it a paragraph
_MIN_CLAUSES = 3
#: what may close a sentence after its full stop
_CLOSERS = "”’）」』》"
_LAST_MARKS = frozenset("。" + _CLOSERS + " ")
#: a paragraph set wide runs over this many lines at most (a sidebar's, a lead's)
_MAX_LINES = 12


def _clauses(unit: Unit) -> int:
    return sum(line.count(mark) for line in unit.block.lines for mark in _CLAUSE_MARKS)


def _line_apart(unit: Unit) -> bool:
    """A headline candidate of one line: the stream cut it apart from the
    lines around it (too wide for their column)."""
    return unit.block.role == TITLE and len(unit.block.lines) == 1


def mark_wide_paragraphs(units: list[Unit], candidates: list[int]) -> None:
    """One-line headline candidates in a row, each holding a clause mark, the
    last ending with 。, three clause marks or more in all: one paragraph set
    wide, body text (the line above them with no clause mark, a title, stays
    one). ``candidates``: the units whose role was told from their shape."""
    for i in candidates:
        unit = units[i]
        if not unit.block.lines or unit.block.lines[-1][-1:] not in _LAST_MARKS or unit.block.role != TITLE \
                or not unit.block.lines[-1].rstrip().rstrip(_CLOSERS).endswith("。"):
            continue  # (the line's last mark first: most units end otherwise)
        start = i
        while start > max(0, i - _MAX_LINES) and _line_apart(units[start - 1]) and _clauses(units[start - 1]):
            start -= 1
        run = units[start:i + 1]
        if len(run) >= 2 and _line_apart(unit) and sum(map(_clauses, run)) >= _MIN_CLAUSES \
                and not run[0].lines[0].lstrip().startswith("—"):
            for u in run:
                u.block.role = BODY
