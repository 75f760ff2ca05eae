"""Take a stream that weaves the lines of level columns apart into its columns.

poppler's plain ``pdftotext`` orders the lines of a page by height where it
cannot join them into blocks (a loose leading): the lines of all the columns
standing level come row by row, left to right, each a block of its own, and
columns that start or end join or leave the rotation. The rows repeat: a
line's column had its line of the row before ``K`` lines earlier, ``K`` the
number of columns standing level there, and ``K`` holds from line to line
until a column ends or starts (or a headline stands in a row). Which ``K``
fits is told by what the text alone keeps of the page:

- a column's lines are of one width (a paragraph's last line is shorter and
  ends a sentence, its first line is indented);
- a sentence cut at a line end goes on at the start of its column's next
  line, where the page spells the two characters either side of the break
  elsewhere inside a line (measured on typeset pages: 38% of a column's
  breaks, 3% of other pairs of lines);
- lines the extractor kept in one block are one column's;
- headline lines and names standing in a row (no line near them as wide)
  are left out of the rotation.

The best sequence of periods (a Viterbi path: a change of period costs, a
line that fits the line ``K`` before it earns) links each line to the one
above it in its column; the links make the chains returned. Text read down
its columns (``K`` = 1 all along) comes back as it was.
"""

from __future__ import annotations

from .reflow import cell_width, ends_sentence

#: lines either side of a line whose widths tell whether it is a column's
_NEAR = 30
#: columns standing level in a row, at most
MAX_PERIOD = 12
#: lines of one width, at most this apart (cells; a justified column gains or loses a character)
_SAME_WIDTH = 1.0

# what each sign costs (negative: earns) a line linked to the line K before it
_NO_LINK = 1.0       # the line follows no line of its column (a headline, a column's first line)
_CHANGE = 3.5        # the period changes (a column ends or starts, a line stands in a row)
_START = 1.0         # the rows begin after lines linked to none
_WENT_ON = -1.5      # the sentence cut at the break goes on as the page spells it
_WENT_ON_LONGER = -1.0  # and three characters across it too (measured: 25% of a column's breaks, 1% of others)
_CUT_OFF = 0.4       # the sentence cut at the break goes on with characters the page never puts together
_PARAGRAPH = 0.2     # a paragraph ends at the break (the line above short, or this one)
_WIDTHS_DIFFER = 2.5  # two lines of a column, neither a paragraph's end or first line, of different widths
_SAME_BLOCK = -1.0   # the line stood in one block with the line before it
_NOT_INDENTED = 1.5  # a paragraph opened where the line above ends none, or not indented after one that ends
#: a paragraph's first line is this much narrower than the column (cells)
_INDENT = 2.0


def page_pieces(texts: list[str]) -> set[str]:
    """Every two and three characters standing together inside a line of the page."""
    pieces: set[str] = set()
    for text in texts:
        pieces.update(text[i:i + 2] for i in range(len(text) - 1))
        pieces.update(text[i:i + 3] for i in range(len(text) - 2))
    return pieces


def column_links(texts: list[str], pairs: set[str], together: list[bool] | None = None) -> list[int | None]:
    """For each line, the line above it in its column (an index), or None.
    ``together``: line ``k`` stood in one block with line ``k - 1``. Lines of
    no column (headline lines, names: no line near them as wide, no sentence
    ended) stand in the rows too and would shift the rotation: the columns'
    lines are linked among themselves, each other line to the line before
    it where that is another such line."""
    widths = [cell_width(t) for t in texts]
    finished = [ends_sentence(t) for t in texts]
    loose = [_loose(widths, finished, k) for k in range(len(texts))]
    kept = [k for k in range(len(texts)) if not loose[k]]
    inner = _column_links([texts[k] for k in kept], pairs,
                          [bool(together) and together[k] and kept[i - 1] == k - 1 for i, k in enumerate(kept)])
    links: list[int | None] = [k - 1 if loose[k] and k and loose[k - 1] else None for k in range(len(texts))]
    for i, k in enumerate(kept):
        links[k] = kept[inner[i]] if inner[i] is not None else None
    return links


def _loose(widths: list[float], finished: list[bool], k: int) -> bool:
    """Is line ``k`` no column's line: it ends no sentence (``finished``), it
    is narrower than most lines near it, and none of them is as wide (a
    headline line, a name, a label; the lines next to it may be the same
    headline's)?"""
    if finished[k]:
        return False
    # (a paragraph's last line, of any width, says nothing)
    above, below = slice(max(0, k - _NEAR), max(0, k - 1)), slice(k + 2, k + _NEAR + 1)  # (not k's neighbours)
    near = [w for w, done in zip(widths[above], finished[above]) if not done]
    near += [w for w, done in zip(widths[below], finished[below]) if not done]
    if not near or widths[k] >= sorted(near)[len(near) // 2]:
        return False
    # (a paragraph's first line is an indent narrower than its column's lines)
    return not any(-_SAME_WIDTH <= width - widths[k] <= _INDENT + 1.5 for width in near)


def _column_links(texts: list[str], pairs: set[str], together: list[bool] | None = None) -> list[int | None]:
    n = len(texts)
    if not n:
        return []
    widths = [cell_width(t) for t in texts]
    finished = [ends_sentence(t) for t in texts]
    periods = range(MAX_PERIOD + 1)  # 0: no link

    def fit(k: int, period: int) -> float:
        if period == 0:
            return _NO_LINK
        p = k - period
        if p < 0:
            return 99.0
        cost = _SAME_BLOCK if period == 1 and together and together[k] else 0.0
        cost += _link_cost(texts[p], texts[k], widths[p], widths[k], finished[p], finished[k], pairs)
        # the column's width, from the line above the upper one and the line under this one (the same period)
        above, below = p - period, k + period
        column = max(widths[above] if above >= 0 else 0.0, widths[below] if below < n else 0.0)
        if above >= 0 and not finished[k] and not finished[above] and widths[k] < widths[above] - _INDENT - _SAME_WIDTH:
            cost += _WIDTHS_DIFFER  # a line that ends nothing, narrower than the column's lines and its first line's
        if column and not finished[k]:
            indented = column - _INDENT - 1.5 <= widths[k] <= column - 1.0
            if finished[p] and not indented and widths[p] < column - _SAME_WIDTH:
                cost += _NOT_INDENTED  # after a paragraph's short last line its column's next line opens one, indented
            elif not finished[p] and indented and widths[p] >= column - _SAME_WIDTH:
                cost += _NOT_INDENTED  # a full line that ends nothing goes on at the full width
        return cost

    cost = [fit(0, period) for period in periods]
    back: list[list[int]] = []
    for k in range(1, n):
        best_prev = min(periods, key=cost.__getitem__)
        # the best way to change the period is the same for every period
        moved = cost[best_prev] + _CHANGE
        came_from = best_prev
        if cost[0] + _START < moved:  # from lines linked to none (headlines), the rows begin
            moved, came_from = cost[0] + _START, 0
        step, came = [], []
        for period in periods:
            stay = cost[period]
            if stay <= moved:
                step.append(stay + fit(k, period))
                came.append(period)
            else:
                step.append(moved + fit(k, period))
                came.append(came_from)
        cost = step
        back.append(came)
    period = min(periods, key=cost.__getitem__)
    path = [period]
    for came in reversed(back):
        period = came[period]
        path.append(period)
    path.reverse()
    return _links(path, texts, widths, finished, pairs)


def _link_cost(upper: str, lower: str, w_upper: float, w_lower: float, upper_done: bool, lower_done: bool,
               pairs: set[str]) -> float:
    """What linking ``lower`` under ``upper`` in one column costs."""
    cost = 0.0
    if not upper_done:
        if upper[-1:] + lower[:1] in pairs:
            cost += _WENT_ON
            if upper[-2:] + lower[:1] in pairs or upper[-1:] + lower[:2] in pairs:
                cost += _WENT_ON_LONGER  # three characters across the break, as the page spells them
        else:
            cost += _CUT_OFF
    if abs(w_upper - w_lower) > _SAME_WIDTH:
        if w_upper < w_lower and upper_done or w_lower < w_upper and lower_done:
            cost += _PARAGRAPH  # a paragraph's last line, shorter than the column
        elif upper_done and w_lower < w_upper:
            cost += _PARAGRAPH  # a paragraph's first line, indented
        elif w_upper < w_lower <= w_upper + _INDENT + 1.5:
            cost += _PARAGRAPH  # under a paragraph's first line (indented), the column's full lines
        else:
            cost += _WIDTHS_DIFFER
    return cost


def _links(path: list[int], texts: list[str], widths: list[float], finished: list[bool],
           pairs: set[str]) -> list[int | None]:
    """Each line's link as the path gives it; a line two lines link under
    keeps the one that fits it better."""
    links: list[int | None] = [k - period if 0 < period <= k else None for k, period in enumerate(path)]
    taken: dict[int, int] = {}
    for k, p in enumerate(links):
        if p is None:
            continue
        other = taken.get(p)
        if other is None:
            taken[p] = k
            continue
        here = _link_cost(texts[p], texts[k], widths[p], widths[k], finished[p], finished[k], pairs)
        there = _link_cost(texts[p], texts[other], widths[p], widths[other], finished[p], finished[other], pairs)
        if here < there:
            links[other] = None
            taken[p] = k
        else:
            links[k] = None
    return links


def column_chains(texts: list[str], pairs: set[str], links: list[int | None] | None = None) -> list[list[int]]:
    """The lines (indexes) of each column, columns in the order of their first lines."""
    links = column_links(texts, pairs) if links is None else links
    chain_of: dict[int, int] = {}
    chains: list[list[int]] = []
    for k, p in enumerate(links):
        if p is None or p not in chain_of:
            chain_of[k] = len(chains)
            chains.append([k])
        else:
            chain_of[k] = chain_of[p]
            chains[chain_of[p]].append(k)
    return chains


__all__ = ["MAX_PERIOD", "column_chains", "column_links", "page_pieces"]
