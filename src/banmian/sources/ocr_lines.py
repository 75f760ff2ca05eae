"""OCR lines made ready for layout, where a scan differs from a PDF's text
layer: a column logo is a picture there (not text), a detector's box reaches
past its ink (across a header's rule), a heading's large quote marks are
boxed apart from its words and read as other characters."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..layout.config import DEFAULT
from ..model import BBox, TextLine
from . import ocr

#: a column logo or a graphic's label: at most this many characters, all Chinese
LABEL_CHARS = 6
_LABEL_TEXT = re.compile(r"^[\u3400-\u9fff]{2,%d}$" % LABEL_CHARS)


def split_graphic_labels(gray: Any, found: list[ocr.OcrLine]) -> tuple[list[ocr.OcrLine], list[BBox]]:
    """Column logos (思想纵横, 新知新觉) are pictures in a page's PDF: a few
    characters at heading size in a display face whose strokes cover most of
    their box, or reversed out of a grey plate. Read as text they become
    headlines that take a column's text from its real (often vertical)
    headline. A short all-Chinese line at least 1.4 times the usual line
    height whose box is darker than text's boxes are on this page (its
    median, below the paper's, by more than 10 plus twice what a body
    line's is: blur and a heavy face darken every box of a scan) is such a
    picture: returned as an image box, not as text."""
    import numpy as np

    rows = [ln.box[3] - ln.box[1] for ln in found if not ln.vertical]
    if not rows:
        return found, []
    usual = float(np.median(rows))
    paper = float(np.median(gray[::8, ::8]))

    def darkness(ln: ocr.OcrLine) -> float:
        x0, y0, x1, y1 = (int(round(v)) for v in ln.box)
        return paper - float(np.median(gray[y0:y1, x0:x1]))
    body = sorted(darkness(ln) for ln in found if not ln.vertical and len(ln.text) >= 6
                  and abs(ln.box[3] - ln.box[1] - usual) < 0.15 * usual)
    limit = 10 + 2 * max(0.0, body[len(body) // 2]) if body else 10.0
    kept: list[ocr.OcrLine] = []
    labels: list[BBox] = []
    for ln in found:
        if (not ln.vertical and _LABEL_TEXT.match(ln.text.strip()) and ln.box[3] - ln.box[1] >= 1.4 * usual
                and darkness(ln) > limit):
            labels.append(ln.box)
        else:
            kept.append(ln)
    return kept, labels


def clip_to_rules(lines: list[TextLine], rules: list[BBox]) -> list[TextLine]:
    """The detector's box reaches a few pixels past a line's ink, across a
    rule drawn just under a header (or over a footer): the line would seem to
    stand on both sides of the rule. A box whose top or bottom quarter a
    horizontal rule crosses, along most of the box or running on from its
    end (a masthead at the left end of the header's rule), stops at the rule."""
    flat = [r for r in rules if r[2] - r[0] > 4 * (r[3] - r[1])]
    out: list[TextLine] = []
    for ln in lines:
        y0, y1 = ln.y0, ln.y1
        for r in flat:
            across = min(r[2], ln.x1) - max(r[0], ln.x0)
            if across < 0.5 * ln.width and not (across > -0.5 * ln.height and r[2] - r[0] > 4 * ln.width):
                continue
            if y1 - 0.25 * ln.height < r[1] < y1:
                y1 = r[1]
            elif y0 < r[3] < y0 + 0.25 * ln.height:
                y0 = r[3]
        out.append(ln if (y0, y1) == (ln.y0, ln.y1) else dataclasses.replace(ln, bbox=(ln.x0, y0, ln.x1, y1)))
    return out


#: what the recogniser reads for a large “ or ” boxed alone (two strokes like I I)
_LONE_QUOTE = re.compile(r"^[IlI1|'\"“”‘’]{1,2}$")


def attach_quote_marks(lines: list[TextLine]) -> list[TextLine]:
    """A heading's quote marks, set at its size, are boxed apart from its words
    (their box is short: a mark fills the top of its square) and read as II or
    11. A box of one or two such strokes that sits in the top half of a line at
    least 1.3 times its height, just left of it, opens that line's quote (“);
    just right of it, or at its left edge on the next row (the mark wrapped
    alone onto a line), closes it (”)."""
    marks = [ln for ln in lines if not ln.vertical and _LONE_QUOTE.match(ln.text.strip())]
    if not marks:
        return lines
    words = [ln for ln in lines if not ln.vertical and not _LONE_QUOTE.match(ln.text.strip())]
    taken: set[int] = set()
    changed: dict[int, TextLine] = {}
    for mark in sorted(marks, key=lambda m: m.y0):
        for ln in sorted(words, key=lambda w: w.y0):
            cur = changed.get(id(ln), ln)
            h = cur.height
            if h < 1.3 * mark.height:
                continue
            # (the detector pads a lone mark's box down to three quarters of the heading's box)
            top_half = cur.y0 - 0.2 * h <= mark.y0 and mark.y1 <= cur.y0 + 0.75 * h
            if top_half and 0 <= cur.x0 - mark.x1 <= 0.8 * h:
                text, box = "“" + cur.text, (mark.x0, cur.y0, cur.x1, cur.y1)
            elif (top_half and 0 <= mark.x0 - cur.x1 <= 0.8 * h) or (
                    0 <= mark.y0 - cur.y1 <= 0.5 * h and abs(mark.x0 - cur.x0) <= 0.8 * h
                    and not _mark_before(mark, lines, h) and not _opens_a_line(mark, words)):
                # the box takes the mark in: a wrapped mark's row still holds the heading together
                text, box = cur.text + "”", (min(cur.x0, mark.x0), cur.y0, max(cur.x1, mark.x1), max(cur.y1, mark.y1))
            else:
                continue
            changed[id(ln)] = dataclasses.replace(cur, text=text, bbox=box)
            taken.add(id(mark))
            break
    return [changed.get(id(ln), ln) for ln in lines if id(ln) not in taken]


def _opens_a_line(mark: TextLine, words: list[TextLine]) -> bool:
    """Whether a line at least 1.3 times the mark's height starts right after
    it on its row, the mark in its top part: the mark opens that line (“ of a
    title under a kicker), not a mark wrapped alone from the line above."""
    return any(w.height >= 1.3 * mark.height and 0 <= w.x0 - mark.x1 <= 0.8 * w.height
               and w.y0 - 0.2 * w.height <= mark.y0 and mark.y1 <= w.y0 + 0.75 * w.height for w in words)


def _mark_before(mark: TextLine, lines: list[TextLine], h: float) -> bool:
    """Whether a piece of ``mark``'s row stands right before it (a full stop
    a line break pushed down with the quote, 。”): then the quote is not
    alone at the row's left edge, and goes after that piece (join_level_marks)."""
    return any(o is not mark and not o.vertical and o.x0 < mark.x0 and mark.x0 - o.x1 <= 0.5 * h
               and min(o.y1, mark.y1) - max(o.y0, mark.y0) > 0 for o in lines)


def even_rows(lines: list[TextLine]) -> None:
    """The pieces of one heading's row (two phrases a space apart, boxed
    apart by the detector), level and at most a character apart, with sizes
    within a fifth, take one size: the size of the piece with the most
    characters. A piece's glyph height overstates its size when it holds
    brackets (（非遗年集）reach above and below the Chinese glyphs), and a
    heading must not split into two tiers (and two articles)."""
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.x0)
    runs: list[list[TextLine]] = []
    for ln in rows:
        for run in runs:
            last = run[-1]
            big = max(last.size, ln.size)
            overlap = min(last.y1, ln.y1) - max(last.y0, ln.y0)
            if (overlap >= 0.8 * min(last.height, ln.height) and -0.3 * big <= ln.x0 - last.x1 <= big
                    and big <= 1.2 * min(last.size, ln.size)):
                run.append(ln)
                break
        else:
            runs.append([ln])
    for run in runs:
        if len(run) > 1:
            size = max(run, key=lambda ln: len(ln.text)).size
            for ln in run:
                ln.size = size


#: marks a line break can push onto a row of their own
_PUSHED_MARKS = frozenset("，。、；：？！）》”’…")


def join_level_marks(lines: list[TextLine]) -> list[TextLine]:
    """Marks a line break pushed together onto a row of their own (。” over
    a column's first line) may come as two pieces, a full stop's cell and a
    quote boxed apart: the quote fills only the top of its square, so its
    box starts higher and the stop would be taken for a mark pushed under
    it (”。). Pieces of marks alone, level and touching, are one piece, read
    left to right."""
    marks = sorted((ln for ln in lines if not ln.vertical and ln.text.strip()
                    and set(ln.text.strip()) <= _PUSHED_MARKS), key=lambda ln: ln.x0)
    if len(marks) < 2:
        return lines
    runs: list[list[TextLine]] = []
    for right in marks:
        for run in runs:
            last = run[-1]
            tall = max(last.height, right.height)
            # a stop's ring sits low in its square and a quote high in its own: their boxes may only touch
            if (min(last.y1, right.y1) - max(last.y0, right.y0) >= -0.15 * tall
                    and -0.5 * tall <= right.x0 - last.x1 <= tall):
                run.append(right)
                break
        else:
            runs.append([right])
    joined: dict[int, TextLine] = {}  # a run's first piece: the whole run
    gone: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        first = run[0]
        joined[id(first)] = dataclasses.replace(
            first, text="".join(m.text.strip() for m in run), size=max(m.size for m in run),
            bbox=(first.x0, min(m.y0 for m in run), max(m.x1 for m in run), max(m.y1 for m in run)))
        gone.update(id(m) for m in run[1:])
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in gone]


#: a dash pair (——) read as a dash and 一 (the recogniser's 一 is a dash's twin)
_HALF_DASH_PAIR = re.compile(r"(?<![—一])(?:—一|一—)(?![—一])")


def mend_dashes(text: str) -> str:
    """Chinese text sets its dash as a pair (——); the recogniser now and then
    reads the pair as —一. A dash beside 一 is the pair. A single dash stays
    (a route, 加德满都—卢卡拉, or a range is set with one)."""
    return _HALF_DASH_PAIR.sub("——", text)


def open_dateline_brackets(lines: list[TextLine]) -> list[TextLine]:
    """A dateline's bracketed byline often starts at its line's end (本报北京
    2月2日电 （ / 记者张三）…), where the recogniser loses the （, or reads it
    apart as ( or C (then a piece of its own, or joined to the next column's
    line across the gutter): the byline is read into the body. A line that
    is a dateline ending in 电, over a line of its column that opens with a
    reporter's role and a closing bracket, gets its （ back, and a lone
    bracket read just after it on its row goes."""
    from ..layout.rules import ROLES, starts_with_dateline

    closes = re.compile(r"^(?:%s)[^（）()]{1,24}[）)]" % "|".join(ROLES))
    rows = [ln for ln in lines if not ln.vertical]
    changed: dict[int, TextLine] = {}
    for ln in rows:
        head = ln.text.rstrip(" (（")
        if not head.endswith("电") or not starts_with_dateline(head) or ln.text.endswith("（"):
            continue
        under = [o for o in rows if o is not ln and o.size == ln.size and 0 <= o.y0 - ln.y1 <= ln.size
                 and abs(o.x0 - ln.x0) <= 2.5 * ln.size]
        if not under or not closes.match(min(under, key=lambda o: o.y0).text):
            continue
        changed[id(ln)] = dataclasses.replace(ln, text=head + " （")
        for o in rows:
            level = min(o.y1, ln.y1) - max(o.y0, ln.y0) >= 0.6 * min(o.height, ln.height)
            lone = _LOST_BRACKET.match(o.text)
            if o is not ln and level and lone and 0 <= o.x0 - ln.x1 <= 2.5 * ln.size:
                rest = o.text[lone.end():]
                cut = o.x0 + (o.x1 - o.x0) * lone.end() / len(o.text)
                changed[id(o)] = dataclasses.replace(o, text=rest, bbox=(cut, o.y0, o.x1, o.y1))
    return [changed.get(id(ln), ln) for ln in lines if changed.get(id(ln), ln).text]


#: a dateline's opening bracket read apart: ( or （, or C
_LOST_BRACKET = re.compile(r"^[(（Cc]\s*(?![A-Za-z0-9])")


#: a photo credit ending a caption's last line (本报记者 张三 摄, 张三摄影)
_CREDIT_END = re.compile(r"^(?:(?:本报|新华社|人民日报)?(?:特约|摄影)?(?:记者|通讯员))?\s*"
                         r"[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3}\s*/?摄(?:影)?$")
#: a credit's role boxed apart from its names (本报记者 / 张三 摄)
_CREDIT_ROLE = re.compile(r"^(?:本报|新华社|人民日报)?(?:特约|摄影)?(?:记者|通讯员)$")


def join_credits(lines: list[TextLine]) -> list[TextLine]:
    """A caption's last line sets its credit a wide space after the words
    (……和批评。  本报记者 张三 摄), and the detector boxes the pieces apart:
    the words alone would read as a body line. A short piece ending in 摄 takes
    in the pieces of its row just before it (up to 2.6 characters of paper
    between them, whatever size each was measured at), one space apart, as
    the PDF source joins such a row: a role boxed apart (本报记者), then one
    piece of words, and no more (the next column's lines stand before it);
    nothing when the credit opens its row (:func:`_starts_a_column_line`)."""
    lines = _wrapped_credit_verbs(lines)
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: -ln.x1)
    gone: set[int] = set()
    changed: dict[int, TextLine] = {}
    for credit in rows:
        if id(credit) in gone or not _CREDIT_END.match(credit.text.strip()):
            continue
        cur = credit
        while not _starts_a_column_line(cur, rows):
            size = max(cur.size, 1.0)
            before = [ln for ln in rows if id(ln) not in gone and ln is not credit
                      and min(ln.y1, cur.y1) - max(ln.y0, cur.y0) >= 0.6 * min(ln.height, cur.height)
                      and -0.3 * size <= cur.x0 - ln.x1 <= 2.6 * size]
            if not before:
                break
            left = max(before, key=lambda ln: ln.x1)
            if _in_another_column(left, credit, rows):
                break
            gone.add(id(left))
            cur = dataclasses.replace(cur, text=changed.get(id(left), left).text + " " + cur.text,
                                      bbox=(left.x0, min(left.y0, cur.y0), cur.x1, max(left.y1, cur.y1)),
                                      size=left.size, order=left.order)
            if not _CREDIT_ROLE.match(left.text.strip()):
                break  # the caption's words: what stands before them is another column's line
        if cur is not credit:
            changed[id(credit)] = cur
    return [changed.get(id(ln), ln) for ln in lines if id(ln) not in gone]


def _starts_a_column_line(piece: TextLine, rows: list[TextLine]) -> bool:
    """Whether ``piece`` opens its row: a longer line just above starts where
    it starts (a caption wrapped before its credit: ……日子。本 / 报记者 张三摄),
    so what stands before it on the row is the next column's line."""
    size = max(piece.size, 1.0)
    return any(ln is not piece and abs(ln.x0 - piece.x0) <= 0.5 * size and 0 <= piece.y0 - ln.y1 <= size
               and ln.x1 > piece.x1 for ln in rows)


def _wrapped_credit_verbs(lines: list[TextLine]) -> list[TextLine]:
    """A credit's 摄 wrapped alone onto the next row (……30多年。  张三 / 摄):
    under the start of a row whose last piece is a short name set apart
    (more than a character of paper before it; its role, 本报记者, may stand
    in it), it goes back after the name (张三 摄), which :func:`join_credits` then reads as the credit. A body
    line's row is one piece, so a word broken before 摄 stays."""
    rows = [ln for ln in lines if not ln.vertical]
    moved: dict[int, TextLine] = {}
    gone: set[int] = set()
    for verb in rows:
        if verb.text.strip() not in ("摄", "摄影"):
            continue
        size = max(verb.size, 1.0)
        above = [a for a in rows if a is not verb and abs(a.x0 - verb.x0) <= 0.6 * size
                 and -0.2 * size <= verb.y0 - a.y1 <= 0.6 * size]
        if not above:
            continue
        first = max(above, key=lambda a: a.y1)
        row = [first]
        while True:  # the row's pieces after its first, each set at most 2.6 characters after the last
            last = row[-1]
            after = [o for o in rows if o is not verb and all(o is not r for r in row)
                     and 0 < o.x0 - last.x1 <= 2.6 * size
                     and min(o.y1, last.y1) - max(o.y0, last.y0) >= 0.6 * min(o.height, last.height)]
            if not after:
                break
            nxt = min(after, key=lambda o: o.x0)
            if any(a is not nxt and abs(a.x0 - nxt.x0) <= 0.5 * size and 0 <= nxt.y0 - a.y1 <= size
                   and a.x1 >= nxt.x1 - 0.5 * size for a in rows):
                break  # a line of the next column (one above it starts where it starts): the row ends before it
            row.append(nxt)
        name = row[-1]
        *role, last = name.text.split() or [""]
        # (the piece may hold the credit's role too, 本报记者 张三, the two boxed as one)
        if len(row) < 2 or len(last) > 4 or name.x0 - row[-2].x1 < size or (
                role and not _CREDIT_ROLE.match(" ".join(role))):
            continue
        moved[id(name)] = dataclasses.replace(name, text=name.text.strip() + " " + verb.text.strip())
        gone.add(id(verb))
    return [moved.get(id(ln), ln) for ln in lines if id(ln) not in gone]


def _in_another_column(left: TextLine, credit: TextLine, rows: list[TextLine]) -> bool:
    """Whether the piece before a credit stands in another column: a line
    right above the credit, over it, starts past the piece's end (a
    credit set under its caption's last line, 图为…战士。 / 张三摄, with the
    next column's body line on its row). A caption's own words before its
    credit lie under the caption's line above, which starts before them."""
    size = max(credit.size, 1.0)
    return any(o is not credit and o is not left and o.x0 >= left.x1 - 0.3 * size and o.x0 < credit.x1
               and o.x1 > credit.x0 and -0.2 * size <= credit.y0 - o.y1 <= size
               for o in rows)


#: a short line set this much wider per character than the body's lines is a heading set a size up
HEADING_PITCH = 1.025
#: sizes from glyph heights this close over the body's are told apart by pitch
NEAR_BODY = 1.15
#: marks a paragraph's last line ends with; a closing quote or bracket after a Chinese character may end a title too
_ENDS_IN_MARK = frozenset("，。、；：？！…—")
_CLOSING = frozenset("）》”’")
#: a body line right above that does not end so runs on into the line under it
_PARAGRAPH_ENDS = frozenset("。！？）”")


def lift_short_headings(lines: list[TextLine], pitches: dict[int, float]) -> list[TextLine]:
    """A brief's title set half a point over its body (10 on 9.5): glyph
    heights, a pixel apart, cannot tell them, so the title took the body's
    size; but a body line is set solid, one square per character, and the
    title's squares are wider. A line of Chinese at the body's size, not
    ending in a mark (a paragraph's last line does), not indented from the
    line under it (a paragraph's first line is), with no line right above it
    ending where it ends (a line spread to fill its column inside a paragraph
    has one) or running on into it (a body line not ending a paragraph), not
    as wide as the line under it and level with it on both sides (a column's
    lines inside a paragraph; its first may continue the previous column), whose pitch on its ink (``pitches`` by line id) is
    :data:`HEADING_PITCH` over the body lines' middle pitch takes a size that
    much larger."""
    body = _body_size(lines)
    solid = sorted(pitches[id(ln)] for ln in lines
                   if id(ln) in pitches and ln.size == body and not ln.vertical and not _ends_in_mark(ln.text))
    if body is None or len(solid) < 10:
        return lines
    middle = solid[len(solid) // 2]
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.y0)
    lifted: set[int] = set()
    for k, ln in enumerate(rows):
        pitch = pitches.get(id(ln))
        if (pitch is None or id(ln) in lifted or not body <= ln.size <= NEAR_BODY * body or _ends_in_mark(ln.text)
                or pitch < HEADING_PITCH * middle):
            continue
        under = next((u for u in rows[k + 1:] if 0 <= u.y0 - ln.y1 <= 0.8 * body
                      and abs(u.x0 - ln.x0) <= 2.5 * body), None)
        flush_above = any(0 <= ln.y0 - a.y1 <= 0.8 * body and min(a.x1, ln.x1) - max(a.x0, ln.x0) > 0
                          and (abs(a.x1 - ln.x1) <= 0.5 * body
                               or (a.size == body and a.text[-1:] not in _PARAGRAPH_ENDS)) for a in rows[:k])
        full_width = under is not None and abs(under.x0 - ln.x0) <= 0.5 * body and abs(under.x1 - ln.x1) <= 0.5 * body
        if full_width and not flush_above and _short_pair(ln, under, rows[k + 1:], pitches, HEADING_PITCH * middle, body):
            ln.size = under.size = round(body * pitch / middle, 2)
            lifted.add(id(under))
            continue
        if under is not None and ln.x0 <= under.x0 + 0.5 * body and not flush_above and not full_width:
            ln.size = round(body * pitch / middle, 2)
            if (body < under.size <= NEAR_BODY * body and abs(under.x0 - ln.x0) <= 0.5 * body) \
                    or _wrapped_heading_end(under, ln, rows[k + 1:], body):  # the heading's next line
                under.size = ln.size
                lifted.add(id(under))
    return lines


def _short_pair(line: TextLine, under: TextLine, below: list[TextLine], pitches: dict[int, float],
                heading: float, body: float) -> bool:
    """``line`` and ``under``, level on both sides and both set wide, are a
    heading wrapped onto two lines of even length (品尝家乡味 / 体验民俗年)
    when the column's next line reaches a square or more past their end:
    inside a paragraph lines are justified to the column's edge, and only a
    paragraph's last line ends short of it, not two in a row."""
    if (pitches.get(id(under), 0.0) < heading or _ends_in_mark(under.text) or under.size != line.size
            or under.vertical):
        return False
    after = next((u for u in below if u is not under and 0 <= u.y0 - under.y1 <= 0.8 * body
                  and abs(u.x0 - under.x0) <= 2.5 * body), None)
    return after is not None and after.x1 >= max(line.x1, under.x1) + body


def _ends_in_mark(text: str) -> bool:
    """Ends as a sentence or clause does (its last mark's blank square makes its pitch on the ink a guess),
    or opens with a closing mark (a line a paragraph runs on into)."""
    end = text.rstrip("".join(_CLOSING))
    return end[-1:] in _ENDS_IN_MARK or not end or text[:1] in _CLOSING or text[:1] in _ENDS_IN_MARK or text[:1] == "‘"


def _wrapped_heading_end(line: TextLine, heading: TextLine, below: list[TextLine], body: float) -> bool:
    """``line`` ends the heading above it: flush left with it, no longer,
    and followed by an indented line (the body's first) or by none."""
    if abs(line.x0 - heading.x0) > 0.5 * body or line.x1 > heading.x1 + 0.5 * body:
        return False
    after = next((u for u in below if 0 <= u.y0 - line.y1 <= 0.8 * body and abs(u.x0 - line.x0) <= 2.5 * body), None)
    return after is None or after.x0 >= line.x0 + body


def _body_size(lines: list[TextLine]) -> float | None:
    weights: dict[float, int] = {}
    for ln in lines:
        if not ln.vertical:
            weights[ln.size] = weights.get(ln.size, 0) + len(ln.text)
    return max(weights, key=weights.__getitem__) if weights else None


def lift_dash_subtitles(lines: list[TextLine]) -> list[TextLine]:
    """A subtitle opens with a dash pair (——记……, ——……综述) right under its
    title, flush left with it, set a point or two over the body; its glyph
    height may come out under layout's heading ratio (a 12-point subtitle
    over a 10-point body measured 11.7 against 10.6), and the subtitle would
    open the body. A line opening with ——, measured over the body's size
    (body lines were evened to it), with a heading line right above it and
    flush left with it, takes at least the heading ratio's size."""
    body = _body_size(lines)
    if body is None:
        return lines
    # (layout measures the body in quarter points: 10.17 counts as 10.25, and 11.40 is under its ratio)
    least = round(DEFAULT.heading_ratio * max(body, round(body * 4) / 4) + 0.01, 2)
    rows = [ln for ln in lines if not ln.vertical]
    for ln in rows:
        if not ln.text.startswith("——") or not body < ln.size < least:
            continue
        if any(a.size >= least and a.size > ln.size and abs(a.x0 - ln.x0) <= ln.size
               and -0.5 * ln.size <= ln.y0 - a.y1 <= 0.6 * ln.size for a in rows):  # (boxes padded)
            ln.size = least
    return lines


#: a bracket pair's two widths: the opener a lone closing bracket closes decides its width
_CLOSER_OF = {"（": "）", "(": ")"}


def wrapped_closing_brackets(lines: list[TextLine]) -> list[TextLine]:
    """A closing bracket wrapped alone onto the next line (a heading that ends
    just past its column: 需要认清…逻辑（钟声 / ）) has the width of the bracket
    it closes on the line above: read alone, with no Chinese beside it, the
    recogniser's half-width ) stayed, and the heading read （钟声)."""
    rows = [ln for ln in lines if not ln.vertical]
    changed: dict[int, TextLine] = {}
    for ln in rows:
        if ln.text.strip() not in (")", "）"):
            continue
        above = [o for o in rows if o is not ln and abs(o.size - ln.size) <= 0.15 * ln.size
                 and 0 <= ln.y0 - o.y1 <= 0.8 * ln.size and abs(o.x0 - ln.x0) <= 1.5 * ln.size]
        if not above:
            continue
        text = max(above, key=lambda o: o.y1).text
        opened = max(text.rfind("（"), text.rfind("("))
        if opened < 0 or opened < max(text.rfind("）"), text.rfind(")")):
            continue
        closer = _CLOSER_OF[text[opened]]
        if closer != ln.text.strip():
            changed[id(ln)] = dataclasses.replace(ln, text=closer)
    return [changed.get(id(ln), ln) for ln in lines]
