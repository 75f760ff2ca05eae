"""An article's opening column taken back from the neighbour it was given to.

Every article's text opens somewhere: its first column starts a paragraph
(an indent, a dateline). When the first column of an article (nothing of its
text stands left of it or over it) opens mid-sentence, its opening is the
column on its left whose foot breaks off mid-sentence into it. Ownership may
have given that column to the article on the left (a headline narrower than
its article, set over the columns further right); but when that column opens
a paragraph of its own at its top and the text of its owner just before it
(the foot of the column on its left) is finished, the owner's text is whole
without it, and the column, with the blocks set under it in its column, is
the opening of the article it runs on into. So when the owner has no text on
the column's left but all of it stands over the column's top (the column set
under another article's side headline, across its white space), finished at
its last column's foot. So is a column that no headline
holds (only a column logo over it, or nothing), opening a paragraph and
running on so, and so are all the columns no headline holds that one text
runs through before it (a headline centred over its article's middle columns).
A vertical headline (竖排) standing between a column and its owner's text on
the far side of the strip: that text, across the strip, is the text before
the column. A byline line under a headline is no text: the column under it
is the article's first."""

from __future__ import annotations

from ..model import BBox
from .roles import BODY, SUBHEADING
from .column_flow import OPENS_ARTICLE, foot_on_left, opens_paragraph
from .body_units import names_by_place, plain_names
from .columns import ColumnBlock
from .reflow import ends_sentence
from .rules import is_continuation_line, parse_bracket_byline, parse_byline_line
from .segment import smallest_frame


def openings_run_on(blocks: list[ColumnBlock], separators: list[BBox], frames: list[BBox], body: float,
                    labels: set[int] = frozenset(),  # type: ignore[assignment]
                    strips: dict[int, BBox] | None = None) -> None:
    """Give the column that runs on into an article's headless first column to that article
    (see the module's docstring); the blocks stacked under it in its column go along.
    ``labels``: owners that are labels (a column logo, a banner), no headline: a column
    they or no one holds is no article's text to keep whole. ``strips``: the vertical
    headlines' boxes by owner."""
    text = [b for b in blocks if b.role == BODY and b.owner is not None]
    prose = [b for b in text if not _byline_alone(b)]  # (a byline line under a headline is no text)
    columns = [b for b in blocks if b.role in (BODY, SUBHEADING)]
    frame_of = {id(b): smallest_frame(b.bbox, frames) if frames else None for b in blocks}
    for b in sorted(prose, key=lambda b: (b.top, b.left)):
        owner = b.owner
        if owner in labels or opens_paragraph(b) or not _first_of_its_article(b, prose, body):
            continue
        first = b.lines[0].text
        if parse_byline_line(first) or parse_bracket_byline(first) or names_by_place(first) or plain_names(first):
            continue  # a byline under a side headline (■ 通讯员 张三, 汪　涛  李　明): no text opening mid-sentence
        foot = foot_on_left(b, blocks, separators, frame_of, frame_of[id(b)], body)
        if foot is None or foot.owner == owner:
            continue
        free = foot.owner is None or foot.owner in labels
        owners = labels | {None} if free else {foot.owner}
        column = _column_over(foot, columns, body, owners)
        top = _text_top(column)
        if free:  # a headless text may run through several columns before the article's first
            column, top = _chain_back(column, top, blocks, columns, separators, frame_of, body, owners)
        if not opens_paragraph(top) or top.top > b.bottom:
            continue
        if not free:
            before = _foot_before(top, text, body, _strip_between(top, (strips or {}).get(top.owner), body)) \
                or _foot_over_it_all(column, text)
            if before is None or not _finished(before):
                continue  # the column's owner has no text of its own before it, or that text runs on into it
        if any(OPENS_ARTICLE.match(o.lines[0].text.lstrip()) for o in text if o.owner == owner):
            continue  # the article opens with its dateline elsewhere
        for c in column:
            c.owner = owner


def _chain_back(column: list[ColumnBlock], top: ColumnBlock, blocks: list[ColumnBlock], columns: list[ColumnBlock],
                separators: list[BBox], frame_of: dict[int, BBox | None], body: float, owners: set
                ) -> tuple[list[ColumnBlock], ColumnBlock]:
    """Back along a headless text from a column whose top goes on from the
    foot of the column on its left (no indent, no dateline) to the column
    where the text opens a paragraph: one text run through the columns left
    of a headline set over its article's middle columns. Returns the columns
    (left first, each top to foot) and the top block of the first."""
    for _ in range(8):  # (a page has no more columns in a row)
        if opens_paragraph(top):
            break
        foot = foot_on_left(top, blocks, separators, frame_of, frame_of[id(top)], body)
        if foot is None or foot.owner not in owners or any(foot is c for c in column):
            break
        before = _column_over(foot, columns, body, owners)
        column = before + column
        top = _text_top(before)
    return column, top


def _first_of_its_article(b: ColumnBlock, text: list[ColumnBlock], body: float) -> bool:
    """No text of the block's article stands left of it or over it in its column."""
    return not any(o is not b and o.owner == b.owner and (o.right <= b.left + body / 2 or (
        o.bottom <= b.top + 1 and min(o.right, b.right) - max(o.left, b.left) > 0)) for o in text)


def _column_over(foot: ColumnBlock, columns: list[ColumnBlock], body: float, owners: set) -> list[ColumnBlock]:
    """The blocks (text and subheadings) of ``owners`` (the foot's owner, or no
    headline) stacked in the foot's column down to the foot, top first."""
    column = [foot]
    while True:
        first = column[0]
        over = [o for o in columns if o.owner in owners and all(o is not c for c in column)
                and foot.left - body / 2 <= o.left and o.right <= foot.right + body / 2  # (a subheading centred)
                and 0 <= first.top - o.bottom <= 3 * body]
        if not over:
            return column
        column.insert(0, max(over, key=lambda o: o.bottom))


def _text_top(column: list[ColumnBlock]) -> ColumnBlock:
    """The column's first block of text: a note over it that the text is
    continued from another page (（上接第2版）) opens nothing, the text under it does."""
    for c in column:
        if len(c.lines) > 1 or not is_continuation_line(c.lines[0].text):
            return c
    return column[0]


def _byline_alone(b: ColumnBlock) -> bool:
    """A block of one byline line (■ 通讯员 张三, （本报记者 李四）, or names alone with no role: 汪 涛  李 明)."""
    if len(b.lines) != 1:
        return False
    line = b.lines[0].text
    return bool(parse_byline_line(line) or parse_bracket_byline(line) or plain_names(line.replace("\u3000", " ")))


def _strip_between(top: ColumnBlock, strip: BBox | None, body: float) -> float | None:
    """The left edge of the owner's vertical headline standing just left of the
    column ``top`` opens (its own text, if any, is across it), else ``None``."""
    if strip is None or strip[2] > top.left + body / 2 or top.left - strip[2] > 5 * body:
        return None
    return strip[0]


def _foot_before(top: ColumnBlock, text: list[ColumnBlock], body: float, edge: float | None = None
                 ) -> ColumnBlock | None:
    """The foot of the column of the same owner just left of the column ``top``
    opens (``edge``: the left edge of the owner's vertical headline between
    them: the owner's text nearest left of it)."""
    # (a column's foot may hold a short last line only, the rest of that column left empty: 快乐。”)
    reach = 1.5 * (top.right - top.left)
    x = top.left if edge is None else edge
    left = [o for o in text if o.owner == top.owner and o.right <= x + body / 2
            and (edge is not None or x - o.right <= 5 * body or x - o.lines[-1].x0 <= reach)
            and o.top <= top.top + 10 * body]  # (across a vertical headline: its own text, however far)
    if not left:
        return None
    near = max(o.right for o in left)
    return max((o for o in left if o.right >= near - body / 2), key=lambda o: o.bottom)


def _foot_over_it_all(column: list[ColumnBlock], text: list[ColumnBlock]) -> ColumnBlock | None:
    """With no text of the column's owner on its left: when all the owner's
    other text stands over the column's top (the column set under the
    owner's article, across white space), the foot of its last column (the
    rightmost, lowest): the owner's text ends there, before the column."""
    top = column[0]
    rest = [o for o in text if o.owner == top.owner and all(o is not c for c in column)]
    if not rest or any(o.bottom > top.top for o in rest):
        return None
    return max(rest, key=lambda o: (o.right, o.bottom))


def _finished(block: ColumnBlock) -> bool:
    """The block's text ends a sentence (or closes with a bracketed note: （作者为…））."""
    last = block.lines[-1].text.rstrip()
    return ends_sentence(last) or last.endswith(("）", ")"))


__all__ = ["openings_run_on"]
