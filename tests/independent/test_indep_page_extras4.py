"""More pages of a real daily's furniture, set by tests/independent/pagekit.py
from a description of the conventions: a drop cap (首字下沉), 文/图 bylines,
titles ending in marks (…… ？ ！) or set in 「」, and a framed sidebar
headed 延伸阅读 inside a report's columns.

What a reader records, decided here:

- A drop cap is the first character of the first paragraph, which reads
  whole, the character first.
- 文/张三 图/李四 are two bylines, of roles 文 and 图; 文·图/张三 is one
  byline of role 文·图. The photo's caption, printed without a credit,
  is credited to the one the byline names for the pictures (李四, 张三).
- A title keeps its closing marks (春天来了……, 谁来守护老街？) and its
  「」 quotes.
- A sidebar inside a report's columns (延伸阅读 over a small title and a
  paragraph) belongs to the report, as a link box does
  (test_indep_article_parts.py): its label, its title and its text are the
  report's last paragraphs, after the report's own text, wherever in the
  columns the box stands.
"""

from __future__ import annotations

import math

from .pagekit import (Header, Sheet, Story, article, column_width, count_rows, fill_rows, headline, line_end,
                      page_header)
from .prose import body
from .prose_extras2 import (DROP_ESSAY, LOCAL_CAPTION, LOCAL_REPORT, MARK_COURT, MARK_LANE, MARK_SLOW,
                            MARK_SPRING, POCKET_PARKS, SIDEBAR_LABEL, SIDEBAR_TEXT, SIDEBAR_TITLE)
from .readers_view import feature_tests

SEEDS = (4, 11)


def drop_cap_page(seed: int):
    """Feature 5, a drop cap (首字下沉).
    An essay in four columns whose first character is set three lines tall
    in bold at the head of its first column; the first three lines of the
    first paragraph start to its right (no indent), the rest of the text
    runs on as usual. Its author's name stands under the title. The first
    paragraph reads whole, the large character first. A report stands to
    its right (seed 4) or under it (seed 11), and one more across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年5月12日 星期日", "副刊", "第7版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 13
    a = Story("母亲的菜园", DROP_ESSAY, bylines=[(None, "陈秋实")])
    ax1 = 40 + column_width(sh, 4, per, gap)
    yy = headline(sh, 40, ax1, top, a.title, 26)
    sh.centred(40, ax1, yy + 2, "陈秋实", b)
    btop = yy + b * 3
    first = DROP_ESSAY[0]
    sh.text(40, btop - b * 0.05, first[0], sh.leading * 2 + b, bold=True)
    sh.commit()
    room = per - math.ceil((sh.leading * 2 + b) / b + 0.3)
    lines, i = [], 1
    while len(lines) < 3:
        end = line_end(first, i, room)
        lines.append(first[i:end])
        i = end
    for r, line in enumerate(lines):
        sh.text(40 + (per - room) * b, btop + r * sh.leading, line, b, fit=room * b)
    rest = [("flush", first[i:]), *DROP_ESSAY[1:]]
    bottom_a = sh.flow(rest, 40, btop, 4, per, width_at=lambda c, r: 0 if c == 0 and r < 3 else per).y1
    sh.commit()
    c = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("通讯员", "梁宇")])
    if seed % 2 == 0:
        cx = ax1 + 24
        bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18, byline="■ 通讯员 梁宇")
        sh.rule(cx - 12, top, cx - 12, max(bottom_a, bottom_c))
        y2 = max(bottom_a, bottom_c) + 16
    else:
        sh.rule(40, bottom_a + 14, ax1, bottom_a + 14)
        bottom_c = article(sh, c, 40, bottom_a + 28, 4, per, 20, byline="■ 通讯员 梁宇")
        cx = ax1 + 24
        sh.rule(cx - 12, top, cx - 12, bottom_c)
        e = Story("城市书房里书香浓", body("library", 3))
        bottom_e = article(sh, e, cx, top, 1, int((802 - cx) / b), 18)
        y2 = max(bottom_c, bottom_e) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("湖滨马拉松鸣枪开跑", body("marathon"), bylines=[("记者", "孙明")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="本报记者 孙明")
    stories = [a, c, d] if seed % 2 == 0 else [a, c, e, d]
    return sh, stories, Header(7, "副刊", "2024-05-12")


def text_photo_byline_page(seed: int):
    """Feature 6, 文/图 bylines.
    A local report's title, then one line under it: 文/韦小川　图/蓝天
    (seed 4) or 文·图/韦小川 (seed 11); a photo across its three columns
    with a caption of one line that names no one; the text under it. The
    bylines and the caption's credit are as the module's note says. A
    report stands to its right and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月23日 星期二", "县域", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 14
    if seed % 2 == 0:
        line, bylines, credit = "文/韦小川　图/蓝天", [("文", "韦小川"), ("图", "蓝天")], "蓝天"
    else:
        line, bylines, credit = "文·图/韦小川", [("文·图", "韦小川")], "韦小川"
    a = Story("油菜花开引客来", LOCAL_REPORT, bylines=bylines, captions=[(LOCAL_CAPTION, credit)])
    ax1 = 40 + column_width(sh, 3, per, gap)
    yy = headline(sh, 40, ax1, top, a.title, 25)
    sh.centred(40, ax1, yy + 2, line, b)
    ptop = yy + b * 2.6
    ph = 150 + sh.jitter(8)
    sh.photo(40, ptop, ax1, ptop + ph, fill=True)
    csize = b * 0.9
    sh.text(40, ptop + ph + 4, LOCAL_CAPTION, csize)
    bottom_a = sh.flow(LOCAL_REPORT, 40, ptop + ph + 4 + csize * 2.4, 3, per).y1
    sh.commit()
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("山里娃也能上好课", body("school", 4), bylines=[("通讯员", "林可")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 20, byline="■ 通讯员 林可")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("老旧小区改出幸福生活", body("renovation"))
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22)
    return sh, [a, c, d], Header(5, "县域", "2024-04-23")


def headline_marks_page(seed: int):
    """Feature 7, titles ending in marks.
    Four short articles in a two by two grid under the header: 春天来了……
    (an ellipsis), 谁来守护老街？, 「慢」下来的小城 (in corner quotes) and
    家门口的球场开放啦！. One carries a dashed subtitle under it: the
    question (seed 4) or the quoted title (seed 11). Each title is read
    with its marks; the subtitle is its article's."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月30日 星期六", "城事", "第6版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 16
    lane_sub = "——青石巷改造方案出炉记" if seed % 2 == 0 else None
    slow_sub = None if seed % 2 == 0 else "——桃源县城的慢生活"
    stories = [Story("春天来了……", MARK_SPRING),
               Story("谁来守护老街？", MARK_LANE, subtitle=lane_sub, bylines=[("记者", "潘悦")]),
               Story("「慢」下来的小城", MARK_SLOW, subtitle=slow_sub),
               Story("家门口的球场开放啦！", MARK_COURT, bylines=[("通讯员", "简宁")])]
    bylines = {1: "本报记者　潘悦", 3: "■ 通讯员 简宁"}
    half = column_width(sh, 2, per, gap)
    xs = (40, 802 - half)
    y_row = top
    for row in range(2):
        bottoms = []
        for k in range(2):
            n = row * 2 + k
            bottoms.append(article(sh, stories[n], xs[k], y_row, 2, per, 24, byline=bylines.get(n)))
        bottom = max(bottoms)
        sh.rule(xs[1] - 12 - (xs[1] - 40 - half - 24) / 2, y_row, xs[1] - 12 - (xs[1] - 40 - half - 24) / 2, bottom)
        y_row = bottom + 16
        sh.rule(40, y_row, 802, y_row)
        y_row += 14
    return sh, stories, Header(6, "城事", "2024-03-30")


def sidebar_page(seed: int):
    """Feature 8, a framed sidebar headed 延伸阅读 inside a report's columns.
    A report on pocket parks in three columns; in its last column stands a
    thin frame with a bold label 延伸阅读, a small bold title of its own
    (什么是“口袋公园”) and a paragraph, at the column's foot (seed 4) or at
    its head, the report's text running on under it (seed 11). As the
    module's note says, the box belongs to the report: its label, title
    and text are the report's last three paragraphs. A report stands to
    its right and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年6月4日 星期二", "城建", "第4版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 14
    a = Story("家门口的口袋公园多了", [*POCKET_PARKS, SIDEBAR_LABEL, SIDEBAR_TITLE, SIDEBAR_TEXT],
              bylines=[("记者", "程远")])
    ax1 = 40 + column_width(sh, 3, per, gap)
    yy = headline(sh, 40, ax1, top, a.title, 25)
    sh.centred(40, ax1, yy + 2, "本报记者　程远", b)
    btop = yy + b * 3
    inner = per - 2
    box_rows = 2 + math.ceil((len(SIDEBAR_TEXT) + 2) / inner) + 1
    at_foot = seed % 2 == 0

    def taken(rows: int):
        box = range(rows - box_rows, rows) if at_foot else range(0, box_rows + 1)
        return lambda c, r: 0 if c == 2 and r in box else per

    rows = math.ceil(count_rows(POCKET_PARKS, per) / 3)
    while fill_rows(POCKET_PARKS, 3, rows, taken(rows)) is None:
        rows += 1
    placed = sh.flow(POCKET_PARKS, 40, btop, 3, per, rows=rows, width_at=taken(rows))
    sh.commit()
    bx0 = 40 + 2 * (per * b + gap)
    by0 = btop + (rows - box_rows) * sh.leading - b * 0.3 if at_foot else btop - b * 0.3
    label_w = b * 1.1 * len(SIDEBAR_LABEL)
    sh.tint(bx0, by0 + 3, bx0 + label_w + 8, by0 + 3 + b * 1.6, fill=(0.85, 0.3, 0.25), border=None)
    sh.text(bx0 + 4, by0 + 3 + b * 0.25, SIDEBAR_LABEL, b * 1.1, bold=True)
    sh.commit()
    sh.centred(bx0, bx0 + per * b, by0 + b * 2.4, SIDEBAR_TITLE, b * 1.05, bold=True)
    sh.commit()
    inner_flow = sh.flow([SIDEBAR_TEXT], bx0 + b, by0 + b * 2.4 + sh.leading, 1, inner)
    sh.commit()
    sh.frame(bx0 - 3, by0, bx0 + per * b + 3, max(inner_flow.y1, by0 + (box_rows) * sh.leading) - b * 0.2)
    bottom_a = placed.y1
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("夜间公交线路再添六条", body("metro", 3), bylines=[("通讯员", "林可")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 20, byline="■ 通讯员 林可")
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("清水河重现碧波", body("river"), bylines=[("记者", "孙明")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="本报记者 孙明")
    return sh, [a, c, d], Header(4, "城建", "2024-06-04")


CASES = {"drop_cap": drop_cap_page, "text_photo_bylines": text_photo_byline_page,
         "headline_marks": headline_marks_page, "sidebar": sidebar_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {
    "text_photo_bylines": "the caption printed with no credit (游客在河湾村油菜花田中拍照留念。) is read as the "
                          "report's first paragraph: text gives no sign of a photo",
    "headline_marks-4": "「慢」下来的小城 (one line, no byline, no subtitle), under the text of the report before it, "
                        "is read as a subheading of that report",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
