"""A headline hidden in a body where the column measure turns (text mode).

An extractor that runs two articles' columns into one stream writes the
next article's headline between their texts; where the headline's lines are
as long as the old column's lines (地铁三号线二期完成铺轨 as long as an
indented first line, its subtitle as long as a full line), nothing in their
lengths sets them apart, and the headline reads as the old article's
paragraph. Three things do: the old text ended a sentence; the lines hold no
clause mark (a paragraph's first lines say something: a comma, a full stop);
and the text under them runs wider than the old column's lines (a column
holds no line wider than itself, so another article's columns begin there),
or they are wider than the column under them themselves. Lines with no
clause mark between two articles' texts are the new one's headline."""

from __future__ import annotations

from .opening_titles import CLAUSE_MARK
from .reflow import PULLED_UP, cell_width, ends_sentence
from .roles import BODY, TITLE
from .text_units import Unit
from ..model import Block

#: a headline of this many lines at most (kicker, title wrapped once, subtitle)
_HEADLINE_LINES = 3
#: its lines hold this many characters in all, at least
_HEADLINE_CHARS = 6
#: the old column: this many of its lines over the headline are measured
_OLD_LINES = 6
#: the new column: of this many lines under the headline (its first line may be indented) ...
_NEW_LINES = 5
#: ... this many run at least a cell wider than the old column's full lines
_WIDER_LINES = 2


def headlines_at_measure_turns(units: list[Unit]) -> list[Unit]:
    """``units`` with each body unit that hides a headline at a measure turn cut
    into the old text, the headline (a title unit) and the new text."""
    out: list[Unit] = []
    ended = True  # (the text before the first unit: none to go on)
    for unit in units:
        lines = unit.block.lines
        if unit.block.role == BODY and len(lines) >= _OLD_LINES:
            out.extend(_cut_at_turns(unit, ended))
        else:
            out.append(unit)
        if lines:
            ended = unit.block.role != BODY or ends_sentence(lines[-1].rstrip())
    return out


def _cut_at_turns(unit: Unit, opened: bool) -> list[Unit]:
    """``opened``: the text before the unit ended (its first lines may be a headline's)."""
    lines = unit.block.lines
    widths = _Widths(lines)
    for end in range(-1 if opened else 2, len(lines) - _HEADLINE_LINES):
        if end == 0 or end > 0 and not ends_sentence(lines[end].rstrip()):
            continue  # (most lines: the cheap question first)
        count = _unmarked_lines(lines, end + 1)
        if not count:
            continue
        under = end + 1 + count
        if not _opens_paragraph(lines, widths, under):
            continue  # the text under a headline opens indented; a wrapped sentence runs on full
        if (_wider_than_column(lines, widths, end + 1, under)
                or end > 0 and _wider_text_under(lines, widths, end, under)):
            return _split(unit, end + 1, count)
    return [unit]


class _Widths:
    """The lines' cell widths, measured at the first asking: all at once where the
    unit's text holds no ASCII but spaces and no fixed or no-break space (each line's
    width is then its stripped length less its spaces: :func:`.reflow.cell_width`), else each line when first
    asked for (a unit's lines near a candidate headline are asked, seldom the rest; in
    a plain unit about every fourth line ends a sentence and its candidate measures the
    five lines under it: most of them)."""

    __slots__ = ("_lines", "_known", "_all", "columns")

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._known: dict[int, float] = {}
        #: every line's width, where measured at once (None: not asked yet; False: line by line)
        self._all: list[float] | bool | None = None
        #: :func:`_column_width` at each line asked (asked twice of a candidate)
        self.columns: dict[int, float | None] = {}

    def _measured(self) -> list[float] | bool:
        lines = self._lines
        text = "".join(lines)
        narrow = text.encode("ascii", "ignore")
        if narrow.strip(b" ") or "\u3000" in text or "\xa0" in text:
            self._all = False  # (ASCII other than spaces: a half cell each, measured line by line)
        elif narrow:  # (spaces inside lines, 本报讯 正文: no width)
            self._all = [float(len(line) - line.count(" ")) for line in map(str.strip, lines)]
        else:
            self._all = list(map(float, map(len, map(str.strip, lines))))
        return self._all

    def __getitem__(self, n: int) -> float:
        every = self._all
        if every is None:
            every = self._measured()
        if every is not False:
            return every[n]
        width = self._known.get(n)
        if width is None:
            width = self._known[n] = cell_width(self._lines[n].strip())
        return width

    def span(self, start: int, end: int) -> list[float]:
        every = self._all
        if every is None:
            every = self._measured()
        known, lines = self._known, self._lines
        start, end = max(0, start), min(len(lines), end)
        if every is not False:
            return every[start:end] if start < end else []
        out: list[float] = []
        for n in range(start, end):  # (self[n] inlined: asked on every candidate)
            width = known.get(n)
            if width is None:
                width = known[n] = cell_width(lines[n].strip())
            out.append(width)
        return out


def _unmarked_lines(lines: list[str], start: int) -> int:
    """How many lines from ``start`` on hold no clause mark (a headline's, at
    most three, with a few characters in all); 0 when they are not so."""
    count = chars = 0  # (the lines' characters, spaces aside, counted as they are read)
    while start + count < len(lines) and count <= _HEADLINE_LINES:
        line = lines[start + count].strip()
        if not line or CLAUSE_MARK.search(line):
            break
        count += 1
        chars += len(line.replace(" ", ""))
    if not 1 <= count <= _HEADLINE_LINES:
        return 0
    return count if chars >= _HEADLINE_CHARS else 0


def _wider_text_under(lines: list[str], widths: _Widths, end: int, under: int) -> bool:
    """Does the text from line ``under`` on run wider than the old column, whose
    last line is ``end``? The old column's full width is the middle of its
    lines' widths (a paragraph's short last line and a hanging mark aside);
    the new text needs two lines a cell wider than that, ended by no hanging
    mark, and no line of the old column so wide."""
    old = widths.span(end - _OLD_LINES + 1, end + 1)
    if len(old) < 3:
        return False
    full = sorted(old)[len(old) // 2]
    if any(w >= full + 1 and lines[n].rstrip()[-1:] not in PULLED_UP
           for n, w in zip(range(end - len(old) + 1, end + 1), old)):
        return False  # the old column itself holds lines that wide: no measure to turn from
    wider = sum(1 for n in range(under, min(len(lines), under + _NEW_LINES))
                if widths[n] >= full + 1 and lines[n].rstrip()[-1:] not in PULLED_UP)
    return wider >= _WIDER_LINES


def _column_width(widths: _Widths, under: int) -> float | None:
    """The full width of the column whose paragraph opens at line ``under``:
    the middle width of the lines after it, when most of them hold it (a
    column's lines are of one width; lines of several columns run together
    are not); else None."""
    if under not in widths.columns:
        widths.columns[under] = _measured_column(widths.span(under + 1, under + 1 + _NEW_LINES))
    return widths.columns[under]


def _measured_column(below: list[float]) -> float | None:
    if len(below) < 2:
        return None
    full = sorted(below)[len(below) // 2]
    held = sum(abs(w - full) <= _JUSTIFIED for w in below)
    return full if held * 2 > len(below) else None


#: a column's full lines: this many cells apart at most (a mark squeezed or hung)
_JUSTIFIED = 1.0


def _wider_than_column(lines: list[str], widths: _Widths, start: int, under: int) -> bool:
    """Are lines ``start`` to ``under`` (not included) each a cell wider than
    the column they stand over, ended by no hanging mark? A column holds no
    line wider than itself: they are a headline's, set across its columns."""
    full = _column_width(widths, under)
    return full is not None and all(widths[n] >= full + 1 and lines[n].rstrip()[-1:] not in PULLED_UP
                                    for n in range(start, under))


def _opens_paragraph(lines: list[str], widths: _Widths, under: int) -> bool:
    """Is line ``under`` a paragraph's indented first line: narrower (a hanging
    mark aside) than the full lines under it by an indent, no more? (Text run
    around a photo goes on at the full width where the photo ends; a shorter
    line ends a paragraph.)"""
    full = _column_width(widths, under)
    if full is None:
        return False
    line = lines[under].rstrip()
    core = widths[under] - (1 if line[-1:] in PULLED_UP else 0)
    # (a mark at its end may hang past the indent; a line as wide as the column with it is full)
    return widths[under] < full - 0.5 and full - _INDENT - _INDENT_SLACK <= core <= full - _INDENT + _INDENT_SLACK


#: a paragraph's first line is indented by two cells (give or take a squeezed mark): shorter than
#: that, it is a paragraph's last line
_INDENT = 2.0
_INDENT_SLACK = 1.25


def _split(unit: Unit, start: int, count: int) -> list[Unit]:
    """The body unit cut into the text over line ``start``, the ``count``
    headline lines from it (a title unit) and the text under them, that text
    looked at again for a turn of its own."""
    block = unit.block
    first = block.line_start

    def part(a: int, b: int, role) -> Unit:
        return Unit(Block(block.lines[a:b], role, page=block.page,
                          line_start=first + a if first is not None else None, bbox=block.bbox,
                          font_size=block.font_size))

    end = start + count
    rest = part(end, len(block.lines), BODY)
    tail = _cut_at_turns(rest, False) if len(rest.block.lines) >= _OLD_LINES else [rest]
    head = [part(0, start, BODY)] if start else []
    return [*head, part(start, end, TITLE), *tail]


__all__ = ["headlines_at_measure_turns"]
