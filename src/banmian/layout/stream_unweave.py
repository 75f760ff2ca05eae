"""Unweave lines of neighbouring columns that an extractor read across.

Where the lines of two or three columns stand level with each other, some
extractors (pdftotext without ``-layout``) read them row by row: a line of
the first column, a line of the second, a line of the first again, each a
block of its own. Read in that order every sentence is cut by the other
columns' lines. Which column a line belongs to is told by what text alone
keeps: a sentence cut at a line end goes on at the start of its column's
next line, where the page itself (elsewhere, inside a line) spells the two
characters either side of the break; and a column's lines are of one width.

First the whole run is read by the rotation of its rows
(:mod:`.stream_chains`): poppler orders the lines of level columns by
height, so each column's line comes round again after one line of each
other column; where most lines link so, and the sentences cut at their ends
go on far more often that way than in the order given, the run is read
column by column. Else a run of one-line blocks is put back column by
column only when its lines continue each other that way far better than in
the order given (a column read down, as PyMuPDF's one-line blocks are,
already continues line by line).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import add

from .reflow import cell_width, ends_sentence
from ..names import starts_with_surname
from .stream_chains import column_chains, column_links, page_pieces
from .stream_lines import NAME_ONLY, ROLE_ONLY

#: names a byline printed a word a line holds at most
_BYLINE_NAMES = 4
#: a page's text read across its columns holds at most this many lines (newspaper pages: 1,000-3,000)
_MAX_WOVEN = 6000
#: one-line blocks in a row that may hold lines of columns read across
_MIN_RUN = 6
#: a run of level columns read across is no longer than a page's rows of them (four columns of
#: 150 lines); a longer run of one-line blocks (a list, a stream of headlines) is read as given
_MAX_RUN = 600
#: lines either side of a run whose words tell where its sentences go on
_NEAR_LINES = 300
#: columns a run may weave together
_MAX_COLUMNS = 4
#: a line of a column is no wider than the column's widest line so far by more than this (cells)
_SAME_WIDTH = 1.0
#: how much better (share of breaks that go on) the columns must read than the order given
_MARGIN = 0.1
#: the share of a column's breaks that go on as the page spells them, read down (measured on
#: PyMuPDF's one-line blocks of typeset pages: 0.23 and more; lines read across: mostly under 0.1)
_READS_DOWN = 0.2
#: breaks that go on in the columns read apart, at least (a few by chance prove nothing)
_MIN_EVIDENCE = 3

#: the share of a run's lines standing a block each for it to be read by the rotation of its rows
_ALONE_SHARE = 0.35
#: how many times as many breaks must go on read down the columns as in the order given
_BETTER = 1.5
#: the share of a stream's column links that skip other columns' lines for it to be read as woven
_WOVEN_SHARE = 0.4

Numbered = list[tuple[str, int | None]]


def unweave_columns(lines: Numbered) -> Numbered:
    """The numbered lines, runs of one-line blocks read column by column where
    they were read across the columns."""
    alone = _alone_lines(lines)
    woven = _read_down(lines, alone)
    if woven is not None:
        return woven
    if sum(alone) < _MIN_RUN:
        return lines
    out: Numbered = []
    k = 0
    while k < len(lines):
        if not alone[k]:
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and alone[end]:
            end += 1
        run = lines[k:end]
        if _MIN_RUN <= len(run) <= _MAX_RUN:
            # the words the page spells near the run (a window: no page-long set for each run)
            near = lines[max(0, k - _NEAR_LINES):end + _NEAR_LINES]
            run = _unwoven(run, _page_pairs(line for line, _ in near))
        out.extend(run)
        k = end
    return out


def _read_down(lines: Numbered, alone: list[bool]) -> Numbered | None:
    """The lines read down their columns, where most of them were read
    across level columns: most lines linked to a line of their column above
    them with other columns' lines between, and the sentences cut at the
    line ends going on as the page spells them far more often that way than
    in the order given (two articles of like shapes one after the other
    match line for line as well, but their sentences do not go on); else None."""
    if not _MIN_RUN <= len(lines) <= _MAX_WOVEN:
        return None  # (a text of more lines than a page has is read as given: the reading is weighed line by line)
    together = [k > 0 and number is not None and lines[k - 1][1] == number - 1 for k, (_, number) in enumerate(lines)]
    if sum(alone) < _ALONE_SHARE * len(lines):
        return None  # lines read across level columns stand a block each: these stand in blocks
    texts = [text.replace(" ", "") for text, _ in lines]
    pieces = page_pieces(texts)
    links = column_links(texts, pieces, together)
    linked = [k - p for k, p in enumerate(links) if p is not None]
    if len(linked) < _MIN_RUN or sum(step > 1 for step in linked) < _WOVEN_SHARE * len(linked):
        return None
    given = [k - 1 if k else None for k in range(len(texts))]
    if _went_on(texts, links, pieces) < _BETTER * _went_on(texts, given, pieces) + _MIN_EVIDENCE:
        return None
    chains = column_chains(texts, pieces, links)
    return [lines[k] for k in _bylines_kept_whole([k for chain in chains for k in chain], texts)]


def _bylines_kept_whole(order: list[int], texts: list[str]) -> list[int]:
    """A byline printed a word a line (记者 / 张三 / 李四) stands in one place
    whatever the columns' rotation says: the names right after its role in the
    order given follow the role in the order read."""
    follows: dict[int, list[int]] = {}
    for k, text in enumerate(texts):
        if ROLE_ONLY.match(text):
            names = []
            for j in range(k + 1, min(k + 1 + _BYLINE_NAMES, len(texts))):
                if not (NAME_ONLY.match(texts[j]) and starts_with_surname(texts[j])):
                    break
                names.append(j)
            if names:
                follows[k] = names
    if not follows:
        return order
    moved = {j for names in follows.values() for j in names}
    out: list[int] = []
    for k in order:
        if k not in moved:
            out.append(k)
            out.extend(follows.get(k, []))
    return out


def _went_on(texts: list[str], links: list[int | None], pairs: set[str]) -> int:
    """How many links carry on a sentence the line above leaves unfinished, as the page spells the break."""
    return sum(1 for k, p in enumerate(links) if p is not None and _continues(texts[p], texts[k], pairs))


def _alone_lines(lines: Numbered) -> list[bool]:
    """Is each line a block of its own (a blank line, or none, either side)?"""
    numbers = [number for _, number in lines]
    befores, afters = [None, *numbers[:-1]], [*numbers[1:], None]
    return [number is not None and (before is None or number != before + 1) and (after is None or after != number + 1)
            for number, before, after in zip(numbers, befores, afters)]


def _page_pairs(lines: Iterable[str]) -> set[str]:
    """Every two characters standing together inside a line of the page."""
    pairs: set[str] = set()
    for line in lines:
        text = line.replace(" ", "")
        pairs.update(map(add, text, text[1:]))
    return pairs


def _continues(upper: str, lower: str, pairs: set[str]) -> bool:
    """Does ``lower`` carry on the sentence ``upper`` leaves unfinished, as the
    page spells the two characters at the break?"""
    return bool(upper and lower) and not ends_sentence(upper) and upper[-1] + lower[0] in pairs


def _unwoven(run: Numbered, pairs: set[str]) -> Numbered:
    """The run read column by column when that reads far better, else as given.
    Two readings are weighed: every ``n``-th line one column's (columns level
    all along), and, where those show columns at all, each line given to the
    column that has waited longest for it (columns that end and start inside
    the run)."""
    texts = [text.replace(" ", "") for text, _ in run]
    given = _share(texts, [list(range(len(texts)))], pairs)[0]
    if given >= _READS_DOWN:
        return run  # a column read down: its breaks go on as the page spells them often enough
    readings = [[list(range(j, len(texts), n)) for j in range(n)] for n in range(2, _MAX_COLUMNS + 1)]
    if max(_share(texts, columns, pairs)[0] for columns in readings) - given < _MARGIN / 2:
        return run  # no sign of columns read across (headlines, labels, lines of one column)
    readings.append(_waited_longest(texts, pairs))
    (share, went_on), best = max(((_share(texts, columns, pairs), columns) for columns in readings),
                                 key=lambda scored: scored[0][0])
    if share - given < _MARGIN or went_on < _MIN_EVIDENCE:
        return run
    return [run[k] for column in best for k in column]


def _waited_longest(texts: list[str], pairs: set[str]) -> list[list[int]]:
    """Each line to the column that has waited longest for it: the one whose
    unfinished last line it carries on, else one whose last line ended a
    sentence and whose lines are no narrower than it; else a column of its own."""
    widths = [cell_width(text) for text in texts]
    columns: list[list[int]] = []
    widest: list[float] = []  # each column's widest line so far
    for k in range(len(texts)):
        first = max(0, len(columns) - _MAX_COLUMNS)
        waiting = sorted(range(first, len(columns)), key=lambda c: columns[c][-1])
        fits = [c for c in waiting if widths[k] <= widest[c] + _SAME_WIDTH]
        chosen = next((c for c in fits if _continues(texts[columns[c][-1]], texts[k], pairs)), None)
        if chosen is None:
            chosen = next((c for c in fits if ends_sentence(texts[columns[c][-1]])), None)
        if chosen is None:
            columns.append([k])
            widest.append(widths[k])
        else:
            columns[chosen].append(k)
            widest[chosen] = max(widest[chosen], widths[k])
    return columns


def _share(texts: list[str], columns: list[list[int]], pairs: set[str]) -> tuple[float, int]:
    """The share of the breaks inside the columns where the sentence goes on as
    the page spells it, of the breaks that leave a sentence unfinished and the
    columns opened beyond the first (each a break that went nowhere), and how
    many went on."""
    open_breaks, went_on = len(columns) - 1, 0
    for column in columns:
        for upper, lower in zip(column, column[1:]):
            if ends_sentence(texts[upper]):
                continue
            open_breaks += 1
            went_on += _continues(texts[upper], texts[lower], pairs)
    return (went_on / open_breaks if open_breaks else 0.0), went_on


__all__ = ["unweave_columns"]
