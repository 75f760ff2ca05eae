"""More pages of a real daily's furniture, set by tests/independent/pagekit.py
from a description of the conventions: a names list (名单), commentaries
signed by the paper's commentator (本报评论员), a chart drawn in vectors
(an infographic) and a headline printed over a photo (标题压图).

What a reader records, decided here:

- A names list is one article. Its paragraphs are its lead sentence, then
  each printed line of the list as one paragraph (the names of the line in
  order; the spaces between them are not compared), then its closing note.
- 本报评论员 with no name is a byline whose name is 本报评论员 and whose
  role is empty (it is the signature the paper gives, as a theory page's
  author name alone); 本报特约评论员 李明远 is a byline of role 特约评论员,
  name 李明远. Set under the title or at the end (——本报评论员), it is a
  byline, never a paragraph.
- A chart is no article: its title, unit, labels, figures, legend, source
  line and 制图 line are no article and no paragraph of any article.
- A title printed over a photo is the headline of the article under the
  photo.
"""

from __future__ import annotations

import math

import pymupdf

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .prose_extras2 import (CHART_BARS, CHART_MAKER, CHART_SOURCE, CHART_TITLE, CHART_UNIT, COMMENT_A, COMMENT_B,
                            HONOUR_END, HONOUR_LEAD, HONOUR_NAMES, HONOUR_UNITS, OLD_STREET, PARCEL_REPORT,
                            PHOTO_KICKER, PHOTO_TITLE, PIE_PARTS, PIE_TITLE)
from .readers_view import feature_tests

SEEDS = (5, 12)


def names_list_page(seed: int):
    """Feature 1, a names list (名单).
    An honours decision across the page's top: its title, a lead sentence
    set in a wide column, then the names in a grid: three-character names
    five to a line, evenly spaced (seed 5), or 单位 + 姓名 entries two to a
    line (seed 12), then a closing note as a paragraph. The lead, each
    line of the grid and the note are the article's paragraphs, in order.
    A short report stands to its right; one runs across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月5日 星期二", "要闻", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    ax1 = 520 + sh.jitter(6)
    if seed % 2:
        per_row = 5
        entries = HONOUR_NAMES
    else:
        per_row = 2
        entries = [f"{unit}　{name}" for unit, name in HONOUR_UNITS]
    grid = [entries[i:i + per_row] for i in range(0, len(entries), per_row)]
    a = Story("关于表彰江城市优秀志愿者的决定", [HONOUR_LEAD, *(" ".join(line) for line in grid), HONOUR_END])
    yy = headline(sh, 40, ax1, top, a.title, 24)
    per = int((ax1 - 40) / b)
    placed = sh.flow([HONOUR_LEAD], 40, yy + b, 1, per)
    sh.commit()
    gy = placed.y1 + b * 0.6
    cell = (ax1 - 40 - 2 * b) / per_row
    for line in grid:
        for k, entry in enumerate(line):
            sh.text(40 + 2 * b + k * cell, gy, entry, b)
        gy += sh.leading
    end = sh.flow([HONOUR_END], 40, gy + b * 0.3, 1, per)
    bottom_a = end.y1
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("夜间公交线路再添六条", body("metro", 3), bylines=[("通讯员", "林可")])
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18, byline="■ 通讯员 林可")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="本报记者 孙明")
    return sh, [a, c, d], Header(2, "要闻", "2024-03-05")


def commentator_page(seed: int):
    """Feature 2, commentaries signed by the paper's commentator.
    A commentary across three columns with 本报评论员 centred under its
    title; beside it, a second one in two columns whose signature closes
    it, flush right on a line of its own: ——本报评论员 (seed 5) or
    本报特约评论员 李明远 (seed 12). Both signatures are bylines (see the
    module's note). A report runs across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月9日 星期二", "评论", "第4版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 13
    a = Story("把民生实事办到群众心坎上", COMMENT_A, bylines=[(None, "本报评论员")])
    bottom_a = article(sh, a, 40, top, 3, per, 24, byline="本报评论员")
    cx = 40 + column_width(sh, 3, per, gap) + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    if seed % 2:
        sign, signed = "——本报评论员", (None, "本报评论员")
    else:
        sign, signed = "本报特约评论员　李明远", ("本报特约评论员", "李明远")
    c = Story("抓项目要久久为功", COMMENT_B, bylines=[signed])
    per_c = int((802 - cx - gap) / (2 * b))
    bottom_c = article(sh, c, cx, top, 2, per_c, 20, items=[*COMMENT_B, ("right", sign)])
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("老旧小区改出幸福生活", body("renovation"), bylines=[("记者", "罗兰")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="本报记者 罗兰")
    return sh, [a, c, d], Header(4, "评论", "2024-04-09")


def _bar_chart(sh: Sheet, x0: float, y0: float, x1: float) -> float:
    """A grouped bar chart, two years a quarter, with its labels; return the bottom."""
    b = sh.body
    sh.centred(x0, x1, y0, CHART_TITLE, b * 1.3, bold=True)
    sh.commit()
    sh.right(x1, y0 + b * 2.2, CHART_UNIT, b * 0.8)
    base = y0 + b * 2.2 + 150
    sh.rule(x0 + 4, base, x1 - 4, base, 0.6)
    slot = (x1 - x0 - 8) / len(CHART_BARS)
    colours = ((0.55, 0.7, 0.9), (0.85, 0.3, 0.25))
    for i, (label, *values) in enumerate(CHART_BARS):
        sx = x0 + 4 + i * slot
        for k, v in enumerate(values):
            h = float(v) * 14
            bx = sx + slot * 0.18 + k * slot * 0.33
            sh.page.draw_rect(pymupdf.Rect(bx, base - h, bx + slot * 0.3, base), color=None, fill=colours[k])
            w = sh.mixed_width(v, b * 0.8)
            sh.mixed(bx + slot * 0.15 - w / 2, base - h - b * 1.1, v, b * 0.8)
        sh.centred(sx, sx + slot, base + 4, label, b * 0.8)
    ly = base + b * 2
    lx = x0 + 20
    for k, year in enumerate(("2023年", "2024年")):
        sh.page.draw_rect(pymupdf.Rect(lx, ly + 1, lx + 10, ly + 9), color=None, fill=colours[k])
        lx = sh.mixed(lx + 14, ly, year, b * 0.8) + 16
    return ly + b * 1.6


def _pie_chart(sh: Sheet, x0: float, y0: float, x1: float) -> float:
    """A pie in three segments, each labelled beside it; return the bottom."""
    b = sh.body
    sh.centred(x0, x1, y0, PIE_TITLE, b * 1.3, bold=True)
    sh.commit()
    r = 62
    cx, cy = x0 + r + 14, y0 + b * 2.6 + r
    colours = ((0.85, 0.3, 0.25), (0.55, 0.7, 0.9), (0.95, 0.8, 0.3))
    start = -90.0
    for (label, share), colour in zip(PIE_PARTS, colours):
        sweep = float(share.rstrip("%")) * 3.6
        a0 = math.radians(start)
        sh.page.draw_sector((cx, cy), (cx + r * math.cos(a0), cy + r * math.sin(a0)), -sweep,
                            color=(1, 1, 1), fill=colour, fullSector=True, width=0.8)
        start += sweep
    ly = cy - r + 6
    for (label, share), colour in zip(PIE_PARTS, colours):
        lx = cx + r + 16
        sh.page.draw_rect(pymupdf.Rect(lx, ly + 1, lx + 10, ly + 9), color=None, fill=colour)
        sh.text(lx + 14, ly, label, b * 0.85)
        sh.mixed(lx + 14 + b * 0.85 * len(label) + 6, ly, share, b * 0.85, bold=True)
        sh.commit()
        ly += b * 2.4
    return cy + r + b


def infographic_page(seed: int):
    """Feature 3, an infographic.
    A report on parcel volumes in three columns; to its right a chart in a
    thin frame drawn in vectors: a grouped bar chart with its title, unit,
    figures over the bars, quarter labels and a legend 2023年 / 2024年
    (seed 5), or a pie of three segments with their labels and shares
    (seed 12); under it a source line (数据来源：…) and 制图：黄一鸣. The
    chart and everything written in it is no article and no paragraph of
    the report. Two reports stand under a rule."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年2月27日 星期二", "经济", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 13
    a = Story("快递业务量增速位居全省前列", PARCEL_REPORT, bylines=[("记者", "黄一鸣")])
    bottom_a = article(sh, a, 40, top, 3, per, 22, byline="本报记者 黄一鸣", items=PARCEL_REPORT)
    fx0 = 40 + column_width(sh, 3, per, gap) + 20
    fx1 = 802
    chart = _bar_chart if seed % 2 else _pie_chart
    cy = chart(sh, fx0 + 8, top + 8, fx1 - 8)
    for line in (CHART_SOURCE, CHART_MAKER):
        sh.text(fx0 + 8, cy, line, b * 0.8)
        cy += b * 1.3
    sh.frame(fx0, top, fx1, cy + 4)
    y2 = max(bottom_a, cy + 4) + 16
    sh.rule(40, y2, 802, y2)
    c = Story("科技企业扎堆高新区", body("tech"), bylines=[("通讯员", "梁宇")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="■ 通讯员 梁宇")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("港城夜市人气旺", body("elderly", 3))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20)
    return sh, [a, c, d], Header(3, "经济", "2024-02-27")


def photo_headline_page(seed: int):
    """Feature 4, a headline printed over a photo (标题压图).
    A feature opens with a wide photo across four columns; its kicker and
    large bold title are printed on the photo, in its lower left corner
    (seed 5) or centred in its upper half (seed 12). Under the photo the
    byline and the text in four columns. The title over the photo is the
    feature's headline. A narrow report stands to its right, one runs
    across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月21日 星期日", "周末", "第8版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 13
    ax1 = 40 + column_width(sh, 4, per, gap)
    ph = 210 + sh.jitter(10)
    sh.photo(40, top, ax1, top + ph, fill=True)
    a = Story(PHOTO_TITLE, OLD_STREET, kicker=PHOTO_KICKER, bylines=[("记者", "徐冰")])
    if seed % 2:
        tx0, tx1, ttop, align = 40 + 20, 40 + 20 + 44 * len(PHOTO_TITLE), top + ph - 44 * 1.3 - b * 2.4 - 16, "left"
    else:
        tx0, tx1, ttop, align = 40, ax1, top + 24, "centre"
    headline(sh, tx0, tx1, ttop, a.title, 44, kicker=a.kicker, bold_tiers=True, align=align)
    by = top + ph + 8
    sh.text(40, by, "本报记者　徐冰", b)
    bottom_a = sh.flow(OLD_STREET, 40, by + b * 2, 4, per).y1
    sh.commit()
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("城市书房里书香浓", body("library", 3), bylines=[("通讯员", "林可")])
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18, byline="■ 通讯员 林可")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("河西镇春耕备耕正当时", body("spring"))
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22)
    return sh, [a, c, d], Header(8, "周末", "2024-04-21")


CASES = {"names_list": names_list_page, "commentator": commentator_page, "infographic": infographic_page,
         "photo_headline": photo_headline_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {
    "names_list-5": "the list lines (five names spaced on a line) break the page: the decision and the report beside "
                    "it are read with no title (<none>, <none>)",
    "names_list-12": "the report beside the list (夜间公交线路再添六条) is lost: an article with no title (<none>) "
                     "stands in its place",
    "photo_headline": "the kicker over the photo 古镇春色里的烟火气 is read as the title, the title 老街醒来了 lost",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
