"""Cut the rows of a woven body that an extractor ran together into their
columns' lines (see :mod:`.woven_rows`, which reads the columns down again).

``pdftotext -raw`` runs a row's pieces into one line with a space between;
PyMuPDF runs two at a mark hung into the gutter. A row is cut where its pieces
have the width of the lines around it (a column's full line, an indented
opening, a paragraph's short last line), never inside a piece.
"""

from __future__ import annotations

from collections import Counter
from math import ceil, floor

from .reflow import PULLED_UP, cell_width, ends_sentence

#: a full line may fall this short of its column (justification); an indented one two cells more
FULL_SLACK = 1.25
INDENT_SLACK = 2.75
#: the narrowest column a woven body is read in (cells)
MIN_WIDTH = 8
#: column widths a row of pieces run together is cut at (the page's commonest)
_ROW_WIDTHS = 3
#: lines either side of a row run together whose widths it is cut at first
_NEAR = 4
#: parts (space apart) a row run together holds at most
_MAX_PARTS = 16


def core(text: str, width: float | None = None) -> float:
    """Cells of a line (``width``, if measured) without the pulled-up marks ending it,
    Latin and digits as half a cell."""
    if width is None:
        width = cell_width(text)
    if text[-1:] not in PULLED_UP:
        return width
    tail = text[len(text.rstrip(PULLED_UP)):]
    return width - len(tail) + 0.5 * tail.count("%")


def split_rows(lines: list[str]) -> tuple[list[str], list[int]]:
    """Each line's pieces where it is a row of column lines run together (``pdftotext
    -raw`` puts a space between them; a justified line holds spaces too), with the line
    each came from. A line is cut only into pieces each about a column wide (one of the
    page's commonest widths of lines holding no space) or ending a sentence."""
    plain = [None if " " in t.strip() else round(core(t)) for t in lines]
    # the wide pieces of rows run together with a space (a column's width: a justified line's
    # spaces part narrower pieces), measured where a row near is to be cut (few lines of a page)
    parted: list[list[int] | None] = [[] if w is not None else None for w in plain]

    def parted_at(m: int) -> list[int]:
        got = parted[m]
        if got is None:
            # (a piece fewer characters long than a column is no wider than they are)
            got = parted[m] = [round(w) for w in map(cell_width, [p for p in lines[m].split() if len(p) >= MIN_WIDTH])
                               if w >= MIN_WIDTH]
        return got

    widths = Counter(w for w in plain if w is not None)
    common = [w for w, _ in widths.most_common(_ROW_WIDTHS + 2) if w >= MIN_WIDTH][:_ROW_WIDTHS]
    narrowest = min(common, default=0)
    pieces: list[str] = []
    origin: list[int] = []
    for n, text in enumerate(lines):
        width = plain[n]
        if width is not None and not (narrowest and width > 1.5 * narrowest and _wider_than_near(plain, n)):
            pieces.append(text.strip())  # most lines: no space, no wider than the lines around
            origin.append(n)
            continue
        parts = text.split(None, _MAX_PARTS)  # (more parts are no row: :func:`_may_cut_row`)
        cut = None
        if (_may_cut_row(parts) if len(parts) > 1 else width is not None):
            # the widths of the plain lines around first (a column beside), then the page's commonest
            # (a narrower line near, a headline's or a byline's, gives no column: the widest near do)
            near = Counter(w for w in plain[max(0, n - _NEAR):n] + plain[n + 1:n + _NEAR + 1]
                           if w is not None and w >= MIN_WIDTH)
            widest = max(near, default=0)
            candidates = [w for w, _ in near.most_common() if w >= widest - FULL_SLACK - 1] or common
            if len(parts) > 1:
                pieces_near = Counter(w for m in range(max(0, n - _NEAR), min(len(lines), n + _NEAR + 1))
                                      for w in parted_at(m))
                candidates = list(dict.fromkeys([w for w, _ in pieces_near.most_common(2)] + candidates))
            cut = _row_cut(parts, candidates) if len(parts) > 1 else _hung_cut(parts[0], candidates)
        if cut:
            pieces.extend(cut)
            origin.extend([n] * len(cut))
        else:
            pieces.append(text.strip())
            origin.append(n)
    return pieces, origin


def row_left_whole(text: str, width: float) -> bool:
    """Does ``text`` hold two pieces, space apart, each about a column ``width`` wide
    (a row run together that was not cut: a letter-spaced piece among them)?"""
    if " " not in text:
        return False
    return sum(width - INDENT_SLACK <= cell_width(p) <= width + FULL_SLACK for p in text.split()) >= 2


def _wider_than_near(plain: list[int | None], n: int) -> bool:
    """Is plain line ``n`` half as wide again as the widest plain line around it?"""
    near = [w for w in plain[max(0, n - _NEAR):n] + plain[n + 1:n + _NEAR + 1] if w is not None]
    return bool(near) and plain[n] > 1.5 * max(near)


def _hung_cut(text: str, candidates: list[int]) -> list[str] | None:
    """``text`` cut after each mark hung past a column of one of the widths ``candidates``
    (PyMuPDF runs two columns' lines into one where the first ends in a mark hung into
    the gutter between them), each piece no wider than a column; else None."""
    for width in candidates:
        if core(text) < 1.5 * width:
            continue
        out: list[str] = []
        rest = text
        while core(rest) > width + FULL_SLACK:
            cut = next((j for j in range(min(len(rest) - 1, int(width) + 3), int(width) - 2, -1)
                        if rest[j - 1] in PULLED_UP and width - FULL_SLACK <= core(rest[:j]) <= width + 0.5), None)
            if cut is None:
                break
            out.append(rest[:cut])
            rest = rest[cut:]
        if out and (width - INDENT_SLACK <= core(rest) <= width + FULL_SLACK or ends_sentence(rest)):
            return [*out, rest]
    return None


def _may_cut_row(parts: list[str]) -> bool:
    """Can ``parts`` be a row's column lines at all, whatever the columns' width? A row's
    pieces are few, most of them a column's line with no space inside; its first part or
    its last stands alone as a line (see :func:`_row_cut`), about a column wide where it
    ends no sentence: the widths it can be cut at, whole numbers as the candidates are,
    are then a few, and are tried first (asked before the widths around are gathered:
    most lines holding spaces are no row)."""
    if len(parts) > _MAX_PARTS or max(map(len, parts)) < MIN_WIDTH - 2 \
            or cell_width("".join(parts)) < MIN_WIDTH + 2:
        return False
    if ends_sentence(parts[0]) or ends_sentence(parts[-1]):
        return True  # (a line ending a sentence may be far narrower than its column)
    only: list[int] = []
    for w in (cell_width(parts[0]), cell_width(parts[-1])):
        only.extend(range(max(MIN_WIDTH, ceil(w - FULL_SLACK - 1)), floor(w + INDENT_SLACK) + 1))
    return _row_cut(parts, only) is not None


def _row_cut(parts: list[str], candidates: list[int]) -> list[str] | None:
    """The pieces ``parts`` make as two column lines or more of one of the widths
    ``candidates`` (each about as wide, or ending a sentence no wider), else None
    (``parts`` passed :func:`_may_cut_row`)."""
    if not candidates:
        return None
    widths = [cell_width(p) for p in parts]
    ends = (ends_sentence(parts[0]), ends_sentence(parts[-1]))
    for width in candidates:
        # (two pieces or more, all but one a part alone: the first part or the last is one)
        if not any(w <= width + FULL_SLACK + 1 and (w >= width - INDENT_SLACK or end)
                   for w, end in zip((widths[0], widths[-1]), ends)):
            continue
        # most lines covering parts[:j], each a whole column line (a paragraph's last line may be short)
        best: list[list[int] | None] = [[]] + [None] * len(parts)
        for j in range(1, len(parts) + 1):
            total = 0.0
            for i in range(j - 1, -1, -1):
                total += widths[i]
                if total > width + FULL_SLACK + 1:
                    break
                if best[i] is None or not (total >= width - INDENT_SLACK or ends_sentence(parts[j - 1])):
                    continue
                if best[j] is None or len(best[i]) + 1 > len(best[j]):
                    best[j] = [*best[i], j]
        cuts = best[-1]
        # (a justified line's spaces part it anywhere; a row's pieces are lines, most with no space
        # inside: all but one of them stand as one part)
        if cuts is not None and len(cuts) >= 2 and sum(j - i == 1 for i, j in zip([0, *cuts], cuts)) >= len(cuts) - 1:
            return ["".join(parts[i:j]) for i, j in zip([0, *cuts], cuts)]
    return None


__all__ = ["FULL_SLACK", "INDENT_SLACK", "MIN_WIDTH", "core", "row_left_whole", "split_rows"]
