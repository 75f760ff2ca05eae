"""What the cut of a line stream (:mod:`.line_stream`) asks of every line,
computed once: its width and core width, the local column width around it
(a sliding window, linear in the page's length), whether it is full, ends a
sentence or a clause, opens a dateline or stands over a subtitle's dash."""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from .paragraphs import column_width
from .reflow import _TOKEN_OPENERS, PULLED_UP, ascii_count, cell_width, lines_ending_sentences, token_width
from .rules import (QUOTED_WIRE, WRAP_INITIALS, dateline_wraps, ends_with_closing_dateline, is_continuation_line,
                    lines_opening_datelines)
from .stream_lines import CLAUSE_MARKS, MIN_COLUMN

#: lines either side of a line that give its local column width
_WINDOW = 10
#: the unfinished lines after a line that tell whether the column turns to its width there,
#: and how many of them must share it
_TURN_LINES = 6
_TURN_AGREE = 3
#: a full line may fall this short of the column (justification, pulled punctuation)
FULL_SLACK = 1.25
#: proportional Latin and digits are wider or narrower than half a cell
_ASCII_SLACK = 0.25
#: pulled-up punctuation lets a column line exceed the column by this much
OVERFLOW = 2.5
#: a justified column line of a real page may hold this many cells fewer than its neighbours
LOOSE_SLACK = 2.5
#: how a photo's caption opens (图为…, 图：…, 上图：…)
CAPTION_OPENERS = ("图为", "图：", "图:", "上图", "下图", "左图", "右图")
#: punctuation after which a sentence goes on
#: a line of Chinese characters alone, no mark, digit or Latin (each one a whole cell)
_PLAIN_HAN = re.compile("[\u4e00-\u9fff]+")
MID_MARKS = "，、；—·“‘《（(【「『"
#: wide characters that open no one-cell token of their own (:func:`.reflow.token_width`)
_NO_TOKEN_ALONE = _TOKEN_OPENERS + "\u3000\xa0"


def _core_width(line: str, width: float) -> float:
    """:func:`.reflow.core_width` of a line ``width`` cells wide, from the
    pulled-up marks that end it (a cell each, ``%`` half a cell) without
    measuring the line again."""
    if line[-1:] not in PULLED_UP:
        return width  # most lines: nothing pulled up
    tail = line[len(line.rstrip(PULLED_UP)):]
    return width - len(tail) + 0.5 * tail.count("%")


#: lines measured at a time by :func:`cell_widths`
_CHUNK = 64


def cell_widths(lines: list[str]) -> list[float]:
    """:func:`.reflow.cell_width` of every line: a run of lines holding no ASCII
    character but spaces, no U+3000 or U+00A0 (told of the run at once, in C) is
    measured by the lines' lengths, each character a cell and a space none; the
    other runs line by line."""
    out: list[float] = []
    for start in range(0, len(lines), _CHUNK):
        chunk = lines[start:start + _CHUNK]
        text = "".join(chunk)
        narrow = text.encode("ascii", "ignore")
        if "\u3000" in text or "\xa0" in text or narrow.count(b" ") != len(narrow):
            out.extend(map(cell_width, chunk))
        elif narrow:
            out.extend([float(len(line) - line.count(" ")) for line in chunk])
        else:
            out.extend(map(float, map(len, chunk)))
    return out


def _most_ahead(keys: list[float | None], values: list[float], k: int, agrees) -> bool:
    """Do most of the unfinished lines right after line ``k`` (``keys`` not None),
    and at least :data:`_TURN_AGREE` of them, have ``values`` that ``agrees`` with:
    a column turning to a new width goes on in it."""
    ahead = [values[n] for n in range(k + 1, min(len(keys), k + 1 + _TURN_LINES)) if keys[n] is not None]
    same = sum(1 for value in ahead if agrees(value))
    return same >= _TURN_AGREE and 2 * same > len(ahead)


def _fulls_ahead(keys: list[float | None], k: int, key: float) -> int:
    """How many of the unfinished lines right after line ``k`` are ``key`` wide."""
    return sum(1 for n in range(k + 1, min(len(keys), k + 1 + _TURN_LINES))
               if keys[n] is not None and abs(keys[n] - key) <= FULL_SLACK)


#: a column widening under a sentence shows this many full lines among the lines after
_FULLS_AHEAD = 2


class Measure:
    """What the cut asks of every line, computed once."""

    def __init__(self, lines: list[str], vertical: list[bool] | None = None) -> None:
        """``vertical``: which lines were put together from one glyph a line (set vertically)."""
        self.lines = lines
        self.vertical = vertical if vertical is not None else [False] * len(lines)
        self.widths = cell_widths(lines)
        # a line as wide as it is long has no Latin or digits (they are half a cell, or none), nor
        # spaces: each character a cell, its core is its characters but the marks pulled up (most lines)
        self.cores = [float(len(x.rstrip(PULLED_UP))) if w == len(x) else
                      _core_width(x, w) + _ASCII_SLACK * ascii_count(x)
                      for x, w in zip(lines, self.widths)]
        self.closes = lines_ending_sentences(lines)
        # (据新华社北京2月19日电: a wire's dateline the paper quotes opens a body too, kept in its text)
        self.datelines = lines_opening_datelines(lines, quoted=True)
        # each unfinished line's width to the half cell (None: a line ending a sentence, or narrower
        # than a column), what the column is read from
        keys = [round(w * 2) / 2 if not c and w >= MIN_COLUMN else None for w, c in zip(self.widths, self.closes)]
        self.columns = self._local_widths(keys)
        # lines where the column widens under a sentence that goes on in them (:meth:`_sentence_runs_on`)
        self.widened_at: set[int] = set()
        self._columns_turning(keys)
        # each line without its trailing and its leading white space, once (most lines have none)
        ends = [x.rstrip() for x in lines]
        opens = [x.lstrip() for x in lines]
        self.mid = [x[-1:] in MID_MARKS for x in ends]
        # asked of most lines several times over (as line k, its neighbour, the line above):
        # full (:meth:`_full`); headline-like: short, and ends no sentence and no clause
        # (told without the call where the answer is plain: about as wide as the column, far wider, or
        # short over a line opening with a character of its own, no token pushed down: most lines)
        heads = [x[:1] for x in lines[1:]] + [""]
        self.fulls = [True if column - FULL_SLACK <= core <= column + 1 else
                      False if core > column + OVERFLOW or core < column - FULL_SLACK and (
                          not head or head > "\x7f" and head not in _NO_TOKEN_ALONE) else
                      self._full(k)
                      for k, (core, column, head) in enumerate(zip(self.cores, self.columns, heads))]
        self.headlines = [not (c or mid or f) for c, mid, f in zip(self.closes, self.mid, self.fulls)]
        self.dashed = [x.startswith("——") for x in opens]
        # lines over a subtitle's dash (asked only of the few over a line opening with ——)
        self.over_dash = [dash_next and over_dashed_tier(self, k) for k, dash_next in enumerate(self.dashed[1:])]
        self.over_dash += [False] * (len(lines) - len(self.over_dash))
        # asked of every line and the line above it (:func:`_joins_previous`)
        self.unbalanced = [_OPENER.search(x) is not None and unbalanced(x) for x in lines]  # (most open none: no call)
        self.bracket_ends = [x.endswith(("）", ")")) for x in ends]
        # a dateline wrapped over the line break after a line (新华社北京2月20日 / 电 …)
        # (据新华社…: a wire's dateline the paper quotes wraps so too)
        # (a line opening with a character no opener opens with, nor 据, wraps none: most lines, no call)
        self.wraps_dateline = [x[:1] in WRAP_INITIALS and dateline_wraps(x.removeprefix(QUOTED_WIRE), y)
                               for x, y in zip(opens, lines[1:])] + [False] * bool(lines)
        # asked of the line above every line (:func:`.stream_joins.joins_previous`): a closing
        # dateline (alone, or after the sentence it closes), a caption's opening (图为…), a last word
        # that leads on (…的)
        self.closing_datelines = ["电" in x and ends_with_closing_dateline(x) for x in lines]  # (most: no 电, no call)
        self.caption_opens = [x.startswith(CAPTION_OPENERS) for x in opens]
        self.goes_on = [x.endswith("的") for x in ends]
        # as wide as a paragraph's first line (W-2) give or take a cell
        self.indents = [abs(core - (col - 2)) <= 1.25 for core, col in zip(self.cores, self.columns)]
        # about as wide as the column (full, or up to two and a half cells short)
        self.column_like = [f or col - LOOSE_SLACK <= core <= col + OVERFLOW
                            for f, col, core in zip(self.fulls, self.columns, self.cores)]
        # every line without its spaces, run together once: the text near a line is a slice of it
        bare = [x.strip().replace(" ", "") for x in lines]
        self._spelled = "".join(bare)
        self._starts = list(accumulate(map(len, bare), initial=0))

    def spelled(self, start: int, end: int) -> str:
        """Lines ``start`` to ``end`` (not included; clipped to the page) run
        together without their spaces."""
        start, end = max(0, min(start, len(self.lines))), max(0, min(end, len(self.lines)))
        return self._spelled[self._starts[start]:self._starts[end]] if start < end else ""

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Where :meth:`spelled` of ``start`` to ``end`` stands in the lines run together."""
        start, end = max(0, min(start, len(self.lines))), max(0, min(end, len(self.lines)))
        return (self._starts[start], self._starts[end]) if start < end else (0, 0)

    def spells(self, word: str, start: int, end: int) -> bool:
        """Is ``word`` (not empty) in :meth:`spelled` of ``start`` to ``end``? Searched in
        place: the lines near a line, asked of many, are not copied out each time."""
        return self._spelled.find(word, *self._span(start, end)) >= 0

    def spelled_across(self, word: str, k: int, reach: int) -> bool:
        """Is ``word`` (not empty) in ``spelled(k - reach, k - 1) + spelled(k + 1, k + reach)``:
        in either part, or where the two meet (searched in place, no part copied whole)?"""
        (a, b), (c, d) = self._span(k - reach, k - 1), self._span(k + 1, k + reach)
        text, cross = self._spelled, len(word) - 1
        return (text.find(word, a, b) >= 0 or text.find(word, c, d) >= 0
                or cross > 0 and word in text[max(a, b - cross):b] + text[c:min(d, c + cross)])

    def _local_widths(self, keys: list[float | None]) -> list[float]:
        """For every line, the commonest width of the unfinished lines near it
        (full column lines; one wide lead-in or headline must not outvote
        them). One sliding window over the page: linear in its length."""
        # widths leave the window's counts when their count falls to 0: the counts are the live widths
        counts: dict[float, int] = dict(Counter(key for key in keys[:_WINDOW] if key is not None))
        # the width that comes in at line k (k + _WINDOW) and the one that goes (k - _WINDOW - 1)
        entering_at = keys[_WINDOW:] + [None] * min(_WINDOW, len(keys))
        leaving_at = [None] * (_WINDOW + 1) + keys
        fallback: float | None = None
        out: list[float] = []
        width: float | None = None  # the window's commonest width (the widest of the commonest)
        for k, (entering, leaving) in enumerate(zip(entering_at, leaving_at)):
            if entering is not None:
                counts[entering] = counts.get(entering, 0) + 1
            if leaving is not None:
                left = counts[leaving] - 1
                if left:
                    counts[leaving] = left
                else:
                    del counts[leaving]
            if k == 0 or width is None or leaving == width and entering != leaving:
                width = max(zip(counts.values(), counts))[1] if counts else None
            elif entering is not None and (counts[entering], entering) > (counts[width], width):
                width = entering  # only the width that came in can pass the commonest one, still there
            if width is not None:
                out.append(width)
            else:
                if fallback is None:
                    fallback = column_width([self.lines])
                out.append(fallback)
        return out

    def _columns_turning(self, keys: list[float | None]) -> None:
        """Where the stream turns to a column of another width, the window
        around its first lines still holds the old column's lines. A body
        opened by a dateline (本报北京2月19日电 记者19日从 / 教育部…) says
        where: the unfinished lines under an unfinished dateline line, as wide
        as most unfinished lines after them, are the new column's (a headline
        line at a turn stands after an end, never under a dateline)."""
        turned: float | None = None  # the new column's width while its first lines are read
        widened = False  # turned under a title: the wider column's lines go on past sentence ends
        for k, key in enumerate(keys):
            column = self.columns[k]
            if widened and self._in_column(k, turned):
                self.columns[k] = turned
                continue
            widened = False
            if key is None or column - FULL_SLACK <= self.cores[k] <= column + OVERFLOW:
                turned = None
                continue  # most lines: they fit the window's column
            p = k - 1
            opened = p >= 0 and self.datelines[p] and not self.closes[p]
            if turned is not None and abs(self.cores[k] - turned) <= FULL_SLACK:
                self.columns[k] = turned
                continue
            turned = None
            if not opened:
                # (its core: digits and Latin in an indented first line may measure it short, 2019年2月21日，…)
                wider = max(key, self.cores[k]) > column + OVERFLOW
                if wider and self._under_a_title(p):  # a wider column's first line
                    # (the lines after it: full, or a paragraph's first line two cells short of it)
                    full_or_first = lambda core: min(abs(core - key), abs(core - key - 2)) <= FULL_SLACK  # noqa: E731
                    if _most_ahead(keys, self.cores, k, full_or_first):
                        self.columns[k] = turned = key + 2
                        widened = True
                elif key > column + OVERFLOW and self._sentence_runs_on(p, k):
                    # the column widens under its paragraph's line (measured without the slack of digits
                    # and Latin, whose widths vary: lines of figures are no wider column)
                    # (the lines ahead: full, or a paragraph's indented first line, two of them full at least:
                    # a short text's paragraphs open often)
                    full_or_first = lambda other: min(abs(other - key), abs(other - key + 2)) <= FULL_SLACK  # noqa: E731
                    if (_most_ahead(keys, keys, k, full_or_first)
                            and _fulls_ahead(keys, k, key) >= _FULLS_AHEAD):
                        self.columns[k] = turned = key
                        widened = True
                        self.widened_at.add(k)
                if self.columns[k] == column and key > column + OVERFLOW and self._column_goes_on(p, k, keys):
                    # the stream narrows to another column under this line: the window reaches its
                    # lines already, but this one goes on with the unfinished line over it (full, or
                    # a paragraph's indented first line) in the column above, as wide as lines there
                    self.columns[k] = key
                continue
            if _most_ahead(keys, self.cores, k, lambda core: abs(core - key) <= FULL_SLACK):
                self.columns[k] = turned = key

    def _column_goes_on(self, p: int, k: int, keys: list[float | None]) -> bool:
        """Does line ``k`` go on with the unfinished line ``p`` over it in a
        column of ``k``'s width above them: ``p`` full or indented at that
        width, the line over ``p`` full or a paragraph's end in it, and an
        unfinished line in the window above as wide as ``k``?"""
        key = keys[k]
        if key is None or p < 1 or self.closes[p]:
            return False
        if min(abs(self.cores[p] - key), abs(self.cores[p] - (key - 2))) > FULL_SLACK:
            return False
        # the line over ``p`` is that column's too: full, or a paragraph's end no wider than it
        o = p - 1
        over = abs(self.cores[o] - key) <= FULL_SLACK or self.closes[o] and self.cores[o] <= key + 1
        return over and _held_above(keys, k, key)

    def _in_column(self, k: int, width: float) -> bool:
        """Is line ``k`` a line of a column ``width`` wide: full, a paragraph's
        indented first line, or a sentence's end no wider than the column?"""
        core = self.cores[k]
        return core <= width + OVERFLOW and (self.closes[k] or core >= width - 2 - FULL_SLACK)

    def _sentence_runs_on(self, p: int, k: int) -> bool:
        """Is line ``p`` a full column line whose sentence the wider line ``k``
        goes on with (a clause mark inside ``k``: body text, no headline)? A
        column may widen under a paragraph's line (a box's column running on
        under a figure or a vertical headline beside it): the sentence cut at
        ``p``'s end goes on in the wider lines."""
        return (p >= 0 and not self.closes[p] and self.lines[p].rstrip()[-1:] not in "）)"
                and self.columns[p] - FULL_SLACK <= self.cores[p] <= self.columns[p] + OVERFLOW
                and has_inner_clause(self.lines[k]))

    def _under_a_title(self, p: int) -> bool:
        """Is line ``p`` a title standing alone after a finished sentence: short,
        ending no sentence and no clause? The stream may turn to a wider column
        under it (the next article's); its first line, indented, tells the new
        width with the lines after it (its full lines two cells wider)."""
        line = self.lines[p] if p >= 1 else ""
        return (bool(line) and self.closes[p - 1] and not self.closes[p] and line.rstrip()[-1:] not in MID_MARKS
                and self.cores[p] < self.columns[p] - FULL_SLACK)

    def _plain_line_standing_out(self, k: int) -> bool:
        """Is line ``k`` (wider than its column) characters alone, no mark,
        wider than the lines on both sides by more than a squeezed mark, and
        over a line about as wide as the column (a column's first line or a
        full one, so the column measured there is a body's, not a headline
        box's lines)?"""
        n = k + 1
        if not 0 < k < len(self.lines) - 1 or self.cores[k] <= max(self.cores[k - 1], self.cores[n]) + 1:
            return False
        return (self.columns[n] - LOOSE_SLACK <= self.cores[n] <= self.columns[n] + OVERFLOW
                and _PLAIN_HAN.fullmatch(self.lines[k].strip()) is not None)

    def _full(self, k: int) -> bool:
        """As wide as the column, or too full for the next line's first token
        (a digit run, a Latin word, an opening quote pushed down)."""
        core, column = self.cores[k], self.columns[k]
        room = column - FULL_SLACK
        if core > column + OVERFLOW:
            return False  # wider than the column: a headline or a lead-in across columns
        if core > column + 1 and self._plain_line_standing_out(k):
            return False  # a column squeezes only its marks: a line of characters alone never outgrows it
        if core >= room:
            return True
        n = k + 1
        if n >= len(self.lines):
            return False
        pushed = token_width(self.lines[n])  # only a token of two cells or more is pushed down
        return pushed >= 1.5 and self.cores[k] + pushed > room + 0.5

    def body_goes_on(self, k: int) -> bool:
        """Line ``k`` is followed by a column line that carries its paragraph on."""
        n = k + 1
        return n < len(self.lines) and (self.fulls[n] or self.closes[n] or self.mid[n])


def _held_above(keys: list[float | None], k: int, key: float) -> bool:
    """Does an unfinished line in the window over line ``k`` (none of the
    lines under it, nor the line right over it, which ``k`` goes on from)
    hold width ``key``, give or take a squeezed mark?"""
    return any(other is not None and abs(other - key) <= FULL_SLACK for other in keys[max(0, k - _WINDOW):k - 1])


def has_inner_clause(line: str) -> bool:
    """A clause mark before the line's last character (body text; titles seldom)."""
    return _INNER_CLAUSE.search(line) is not None


#: a clause mark with a character after it (white space between them or not)
_INNER_CLAUSE = re.compile(rf"[{CLAUSE_MARKS}]\s*\S")


def over_dashed_tier(m: Measure, k: int) -> bool:
    """Is line ``k`` a headline line over a subtitle opening with —— (the next
    line), after a finished sentence or a continued-on note (（下转第2版）)? A
    paragraph's first line looks so, but a paragraph's second line seldom opens
    with a dash; a subtitle does."""
    n = k + 1
    return (n < len(m.lines) and m.dashed[n] and not m.closes[k] and not m.mid[k]
            and (k == 0 or m.closes[k - 1] or is_continuation_line(m.lines[k - 1])) and not m.datelines[k])


OPENERS = "“‘《（(【「『"
CLOSING = "”’》）)】」』"
_OPENER = re.compile(r"[“‘《（(【「『]")


def unbalanced(text: str) -> bool:
    """More brackets and quotes opened than closed (most lines open none)."""
    if not _OPENER.search(text):
        return False
    return sum(map(text.count, OPENERS)) > sum(map(text.count, CLOSING))


__all__ = ["CAPTION_OPENERS", "CLOSING", "FULL_SLACK", "LOOSE_SLACK", "MID_MARKS", "Measure", "OPENERS", "OVERFLOW",
           "has_inner_clause", "over_dashed_tier", "unbalanced"]
