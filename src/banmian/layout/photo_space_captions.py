"""A caption set across the space a photo is centred in.

A photo kept to its proportions may stand centred in a space wider than
itself; its caption is then set across that space, not the photo: flush
left from the space's edge (left of the photo, reaching little or not under it) and
its credit flush right on the line under it, past the photo's other edge.
The two straddling the photo, right under its foot, are its caption. Or
the credit is run in at the caption line's end (……的钟声——　张三/摄): then
the line alone, with the white space beside the photo over it, is.
"""

from __future__ import annotations

import re

from ..model import BBox, TextLine
from .reflow import ends_sentence, join_lines

#: a credit on a line of its own: 张三摄, 张三 摄, 张三/摄, 本报记者 张三摄, 张三摄（人民视觉）
_CREDIT_LINE = re.compile(
    r"(?:(?:(?:本报|新华社|人民日报)?(?:特约|摄影)?记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}"
    r"\s*(?:/\s*)?摄(?:影报道|影)?(?:\s*[（(][\u4e00-\u9fff]{2,8}[）)])?")
#: that credit run in at a caption line's end, after a stop, a dash or a space: ……的钟声——　张三/摄
#: (a space opens the lead-in only where no space stands before it, and the spaces after it are taken
#: whole: a run of spaces is tried once, not from each of its spaces, which was quadratic or worse)
_RUN_IN_CREDIT = re.compile(r"(?:[。！？”）—…]|(?<!\s)\s)\s*+" + _CREDIT_LINE.pattern + "$")
#: how many lines such a caption runs to before its credit
_MOST_LINES = 3


def caption_across(im: BBox, lines: list[TextLine], body: float) -> list[TextLine]:
    """Small lines (or at the body's size, ending a sentence) right under a photo's foot, starting left of it and reaching
    little or not under it, then a credit line right under them ending past the
    photo's right edge (or the mirror: the text right of it, the credit
    left): the caption of a photo centred in a wider space. Nothing
    without the credit straddling the photo."""
    flat = [ln for ln in lines if not ln.vertical and ln.size <= body + 0.3]
    first = [ln for ln in flat if 0 <= ln.y0 - im[3] <= 1.5 * ln.size
             and (_aside(ln, im, True) or _aside(ln, im, False))]
    for start in sorted(first, key=lambda ln: (ln.y0, ln.x0)):
        run = [start]
        left_side = _aside(start, im, True)
        while len(run) <= _MOST_LINES:
            if _closed_in_place(run, im, lines):
                return run
            last = run[-1]
            under = [ln for ln in flat if all(ln is not r for r in run) and ln.y0 >= last.y0 + 0.5 * last.size
                     and ln.y0 - last.y1 <= 1.0 * ln.size
                     and abs(ln.size - last.size) <= 0.3]
            credit = [ln for ln in under if _CREDIT_LINE.fullmatch(ln.text.strip())
                      and (ln.x0 >= im[2] if left_side else ln.x1 <= im[0])]
            if credit:
                if _CREDIT_LINE.search(join_lines([r.text for r in run])):
                    return []  # a run closed by a credit already: another picture's caption
                text = join_lines([r.text for r in run])
                if all(r.size < body - 0.3 for r in run) or ends_sentence(text):
                    return run + [min(credit, key=lambda ln: ln.y0)]
                return []  # at the body's size, a caption is told from a column's line by its closed sentence
            same_edge = [ln for ln in under if abs((ln.x0 - start.x0) if left_side else (ln.x1 - start.x1))
                         <= 0.5 * ln.size and _aside(ln, im, left_side)]
            if not same_edge:
                break
            run.append(min(same_edge, key=lambda ln: ln.y0))
    return []


def _aside(ln: TextLine, im: BBox, left_side: bool) -> bool:
    """Does ``ln`` start left of the photo (``left_side``; or end right of it) and reach under it for less than
    two fifths of its width? (A caption set across the space may run a few glyphs under a photo that
    stands off centre; a line more under the photo than not is asked by the rules of lines under it.)"""
    width = ln.x1 - ln.x0
    if left_side:
        return ln.x0 < im[0] and min(ln.x1, im[2]) - im[0] < 0.4 * width
    return ln.x1 > im[2] and im[2] - max(ln.x0, im[0]) < 0.4 * width


def _closed_in_place(run: list[TextLine], im: BBox, lines: list[TextLine]) -> bool:
    """The run's last line ends in a credit run in (……的钟声——　张三/摄) and no
    text stands over the run beside the photo (the space there is the photo's
    white, not a column's): the run is the caption, credit and all."""
    text = run[-1].text.rstrip()
    if not text.endswith(("摄", "影", "）", ")")) or not _RUN_IN_CREDIT.search(join_lines([r.text for r in run])):
        return False  # (most lines: the cheap test first)
    x0, x1 = min(r.x0 for r in run), max(r.x1 for r in run)
    return not any(not ln.vertical and ln.y0 < im[3] and ln.y1 > im[1] and min(ln.x1, x1) - max(ln.x0, x0) > 0
                   for ln in lines if all(ln is not r for r in run))
