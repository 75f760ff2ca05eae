"""Headlines set at the body's size, told by where they stand beside or over their columns.

A short piece's headline may be set no larger than its text, in the heavier
face (黑体 over 宋体). Size cannot tell it from a subheading; where it stands
can. Beside its columns: flush left in a narrow box, its reporters' line (or a
subtitle) under it and white space under that, the text it heads opening level
with its top at the top of a column just on its right (a subheading stands in
its column with the text going on under it). Over a row: the text's first line
right under it and, a gutter to the right, the next column's top level with
that line (a subheading at a column's top stands level with the next column's
top itself). (A dateline under such a run is :mod:`.small_headlines`' cue.)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import BBox, TextLine
from .row_titles import centred_over_a_row, is_reporters_line, over_a_reporters_line
from .rules import parse_byline_line, parse_glued_byline
from .small_headlines import (LinesBelow, any_heavy, headed_already, heavy_runs, is_heavier, kicker_over,
                              names_alone, text_font, under_a_heading)

#: the headline's lines, and the short lines (reporters, a subtitle) under it, at most
_TITLE_LINES = 3
_UNDER_LINES = 2
_UNDER_CHARS = 20
#: the white space under the box, in body sizes at least
_WHITE_UNDER = 2.5
_SENTENCE_ENDS = frozenset("。；！？;!?")
#: how far the text's top may stand from the run's top (body sizes)
_LEVEL = 1.5
#: a column's first line: at least this many characters (a table's cell is no column's top)
_TOP_CHARS = 6
#: two lines set at one size (a share of the body size): one text's
_SAME_SIZE = 0.03


def _column_top_beside(first: TextLine, right: float, text: list[TextLine], index: LinesBelow, font: str,
                       body: float) -> bool:
    """A column of the text opens on the run's right, level with its top: of
    the nearest column's lines level with it, one in the text's face has no
    line right over it. The text may be set at its own article's size, under the page's body
    (a piece set smaller than the rest of the page): then smaller than the run."""
    level = [ln for ln in text if ln.x0 >= right + 0.5 * body and abs(ln.y0 - first.y0) <= _LEVEL * body
             and not ln.vertical]
    if not level:
        return False
    near = min(ln.x0 for ln in level)
    return any(ln.x0 <= near + 2.5 * body and (ln.font == font or _column_in_its_face(ln, index, body))
               and not is_heavier(ln, font)
               and (abs(ln.size - body) <= 0.15 * body or _SMALLER_TEXT * body <= ln.size < first.size)
               and not index.over(ln, body) for ln in level)


def _column_in_its_face(ln: TextLine, index: LinesBelow, body: float) -> bool:
    """A piece may set its text in another plain face than the page's (楷体 on a
    宋体 page): a column's top all the same when a column of lines in its face
    and size goes on under it (a kicker or a line of names is one line)."""
    nxt = index.under(ln, body)
    if nxt is None or nxt.font != ln.font or abs(nxt.size - ln.size) > 0.3:
        return False
    after = index.under(nxt, body)
    return after is not None and after.font == ln.font and abs(after.size - ln.size) <= 0.3


#: text set at its own size under the page's body: this share of it at least
_SMALLER_TEXT = 0.8


def _title_line(ln: TextLine, body: float, font: str, shortest: int = 2) -> bool:
    """A short line in a heavier face, under the heading size (it is one of
    the text's lines), ending no sentence nor holding one (a title's comma may
    stand in it), and no reporters' line nor note in brackets (（上接第2版））:
    a headline's line or a subheading."""
    if ln.vertical or ln.size < 0.9 * body or not is_heavier(ln, font):  # (most lines: the cheap tests first)
        return False
    text = ln.text.strip()
    return shortest <= len(text) <= 24 and not _SENTENCE_ENDS.intersection(text) \
        and not text.startswith(("（", "(")) \
        and parse_byline_line(text) is None and parse_glued_byline(text) is None


def side_titles_at_body_size(lines: list[TextLine], body: float, headings: Sequence[TextLine] = (),
                             font: str | None = None, boxes: Sequence[BBox] = ()) -> list[TextLine]:
    """Lines under the heading size that are a headline: one to three short
    lines in a heavier face than the text, ending no sentence, opening a
    column (nothing right over the first), standing beside their columns or
    over a row of them (see the module). Not under a heading line of
    ``headings`` (a label, or a larger headline heading the column already).
    ``font``: the text's (:func:`.small_headlines.text_font` of ``lines``), when known.
    A heading line framed in a box of ``boxes`` the run stands outside of (a
    banner, a pulled quote) heads nothing outside its frame."""
    font = text_font(lines, body) if font is None else font
    found: list[TextLine] = []
    if not any_heavy(lines, font):
        return found  # (no line set heavier than the text: no title line)
    taken: set[int] = set()

    def goes_on(run: list[TextLine], nxt: TextLine) -> bool:
        return len(run) < _TITLE_LINES and _title_line(nxt, body, font, 1) and abs(nxt.size - run[0].size) < 0.3
    for run, index in heavy_runs(lines, body, font, _title_line, goes_on, taken):
        first = run[0]
        if first.text.lstrip().startswith("—"):
            continue  # a signature (——编者) or a subtitle: no headline opens on a dash
        heads = [h for h in headings if not _framed_apart(h, first, boxes)] if boxes else headings
        over_row = _over_a_row(run, lines, index, font, body)
        centred = centred_over_a_row(run, index, font, body, heads)
        if not (_beside_its_columns(run, lines, index, font, body, kicker_over(index, first, font, body))
                or over_row or centred
                or over_a_reporters_line(run, index, font, body, heads)) \
                or (under_a_heading(first, heads, body) and not (
                    _under_a_lead_in(first, heads, body) and (over_row or centred))) \
                or headed_already(first, lines, heads, body):
            continue
        taken.update(id(ln) for ln in run)
        if len(run) > 1 and (is_reporters_line(run[-1].text) or names_alone(run[-1].text)):
            run = run[:-1]  # the reporters' line set in the title's face: the byline under it, no tier
        found.extend(run)
    return found



def _inside(ln: TextLine, box: BBox) -> bool:
    return box[0] - 1 <= ln.x0 and ln.x1 <= box[2] + 1 and box[1] - 1 <= ln.y0 and ln.y1 <= box[3] + 1


def _framed_apart(heading: TextLine, first: TextLine, boxes: Sequence[BBox]) -> bool:
    """``heading`` stands in a box that does not hold ``first``: a frame between them."""
    return any(_inside(heading, box) and not _inside(first, box) for box in boxes)


def _under_a_lead_in(first: TextLine, headings: Sequence[TextLine], body: float) -> bool:
    """The heading line right over the run's top ends on a lead-in dash (a place, or a phrase, and ——):
    a kicker leading into its title, when the run stands over a row as a headline does."""
    over = [h for h in headings if 0 <= first.y0 - h.y1 <= 2 * body and min(h.x1, first.x1) - max(h.x0, first.x0) > 0]
    return len(over) == 1 and over[0].text.rstrip().endswith("——") and not over[0].vertical


def _beside_its_columns(run: list[TextLine], lines: list[TextLine], index: LinesBelow, font: str, body: float,
                        kicker: TextLine | None = None) -> bool:
    """The run, maybe over a line or two of reporters or a subtitle, has white
    space under it in its column and a column of the text opening level with
    its top on its right: a side headline. Under its ``kicker`` (引题 in another
    face), the box's top is the kicker's: the text opens level with that."""
    box = list(run)
    nxt = index.under(run[-1], body, _WHITE_UNDER)
    while nxt is not None and len(box) - len(run) < _UNDER_LINES and len(nxt.text.strip()) <= _UNDER_CHARS \
            and not any(c in nxt.text for c in "。；！？"):
        box.append(nxt)
        nxt = index.under(nxt, body, _WHITE_UNDER)
    span = (min(ln.x0 for ln in box) - 0.5 * body, max(ln.x1 for ln in box) + 0.5 * body)
    return index.under(box[-1], body, _WHITE_UNDER, span) is None \
        and _column_top_beside(kicker or run[0], span[1], lines, index, font, body)


def _text_line(ln: TextLine, font: str, body: float) -> bool:
    """A line of the text: at the body's size in a face no heavier than the text's (a piece set in 楷体 on a
    宋体 page, in a tinted box, is text all the same)."""
    return not ln.vertical and not is_heavier(ln, font) and abs(ln.size - body) <= 0.15 * body


def _column_top(ln: TextLine, index: LinesBelow, font: str, body: float) -> bool:
    """``ln`` tops a column of the text: six characters or more (a table's cell is no column's top), or a
    paragraph's last few glyphs carried over (注的话题。) with a full line of the text right under it."""
    if len(ln.text.strip()) >= _TOP_CHARS:
        return True
    nxt = index.under(ln, body)
    return ln.text.rstrip().endswith(tuple(_SENTENCE_ENDS) + ("”",)) and nxt is not None \
        and _text_line(nxt, font, body) and len(nxt.text.strip()) >= 2 * _TOP_CHARS and abs(nxt.x0 - ln.x0) <= 2.5 * body


def _over_a_row(run: list[TextLine], lines: list[TextLine], index: LinesBelow, font: str, body: float) -> bool:
    """The run stands over a row of columns: right under it the text's first
    line, and level with that line, a gutter to its right, the top of the
    next column (a subheading at a column's top stands level with the next
    column's top itself, not over it); no text runs level with the run on its
    left in the size of the text under it (a subheading in a row of columns)."""
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    under = index.under(run[-1], body, _LEVEL, (x0 - 0.5 * body, x1 + 0.5 * body))
    if under is None or not _text_line(under, font, body):
        return False
    # the column's right edge: a note or a paragraph's last line under the run may stop short of it; a run
    # set flush left with the column and reaching well past its text stands over the next column too (a title
    # wider than one column)
    nxt = index.under(under, body)
    text_edge = max(under.x1, nxt.x1 if nxt is not None else under.x1)
    flush = abs(x0 - min(under.x0, nxt.x0 if nxt is not None else under.x0)) <= 0.5 * body
    edge = text_edge if flush and x1 > text_edge + body else max(text_edge, x1)
    # (the next column's first line, a line of text (no table's cell), may open a paragraph: its indent
    # past the gutter)
    if not any(edge < ln.x0 <= edge + 3 * body + 2 * ln.size and abs(ln.y0 - under.y0) <= 0.5 * body
               and _text_line(ln, font, body) and _column_top(ln, index, font, body) and not index.over(ln, body)
               for ln in lines):
        return False
    top = run[0]
    # (text on the left set at another size than the text under the run is another article's, across white space)
    return not any(ln.x1 <= x0 and x0 - ln.x1 <= 3 * body and abs(ln.y0 - top.y0) <= body
                   and _text_line(ln, font, body) and abs(ln.size - under.size) <= _SAME_SIZE * body for ln in lines)


__all__ = ["side_titles_at_body_size"]
