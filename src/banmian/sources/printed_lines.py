"""A column's printed lines rebuilt from the fragments an extractor wrote.

Where an extractor breaks a printed line at its marks (pdftotext -raw on
papers that set their marks in half a cell), a break between two
characters that are no marks is still a printed line's end: a run of
fragments between two such breaks is one printed line or a few. Every line
of a run is full (as wide as the column, two cells less when it opens a
paragraph) or ends a paragraph at a sentence's end, and its last line is
full. So the column's width is the width most runs have (most are one
line), and each run is cut into the fewest lines that are all of those
shapes. The marks are measured in half cells when the runs agree better so
(开明式). A run no cut fits is left to the caller.
"""

from __future__ import annotations

import re
from collections import Counter

#: marks; a break beside one may be inside a printed line
MARKS = frozenset("，、；：,;:“‘《（(〈「『【”’》）)〉」』】。！？!?…—·")
_HALF = frozenset("，、；：“”‘’《》（）「」『』〈〉【】")
_ENDS = "。！？!?…"
_CLOSING = "”’》）)〉」』】"
#: runs around a run whose widths tell its column's width, tried in turn
_WINDOWS = (20, 6, 3)
#: runs on one side of a run whose widths tell the column there
_SIDE = 4
#: a column's width lies between these (em)
_NARROWEST, _WIDEST = 6.0, 40.0
#: a full line is at most this much under the column's width (justification, a character pushed down)
_SHORT = 1.5
#: ... and at most this much over it (a mark hanging past the column, half-cell rounding)
_OVER = 1.0
#: the half-cell measure is taken when this much larger a share of runs agree on their column
_CLEARLY = 0.1


def whole_width(line: str) -> float:
    """Printed width in em: a CJK character or full-width mark is one, ASCII half."""
    solid = "".join(line.split())
    halves = len(solid.encode("ascii", "ignore"))
    return len(solid) - 0.5 * halves


def half_width(line: str) -> float:
    """The width with the 开明 style's marks in half a cell."""
    return whole_width(line) - 0.5 * sum(1 for ch in line if ch in _HALF)


def _hard(before: str, after: str) -> bool:
    """Does a printed line end between these two lines? Neither side is a mark."""
    return bool(before) and bool(after) and before[-1] not in MARKS and after[0] not in MARKS


def runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines between two printed lines' ends."""
    out: list[tuple[int, int]] = []
    start = None
    for k, line in enumerate(lines):
        if not line:
            if start is not None:
                out.append((start, k))
                start = None
            continue
        if start is None:
            start = k
        elif _hard(lines[k - 1], line):
            out.append((start, k))
            start = k
    if start is not None:
        out.append((start, len(lines)))
    return out


def _top(values: list[float]) -> float:
    """The width most values are at or half a cell under (the larger on a tie)."""
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v] + counts.get(v - 0.5, 0), v))


def _near_top(totals: list[float], lo: int, hi: int) -> float:
    near = [t for t in totals[max(0, lo):hi] if _NARROWEST <= t <= _WIDEST]
    return _top([round(t * 2) / 2 for t in near]) if near else 0.0


def run_columns(totals: list[float]) -> tuple[list[list[float]], float]:
    """Each run's likely column widths (from the runs around it, far then near:
    a page's columns differ) and the share of runs that agree with the first."""
    columns: list[list[float]] = []
    agree = counted = 0
    for r, total in enumerate(totals):
        tops = [_near_top(totals, r - window, r + window + 1) for window in _WINDOWS]
        column = tops[0]
        # (the columns before and after apart: a run may end one column's paragraph and open the next's)
        tops += [_near_top(totals, r - _SIDE, r), _near_top(totals, r + 1, r + 1 + _SIDE)]
        columns.append(list(dict.fromkeys(t for t in tops if t)))
        if _NARROWEST <= total <= _WIDEST:
            counted += 1
            agree += column - 0.5 <= total <= column
    return columns, agree / counted if counted else 0.0


def _ends_sentence(line: str) -> bool:
    text = line.rstrip(_CLOSING)
    return bool(text) and text[-1] in _ENDS or line[-1:] in "）)"


def _closes_bracket(piece: str, after: str) -> bool:
    """Does ``piece`` close a bracket with no mark after it: a note's end
    (（作者为…）), which ends its article, or a headline beside it?"""
    return piece[-1:] in "）)" and after[:1] not in MARKS


def _ends_paragraph(pieces: list[str], k: int, opens: bool, relaxed: bool) -> bool:
    """Does piece ``k`` end a sentence where a line must end? Not when the next
    piece opens with a mark that opens no paragraph (。 / ”); ``relaxed`` (no
    cut fitted otherwise): not when the piece carries on a sentence (什么秘诀， /
    就是用心。” / 豆子要挑好), only when it is a sentence of its own, which may
    be a paragraph's last line."""
    piece, after = pieces[k], pieces[k + 1]
    if not _ends_sentence(piece) or after[:1] in MARKS and after[:1] not in "“‘《（(「『【":
        return False
    if not relaxed:
        return True
    return opens if k == 0 else _ends_sentence(pieces[k - 1])


def _alone_before_quote(piece: str, after: str) -> bool:
    """A piece opening a block that ends in no mark, before a quote: a headline,
    a name or a label over a paragraph that opens with the quote (尹蔚民 / “中国…)."""
    return piece[-1:] not in MARKS and after[:1] in "“‘《（(「『【"


def _spacing(piece: str) -> bool | None:
    """Are the piece's characters set apart by spaces (a letter-spaced
    headline, 实 施 健 康 中 国 战 略, or a justified line's loose characters)
    or set solid? None when it has too few characters to tell."""
    han = _HAN_PAIR.findall(piece)
    if len(han) < _SPACING_PAIRS:
        return None
    spaced = sum(1 for pair in han if pair[1] == " ")
    if spaced == len(han):
        return True
    return False if spaced == 0 else None


#: two Chinese characters side by side, or one space apart (overlapping pairs: lookahead)
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff] ?[\u4e00-\u9fff]))")
#: pairs of characters a piece must hold for its spacing to tell
_SPACING_PAIRS = 3


def cut_run(pieces: list[str], widths: list[float], column: float, opens: bool, closed: bool) -> list[str] | None:
    """The run's printed lines, the fewest that are all full or end a paragraph,
    or None when no cut fits. ``opens``: the run may open a paragraph (after a
    blank line or the text's start); ``closed``: a printed line ends after it.
    A line ends at every sentence's end first; where no cut fits so, it may
    run on past one."""
    return _cut(pieces, widths, [column], opens, closed, False) or _cut(pieces, widths, [column], opens, closed, True)


def cut_mixed_run(pieces: list[str], widths: list[float], columns: list[float], opens: bool,
                  closed: bool) -> list[str] | None:
    """:func:`cut_run` with each line full in any of ``columns`` (a run that
    ends one column's paragraph and opens the next column's)."""
    return _cut(pieces, widths, columns, opens, closed, False) or _cut(pieces, widths, columns, opens, closed, True)


def _cut(pieces: list[str], widths: list[float], columns: list[float], opens: bool, closed: bool,
         relaxed: bool) -> list[str] | None:
    n = len(pieces)
    widest = max(columns)
    spacing = [_spacing(piece) for piece in pieces]
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # cost, start of the last line
    best[0] = (0, -1)
    for end in range(1, n + 1):
        width = 0.0
        spacings: set[bool] = set()
        for start in range(end - 1, -1, -1):
            width += widths[start]
            if spacing[start] is not None:
                spacings.add(spacing[start])
            if width > widest + _OVER or start < end - 1 and (_closes_bracket(pieces[start], pieces[start + 1])
                                                               or _ends_paragraph(pieces, start, opens, relaxed)):
                break
            if len(spacings) > 1:
                break  # a printed line is justified as one: its characters are set apart alike
            if start == 0 and opens and end > 1 and _alone_before_quote(pieces[0], pieces[1]):
                continue
            if best[start] is None:
                continue
            first = (start == 0 and opens) or (start > 0 and _ends_sentence(pieces[start - 1]))
            full = any(column - _SHORT <= width <= column + _OVER or first and column - 2 - _SHORT <= width <= column
                       for column in columns)
            if not full and (end == n and closed or end < n and not _ends_sentence(pieces[end - 1])):
                continue
            cost = best[start][0] + 1
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, start)
    if best[n] is None:
        return None
    out: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        out.append("".join(pieces[start:end]))
        end = start
    return out[::-1]


def _cut_any(pieces: list[str], widths: list[float], tops: list[float], opens: bool,
             closed: bool) -> list[str] | None:
    """The run cut in the first of its likely columns that fits, else in all at once."""
    cut = next((c for c in (cut_run(pieces, widths, top, opens, closed) for top in tops) if c), None)
    if cut is None and len(tops) > 1:
        cut = cut_mixed_run(pieces, widths, tops, opens, closed)
    return cut


def _cut_or_split(pieces: list[str], widths: list[float], tops: list[float], opens: bool,
                  closed: bool) -> list[str]:
    """The run's printed lines; where no cut fits the whole run (a headline
    after a paragraph's end runs into it), each part up to a sentence's end is
    cut on its own, and a part no cut fits keeps its pieces."""
    if not tops:
        return pieces
    cut = _cut_any(pieces, widths, tops, opens, closed)
    if cut is not None:
        return cut
    out: list[str] = []
    start = 0
    for k in range(len(pieces)):
        if k == len(pieces) - 1 or _ends_sentence(pieces[k]) and pieces[k + 1][:1] not in MARKS:
            part = _cut_any(pieces[start:k + 1], widths[start:k + 1], tops, opens or start > 0,
                            closed and k == len(pieces) - 1) if k > start else None
            out.extend(part if part is not None else pieces[start:k + 1])
            start = k + 1
    return out


def rebuild_lines(lines: list[str]) -> list[str] | None:
    """The printed lines of a page whose extractor broke them at marks, each run
    cut where it fits (a run no cut fits keeps its fragments); None when the
    runs agree on no column width in either measure."""
    spans = runs(lines)
    if not spans:
        return None
    measured = []
    for measure in (whole_width, half_width):
        widths = [measure(line) for line in lines]
        columns, agree = run_columns([sum(widths[a:b]) for a, b in spans])
        measured.append((agree, widths, columns))
    (whole_agree, *_), (half_agree, *_) = measured
    half = half_agree >= whole_agree + _CLEARLY
    _, widths, columns = measured[1] if half else measured[0]
    measure = half_width if half else whole_width
    out: list[str] = []
    short = True  # the last line written is shorter than any line of a column (a headline, a name): a block opens
    for (a, b), tops in zip(spans, columns):
        opens = a == 0 or not lines[a - 1] or short
        closed = b < len(lines) and bool(lines[b])
        out.extend(_cut_or_split(lines[a:b], widths[a:b], tops, opens, closed))
        last = out[-1] if out else ""
        short = not last or (measure(last) < tops[0] - 2 - _SHORT if tops else True) and not _ends_sentence(last)
        if b < len(lines) and not lines[b]:
            out.append("")
    return out
