"""Headlines set no larger than the text: a short piece squeezed into a
narrow column may have its headline set at the body's size or below it, in
the heavier face (黑体 over 宋体 text). Size cannot tell such a headline
from a subheading; what stands under it can. A dispatch dateline
(本报北京2月15日电, 新华社柏林2月11日电) opens an article's first paragraph, so
a short heavy run at a column's top right over one (maybe with the
reporters' line between) is that article's headline: no subheading stands
over a dateline. Unless a larger headline already heads that column: right
over its top (its byline and a short label may stand between) or level with
it just on its left (a side or vertical headline). A headline heads the text
under or beside it; the heavy run is a part's heading in that text (a series'
headline over its items: 新服务 / 快递包裹可全程查询 / 本报江城…电)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from ..model import BBox, TextLine
from ..names import starts_with_surname
from .config import LayoutConfig
from .rules import is_continuation_line, name_tokens, opens_with_dateline, parse_byline_line

#: headline lines (wrapped a few glyphs a line in the narrowest column), its glyphs, and
#: reporters' lines between it and the dateline, at most
_MAX_TITLE_LINES = 8
_MAX_TITLE_CHARS = 40
#: a dateline wrapped in a narrow column: over this many lines, this many characters at most
_DATELINE_LINES = 6
_DATELINE_CHARS = 24
_MAX_NAME_LINES = 2
#: the white space under a headline, and under its reporters' line, in body sizes at most
_GAP_UNDER_TITLE = 2.5
_HEADING_RATIO = LayoutConfig().heading_ratio
_SENTENCE_MARKS = frozenset("，。；！？,;!?")
_HEAVY_WORDS = ("hei", "黑", "gothic", "bold", "heavy", "black")


def text_font(lines: list[TextLine], body: float) -> str:
    """The font most body-size characters are set in (a page's: asked once, for
    this module's and :mod:`.side_small_titles`' passes alike)."""
    fonts: dict[str, int] = {}
    lo, hi = 0.85 * body, 1.15 * body
    for ln in lines:
        if lo <= ln.size <= hi:
            fonts[ln.font] = fonts.get(ln.font, 0) + len(ln.text)
    return max(fonts, key=fonts.__getitem__) if fonts else ""


def _heavy_font(font: str) -> bool:
    """A 黑体 or another heavy face, by its name."""
    lower = font.lower()
    return any(word in lower for word in _HEAVY_WORDS)


def is_heavier(ln: TextLine, font: str) -> bool:
    """Set heavier than the text: bold, or in a heavy face when the text is not."""
    return ln.bold or (ln.font != font and _heavy_font(ln.font) and not _heavy_font(font))


def any_heavy(lines: list[TextLine], font: str) -> bool:
    """Is any of ``lines`` set heavier than the text (:func:`is_heavier`)? The
    title lines of this module's pass and :mod:`.side_small_titles`' are: a
    page with none has no run to look for (asked of the faces met, once, not
    of every line)."""
    faces = {(ln.font, ln.bold) for ln in lines}
    return any(bold or (face != font and _heavy_font(face) and not _heavy_font(font)) for face, bold in faces)


def _short_title_line(ln: TextLine, body: float, font: str, shortest: int = 2) -> bool:
    # (up to the heading size, config.heading_ratio: a line that large is a heading line already, and a heavy
    # one just under it, 1.10-1.12 the body, is a title no other pass reads)
    if ln.vertical or ln.size >= body * _HEADING_RATIO or not is_heavier(ln, font):  # (the cheap tests first)
        return False
    text = ln.text.strip()
    return shortest <= len(text) <= 24 and not _SENTENCE_MARKS.intersection(text) and parse_byline_line(text) is None


class LinesBelow:
    """The line right under another, in its column: the nearest line under it
    that overlaps it across most of the narrower one's width, a line's gap away."""

    def __init__(self, lines: list[TextLine]) -> None:
        self.lines = sorted(lines, key=lambda ln: ln.y0)
        self.tops = [ln.y0 for ln in self.lines]

    def under(self, ln: TextLine, body: float, gap: float = 1.2, span: tuple[float, float] | None = None
              ) -> TextLine | None:
        """With ``span``: the nearest line under ``ln`` touching that stretch
        of x at all (under a headline centred in its column, the text's first
        line may be indented past the headline's last glyph)."""
        best = None
        for other in self.lines[bisect_left(self.tops, ln.y0 + 0.5 * ln.height):]:
            if other.y0 - ln.y1 > gap * body:
                break
            if other is ln:  # (a line of no height sorts among the lines under it)
                continue
            if span is None:
                overlap = min(ln.x1, other.x1) - max(ln.x0, other.x0)
                apart = overlap < 0.5 * min(ln.width, other.width)
            else:
                apart = min(span[1], other.x1) - max(span[0], other.x0) <= 0
            if other.vertical or apart:
                continue
            if best is None or other.y0 < best.y0:
                best = other
        return best

    def over(self, ln: TextLine, body: float) -> bool:
        """Is there a line right over this one in its column?"""
        return self.line_over(ln, body) is not None

    def line_over(self, ln: TextLine, body: float) -> TextLine | None:
        """The line right over this one in its column, if any."""
        k = bisect_left(self.tops, ln.y0 - 0.5 * ln.height) - 1
        while k >= 0 and ln.y0 - self.lines[k].y0 <= 4 * body:
            other = self.lines[k]
            overlap = min(ln.x1, other.x1) - max(ln.x0, other.x0)
            if other.y1 <= ln.y0 + 0.5 and ln.y0 - other.y1 <= 1.2 * body and not other.vertical \
                    and overlap >= 0.5 * min(ln.width, other.width):
                return other
            k -= 1
        return None


def kicker_over(index: LinesBelow, first: TextLine, font: str, body: float) -> TextLine | None:
    """The line right over ``first`` when it is a kicker: one line in another plain face than the text's (楷体
    over 宋体 text, no heavier) or in the text's set larger, centred on ``first`` or flush left with it,
    opening its column (nothing right over it). A heavy run under it opens its column all the same: the
    headline's title under its 引题. A kicker wrapped over two lines (a side headline's narrow box) is
    one too: its first line, set alike and aligned alike, opens the column (returned: the box's top)."""
    kicker = index.line_over(first, body)
    if kicker is None or not _kicker_line(kicker, first, font, body):
        return None
    top = index.line_over(kicker, body)
    if top is None:
        return kicker
    if top.font == kicker.font and abs(top.size - kicker.size) < 0.3 and _kicker_line(top, first, font, body) \
            and not _KICKER_ENDS.intersection(top.text + kicker.text) and not index.over(top, body):
        return top
    return None


#: a kicker wrapped over two lines holds no sentence's end (a comma may part its clauses)
_KICKER_ENDS = frozenset("。；！？;!?")


def _kicker_line(kicker: TextLine, first: TextLine, font: str, body: float) -> bool:
    """In another plain face than the text's, or the text's set larger; centred on ``first`` or flush left with it."""
    return (kicker.font != font or kicker.size >= 1.1 * body) and not is_heavier(kicker, font) \
        and (abs((kicker.x0 + kicker.x1) - (first.x0 + first.x1)) <= 2 * body or abs(kicker.x0 - first.x0) <= 0.5 * body)


def _opens_text(index: LinesBelow, ln: TextLine, body: float) -> bool:
    """Does a dateline open the text at this line (wrapped onto the lines under it or not)?"""
    text = ln.text
    nxt: TextLine | None = ln
    for _ in range(_DATELINE_LINES):
        if opens_with_dateline([text]) or len(text) >= _DATELINE_CHARS:
            break
        nxt = index.under(nxt, body)
        if nxt is None:
            break
        text += nxt.text
    return opens_with_dateline([text])


def _names_over_text(index: LinesBelow, last: TextLine, font: str, body: float,
                     photos: Sequence[BBox] = (), headings: Sequence[TextLine] = ()) -> bool:
    """Right under the headline's last line a line of names alone (bare, or
    after a reporter's role) in another face than the text's, and right
    under it a line of the text: the piece's reporters over its first
    words. (A part's heading inside an article stands over its reporters
    too, but set larger than the text: no line this rule looks at.) A photo
    right under the names, under the run, opens the piece as well: an
    article may open on its picture, its text going on under the caption.
    A column's logo (a short heading line of ``headings``) may stand between
    the names and that text or photo."""
    names = index.under(last, body, _GAP_UNDER_TITLE)
    if names is None or names.vertical or names.size > 1.2 * body:
        return False
    text = names.text.strip()
    if names.font == font:  # in the text's face only a line no sentence can be: a role before names, or names apart
        if not names_alone(text) and not (("记者" in text or "通讯员" in text) and parse_byline_line(text)):
            return False
    elif name_tokens(text) is None and parse_byline_line(text) is None:
        return False
    # (the text's first line is indented: in a column a few glyphs wide it may
    # start past the names' end, so any line under the piece's width will do)
    span = (min(last.x0, names.x0) - 0.5 * body, max(last.x1, names.x1) + 0.5 * body)
    first = index.under(names, body, _GAP_UNDER_TITLE, span)
    if first is None:
        foot = names.y1
        label = _label_under(names, headings, span, body)  # (a column's logo may stand between: 一线调查)
        if label is not None and (first := index.under(label, body, _GAP_UNDER_TITLE, span)) is None:
            foot = label.y1
        if first is None:
            return any(0 <= im[1] - foot <= _GAP_UNDER_TITLE * body and im[0] <= last.x1 and im[2] >= last.x0
                       for im in photos)
    return not first.vertical and first.font == font and not is_heavier(first, font) \
        and abs(first.size - body) <= 0.15 * body


#: a column's logo under an article's names: a few glyphs
_LABEL_CHARS = 6


def _label_under(names: TextLine, headings: Sequence[TextLine], span: tuple[float, float],
                 body: float) -> TextLine | None:
    """A short heading line right under the names, within the piece's width: a column's logo
    (一线调查) set between the reporters' line and the piece's text or photo."""
    return next((h for h in headings if not h.vertical and 0 <= h.y0 - names.y1 <= _GAP_UNDER_TITLE * body
                 and len(h.text.strip()) <= _LABEL_CHARS and min(span[1], h.x1) - max(span[0], h.x0) > 0), None)


def _photo_under(run: list[TextLine], photos: Sequence[BBox], body: float) -> bool:
    """A photo right under the run (no line between: the caller found none), under its
    middle: the article opens on its picture, as it opens on its reporters' line."""
    last = run[-1]
    middle = (min(ln.x0 for ln in run) + max(ln.x1 for ln in run)) / 2
    return any(0 <= im[1] - last.y1 <= _GAP_UNDER_TITLE * body and im[0] <= middle <= im[2] for im in photos)


def names_alone(text: str) -> bool:
    """Two or three names apart by spaces, each of two or three glyphs opening with a surname (林晓 王海):
    the authors' line under a title set in its face and size, no line of the title (访农户 看新貌)."""
    if " " not in text.strip() and "\u3000" not in text.strip():
        return False
    tokens = name_tokens(text, 3)
    return tokens is not None and 2 <= len(tokens) <= 3 \
        and all(2 <= len(t) <= 3 and starts_with_surname(t) for t in tokens)


#: a subtitle (副题) is one line of a clause or two, no sentence
_SUBTITLE_CHARS = 32
_SENTENCE_ENDS = frozenset("。！？；")


def dashed_subtitle_under(run: list[TextLine], index: LinesBelow, headings: Sequence[TextLine], body: float,
                          font: str) -> TextLine | None:
    """The line right under a run of short heavy lines when it opens with a dash
    (——某某侧记): a subtitle, so the run over it is its title, even set at the
    body's size and smaller than its subtitle (a series' title in the face of
    the text's subheadings: no subheading stands over a ——line). The dashed
    line is set apart from the text: larger than the body or in a heavier face,
    or larger than the text right under it or in another face (a piece set
    smaller than the page's text); a paragraph opening with a dash (a quote's
    source) is none of these. One line, holding no sentence's end."""
    last = run[-1]
    span = (min(ln.x0 for ln in run) - 0.5 * body, max(ln.x1 for ln in run) + 0.5 * body)
    under = index.under(last, body, _GAP_UNDER_TITLE, span)
    for h in headings:  # (set larger, it is a heading line already)
        if not h.vertical and 0 <= h.y0 - last.y1 <= _GAP_UNDER_TITLE * body \
                and min(span[1], h.x1) - max(span[0], h.x0) > 0 and (under is None or h.y0 < under.y0):
            under = h
    if under is None or under.vertical:
        return None
    text = under.text.strip()
    if not text.startswith("——") or len(text) > _SUBTITLE_CHARS or len(text.strip("—")) < 2 \
            or _SENTENCE_ENDS.intersection(text):
        return None
    if under.size >= 1.05 * body or is_heavier(under, font):
        return under
    text_under = index.under(under, body, _GAP_UNDER_TITLE)  # (the article's own text: its size and face)
    if text_under is None or under.size >= 1.05 * text_under.size or under.font != text_under.font:
        return under
    return None


def _solid_lines_over(run: list[TextLine], index: LinesBelow, body: float) -> list[TextLine]:
    """The lines of the run's size and face right over its first, set solid
    (their boxes reaching into the next line's, so no line of them opened a
    run): the title's first lines, top first."""
    over: list[TextLine] = []
    top = run[0]
    for _ in range(_MAX_TITLE_LINES - len(run)):
        k = bisect_left(index.tops, top.y0) - 1
        nxt = None
        while k >= 0 and top.y0 - index.lines[k].y0 <= 2 * top.size:
            ln = index.lines[k]
            if ln is not top and ln.font == top.font and abs(ln.size - top.size) < 0.3 and not ln.vertical \
                    and top.y0 - 0.5 * body <= ln.y1 <= top.y0 + 0.5 * top.height and abs(ln.x0 - top.x0) <= body:
                nxt = ln
                break
            k -= 1
        if nxt is None or any(nxt is r for r in run):
            break
        over.insert(0, nxt)
        top = nxt
    return over


def under_a_heading(first: TextLine, headings: Sequence[TextLine], body: float) -> bool:
    """A heading line (a column's label, another headline) stands right over the run's top."""
    return any(0 <= first.y0 - h.y1 <= 2 * body and min(h.x1, first.x1) - max(h.x0, first.x0) > 0
               for h in headings)


def _rule_between(left: float, right: float, top: float, bottom: float, walls: Sequence[BBox]) -> bool:
    """A vertical rule stands between ``left`` and ``right`` along the stretch ``top``-``bottom``."""
    return any(w[3] - w[1] > w[2] - w[0] and left - 1 <= (w[0] + w[2]) / 2 <= right + 1
               and w[1] <= top and w[3] >= bottom for w in walls)


#: the short lines (a byline, a part's label) stacked between a larger headline and a heavy run
_STACK_LINES = 2
_STACK_CHARS = 8
#: a headline on the run's left heads it this near (body sizes), its top level with the stack's
_SIDE_REACH = 8.0
#: the narrowest column, in characters: how far right of a run's start its column reaches at least
_COLUMN_CHARS = 11


def headed_already(first: TextLine, lines: Sequence[TextLine], headings: Sequence[TextLine], body: float,
                   walls: Sequence[BBox] = ()) -> bool:
    """Does a larger headline head the column the run ``first`` opens: right over
    the short lines stacked over it (or over the run), or level with their top
    just left of the column (no column rule of ``walls`` between: a headline
    past a rule heads the columns on its own side)? So does the note that the
    column goes on from another page (（上接第2版）) stacked over it: the
    article's headline is its."""
    # (the column reaches past a short run set flush left: a byline may be centred in it)
    x0, x1 = first.x0 - body, max(first.x1, first.x0 + _COLUMN_CHARS * first.size)
    larger = [h for h in headings if h.size >= 1.3 * first.size]
    stacked = [*lines, *(h for h in headings if h.size < 1.3 * first.size)]  # (a byline set a little large)
    top = first
    for _ in range(_STACK_LINES):
        over = [ln for ln in stacked if ln is not top and ln.y1 <= top.y0 + 0.5 and top.y0 - ln.y1 <= 2 * body
                and not ln.vertical and min(ln.x1, x1) - max(ln.x0, x0) > 0]
        if not over:
            break
        near = max(over, key=lambda ln: ln.y1)
        note = is_continuation_line(near.text)
        if note is not None and note.direction == "from":
            return True  # the rest of an article begun on another page (（上接第2版）): no piece opens in it
        if len(near.text.strip()) > _STACK_CHARS or _SENTENCE_MARKS.intersection(near.text):
            break
        top = near
    for h in larger:
        if 0 <= top.y0 - h.y1 <= 2 * body and min(h.x1, x1) - max(h.x0, x0) > 0:
            return True  # right over the stack
        if h.x1 <= top.x0 + body / 2 and min(top.x0, first.x0) - h.x1 <= _SIDE_REACH * body \
                and h.y0 <= top.y0 + 3 * body and h.y1 >= top.y0 - body and (h.vertical or not any(
                    0 <= ln.y0 - h.y1 <= 2 * body and min(ln.x1, h.x1) - max(ln.x0, h.x0) > 0 for ln in lines)) \
                and not _rule_between(h.x1, min(top.x0, first.x0), top.y0, first.y1, walls):
            return True  # beside its top on its left (a side headline's line level with it, no text under it)
    return False


def heavy_runs(lines: list[TextLine], body: float, font: str,
               title_line: Callable[[TextLine, float, str], bool],
               goes_on: Callable[[list[TextLine], TextLine], bool],
               taken: set[int]) -> Iterator[tuple[list[TextLine], LinesBelow]]:
    """Runs of short heavy lines (``title_line``) opening a column (no line
    right over the first but a kicker, :func:`kicker_over`), each line right under the one before while
    ``goes_on``, top first, with the index of ``lines`` they were found in.
    A run starting at a line the caller has put in ``taken`` (by id) is
    skipped. The one walk of this module's pass and :mod:`.side_small_titles`'."""
    candidates = [ln for ln in lines if title_line(ln, body, font)]
    if not candidates:
        return
    index = LinesBelow(lines)
    for first in sorted(candidates, key=lambda ln: ln.y0):
        if id(first) in taken or index.over(first, body) and kicker_over(index, first, font, body) is None:
            continue
        run = [first]
        nxt = index.under(first, body)
        while nxt is not None and goes_on(run, nxt):
            run.append(nxt)
            nxt = index.under(nxt, body)
        yield run, index


def headlines_over_datelines(lines: list[TextLine], body: float,
                             headings: Sequence[TextLine] = (), font: str | None = None,
                             photos: Sequence[BBox] = (), walls: Sequence[BBox] = ()) -> list[TextLine]:
    """Lines under the heading size that are a headline: a few short
    lines in a heavier face than the text, none holding a sentence mark,
    opening a column (nothing right over the first), right over a dateline
    that opens the text (wrapped or not), maybe with one or two short lines
    of reporters' names between; or right over a line of names alone over
    the text, when no heading line of ``headings`` (a column's label over
    the piece) stands right over it: under a label the run may be its title.
    Not when a larger headline heads the column already (:func:`headed_already`).
    ``font``: the text's (:func:`text_font` of ``lines``), when known; ``photos``: the page's images;
    ``walls``: the page's rules (a headline past a column rule heads no run on its other side)."""
    font = text_font(lines, body) if font is None else font
    found: list[TextLine] = []
    if not any_heavy(lines, font):
        return found  # (no line set heavier than the text: no title line)
    taken: set[int] = set()

    def goes_on(run: list[TextLine], nxt: TextLine) -> bool:
        return len(run) < _MAX_TITLE_LINES and _short_title_line(nxt, body, font, 1) \
            and abs(nxt.size - run[0].size) < 0.3 and not names_alone(nxt.text) \
            and sum(len(ln.text.strip()) for ln in run) + len(nxt.text.strip()) <= _MAX_TITLE_CHARS
    for run, index in heavy_runs(lines, body, font, _short_title_line, goes_on, taken):
        first = run[0]
        span = (min(ln.x0 for ln in run) - 0.5 * body, max(ln.x1 for ln in run) + 0.5 * body)
        nxt = index.under(run[-1], body, _GAP_UNDER_TITLE, span)
        names = 0
        while nxt is not None and not _opens_text(index, nxt, body) and names < _MAX_NAME_LINES \
                and len(nxt.text.strip()) <= 16 and not _SENTENCE_MARKS.intersection(nxt.text):
            names += 1
            nxt = index.under(nxt, body, _GAP_UNDER_TITLE)
        dashed = dashed_subtitle_under(run, index, headings, body, font)
        if dashed is not None and not headed_already(first, lines, headings, body):
            run = _solid_lines_over(run, index, body) + run  # (its first lines, set solid, were no run's start)
            found.extend(run)  # a title over its own 副题: the two tiers of a headline, whatever their sizes
            if not any(dashed is h for h in headings):  # (by identity: `in` compares every line's fields)
                found.append(dashed)  # (one of ``lines``: a heading line set larger is a heading already)
            taken.update(id(ln) for ln in run)
            continue
        if ((nxt is not None and _opens_text(index, nxt, body)) or (
                (_names_over_text(index, run[-1], font, body, photos, headings) or (nxt is None and _photo_under(run, photos, body)))
                and not under_a_heading(first, headings, body))) \
                and not headed_already(first, lines, headings, body, walls):
            found.extend(run)
            taken.update(id(ln) for ln in run)
    return found


__all__ = ["LinesBelow", "any_heavy", "headed_already", "headlines_over_datelines", "heavy_runs", "is_heavier",
           "names_alone", "text_font", "under_a_heading"]
