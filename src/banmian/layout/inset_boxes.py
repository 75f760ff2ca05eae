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

from ..model import Article, BBox, Block, Page, TextLine
from .closing_lines import NOTICE_LABEL
from .roles import BODY, SUBHEADING
from .reflow import join_lines

#: a box's label: a few characters with no mark (人物简介, 相关链接, 名词解释)
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")
#: a box is at most this share of the page's width (a column or two)
_WIDTH_SHARE = 0.45
#: the most lines of text a box holds under its label
_MOST_LINES = 8
#: the box's text is set smaller than the body (at most this share of its size)
_SMALLER = 0.95


@dataclass
class InsetBox:
    frame: BBox
    label: TextLine
    lines: list[TextLine]


def _inside(ln: TextLine, f: BBox) -> bool:
    return f[0] - 1 <= ln.x0 and ln.x1 <= f[2] + 1 and f[1] - 1 <= ln.y0 and ln.y1 <= f[3] + 1


def inset_boxes(lines: list[TextLine], frames: list[BBox], body: float, page_width: float) -> list[InsetBox]:
    """The framed boxes of a label over a few lines of small type."""
    found: list[InsetBox] = []
    for f in frames:
        if f[2] - f[0] > _WIDTH_SHARE * page_width:
            continue
        inside = sorted((ln for ln in lines if _inside(ln, f)), key=lambda ln: (ln.y0, ln.x0))
        if len(inside) < 2 or len(inside) > _MOST_LINES + 1:
            continue
        label, rest = inside[0], inside[1:]
        word = label.text.replace(" ", "").replace("\u3000", "")
        if (_LABEL.fullmatch(word) is None or NOTICE_LABEL.fullmatch(word) or label.vertical
                or any(ln.vertical or ln.size >= _SMALLER * body or ln.y0 < label.y1 - 1 for ln in rest)):
            continue
        found.append(InsetBox(f, label, rest))
    return found


def _span(article: Article) -> BBox | None:
    if not article.bbox:
        return None
    return (min(b[0] for b in article.bbox), min(b[1] for b in article.bbox),
            max(b[2] for b in article.bbox), max(b[3] for b in article.bbox))


def place_inset_boxes(boxes: list[InsetBox], page: Page) -> list[InsetBox]:
    """Each box put at the end of the article whose space holds its middle
    (the smallest such); returns the boxes no article holds."""
    left: list[InsetBox] = []
    for box in boxes:
        cx, cy = (box.frame[0] + box.frame[2]) / 2, (box.frame[1] + box.frame[3]) / 2
        holders = [(s, a) for a in page.articles if (s := _span(a)) and s[0] <= cx <= s[2] and s[1] <= cy <= s[3]]
        if not holders:
            left.append(box)
            continue
        _, article = min(holders, key=lambda sa: (sa[0][2] - sa[0][0]) * (sa[0][3] - sa[0][1]))
        text = join_lines([ln.text for ln in box.lines])
        label = box.label.text.replace(" ", "").replace("\u3000", "")
        article.paragraphs += [label, text]
        article.blocks.append(Block([box.label.text], role=SUBHEADING, page=page.number, bbox=box.label.bbox,
                                    font_size=box.label.size, line_bboxes=[box.label.bbox]))
        article.blocks.append(Block([ln.text for ln in box.lines], role=BODY, page=page.number,
                                    bbox=(box.frame[0], box.lines[0].y0, box.frame[2], box.lines[-1].y1),
                                    font_size=box.lines[0].size, line_bboxes=[ln.bbox for ln in box.lines]))
        article.bbox.append(box.frame)
    return left
