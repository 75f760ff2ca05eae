"""Photo captions and credits, and which article a photo belongs to.

A caption is the small text under a photo (within its width) or beside it
(in the column on its right, within its height); at body size it is a run
that ends in a credit. The credit (张三摄, 本报记者 张三摄, 张三/摄,
张三摄（人民视觉）) is cut off the end of the joined caption, so one broken
over two lines still parses.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import tee
from operator import attrgetter

from ..model import Article, BBox, Block, Caption, Page, TextLine
from .roles import CAPTION, CREDIT, TITLE
from .columns import ColumnBlock
from .reflow import clean_body_spaces, ends_sentence, join_lines
from .rules import SOURCE_NOTE, is_continuation_line, parse_credit
from .photo_rows import level_beside
from .photo_space_captions import caption_across
from .segment import HeadingGroup, rule_between, wall_between

#: a credit closing a caption: ……。 本报记者 张三摄, 张三/摄 (the space may be lost). It starts
#: at a non-space and names at most 8 people: searched from every position, an unbounded list
#: or a leading \s* would rescan the rest of the line from each (quadratic). A caption may end in a
#: clause's mark, a dash or an ellipsis as well (……修了又坏；本报记者 张三摄, ……前行者——新华社记者 张三摄):
#: the credit's role starts there too, never left in the caption's text; a paper's or agency's reporter
#: (本报记者, 新华社记者) starts a credit even right after a word (……引领者新华社记者 张三摄).
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[。！？”）\s；;：:—…])|^|(?=(?:本报|新华社|人民日报)(?:特约|摄影)?记者))(?!\s)"
    r"(?P<role>(?:本报|新华社|人民日报)?(?:特约|摄影)?记者|通讯员|摄影)?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,7})\s*(?:/\s*)?摄(?:影报道|影)?"
    r"(?:\s*[（(][\u4e00-\u9fff]{2,8}[）)])?$")


_TOP = attrgetter("y0")
_BOTTOM = attrgetter("y1")

#: an agency's credit alone in brackets after a caption's last sentence: ……。（影像中国）
_AGENCY_CREDIT = re.compile(r"(?<=[。！？”])\s*[（(](?P<names>[\u4e00-\u9fff]{2,8})[）)]$")
#: that agency on a line of its own: （影像中国）
_AGENCY_LINE = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")


def caption_groups(lines: list[TextLine], images: list[BBox], body: float
                   ) -> tuple[list[tuple[BBox, list[TextLine]]], list[TextLine]]:
    """Lines under a photo (within its width) or beside it (level with its
    bottom) that are smaller than the body or end in a credit: its caption.
    Returns ((photo, caption lines) per photo, the other lines)."""
    if not images:  # (most pages of text: nothing below is asked)
        return [], list(lines)
    notes = [ln for ln in lines if SOURCE_NOTE.match(ln.text)]
    taken: set[int] = {id(ln) for ln in notes}  # a chart's notes (数据来源：…, 制图：…) caption no photo
    # nor does a jump note ((上接第9版) opening the column under a logo): it belongs to the article's text
    taken |= {id(ln) for ln in lines if "版" in ln.text and is_continuation_line(ln.text.strip())}
    out: list[tuple[BBox, list[TextLine]]] = []
    by_top = sorted(lines, key=_TOP)  # (stable: lines level with each other keep their order)
    tops = [ln.y0 for ln in by_top]
    # the lines no photo took yet, kept as photos take theirs (one walk of the page's lines a caption found, not
    # one a photo and question), and the turned ones among them (most pages have none)
    free = [ln for ln in lines if id(ln) not in taken]
    turned = [ln for ln in free if ln.vertical]
    for im in images:
        if any(min(ln.x1, im[2]) - max(ln.x0, im[0]) > 0 and min(abs(ln.y0 - im[3]), abs(im[1] - ln.y1)) <= 3 * body
               for ln in notes):
            continue  # a chart, its source under or over it: its labels are the chart's, no caption
        # under the photo: within its width, or mostly so (a photo kept to its
        # proportions may be narrower than the space its caption runs across)
        # (top down, as far as the runs read them: both stop within a few lines, most pages' lines lie further down)
        below, below_again = tee(ln for ln in by_top[bisect_left(tops, im[3] - 1):] if id(ln) not in taken
                                 and not ln.vertical and (min(ln.x1, im[2]) - max(ln.x0, im[0]) >= 0.4 * (ln.x1 - ln.x0)
                                                          or _small_right_under(ln, im, images, body)))
        group = _caption_run(below, im[3], body, lambda ln: ln.y0, lambda ln: ln.y1)
        if not group:  # under it, across white space, closed by a credit
            group = _caption_apart(below_again, im[3], body)
        if not group:  # at any size under it, closed by a credit out from under the photo's edges (before the
            group = _credit_closed(im, free, body)  # small text beside: the credit right under tells more)
        if not group:  # beside the photo, in the column on its right, within its height
            group = _caption_beside(im, free, body)
        if not group:  # or in the column on its left, level with its foot
            group = _caption_left(im, free, body)
        if not group:  # or set across the wider space the photo is centred in, flush left, its credit flush right
            group = caption_across(im, free, body)
        if group:
            group = _wrapped_between(group, free)
            group += _wrapped_under(group, free)
        if group and _opens_paragraph(group, free):
            group = []
        text = join_lines([ln.text for ln in group]).rstrip()
        if group and (not _TRAILING_CREDIT.search(text) or text.endswith(("摄", "摄影"))):  # its agency may follow
            in_group = {id(g) for g in group}
            group += _credit_under(group, [ln for ln in free if id(ln) not in in_group], body)
        if group:
            group += _credit_along(im, turned, body)
            in_group = {id(ln) for ln in group}
            taken |= in_group
            free = [ln for ln in free if id(ln) not in in_group]
            turned = [ln for ln in turned if id(ln) not in in_group]
            out.append((im, group))
    taken = {id(ln) for _, group in out for ln in group}
    return out, [ln for ln in lines if id(ln) not in taken]


def _credit_along(im: BBox, lines: list[TextLine], body: float) -> list[TextLine]:
    """A credit turned to run up or down the photo's right or left edge
    (本报记者 张三摄 set sideways in the gutter beside it): the caption's
    credit, read after its text."""
    for ln in lines:
        if not ln.vertical:  # (most lines: asked first)
            continue
        beside = 0 <= ln.x0 - im[2] <= body or 0 <= im[0] - ln.x1 <= body
        if (beside and min(ln.y1, im[3]) - max(ln.y0, im[1]) >= 0.8 * (ln.y1 - ln.y0)
                and _TRAILING_CREDIT.fullmatch(ln.text.strip())):
            return [ln]
    return []


def _small_right_under(ln: TextLine, im: BBox, images: list[BBox], body: float) -> bool:
    """A line smaller than the body right under a photo, across a fifth of its
    own width or more (or reaching under it at all and closing with a credit):
    a caption set flush left across the space of a photo kept to its
    proportions and centred in it (no other photo it overlaps more)."""
    def overlap(box: BBox) -> float:
        return min(ln.x1, box[2]) - max(ln.x0, box[0])

    if not (ln.size < body - 0.3 and ln.y0 - im[3] <= 1.5 * ln.size):
        return False  # (the cheap tests first: most lines under a photo are the body's, far under it)
    reach = overlap(im) >= 0.2 * (ln.x1 - ln.x0) or (overlap(im) > 0 and _TRAILING_CREDIT.search(ln.text) is not None)
    return reach \
        and not any(o is not im and overlap(o) > overlap(im) and abs(ln.y0 - o[3]) <= 3 * ln.size for o in images)


def _wrapped_under(group: list[TextLine], lines: list[TextLine]) -> list[TextLine]:
    """A caption wider than its photo that stops mid-sentence (or in an open
    bracket: ……（影 / 像中国）) goes on in the line right under it, at its
    left edge and in its size, wherever the photo ends (``lines``: those no
    photo took; turned ones are none of it)."""
    more: list[TextLine] = []
    while not _ends_caption(join_lines([ln.text for ln in group + more])):
        last = (group + more)[-1]
        left = min(ln.x0 for ln in group)
        under = [ln for ln in lines if not ln.vertical and ln not in group and ln not in more
                 and 0 <= ln.y0 - last.y1 <= 1.0 * ln.size
                 and abs(ln.x0 - left) <= 0.5 * ln.size and abs(ln.size - last.size) <= 0.3]
        if not under:
            break
        more.append(min(under, key=lambda ln: ln.y0))
    return more


def _wrapped_between(group: list[TextLine], lines: list[TextLine]) -> list[TextLine]:
    """``group`` with the lines a caption wrapped onto that the run passed over:
    a caption line stopping mid-sentence goes on in the line right under it, at
    its left edge and in its size, before the group's next line (its credit set
    right): a short last line (……愿同 / 生死！”) of a caption wider than its
    photo reaches too little under the photo to be taken as the run's."""
    out = [group[0]]
    for nxt in group[1:]:
        last = out[-1]
        if nxt.y0 - last.y1 > 0.5 * last.size and not _ends_caption(join_lines([ln.text for ln in out])):
            # (set tight, the boxes may overlap)
            under = [ln for ln in lines if not ln.vertical and ln.y0 >= last.y0 + 0.5 * last.size
                     and ln.y0 - last.y1 <= 1.0 * ln.size and ln.y1 <= nxt.y0 + 1 and abs(ln.x0 - last.x0) <= 0.5 * ln.size
                     and abs(ln.size - last.size) <= 0.3 and all(ln is not g for g in group)]
            if under:
                out.append(min(under, key=lambda ln: ln.y0))
        out.append(nxt)
    return out


def _credit_closed(im: BBox, lines: list[TextLine], body: float) -> list[TextLine]:
    """Lines right under a photo, across it, closed by a credit: its caption,
    whatever its size (set as large as a text beside it, it reads as no small
    caption). A caption wider than a photo kept to its proportions hangs past
    its edges: its last line (……天明？ 徐谦 / 摄, ……冲动。 新华社记者 / 任珂摄)
    goes on at the run's left edge, the credit may start level with the last
    line's end (……现实。 吕绍 / 刚摄) or stand set right on a line of its own
    (……的枪声—— / 张洋/摄). At most five lines; nothing without the credit."""
    under = [ln for ln in lines if not ln.vertical and 0 <= ln.y0 - im[3] <= 2.0 * ln.size
             and min(ln.x1, im[2]) - max(ln.x0, im[0]) >= 0.4 * (ln.x1 - ln.x0)]
    if not under:
        return []
    run = [min(under, key=lambda ln: (ln.y0, ln.x0))]
    while len(run) < 5:
        text = join_lines([ln.text for ln in run])
        if _TRAILING_CREDIT.search(text):
            return run
        last, left, right = run[-1], run[0].x0, max(ln.x1 for ln in run)
        rest = [ln for ln in lines if not ln.vertical and all(ln is not r for r in run)]
        level = [ln for ln in rest if abs(ln.y0 - last.y0) <= 0.3 * last.size and last.x1 < ln.x0
                 and ln.x1 <= right + last.size and abs(ln.size - last.size) <= 0.3]
        if level:  # the credit begun at the line's end: 吕绍 / 刚摄
            run.append(min(level, key=lambda ln: ln.x0))
            continue
        # (the next line down at the run's left edge: set tight, the boxes may overlap)
        nxt = [ln for ln in rest if ln.y0 >= last.y0 + 0.5 * last.size and ln.y0 - last.y1 <= 1.0 * ln.size
               and abs(ln.x0 - left) <= 0.5 * ln.size and abs(ln.size - last.size) <= 0.3]
        if nxt:
            run.append(min(nxt, key=lambda ln: ln.y0))
            continue
        credit = _credit_under(run, rest, body)
        return run + credit if credit else []
    return run if _TRAILING_CREDIT.search(join_lines([ln.text for ln in run])) else []


def _opens_paragraph(group: list[TextLine], lines: list[TextLine]) -> bool:
    """Lines under a picture (a logo at the head of a column) that stop
    mid-sentence and go on in the line right under them, set further left: a
    paragraph's indented first line and its text, not a caption."""
    text = join_lines([ln.text for ln in group])
    if _ends_caption(text):
        return False
    last, left = group[-1], min(ln.x0 for ln in group)
    return any(not ln.vertical and ln.y0 >= last.y0 + 0.5 * last.size and ln.y0 - last.y1 <= 1.0 * ln.size
               and ln.x0 <= left - ln.size and ln.x1 > left and abs(ln.size - last.size) <= 0.3
               and all(ln is not g for g in group) for ln in lines)


def _ends_caption(text: str) -> bool:
    return ends_sentence(text) or text.rstrip()[-1:] in "）)" or _TRAILING_CREDIT.search(text) is not None


def _credit_under(group: list[TextLine], lines: list[TextLine], body: float) -> list[TextLine]:
    """A credit line of its own right under a caption, set right (it may run
    past the photo's edge): 林晓峰摄, 本报记者 林晓峰摄; or an agency alone in
    brackets (（影像中国）) after a caption's last sentence, in its size. Not the
    last line of another caption beside (a line over it starts where it starts)."""
    last = group[-1]
    left = min(ln.x0 for ln in group)
    caption = join_lines([g.text for g in group])
    named = _TRAILING_CREDIT.search(caption) is not None  # 林晓峰摄: its agency may follow
    finished = named or ends_sentence(caption)

    def credit(ln: TextLine, text: str) -> bool:
        return (not named and _TRAILING_CREDIT.fullmatch(text) is not None) or (
            finished and abs(ln.size - last.size) <= 0.3 and _AGENCY_LINE.fullmatch(text) is not None)
    by_bottom: list[TextLine] = []  # sorted when first asked: the lines ending just over a line
    bottoms: list[float] = []
    for ln in lines:
        if not (0 <= ln.y0 - last.y1 <= 1.5 * ln.size and ln.x0 >= left - body and not ln.vertical
                and len(ln.text.strip()) <= 16):
            continue
        if not by_bottom:
            by_bottom = sorted(lines, key=_BOTTOM)
            bottoms = [m.y1 for m in by_bottom]
        # (the lines whose bottom lies within a line and a half over its top, and a point more either way)
        over = by_bottom[bisect_left(bottoms, ln.y0 - 1.5 * ln.size - 1):bisect_right(bottoms, ln.y0 + 1)]
        if any(abs(m.x0 - ln.x0) <= 0.5 * ln.size and 0 <= ln.y0 - m.y1 <= 1.5 * ln.size for m in over if m is not ln):
            continue
        if credit(ln, ln.text.strip()):
            return [ln]
        # a credit too wide for a narrow caption run, wrapped in its brackets: （影像中 / 国）, 张三摄（人民视 / 觉）
        text = ln.text.strip()
        if text.count("（") + text.count("(") <= text.count("）") + text.count(")"):
            continue
        rest = [m for m in lines if abs(m.x0 - ln.x0) <= 0.5 * ln.size and 0 <= m.y0 - ln.y1 <= 1.0 * ln.size
                and abs(m.size - ln.size) <= 0.3]
        if rest and credit(ln, text + rest[0].text.strip()):
            return [ln, rest[0]]
    return []


#: how far right of a photo its caption may start: past a gutter, in the next column over; or
#: across white space (a photo kept to its proportions, narrower than its space), closed by a credit
_BESIDE_REACH = 6.0
_BESIDE_APART = 12.0


def _caption_beside(im: BBox, lines: list[TextLine], body: float) -> list[TextLine]:
    """Small lines starting just right of a photo and within its height (the
    credit may be set right under them): a caption beside the photo. Farther
    off, across white space with nothing between, only when a credit closes them
    (a photographer's, 张明摄, or an agency's in brackets after the last sentence, ……。（影像中国）)."""
    near = sorted((ln for ln in lines if not ln.vertical and ln.size < body - 0.3 and im[1] - body <= ln.y0
                   and ln.y1 <= im[3] + body and im[2] - 1 <= ln.x0), key=lambda ln: ln.y0)
    group: list[TextLine] = []
    apart = False
    for ln in near:
        if not group:
            gap = ln.x0 - im[2]
            if gap <= _BESIDE_REACH * body or (gap <= _BESIDE_APART * body and not any(
                    o is not ln and im[2] - 1 <= o.x0 and o.x1 <= ln.x0 + 1 and o.y0 < im[3] and o.y1 > im[1]
                    for o in lines)):
                group.append(ln)
                apart = gap > _BESIDE_REACH * body
            continue
        left, right = group[0].x0, max(g.x1 for g in group)
        if ln.y0 - group[-1].y1 > 1.5 * ln.size:
            break
        if min(right, ln.x1) - max(left, ln.x0) > 0:
            group.append(ln)
    if apart and group:
        text = join_lines([ln.text for ln in group])
        if not _TRAILING_CREDIT.search(text) and not _AGENCY_CREDIT.search(text) \
                and not _credit_under(group, [ln for ln in lines if all(ln is not g for g in group)], body):
            return []
    return group if group and _caption_like(group, body) else []


def _caption_left(im: BBox, lines: list[TextLine], body: float) -> list[TextLine]:
    """Small lines ending just left of a photo, past a gutter, within its
    height and closing level with its foot: a caption set in the column on the
    photo's left (bottom-aligned, as a caption beside a photo is set), so its
    last line ends near the photo's bottom edge and nothing stands between."""
    near = sorted((ln for ln in lines if not ln.vertical and ln.size < body - 0.3 and im[1] - body <= ln.y0
                   and ln.y1 <= im[3] + body and ln.x1 <= im[0] + 1), key=lambda ln: ln.y0)
    group: list[TextLine] = []
    for ln in near:
        if not group:
            if im[0] - ln.x1 <= _BESIDE_REACH * body:
                group.append(ln)
            continue
        if ln.y0 - group[-1].y1 > 1.5 * ln.size:
            break
        if min(max(g.x1 for g in group), ln.x1) - max(min(g.x0 for g in group), ln.x0) > 0:
            group.append(ln)
    if not group or abs(group[-1].y1 - im[3]) > body:
        return []
    x0, x1 = min(g.x0 for g in group), max(g.x1 for g in group)
    if any(o.x0 >= x1 - 1 and o.x1 <= im[0] + 1 and o.y0 < im[3] and o.y1 > group[0].y0
           for o in lines if all(o is not g for g in group)):
        return []  # other text between the caption and the photo
    return group if _caption_like(group, body) and x0 < x1 else []


def _caption_like(group: list[TextLine], body: float) -> bool:
    text = join_lines([ln.text for ln in sorted(group, key=lambda ln: ln.y0)])
    return all(ln.size < body - 0.3 for ln in group) or _TRAILING_CREDIT.search(text) is not None \
        or parse_credit(group[0].text) is not None


def _caption_apart(lines: Iterable[TextLine], edge: float, body: float) -> list[TextLine]:
    """Small lines under a photo, set apart from it by white space a line or
    two deep (a photo kept to its proportions in a taller space), nothing
    between, up to a credit that closes them: its caption. Without the
    credit, small text that far under a photo may be anything."""
    run: list[TextLine] = []
    for ln in lines:  # (top down)
        if ln.size >= body - 0.3 or ln.y0 - (run[-1].y1 if run else edge) > (1.0 if run else 3.0) * ln.size:
            break
        run.append(ln)
        if _TRAILING_CREDIT.search(join_lines([r.text for r in run])):
            return run
    return []


def _credit_closes(group: list[TextLine]) -> list[TextLine]:
    """Small lines under a photo up to a credit, the next one in another size:
    the credit closes the caption, and text set smaller than the page's body
    under it (an article set small, its columns under the photo) is no part
    of it. Lines in the caption's size after a credit (a second picture's
    caption, an agency wrapped) stay."""
    for i in range(len(group) - 1):
        if abs(group[i + 1].size - group[i].size) > 0.3 and (
                _TRAILING_CREDIT.search(join_lines([ln.text for ln in group[:i + 1]]))
                or _TRAILING_CREDIT.fullmatch(group[i].text.strip())):
            return group[:i + 1]
    return group


def _caption_run(lines: Iterable[TextLine], edge: float, body: float, near, far) -> list[TextLine]:  # noqa: ANN001
    """Consecutive lines from a photo's edge while they read as a caption:
    smaller than the body, or (at body size) a short run ending in a credit."""
    group: list[TextLine] = []
    bottom = edge
    for ln in lines:
        if near(ln) - bottom > 1.5 * ln.size:
            break
        group.append(ln)
        bottom = far(ln)
        if len(group) > 8:
            break
    small = [ln for ln in group if ln.size < body - 0.3]
    if small and len(small) == len(group):
        return _credit_closes(group)
    # body-size captions: up to the first line that ends in a credit
    for i in range(len(group)):
        text = join_lines([ln.text for ln in group[:i + 1]])
        if _TRAILING_CREDIT.search(text) or parse_credit(group[i].text):
            while i + 1 < len(group) and _TRAILING_CREDIT.search(join_lines([ln.text for ln in group[:i + 2]])):
                i += 1  # the credit goes on on the next line: 张三摄 / （人民视觉）
            return group[:i + 1]
    return small if small and group[:len(small)] == small else []


def image_owners(images: list[BBox], blocks: list[ColumnBlock], titles: list[HeadingGroup], body: float,
                  captions: list[tuple[BBox, list[TextLine]]], separators: list[BBox]
                  ) -> dict[BBox, int | ColumnBlock | None]:
    """A photo belongs to the article whose text runs on under it (past its
    caption; no rule between), else to the headline just above it (never a banner or a column
    logo: they head no photo), else to the one whose text ends over it, else
    to the nearest text level with it with no rule between.

    Text no headline owns counts as well (a part continued from another page,
    an article printed with no headline): a photo standing in it is that
    text's, given as its block (:func:`headless_captions` hands it over), not
    the next headline's over or beside it."""
    owners: dict[BBox, int | ColumnBlock | None] = {}
    bottoms = {im: max([im[3]] + [ln.y1 for ln in group]) for im, group in captions}
    for im in images:
        bottom = bottoms.get(im, im[3])
        # (gap, how far the text's left edge is from the photo's: the text its left edge stands over goes on
        # under it, owner): an owned block gives its headline, an unowned one itself
        # (text across a rule under the photo's caption, or over the photo, is another article's)
        below = [(b.top - bottom, abs(b.left - im[0]), _owner(b)) for b in blocks
                 if min(b.right, im[2]) - max(b.left, im[0]) > 0 and -body <= b.top - bottom <= 6 * body
                 and not rule_between(bottom, b.top, max(b.left, im[0]), min(b.right, im[2]), separators)
                 and not _headline_between(bottom, b, im, titles)]
        above = [(im[1] - b.bottom, abs(b.left - im[0]), _owner(b)) for b in blocks
                 if min(b.right, im[2]) - max(b.left, im[0]) > 0 and -body <= im[1] - b.bottom <= 6 * body
                 and not rule_between(b.bottom, im[1], max(b.left, im[0]), min(b.right, im[2]), separators)]
        heads = [(im[1] - t.bbox[3], 0.0, i) for i, t in enumerate(titles) if t.role == TITLE
                 and min(t.bbox[2], im[2]) - max(t.bbox[0], im[0]) > 0 and -body <= im[1] - t.bbox[3] <= 6 * body]
        level = [(gap, 0.0, owner) for gap, owner in level_beside(im, bottom, blocks, titles, body, separators)]
        # (text ending over the photo may be the foot of the row above: a row opening level with it comes first)
        for found in (below, heads, level, above):
            if found:
                owners[im] = min(found, key=_nearest)[2]
                break
        else:  # a photo set beside text: the nearest block on either side, level with it
            beside = [(min(abs(b.left - im[2]), abs(im[0] - b.right)), 0.0, _owner(b)) for b in blocks
                      if min(b.bottom, bottom) - max(b.top, im[1]) > 0
                      and not wall_between(min(b.right, im[2]), max(b.left, im[0]),
                                           (max(b.top, im[1]) + min(b.bottom, bottom)) / 2, separators)]
            if beside:
                owners[im] = min(beside, key=_nearest)[2]
    return owners


def _headline_between(bottom: float, block: ColumnBlock, im: BBox, titles: list[HeadingGroup]) -> bool:
    """A headline stands between the photo's caption (its foot at ``bottom``)
    and the text under it, over both: that text opens the next article, it
    does not run on under the photo."""
    left, right = max(block.left, im[0]), min(block.right, im[2])
    return any(t.role == TITLE and bottom <= t.bbox[1] and t.bbox[3] <= block.top + 1
               and min(t.bbox[2], right) - max(t.bbox[0], left) > 0 for t in titles)


def _owner(block: ColumnBlock) -> int | ColumnBlock:
    return block if block.owner is None else block.owner


def _nearest(candidate: tuple[float, float, int | ColumnBlock]) -> tuple[float, float]:
    return candidate[0], candidate[1]


def headless_captions(cluster: list[ColumnBlock], captions: list[tuple[BBox, list[TextLine]]],
                      owners: dict[BBox, int | ColumnBlock | None]) -> list[tuple[BBox, list[TextLine]]]:
    """The captions of the photos standing in a headless article's text (``cluster``: its blocks)."""
    ids = {id(b) for b in cluster}
    return [c for c in captions if isinstance(owners.get(c[0]), ColumnBlock) and id(owners[c[0]]) in ids]


def _credit_line_alone(group: list[TextLine]) -> re.Match[str] | None:
    """The credit set on a line of its own under its caption (张三/摄, 张三 摄
    under ……宏大情怀): the line break is the credit's start, however the
    caption's text ended (no stop before it to tell it in the joined text)."""
    if len(group) < 2:
        return None
    return _TRAILING_CREDIT.fullmatch(group[-1].text.strip())


def make_captions(groups: list[tuple[BBox, list[TextLine]]], page: Page, article: Article) -> list[Caption]:
    """Caption text and credit: the credit is cut off the end of the joined
    lines, so one broken over two lines (……。本报 / 记者 张三摄) still parses."""
    out: list[Caption] = []
    for _, group in groups:
        raw = join_lines([ln.text for ln in group])
        credit: str | None = None
        m = _TRAILING_CREDIT.search(raw) or _AGENCY_CREDIT.search(raw) or _credit_line_alone(group)
        if m:
            credit = " ".join(n for n in re.split(r"[\s、，,]+", m.group("names")) if n)
            raw = raw[:m.start()] if m.string is raw else join_lines([ln.text for ln in group[:-1]])
        text = clean_body_spaces(raw)
        if text or credit:
            out.append(Caption(text, credit))
        for ln in group:
            role = CREDIT if parse_credit(ln.text) else CAPTION
            article.blocks.append(Block([ln.text], role=role, page=page.number, bbox=ln.bbox, font_size=ln.size,
                                        line_bboxes=[ln.bbox]))
    return out
