"""A column line an extractor split at a gap inside it, joined again.

PyMuPDF's ``get_text()`` (and its blocks) starts a new line where the text
layer leaves a gap inside a printed line: before an opening quote or
bracket set on the same baseline (``音乐，`` / ``“南海舶”`` / ``“西域舶”和…``),
or at the space inside a quoted title (``发表题为《携手共建家园`` / ``共享发展机遇》的``).
Read as they are, the pieces are short unfinished lines in the middle of a
paragraph: they look like headline lines, and a line stream cut there opens
a headline that swallows the column under it.

A sentence runs on through its paragraph's lines, so a piece that stands
after an unfinished line, ends no sentence itself and, with the next piece,
fits in one line of its column, where that next piece opens with a quote or
bracket or closes the one the first left open, is one printed line with it.
A headline is not taken for such a piece: it stands after a text's end (a
sentence, a closing note), and a paragraph's first line is as wide as the
column less its indent, too wide to be the rest of a line.
"""

from __future__ import annotations

import re

from .text_fragments import _CLOSING, _ENDS, _OPENING, near_top, width

#: lines either side whose widths tell the column's width at a line
_WINDOW = 12
#: a column is between these widths (em); a headline zone's lines are no column
_NARROWEST, _WIDEST = 8.0, 40.0
#: the two pieces may overrun the column by a mark hanging past it
_OVER = 1.0
#: the first piece is at least this much under the column (no full line)
_FULL_SLACK = 1.25
#: a justified line of a real page may fall this much short of its column (an indented first line more)
_LOOSE = 2.5
#: marks a column line may be cut at inside its sentence
_CLAUSE = "，、；：,;:"
#: an opening quote or bracket (a piece that leaves one open may be split before the rest)
_OPENER = re.compile("[《“（(]")
#: a space between two CJK characters: a padded name (万 刚) or a headline's phrase gap
_PADDED = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")


def _ends_text(line: str) -> bool:
    """Does the line end a sentence or a note in brackets (……。 / ……。” / （作者为…）)?"""
    if line[-1] in "）)":
        return True
    text = line.rstrip(_CLOSING)
    return not text or text[-1] in _ENDS


def _opened(text: str) -> int:
    """Quotes and brackets ``text`` opens and leaves open."""
    return sum(map(text.count, _OPENING)) - sum(map(text.count, _CLOSING))


def _closes_open_bracket(first: str, second: str) -> bool:
    """Did ``first`` leave a quote or bracket open that ``second`` closes, and
    does ``second`` go on after it (共促全球发展》的)? A line that only closes
    the bracket (……（权威发 / 布）) is a wrapped headline's or note's tail."""
    return _opened(first) > 0 and any(mark in second[:-1] for mark in _CLOSING)


def _column_at(lines: list[str], i: int, cache: dict[int, float]) -> float:
    """The column's width at line ``i``: the lines around it, near their widest
    (measured only where a split is suspected: most pages have few)."""
    around = range(max(0, i - _WINDOW), min(len(lines), i + _WINDOW + 1))
    return near_top(sorted(_width(lines, n, cache) for n in around))


def _width(lines: list[str], n: int, cache: dict[int, float]) -> float:
    """Line ``n``'s width, measured once."""
    if n not in cache:
        cache[n] = width(lines[n])
    return cache[n]


#: a line that opens with a quote or bracket (a piece split before it may join the line above)
_OPENS_LINE = re.compile("(?m)^[" + re.escape(_OPENING) + "]")
#: the closing marks a piece that closes the bracket the line above left open holds
_CLOSES_PIECE = ("》", "”", "）", ")")


def rejoin_split_lines(lines: list[str]) -> list[str]:
    """The lines with every printed line split at a gap inside it joined again
    (blank lines stay: they part blocks)."""
    # (a piece joins only where it opens with a quote or bracket or holds a closing one: asked of the
    # page's text at once, in C, each mark by a substring search (faster than a pattern of them all),
    # a line's opening one by a pattern only where the text holds one; a page with neither is as it came)
    page = "\n".join(lines)
    if not any(mark in page for mark in _CLOSES_PIECE) and (
            not any(mark in page for mark in _OPENING) or _OPENS_LINE.search(page) is None):
        return list(lines)
    widths: dict[int, float] = {}
    out: list[str] = []
    for i, line in enumerate(lines):
        if len(out) >= 2 and line and out[-1] and out[-2]:
            first = out[-1]
            # (cheap tests first: the piece after opens with a mark, or the first leaves one open)
            # (a paragraph may open with a run-in lead sentence: 经常性。 / “……”，意味着)
            if (line[0] in _OPENING or (("》" in line or "”" in line or "）" in line or ")" in line)
                                        and _OPENER.search(first) is not None)) \
                    and (not _ends_text(first) or first[-1] in _ENDS and _ends_text(out[-2])) \
                    and (line[0] in _OPENING or _closes_open_bracket(first, line)) \
                    and not (line[0] in "（(" and line[-1] in "）)") and not _PADDED.search(first):
                # (a note in brackets, （上接第2版）, stands alone; so does a padded name, 万 刚, or a
                # headline's phrases a space apart)
                if _ends_text(out[-2]):
                    joins = _opening_pieces(lines, i, width(first), widths)
                else:
                    joins = _inner_pieces(lines, i, out[-2], first, widths)
                if joins:
                    out[-1] = first + line
                    continue
        out.append(line)
    return out


def _inner_pieces(lines: list[str], i: int, above: str, first: str, widths: dict[int, float]) -> bool:
    """Inside a paragraph (``above``, the line over the first piece, a column
    line that went on: about full, or cut at a clause mark): do the piece so far
    (``first``) and line ``i`` fit in one line of the column? The piece so far
    runs a sentence on: it ends at a mark, leaves a bracket open or fills half
    the line. (A name alone over a quoted title, 董颖波 / “……”, or a name set a
    character a line over a paragraph, is no piece of a column line.)"""
    column = _column_at(lines, i, widths)
    before, after = width(first), _width(lines, i, widths)
    if not (_NARROWEST <= column <= _WIDEST and before < column - _FULL_SLACK and after < column - _FULL_SLACK
            and before + after <= column + _OVER):
        return False
    if first[-1] in "：:" and (_ends_text(lines[i]) or lines[i][-1] in "：:"):
        return False  # ……回信全文如 / 下： / “某某”全体战士：: a salutation or a quoted line stands alone
    if abs(after - (column - 2)) <= _FULL_SLACK:
        return False  # ……正“吵”得热火朝 / 天： / “养殖园……: line i is the next paragraph's first line
    runs_on = first[-1] in _CLAUSE or first[-1] in _CLOSING or _opened(first) > 0 or before >= column / 2
    return (runs_on and (above[-1] in _CLAUSE or width(above) >= column - 2 - _LOOSE)
            and _column_goes_on(lines, i, first + lines[i], column, widths))


def _column_goes_on(lines: list[str], i: int, joined: str, column: float, widths: dict[int, float]) -> bool:
    """Does the column go on under the line the pieces make (``joined``, up to
    line ``i``): a line about full or ending the paragraph, another piece, or the
    rest of a bracket the pieces left open? A wrapped headline's short lines
    (……奔小康 / （解 / 读中央纪委……) go on in none of these ways."""
    n = i + 1
    if n >= len(lines) or not lines[n]:
        return False
    below = lines[n]
    return (_width(lines, n, widths) >= column - _LOOSE or below.rstrip(_CLOSING)[-1:] in _ENDS or below[0] in _OPENING
            or _closes_open_bracket(joined, below))


def _opening_pieces(lines: list[str], i: int, before: float, widths: dict[int, float]) -> bool:
    """After a text's end, the piece so far (``before`` cells) opens a paragraph:
    do it and line ``i`` fit in its indented first line, line ``i`` ending no
    sentence, and the paragraph goes on under them (a full line, or another piece
    of the same first line)? A headline over a paragraph opening with a quote
    has that paragraph's first line, as wide as the indented column, under it."""
    column = _column_at(lines, i, widths)
    room = column - 2 + _OVER
    joined = before + _width(lines, i, widths)
    if not _NARROWEST <= column <= _WIDEST or joined > room or _ends_text(lines[i]):
        return False
    n = i + 1
    if n >= len(lines) or not lines[n]:
        return False
    # a justified line of a real page may be a cell or two short: so the line under pieces that
    # read as running text (a run-in lead's 。 before them, a clause mark inside)
    prose = lines[i - 1][-1] in _ENDS or any(mark in lines[i][:-1] for mark in _CLAUSE)
    full = column - (_LOOSE if prose else _FULL_SLACK)
    below = _width(lines, n, widths)
    return below >= full or (lines[n][0] in _OPENING and joined + below <= room)
