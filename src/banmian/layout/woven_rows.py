"""Read a body drawn row by row across its columns down its columns again.

Some pages draw an article's body a row at a time: the first line of each of
its columns, then the second line of each, and so on. An extractor that keeps
the drawing order (PyMuPDF's ``get_text()`` and blocks, ``pdftotext -raw``,
which runs a row's pieces into one line with a space between) then gives the
columns' lines alternately, and every sentence is cut by the other columns'
lines. Which column a line belongs to is told here by the shape of the lines
alone, not their words: in a justified column a paragraph's last line ends a
sentence and falls short, and the next line of its column is indented two
cells; an unfinished full line goes on at full width. Read in the order given,
a woven body breaks that rule at nearly every paragraph's end (a short last
line followed by another column's full line, an unfinished full line followed
by another column's indented opening); read every ``k``-th line it keeps it.
A run where the ``k``-th reading keeps the rule far better than the order
given, over several paragraphs' ends (long paragraphs: breaks that go on as
the page spells the two characters either side count too), is rebuilt column
by column; nothing else is touched. Its first row gives each column's first
line in turn; after its last whole row, columns that ran out drop from the
rows (:func:`_tail`). A row ``pdftotext -raw`` ran together is cut at the
spaces that part column-wide pieces, one PyMuPDF ran together at a mark hung
into the gutter. Pages read across as a whole (one-line blocks, which
:mod:`.stream_unweave` reads down; pdfplumber's rows) are left as they are.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import combinations
from operator import add

from .reflow import cell_width, ends_sentence, lines_ending_sentences
from .rules import is_continuation_line
from .stream_unweave import unweave_columns
from .woven_row_cuts import FULL_SLACK as _FULL_SLACK
from .woven_row_cuts import INDENT_SLACK as _INDENT_SLACK
from .woven_row_cuts import MIN_WIDTH as _MIN_WIDTH
from .woven_row_cuts import core as _core
from .woven_row_cuts import row_left_whole as _row_left_whole
from .woven_row_cuts import split_rows as _split_rows

#: a page's text holds at most this many lines to be asked (newspaper pages: 1,000-3,000)
_MAX_LINES = 6000
#: lines a page needs for a woven body to be looked for
_MIN_LINES = 12
#: columns a body may be woven from (a broadsheet page's columns: an article across six to eight
#: of them is woven as a two-column one is)
_MAX_COLUMNS = 8
#: lines either side of a line that give its column width (the commonest width among them)
_WINDOW = 8
#: a body's first line may fall this short (a run-in dateline, a drop cap's room)
_FIRST_SLACK = 4.5
#: a line wider than its column by more than this is no line of it (a headline across columns)
_OVERFLOW = 2.5
#: the lines opening a page's text that no run takes (the header, where it is drawn first)
_HEAD_LINES = 4
#: marks inside a line that tell text from a headline
_TEXT_MARKS = "，、；：（“ "
#: rows a run reaches back before its first line that keeps the columns' rule
_BACK_ROWS = 4
#: rows a run holds at least
_MIN_ROWS = 3
#: breaks a run's reading must see kept (a paragraph's end, a break the page spells) at least
_MIN_EVIDENCE = 3
#: pieces a page's rows are cut into beyond its lines, as a share of them, where the whole
#: page was read across its columns (a woven body is a few of its rows)
_ACROSS_SHARE = 0.6
#: breaks the run's reading keeps, at least, for each the order given breaks (woven bodies: one
#: and more, a paragraph's end kept for two broken and the page's spelled breaks on top)
_KEPT_SHARE = 0.6
#: a page is asked for woven bodies where it holds this many paragraphs' ends followed by a line
#: as long as those around it, or rows run together, at least (most pages: none or one)
_MAY_BE_WOVEN = 2
#: the marks a paragraph's last line ends in, for that cheapest count
_ENDS_CHEAP = frozenset("。！？”」")
#: how much better (good minus bad breaks) the ``k``-th reading must keep the columns' rule
_MIN_GAIN = 6
#: the ``k``-th reading may break the rule at most this share of the times the order given does
_BAD_SHARE = 0.25


#: a line's class as the upper of a break: no column's; a short line ending a sentence (a
#: paragraph's last); a full line ending one; a full unfinished line; a short unfinished one
_NONE, _LAST, _FULL_END, _FULL_OPEN, _SHORT_OPEN = range(5)
#: ... and as the lower: full; indented (two cells short, unfinished); short, ending a sentence;
#: short, unfinished (a headline's)
_B_FULL, _B_INDENT, _B_END, _B_SHORT = range(4)
#: the break's score for each upper and lower class (see :meth:`_Shapes.cost`)
_COST = {_LAST: (-1, 1, 0, 0), _FULL_OPEN: (0, -1, 0, -1)}
_NO_COST = (0, 0, 0, 0)


class _Shapes:
    """Each line's core width, its column's width around it, whether it ends a
    sentence, and its classes as the upper and the lower line of a break (measured
    against its own column's width, computed once: the breaks are weighed for
    every reading)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        cells = list(map(cell_width, texts))
        self.core = [_core(t, c) for t, c in zip(texts, cells)]
        self.ends = lines_ending_sentences(texts)
        self.ascii = [len(t.encode("ascii", "ignore")) for t in texts]
        self.width = self._local_widths(list(map(round, cells)))  # (a column's lines fill it, marks and all)
        self.gap = [w - c - 0.1 * a for w, c, a in zip(self.width, self.core, self.ascii)]
        # each line's class as the upper line of a break (a body line's: full or short, ending a
        # sentence or not) and as the lower (full; short ending a sentence; indented; short)
        self.upper = [_NONE if w < _MIN_WIDTH else (_FULL_END if g <= _FULL_SLACK else _LAST) if e
                      else (_FULL_OPEN if g <= _FULL_SLACK else _SHORT_OPEN)
                      for w, g, e in zip(self.width, self.gap, self.ends)]
        self.lower = [_B_FULL if g <= _FULL_SLACK else _B_END if e else _B_INDENT if g <= _INDENT_SLACK else _B_SHORT
                      for g, e in zip(self.gap, self.ends)]
        self.last = [t[-1:] for t in texts]
        self.first = [t[:1] for t in texts]
        # (per line, for :meth:`scores`: its row of costs as the upper line, whether it is a full
        # unfinished line, and whether it is a body line a break may go on in)
        self.rows = [_COST.get(u, _NO_COST) for u in self.upper]
        self.goes_on = [u == _FULL_OPEN for u in self.upper]
        self.takes = [low != _B_SHORT and g >= -_FULL_SLACK for low, g in zip(self.lower, self.gap)]

    def _local_widths(self, rounded: list[int]) -> list[float]:
        counts: Counter[int] = Counter()
        n = len(rounded)
        for j in range(min(n, _WINDOW + 1)):
            counts[rounded[j]] += 1
        out: list[float] = []
        for i in range(n):
            wide = [(count, w) for w, count in counts.items() if w >= _MIN_WIDTH]
            out.append(float(max(wide)[1]) if wide else 0.0)
            add, drop = i + _WINDOW + 1, i - _WINDOW
            if add < n:
                counts[rounded[add]] += 1
            if drop >= 0:
                counts[rounded[drop]] -= 1
                if not counts[rounded[drop]]:
                    del counts[rounded[drop]]
        return out

    def short_by(self, k: int, width: float) -> float:
        """How many cells line ``k`` falls short of ``width`` (digits and Latin given their slack)."""
        return width - self.core[k] - 0.1 * self.ascii[k]

    def cost(self, a: int, b: int) -> int:
        """+1 where line ``b`` under line ``a`` keeps a column's rule at a paragraph's end
        (a short last line, then an indented opening), -1 where it breaks it (a short last
        line, then a full line; an unfinished full line, then an indented opening or a
        short unfinished line), else 0 (and 0 between lines of columns of other widths)."""
        if self.width[b] < _MIN_WIDTH or abs(self.width[a] - self.width[b]) > 1:
            return 0
        return _COST.get(self.upper[a], _NO_COST)[self.lower[b]]

    def scores(self, k: int, pairs: set[str] | None) -> list[int]:
        """:meth:`cost` of every break read ``k`` lines apart (0 for the first ``k``), +1
        where a full unfinished line goes on in a body line as the page spells the break
        (every such break where ``pairs`` is None: the most the reading may score)."""
        width = self.width
        out = [0] * min(k, len(width))
        append = out.append
        for wa, wb, row, lower, goes_on, takes, last, first in zip(
                width, width[k:], self.rows, self.lower[k:], self.goes_on, self.takes[k:], self.last, self.first[k:]):
            if wb < _MIN_WIDTH or wa - wb > 1 or wb - wa > 1:
                append(0)
            elif row[lower] or not (goes_on and takes):
                append(row[lower])
            else:
                append(1 if pairs is None or last + first in pairs else 0)
        return out

    def body_like(self, k: int, width: float, slack: float = _INDENT_SLACK) -> bool:
        """A line of a column ``width`` wide: about as wide (``slack`` cells short at
        most), or ending a sentence no wider (a headline across columns is wider)."""
        short = self.short_by(k, width)
        return short >= -_FULL_SLACK and (self.ends[k] or short <= slack)


def _runs(shapes: _Shapes) -> tuple[list[tuple[int, int, int]], set[str]]:
    """The woven runs (start, end, columns): where reading every ``k``-th line keeps the
    columns' rule far better than the order given (the best stretch for each ``k``), and
    the page's pairs (:func:`_page_pairs`; empty where no run is found). Long paragraphs
    have few ends: a full line's break that goes on as the page spells the two characters
    either side counts for the reading too. The pairs are gathered only where a reading
    could gain enough with every such break counted for it and none for the order given
    (most pages hold no woven body, and the pairs cost more than all the readings)."""
    n = len(shapes.texts)
    # no run goes past a headline: a line wider than its column, or two lines in a row that
    # are no body lines (a subheading in a woven body is one line between other columns' lines)
    body = [shapes.width[i] >= _MIN_WIDTH and shapes.body_like(i, shapes.width[i]) for i in range(n)]
    barrier = [shapes.short_by(i, shapes.width[i]) < -_OVERFLOW or (not body[i] and i > 0 and not body[i - 1])
               for i in range(n)]
    given = shapes.scores(1, set())
    ks = [k for k in range(2, _MAX_COLUMNS + 1) if _stretches(given, shapes.scores(k, None), barrier, k)]
    if not ks:
        return [], set()
    spelled = _spelled(shapes, ks)
    given = shapes.scores(1, spelled)
    found: list[tuple[int, int, int, int]] = []
    reads: dict[int, list[int]] = {}
    for k in ks:
        read = reads[k] = shapes.scores(k, spelled)
        found.extend(_stretches(given, read, barrier, k))
    chosen: list[tuple[int, int, int]] = []
    for score, s, e, k in sorted(found, reverse=True):
        while e > s and not body[e]:
            e -= 1  # (the headline after the run: a short line ends a paragraph's evidence as well)
        if e - s + 1 < (_MIN_ROWS - 1) * k or any(s <= e2 and s2 <= e for s2, e2, _ in chosen):
            continue
        read = reads[k]
        bad_k = sum(read[i] < 0 for i in range(s, e + 1))
        bad_1 = sum(given[i] < 0 for i in range(s, e + 1))
        kept = sum(read[i] > 0 for i in range(s, e + 1))
        if bad_k > _BAD_SHARE * bad_1 or kept < max(_MIN_EVIDENCE, _KEPT_SHARE * bad_1):
            continue  # (the order given broken alone proves nothing: lines cut at every comma break it,
            # and so do briefs whose titles fill their column, over short datelines)
        chosen.append((s, e, k))
    return sorted(chosen), _page_pairs(shapes.texts) if chosen else set()


def _stretches(given: list[int], read: list[int], barrier: list[bool], k: int) -> list[tuple[int, int, int, int]]:
    """The stretches (gain, start, end, ``k``) between barriers where ``read`` beats
    ``given`` most, by :data:`_MIN_GAIN` at least (a stretch's gain is its breaks' sum)."""
    found: list[tuple[int, int, int, int]] = []
    cur = best = 0
    start = best_start = best_end = k
    for i in range(k, len(read)):
        delta = read[i] - given[i]
        if cur + delta <= 0 or barrier[i]:
            if best >= _MIN_GAIN:
                found.append((best, best_start, best_end, k))
            cur = best = 0
            start = i + 1
            continue
        if cur == 0:
            start = i
        cur += delta
        if cur > best:
            best, best_start, best_end = cur, start, i
    if best >= _MIN_GAIN:
        found.append((best, best_start, best_end, k))
    return found


def _bounds(shapes: _Shapes, s: int, e: int, k: int, low: int, high: int) -> tuple[int, int]:
    """The run's first and last lines: back from ``s`` over the body lines of its width
    (to its headline or byline) whose ``k``-th line under them breaks no rule, a few rows
    at most; its last whole row at ``e`` (the rows after, where columns may have run
    out, are :func:`_tail`'s)."""
    width = shapes.width[s]
    start = max(s - k, low)
    for j in range(s - 1, start - 1, -1):
        if not shapes.body_like(j, width):
            # (the line ``k`` over the first that keeps the rule may be the headline; a caption drawn
            # between it and the body keeps it out as well) but a note that the text is carried on
            # from another page opens the first column: the first row's first piece
            start = j if _carried_on_from(shapes.texts[j]) else j + 1
            break
    while start - 1 >= max(low, s - _BACK_ROWS * k) and shapes.body_like(start - 1, width) \
            and shapes.cost(start - 1, start - 1 + k) >= 0:
        start -= 1
    # the body's first line may fall shorter (a run-in dateline, a drop cap's room) where it reads
    # as text, with a mark or a space inside (a headline of that width mostly has neither); a note
    # that the text is carried on from another page is the first column's first line
    first = start - 1
    if first >= max(low, s - _BACK_ROWS * k) and (_carried_on_from(shapes.texts[first]) or (
            shapes.body_like(first, width, _FIRST_SLACK)
            and any(mark in shapes.texts[first][:-1] for mark in _TEXT_MARKS))):
        start = first
    return start, start + (min(e, high - 1) + 1 - start) // k * k - 1


def _carried_on_from(text: str) -> bool:
    """Is ``text`` a note that the text under it comes from another page (（上接第3版））?"""
    note = is_continuation_line(text)
    return note is not None and note.direction == "from"


def _columns(start: int, end: int, k: int) -> list[list[int]]:
    """The run's lines as its ``k`` columns: its first row gives each column's first line in turn."""
    return [list(range(start + r, end + 1, k)) for r in range(k)]


def _tail(shapes: _Shapes, columns: list[list[int]], end: int, high: int, pairs: set[str]) -> int:
    """Put the rows after the run's last full row on their columns: a column that has
    run out of lines is missing from every row after (a longer column goes on alone).
    A column runs out where its last line goes on in the next column's first line (the
    last column: where it ends a sentence); each row takes the columns, of those still
    going, whose last lines its lines carry on best, weighed against those that ran out
    (the break's shape, and the two characters the page spells either side); the tail
    stops where ending every column reads best. Returns the tail's last line."""
    going = list(range(len(columns)))
    width = shapes.width[end]
    pos = end + 1

    def join(a: int, b: int) -> int:
        return 2 * shapes.cost(a, b) + _carries_on(shapes.texts[a], shapes.texts[b], pairs)

    def ran_out(c: int) -> int:
        if c + 1 < len(columns):
            return join(columns[c][-1], columns[c + 1][0])
        return 1 if shapes.ends[columns[c][-1]] else -2

    while going and pos < high:
        out = {c: ran_out(c) for c in going}
        best, chosen = (sum(out.values()), 0), ()
        for size in range(min(len(going), high - pos), 0, -1):
            if not all(shapes.body_like(pos + j, width) for j in range(size)):
                continue
            for subset in combinations(going, size):
                kept = [join(columns[c][-1], pos + j) for j, c in enumerate(subset)]
                if min(kept) < 0:
                    continue
                key = (sum(kept) + sum(out[c] for c in going if c not in subset), size)
                if key > best:
                    best, chosen = key, subset
        if not chosen:
            break
        for j, c in enumerate(chosen):
            columns[c].append(pos + j)
        pos += len(chosen)
        going = list(chosen)
    return pos - 1


def _carries_on(upper: str, lower: str, pairs: set[str]) -> bool:
    """Does ``lower`` carry on the sentence ``upper`` leaves unfinished, as the page spells the break?"""
    return bool(upper and lower) and not ends_sentence(upper) and upper[-1] + lower[0] in pairs


def _spelled(shapes: _Shapes, ks: list[int]) -> set[str]:
    """Of the pairs :meth:`_Shapes.scores` asks for, reading the lines in the order given
    and every ``k``-th (``ks``), those the page spells inside a line (:func:`_page_pairs`,
    as asked). Asked of the page's text at once, each pair as the number its two
    characters' codes make (UTF-32), gathered in C: a page's pairs as strings cost more
    than all the readings (the lines are joined at a line break, which no pair asked holds:
    a line's ends are no space)."""
    last, first, goes_on, takes = shapes.last, shapes.first, shapes.goes_on, shapes.takes
    n = len(last)
    opens = [a for a in range(n) if goes_on[a]]
    asked = list({last[a] + first[a + k] for k in (1, *ks) for a in opens if a + k < n and takes[a + k]})
    asked = [pair for pair in asked if len(pair) == 2]
    if not asked:
        return set()
    text = "\n".join(shapes.texts)
    size = len(text)
    codes = memoryview(text.encode(_UTF32, "surrogatepass"))
    spelled = set(codes[:size // 2 * 8].cast("Q").tolist())  # (the pairs from each even place)
    spelled.update(codes[4:4 + (size - 1) // 2 * 8].cast("Q").tolist())  # (from each odd place)
    numbers = memoryview("".join(asked).encode(_UTF32, "surrogatepass")).cast("Q").tolist()
    return {pair for pair, number in zip(asked, numbers) if number in spelled}


#: UTF-32 in the machine's byte order, with no byte-order mark (two codes read as one number)
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"


def _page_pairs(texts: list[str]) -> set[str]:
    """Every two characters standing together inside a line of the page."""
    pairs: set[str] = set()
    for text in texts:
        pairs.update(map(add, text, text[1:]))
    return pairs


def unweave_rows(lines: list[str], joined: list[bool]) -> tuple[list[str], list[bool]] | None:
    """The lines, each body drawn row by row read down its columns, with whether
    each stands in the block of the line before (``joined``, as given); None where
    no body is woven. A rebuilt body's columns stand a block each where its lines
    came in blocks, else it stays in the block it stood in."""
    if not _MIN_LINES <= len(lines) <= _MAX_LINES:
        return None
    pieces, origin = _split_rows(lines)
    if len(pieces) - len(lines) > _ACROSS_SHARE * len(lines):
        return None  # the whole page read across, row by row (pdfplumber, PyMuPDF sorted): not one body
    shapes = _Shapes(pieces)
    runs, pairs = _runs(shapes)
    if not runs:
        return None
    bounded = []
    low = _HEAD_LINES  # (a run never reaches back into the page's first lines: its header, drawn first)
    cut = {origin[j] for j in range(1, len(pieces)) if origin[j] == origin[j - 1]}  # the lines cut into pieces
    for i, (s, e, k) in enumerate(runs):
        high = runs[i + 1][0] - runs[i + 1][2] if i + 1 < len(runs) else len(pieces)
        start, end = _bounds(shapes, s, e, k, low, high)
        if end - start + 1 < k or (start > 0 and origin[start - 1] == origin[start]):
            continue  # a run opens where a line of the text given does (its first row's first piece)
        near = range(max(0, origin[start] - k), min(len(lines), origin[end] + k + 1))
        if any(n not in cut and _row_left_whole(lines[n], shapes.width[s]) for n in near):
            continue  # a row of its body left whole (its pieces not cut) puts every column out of turn
        bounded.append((start, end, k))
        low = end + 1
    if not bounded or _read_down_later(lines, joined):
        return None  # (one-line blocks read across are read down by :mod:`.stream_unweave`)
    out: list[str] = []
    out_joined: list[bool] = []
    done = 0  # pieces before this are written

    def copy_to(stop: int) -> None:
        nonlocal done
        while done < stop:
            n = origin[done]
            out.append(lines[n])
            out_joined.append(joined[n])
            while done < len(pieces) and origin[done] == n:
                done += 1

    for n_run, (start, end, k) in enumerate(bounded):
        if start < done:
            continue
        copy_to(start)
        nxt = bounded[n_run + 1][0] if n_run + 1 < len(bounded) else len(pieces)
        columns = _columns(start, end, k)
        end = _tail(shapes, columns, end, nxt, pairs)
        while end + 1 < len(pieces) and origin[end + 1] == origin[end]:
            end += 1  # (a piece of a row left over stays: a row is one line of the text given)
            columns[-1].append(end)
        # (a column read down is one block, as PyMuPDF gives one: where the rows came in blocks)
        apart = not all(joined[n] for n in range(origin[start] + 1, origin[end] + 1))
        for c, column in enumerate(columns):
            for m, j in enumerate(column):
                out.append(pieces[j])
                out_joined.append(joined[origin[start]] if c == m == 0 else not (apart and m == 0))
        done = end + 1
    copy_to(len(pieces))
    return out, out_joined


def _read_down_later(lines: list[str], joined: list[bool]) -> bool:
    """Does :func:`.stream_unweave.unweave_columns` read these lines down their columns
    (one-line blocks read across, as poppler's reading order gives them)? Those are its."""
    numbered: list[tuple[str, int | None]] = []
    number = 0
    for text, join in zip(lines, joined):
        number += 1 if join else 2
        numbered.append((text, number))
    return unweave_columns(numbered) != numbered


def _may_be_woven(texts: list[str]) -> bool:
    """The cheapest test first, on characters counted (no widths): does the page hold a
    few paragraphs' ends followed by a line as long as the lines around it (no indented
    opening: another column's line), or rows run together with a space?"""
    lengths = [len(t) for t in texts]
    ends = 0
    for k in range(1, len(texts) - 1):
        upper, length = texts[k - 1], lengths[k]
        if length >= _MIN_WIDTH and lengths[k - 1] + 2 < length and length + 1 >= lengths[k + 1] \
                and upper[-1] in _ENDS_CHEAP and texts[k][-1] not in _ENDS_CHEAP:
            ends += 1
            if ends >= _MAY_BE_WOVEN:
                return True
    rows = 0
    for text in texts:
        if " " in text and sum(len(part) >= _MIN_WIDTH - 2 for part in text.split()) >= 2:
            rows += 1
            if rows >= _MAY_BE_WOVEN:
                return True
    return False


def unweave_lines(lines: list[str]) -> list[str]:
    """A page's text lines (blank lines part its blocks), each body drawn row by row
    read down its columns (:func:`unweave_rows`); asked before anything else reads
    them (a row's pieces run together with a space would lose it to the letter-spacing
    repair). A line list with nothing woven comes back as it is."""
    if not _MIN_LINES <= len(lines) <= 2 * _MAX_LINES:
        return lines  # (blank lines and all: more than a newspaper page's text is read as given)
    texts: list[str] = []
    joined: list[bool] = []
    blank = True
    for raw in lines:
        if raw.strip():
            texts.append(raw.strip())
            joined.append(not blank)
            blank = False
        else:
            blank = True
    if not _may_be_woven(texts):
        return lines
    rebuilt = unweave_rows(texts, joined)
    if rebuilt is None:
        return lines
    out: list[str] = []
    for line, join in zip(*rebuilt):
        if out and not join:
            out.append("")
        out.append(line)
    return out


__all__ = ["unweave_lines", "unweave_rows"]
