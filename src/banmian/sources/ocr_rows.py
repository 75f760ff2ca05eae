"""Pieces of one OCR row put together the way the page set them: short runs
a space apart are one line (a heading's two phrases, a padded byline, a
dateline and what follows it) unless a column gutter parts them, and a mark
a line break pushed to the next row's start goes back to the line it ends
(避头点). Lines are :class:`banmian.model.TextLine` in points."""

from __future__ import annotations

import re

from ..model import BBox, TextLine


def join_spaced(lines: list[TextLine], upright_rules: list[BBox] = ()) -> list[TextLine]:
    """Short runs on one row set a space apart are one line with one space,
    as the PDF source joins them: the two phrases of a heading (疏导为主
    强化管理: up to 1.6 sizes apart), a byline or padded name at body size
    (本报记者 张三: under 0.9 of a size, narrower than a column gutter), a
    dateline and the first characters after its space (:func:`_ends_the_row`),
    and (with no space) the two halves of a bracket set apart (（新论·  学历史③）). A
    mark alone (a full stop pushed off the line above) joins nothing: it goes
    back up (:func:`pull_up_punctuation`). Nothing joins across one of
    ``upright_rules`` (a rule between two articles: their headings' brackets
    are no one phrase)."""
    from collections import Counter

    sizes = Counter(ln.size for ln in lines if not ln.vertical)
    if not sizes:
        return lines
    body = sizes.most_common(1)[0][0]
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.x0)
    kept: list[TextLine] = []
    for ln in rows:
        for prev in kept:
            gap = ln.x0 - prev.x1
            reach = 1.6 if ln.size >= 1.12 * body else 0.9
            level = min(prev.y1, ln.y1) - max(prev.y0, ln.y0) >= 0.6 * min(prev.height, ln.height)
            if set(prev.text) <= _NEVER_OPENS or not level or prev.size != ln.size:
                continue
            if any(prev.x1 <= (r[0] + r[2]) / 2 <= ln.x0 and r[1] < min(prev.y1, ln.y1) and r[3] > max(prev.y0, ln.y0)
                   for r in upright_rules):
                continue
            # a bracket the left piece opens and the right one closes: one phrase, set apart by a wide space
            # (the right piece's own bracket closes first: 活动。（石鹏帅） is the next column's line, not the close)
            inside = (0 <= gap <= 1.6 * ln.size and prev.text.count("（") > prev.text.count("）")
                      and "）" in ln.text.split("（")[0] and not _across_a_gutter(prev, ln, rows))
            # a heading's short first phrase and its long second one (加强队伍建设 确保令出必行（解读…②）)
            heading = ln.size >= 1.12 * body and 0 <= gap <= 1.2 * ln.size and len(prev.text) <= 8
            if ((0 <= gap <= reach * ln.size and len(prev.text) <= 8 and len(ln.text) <= 8 and " " not in prev.text)
                    or inside or (heading and " " not in prev.text) or _ends_the_row(prev, ln, rows)):
                conf = (((prev.confidence or 0) * len(prev.text) + (ln.confidence or 0) * len(ln.text))
                        / (len(prev.text) + len(ln.text)))
                text = prev.text + ("" if inside and not _names_apart(prev, ln, body) else " ") + ln.text
                joined = TextLine(text, (prev.x0, min(prev.y0, ln.y0), ln.x1, max(prev.y1, ln.y1)),
                                  prev.size, vertical=False, order=prev.order, confidence=round(conf, 4))
                kept[kept.index(prev)] = joined
                break
        else:
            kept.append(ln)
    return kept + [ln for ln in lines if ln.vertical]


#: a name of two to four Chinese characters
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _names_apart(prev: TextLine, ln: TextLine, body: float) -> bool:
    """A bracket of body text whose halves, set apart, are a name each
    (（张文 / 杨希壮）, the authors after an article's last sentence): the
    space between them is the page's, the names' separator."""
    return (ln.size < 1.12 * body and bool(_NAME.fullmatch(prev.text.rsplit("（", 1)[-1]))
            and bool(_NAME.fullmatch(ln.text.split("）", 1)[0])))


def _ends_the_row(prev: TextLine, ln: TextLine, rows: list[TextLine]) -> bool:
    """A few characters set a space after a dateline (新华社北京2月1日电　近)
    end that line, not open the next column's: they stop where the lines of
    ``prev``'s column above or below stop (a column is justified), and stand
    less than two characters after ``prev``. Any of the column's lines within
    three rows tells (a heading may stand right above, and the line right
    under may run a little past the column, set tight with figures)."""
    size = ln.size
    if len(ln.text) > 4 or not 0 <= ln.x0 - prev.x1 <= 2.2 * size:
        return False
    return any(other is not prev and other is not ln and other.size == size and len(other.text) > 4
               and 0 <= min(abs(other.y0 - ln.y1), abs(ln.y0 - other.y1)) <= 4.5 * size
               and prev.x0 - 2.5 * size <= other.x0 <= prev.x0 + 0.5 * size and abs(other.x1 - ln.x1) <= 0.6 * size
               for other in rows)


def _across_a_gutter(prev: TextLine, ln: TextLine, rows: list[TextLine]) -> bool:
    """Two pieces of a row on either side of a column gutter: lines of their
    size within three rows end where ``prev`` ends (its column's right
    edge: a column is justified) and start where ``ln`` starts (the next
    column's left edge). A bracket ``prev`` leaves open (志愿者（右一) is then
    not closed by ``ln`` (袁静）, the end of the next column's byline)."""
    size = ln.size
    near = [o for o in rows if o is not prev and o is not ln and o.size == size and len(o.text) > 4
            and 0 <= min(abs(o.y0 - ln.y1), abs(ln.y0 - o.y1)) <= 4.5 * size]
    ends = any(abs(o.x1 - prev.x1) <= 0.6 * size and o.x0 < prev.x1 - 4 * size for o in near)
    starts = any(abs(o.x0 - ln.x0) <= 0.6 * size and o.x1 > ln.x0 + 4 * size for o in near)
    return ends and starts


_NEVER_OPENS = set("，。、；：？！）》”")


def pull_up_punctuation(lines: list[TextLine]) -> list[TextLine]:
    """A Chinese line never opens with a comma, full stop or closing mark (避头
    点): when the scan shows one there (a mark pushed past the line's end and
    read on the next), it goes back to the end of the line just above it in the
    same column: to the last piece of that row (a row the detector cut in
    pieces ends with its rightmost one). A piece that a piece of its own row
    stands just before (来” / ，也正) does not open the line: its marks stay."""
    rows = sorted((ln for ln in lines if not ln.vertical), key=lambda ln: ln.y0)
    out: list[TextLine] = []
    for ln in rows:
        lead = len(ln.text) - len(ln.text.lstrip("".join(_NEVER_OPENS)))
        if _marks_alone(ln):
            lead = len(ln.text)  # an ellipsis pushed alone onto a row (跑” / ……) ends the line above too
        if lead and not any(_runs_on(o, ln) for o in rows if o is not ln and not _marks_alone(o)):
            # a box of marks alone: its size is the mark's, not the line's; the line above may have taken a
            # mark pushed onto this row into its box already (attach_quote_marks)
            alone = lead == len(ln.text.strip())
            above = [a for a in out if abs(a.x0 - ln.x0) <= 2.5 * a.size
                     and (-0.5 * ln.height <= ln.y0 - a.y1 <= 1.5 * a.size and a.y0 < ln.y0 if alone else
                          0 <= ln.y0 - a.y1 <= ln.size and a.size == ln.size)]
            if above:
                prev = max(above, key=lambda a: a.y1)
                # the row's last piece in the column (a line that overflows into the gutter can touch
                # the next column's line): its right edge is where the column's lines end, the lines of
                # the line above's size (a heading over the column runs across its neighbours' too)
                right = max((o.x1 for o in rows if abs(o.x0 - ln.x0) <= 2.5 * ln.size
                             and abs(o.y0 - ln.y0) <= 6 * ln.size and o.size == prev.size), default=prev.x1)
                while True:
                    after = [a for a in out if _runs_on(prev, a) and a.x1 <= right + 0.6 * a.size]
                    if not after:
                        break
                    prev = min(after, key=lambda a: a.x0)
                if ln.text.strip() == "—" and not prev.text.endswith(("—", "一")):
                    out.append(ln)  # a dash alone is a dash pair's second half only after its first
                    continue
                index = out.index(prev)
                out[index] = TextLine(prev.text + ln.text[:lead], prev.bbox, prev.size, vertical=False,
                                      order=prev.order, confidence=prev.confidence)
                rest = ln.text[lead:].strip()
                if not rest:
                    continue
                ln = TextLine(rest, ln.bbox, ln.size, vertical=False, order=ln.order, confidence=ln.confidence)
        out.append(ln)
    return out + [ln for ln in lines if ln.vertical]


def _marks_alone(line: TextLine) -> bool:
    """A piece of closing marks and ellipses only, or a dash pair's second
    half (a line break pushed it off the line above)."""
    text = line.text.strip()
    return bool(text) and (set(text) <= _NEVER_OPENS | {"…"} or text == "—")


def _runs_on(left: TextLine, right: TextLine) -> bool:
    """Whether ``right`` is the next piece of ``left``'s row: level with it,
    of its size, starting at most 0.6 of a character after its end (a column
    gutter is wider)."""
    level = min(left.y1, right.y1) - max(left.y0, right.y0) >= 0.6 * min(left.height, right.height)
    return (level and not left.vertical and not right.vertical and left.size == right.size
            and -0.3 * left.size <= right.x0 - left.x1 <= 0.6 * left.size)
