"""A small framed box inside an article's columns: 人物简介, 相关链接, 背景资料.

A report may carry a box set in its columns: a frame holding a short label
(two to six characters, no mark) over a few lines in type smaller than the
body's. The reader reads it with the report, after its text, wherever in the
columns it stands; it is no article of its own (a boxed article opens with a
headline and runs in the body's type; a framed notice, 更正 or 征稿启事, is an
article: its label says what kind of notice it is). Its lines are kept out
of the column flow, and the box is put at the end of the article whose
space holds it (PDF mode)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, BBox, Block, Page, TextLine, within
from .closing_lines import NOTICE_LABEL
from .roles import BODY, SUBHEADING
from .tier_patterns import REFERENCE_LABEL
from .reflow import join_lines

#: a box's label: a few characters with no mark (人物简介, 相关链接, 名词解释)
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: a box is at most this share of the page's width (a column or two)
_WIDTH_SHARE = 0.45
#: the most lines of text a box holds under its label (a box of reference with a title of its own: more)
_MOST_LINES = 8
_MOST_LINES_REFERENCE = 14
#: a box standing beside its report's text is at most this many label sizes from it
_BESIDE = 3
#: a box's own title holds at most this many characters
_TITLE_CHARS = 20
#: the box's text is set smaller than the body (at most this share of its size)
_SMALLER = 0.95


@dataclass
class InsetBox:
    frame: BBox
    label: TextLine
    lines: list[TextLine]
    title: TextLine | None = None

    @property
    def all_lines(self) -> list[TextLine]:
        return [self.label] + ([self.title] if self.title else []) + self.lines


def _title_of(rest: list[TextLine], frame: BBox, body: float) -> TextLine | None:
    """A box's own title under its label: a short line ending no sentence,
    centred in the frame or set apart from the text under it by weight or size."""
    if len(rest) < 2:
        return None
    first, second = rest[0], rest[1]
    text = first.text.strip()
    centred = abs((first.x0 + first.x1) / 2 - (frame[0] + frame[2]) / 2) <= body
    apart = first.bold != second.bold or first.size > second.size + 0.3
    if len(text) <= _TITLE_CHARS and not any(mark in text for mark in "。！？；") and (centred or apart):
        return first
    return None


def inset_boxes(lines: list[TextLine], frames: list[BBox], body: float, page_width: float) -> list[InsetBox]:
    """The framed boxes of a label over a few lines of small type, or of a
    label naming a box of reference (延伸阅读) over a title and text of any type."""
    found: list[InsetBox] = []
    for f in frames:
        if f[2] - f[0] > _WIDTH_SHARE * page_width:
            continue
        inside = sorted((ln for ln in lines if within(ln.bbox, f, 1.0)), key=lambda ln: (ln.y0, ln.x0))
        if len(inside) < 2 or len(inside) > _MOST_LINES_REFERENCE + 1:
            continue
        label, rest = inside[0], inside[1:]
        word = label.text.replace(" ", "").replace("\u3000", "")
        if (_LABEL.fullmatch(word) is None or NOTICE_LABEL.fullmatch(word) or label.vertical
                or any(ln.vertical or ln.y0 < label.y1 - 1 for ln in rest)):
            continue
        small = len(rest) <= _MOST_LINES and all(ln.size < _SMALLER * body for ln in rest)
        if small:
            found.append(InsetBox(f, label, rest))
        elif REFERENCE_LABEL.fullmatch(word):
            title = _title_of(rest, f, body)
            found.append(InsetBox(f, label, rest[1:] if title else rest, title))
    return found


def _span(article: Article) -> BBox | None:
    if not article.bbox:
        return None
    return (min(b[0] for b in article.bbox), min(b[1] for b in article.bbox),
            max(b[2] for b in article.bbox), max(b[3] for b in article.bbox))


def _paragraphs(lines: list[TextLine]) -> list[str]:
    """The box's text in paragraphs: a line indented past the box's left
    text edge opens one."""
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    out: list[list[str]] = []
    for ln in lines:
        if not out or ln.x0 >= left + 1.5 * ln.size:
            out.append([])
        out[-1].append(ln.text)
    return [join_lines(p) for p in out]


def place_inset_boxes(boxes: list[InsetBox], page: Page) -> list[InsetBox]:
    """Each box put at the end of the article whose space holds its middle
    (the smallest such), or, when none does, of the one right beside it at
    its height; returns the boxes no article holds."""
    left: list[InsetBox] = []
    for box in boxes:
        cx, cy = (box.frame[0] + box.frame[2]) / 2, (box.frame[1] + box.frame[3]) / 2
        spans = [(s, a) for a in page.articles if (s := _span(a))]
        holders = [(s, a) for s, a in spans if s[0] <= cx <= s[2] and s[1] <= cy <= s[3]]
        if holders:
            _, article = min(holders, key=lambda sa: (sa[0][2] - sa[0][0]) * (sa[0][3] - sa[0][1]))
        else:  # a box filling a column of its own beside its report's text: the report right beside it
            reach = _BESIDE * box.label.size
            beside = [(max(0.0, box.frame[0] - s[2], s[0] - box.frame[2]), a) for s, a in spans if s[1] <= cy <= s[3]]
            beside = [(gap, a) for gap, a in beside if gap <= reach]
            if not beside:
                left.append(box)
                continue
            _, article = min(beside, key=lambda ga: ga[0])
        label = box.label.text.replace(" ", "").replace("\u3000", "")
        heads = [box.label] + ([box.title] if box.title else [])
        article.paragraphs += [label] + ([box.title.text.strip()] if box.title else []) + _paragraphs(box.lines)
        article.blocks.extend(Block([ln.text], role=SUBHEADING, page=page.number, bbox=ln.bbox, font_size=ln.size,
                                    line_bboxes=[ln.bbox]) for ln in heads)
        article.blocks.append(Block([ln.text for ln in box.lines], role=BODY, page=page.number,
                                    bbox=(box.frame[0], box.lines[0].y0, box.frame[2], box.lines[-1].y1),
                                    font_size=box.lines[0].size, line_bboxes=[ln.bbox for ln in box.lines]))
        article.bbox.append(box.frame)
    return left
