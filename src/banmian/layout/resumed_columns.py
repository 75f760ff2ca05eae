"""Put a column's text back together where an extractor set something between.

poppler's plain ``pdftotext`` reads a page in flows of its own: a column's
run of lines is a block, and the block after it may be another article's
headline or column standing beside it, before the first column goes on in a
block further down (``……青壮劳力大多去`` / another article / ``了珠三角。……``).
Read in that order, the sentence cut at the column's foot ends an article
there and its rest opens a headless one.

What text alone keeps tells the pieces apart: a column's lines are of one
width (an article sets all its columns alike), a piece that goes on from
another opens with a line as wide as its column (a paragraph's first line
is two cells short: the indent), and the piece it goes on from ends in a
full line or a sentence left open. Each piece that so goes on is paired
with the piece it goes on from: one where the page spells the two
characters either side of the break together elsewhere, else the only open
piece of its width a few blocks up (where two could be, it stays as given),
and is moved to stand right after it. Blocks of fewer than four lines
(headlines, names, one-line blocks of a loose leading) and captions are
never moved; nor is a piece under a block it may go on from, unless that
block goes on elsewhere.
"""

from __future__ import annotations

import re

from ..model import Block
from .reflow import cell_width, core_width, ends_sentence
from .roles import FOOTER, HEADER

#: lines a block needs for its column width to tell (headlines, names, notes hold fewer)
_MIN_LINES = 4
#: two pieces are of one column when their widths differ by this much at most (cells)
_SAME_COLUMN = 1.0
#: a line this much narrower than its column at most is full (justified lines vary a little)
_FULL = 1.0
#: a line that opens a column's piece is this much narrower than its column at most (an ASCII run's
#: half cells; a paragraph's indented first line, a cell or two short, opens no piece that goes on)
_ALIGNED = 0.0
#: a paragraph's first line is narrower than its column by this much at least (the indent, less slack)
_INDENT = 1.5
#: blocks looked back over for the piece a column goes on from (an interruption is a few blocks)
_LOOK_BACK = 12
#: a column is this wide at least (cells; narrower: text set vertically, a glyph a line)
_MIN_WIDTH = 6
#: lines a piece holds at least to go on with no spelling across its break (a column's rest under
#: an interruption; a few lines may be a box's or a paragraph's of their own)
_UNSPELLED_LINES = 6
#: share of a piece's inner lines that hold its column's width, at least
_SAME_WIDTH_SHARE = 0.2
#: commas and full stops a column's piece holds at least (headlines hold few or none)
_PROSE_MARKS = 2


def _column_width(block: Block) -> float | None:
    """The width the block's full inner lines hold, or None for a short block or no prose."""
    lines = [line.strip() for line in block.lines]
    if len(lines) < _MIN_LINES or block.role in (HEADER, FOOTER):
        return None
    inner = sorted(core_width(line) for line in lines[1:-1] if line)
    if not inner or sum(line.count("，") + line.count("。") for line in lines) < _PROSE_MARKS:
        return None  # (a headline wrapped over lines, names set a glyph a line: no prose)
    if lines[0].startswith("图") or any(_CREDIT.search(line) for line in lines[-2:]):
        return None  # a photo's caption, set to its own measure
    width = inner[3 * len(inner) // 4]  # (short lines: paragraphs' ends, first lines, a word moved down)
    if width < _MIN_WIDTH or sum(abs(w - width) <= _ALIGNED + 0.5 for w in inner) < _SAME_WIDTH_SHARE * len(inner):
        return None  # (lines of many widths: a real font's squeezed marks, where a cell or two tells nothing)
    return width


def _left_open(block: Block, width: float) -> bool:
    """Does the block end in a full line (a paragraph may go on past it) or in
    a paragraph's first line that ends no sentence (a short line ending none
    closes a paragraph: a bracket of names, a label)?"""
    lines = [line.strip() for line in block.lines]
    last = lines[-1]
    if not last or last.startswith(("（", "(")) and last.endswith(("）", ")")) or _credit(last):
        return False
    if ends_sentence(last):
        return False
    if core_width(last) >= width - _FULL:
        return True
    return core_width(last) >= width - _INDENT - 1 and len(lines) > 1 and ends_sentence(lines[-2])


def _credit(line: str) -> bool:
    """A photo's credit closes a caption: no column goes on from it."""
    return _CREDIT.search(line) is not None


#: a photo's credit at a line's end, its name set apart or alone on the line (本报记者 张三摄,
#: 张三 摄（新华社发）, 张三/摄), never a word of the text (……前来拍摄)
_CREDIT = re.compile(r"(?:^|[\s/])[^\s，。、；：/]{0,8}\s?/?摄(?:[（(][^（）()]{1,8}[）)])?$")


def _may_be_resumed(block: Block) -> bool:
    """What needs no width: the block opens with a line of text that opens no
    article (本报…, ■ 记者…) and does not end on a photo's credit. Asked
    before its width is measured: most bodies' blocks open an article."""
    first = block.lines[0].strip()
    return bool(first) and not _opens_article(first) and not _credit(block.lines[-1].strip())


def _goes_on(block: Block, width: float) -> bool:
    """Does the block (:func:`_may_be_resumed`) open with a line as wide as its
    column (no paragraph's indented first line, no headline wider or narrower
    than its column)? A line is a cell short where the next opens with a
    quote or bracket, or an ASCII run, moved down off its end."""
    lines = block.lines
    first = lines[0].strip()
    opening = lines[1].strip()[:1]
    short = _FULL if opening and (opening in _MOVED_DOWN or opening.isascii()) else _ALIGNED
    return width - short <= core_width(first) <= width + _FULL


#: what typesetting moves down off a line's end (an opening quote, bracket or title mark)
_MOVED_DOWN = frozenset("“‘《（(【「『〔")


def _opens_article(line: str) -> bool:
    return line.startswith(("本报", "新华社", "■", "◎", "（上接", "(上接"))


def resume_interrupted_columns(blocks: list[Block]) -> list[Block]:
    """The blocks, each piece of a column that goes on from an earlier piece
    (something else standing between) moved to right after that piece."""
    heads = _heads(blocks)
    if all(head == n - 1 for n, head in heads.items()):
        return blocks
    count = len(blocks)
    # the order as a linked list (index count: the head and the tail), so a move costs no scan
    after = list(range(1, count + 1)) + [0]
    before = [count] + list(range(count))
    for j, head in sorted(heads.items()):
        if before[j] == head:
            continue
        after[before[j]], before[after[j]] = after[j], before[j]  # take it out
        after[j], before[j] = after[head], head
        before[after[head]] = j
        after[head] = j
    out, k = [], after[count]
    while k != count:
        out.append(blocks[k])
        k = after[k]
    return out


def _heads(blocks: list[Block]) -> dict[int, int]:
    """For each piece that goes on, the piece it goes on from. Where the page
    spells the two characters either side of a break together elsewhere,
    that piece first; else the one piece left open of its width (the piece
    right before it among them, if it may go on), where there is one only.
    A piece goes on from one at most."""
    widths = _Widths(blocks)
    options: dict[int, list[int]] = {}
    for j, block in enumerate(blocks):
        if not _may_open_piece(block) or not _may_be_resumed(block):
            continue
        width = widths[j]
        if width is None or not _goes_on(block, width):
            continue
        stays = j > 0 and _may_go_on(blocks[j - 1], width)
        options[j] = ([j - 1] if stays else []) + [
            k for k in range(j - 1 - stays, max(-1, j - 1 - _LOOK_BACK), -1) if _continues(blocks, widths, k, width)]
    if not options:
        return {}
    acrosses = {j: [(k, _across(blocks[k], blocks[j])) for k in candidates] for j, candidates in options.items()}
    # (a break's two characters are never white space: a few are looked for in the page's lines, run
    # together apart by line breaks, in C; many, the page's pairs are gathered once)
    wanted = {across for pairs in acrosses.values() for _, across in pairs if len(across) == 2}
    if len(wanted) > _FEW_BREAKS:
        found = wanted & _page_pairs(blocks)
    else:
        page = "\n".join([line.replace(" ", "") for block in blocks for line in block.lines])
        found = {across for across in wanted if across in page}
    heads: dict[int, int] = {}
    taken: set[int] = set()
    spelled = {j: [k for k, across in pairs if across in found] for j, pairs in acrosses.items()}
    for careful in (True, False):
        # first where the piece right before may not go on (or is the one spelled), then, the pieces
        # before taken by others, where it may
        for j, candidates in options.items():
            if j in heads:
                continue
            head = next((k for k in spelled[j] if k not in taken), None)
            if head is None:
                continue
            if head != j - 1 and candidates[:1] == [j - 1] and (careful or j - 1 not in taken):
                continue  # the piece right before may go on too: the page's spelling is no proof against it
            heads[j] = head
            taken.add(head)
    for j, candidates in options.items():
        free = [k for k in candidates if k not in taken]
        if j not in heads and len(free) == 1 and len(blocks[j].lines) >= _UNSPELLED_LINES:
            # (two pieces left open it may go on from: left as it stands; a short piece, a box's or a
            # paragraph's, goes on only where the page spells its break)
            heads[j] = free[0]
            taken.add(free[0])
    return heads


def _across(head: Block, piece: Block) -> str:
    """The two characters either side of the break between ``head`` and ``piece``."""
    return head.lines[-1].strip()[-1:] + piece.lines[0].strip()[:1]


#: up to this many breaks' pairs are each looked for in the page's text
_FEW_BREAKS = 32


def _page_pairs(blocks: list[Block]) -> set[str]:
    """Every two characters the page sets side by side inside a line."""
    pairs: set[str] = set()
    for block in blocks:
        for line in block.lines:
            line = line.replace(" ", "")  # (letter-spaced lines: 领 导)
            pairs.update(map(str.__add__, line, line[1:]))
    return pairs


def _may_go_on(block: Block, width: float) -> bool:
    """Might a column ``width`` wide go on from the block (its last line as
    wide as the column, an unfinished line as wide as a paragraph's first
    line, or an unfinished clause set to a narrower measure)? Then a piece
    right under it may be left where it stands."""
    last = block.lines[-1].strip()
    if len(block.lines) == 1 and ends_sentence(last) and not any(mark in last for mark in "，、；：（("):
        return True  # a paragraph's run-in lead set apart (发挥村集体的带头作用。), its text under it
    if not last or _credit(last) or ends_sentence(last) and cell_width(last) < width - _FULL:
        return False
    return cell_width(last) >= width - _INDENT - 2 or any(mark in last for mark in "，、；")


class _Widths:
    """Each block's column width (:func:`_column_width`), measured when first asked."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks, self._known = blocks, {}

    def __getitem__(self, k: int) -> float | None:
        if k not in self._known:
            self._known[k] = _column_width(self._blocks[k])
        return self._known[k]


def _may_open_piece(block: Block) -> bool:
    """A cheap look before measuring: four lines at least, the first no
    narrower than the second by a paragraph's indent."""
    lines = block.lines
    return len(lines) >= _MIN_LINES and cell_width(lines[0]) > cell_width(lines[1]) - _INDENT - 0.5


def _continues(blocks: list[Block], widths: _Widths, k: int, width: float) -> bool:
    """Is block ``k`` a piece of a column ``width`` wide left open at its foot?"""
    own = widths[k]
    return own is not None and abs(own - width) <= _SAME_COLUMN and _left_open(blocks[k], own)


__all__ = ["resume_interrupted_columns"]
