"""More things set on a page round its articles: series labels in brackets
in a headline, a front page's masthead, a profile box inside an article and
a big-number callout. Pages typeset by tests/independent/pagekit.py from a
description of the conventions.

A reader's decisions, written down here once:

- A series label in brackets (【新春看乡村】) set on a line of its own over
  the title, in another face, is the report's kicker, brackets and all, as
  printed. A label run in at the start of the title's line, in the title's
  own bold face, is part of the title: the title is the whole line as
  printed, label included, and the report has no kicker.
- The masthead (the paper's name, the date with its lunar date and weekday,
  the issue number, the registration code, 今日12版, the weather) is no
  article; it tells the page's date, and that the page is page 1.
- A framed profile box (人物简介) or link box (相关链接) inside an article's
  columns belongs to the article as its last paragraphs, as the link boxes
  of test_indep_article_parts.py do: the label is one paragraph, the box's
  text another, wherever in the columns the box stands.
- A big-number callout (52.4亿元 over 去年全市旅游收入) repeats a figure the
  text gives in words; a reader takes it in at a glance and reads on: it is
  part of no paragraph and no article of its own, like a pull quote."""

from __future__ import annotations

import math

from .pagekit import (GAP, Header, Sheet, Story, article, column_width, fill_rows, foot_pair, headline, page_header,
                      side_article, wrap)
from .prose import body
from .prose_extras import (BIG_FIGURE, BIG_FIGURE_2, BIG_LABEL, BIG_LABEL_2, DOCTOR, FERRY, FRONT_LEAD, LABEL_FERRY,
                           LABEL_HOME, LINK_LABEL, LINK_NOTE, PROFILE_LABEL, PROFILE_TEXT, TOURISM, WEATHER,
                           WINTER_ROAD)
from .readers_view import feature_tests

SEEDS = (5, 14)


def rows_with_hole(items: list, ncols: int, per: int, hole) -> int:
    """The fewest balanced rows that set ``items`` in ``ncols`` columns
    round a hole, ``hole(rows, col, row)`` true where the hole stands."""
    rows = 2
    while fill_rows(items, ncols, rows, lambda c, r: 0 if hole(rows, c, r) else per) is None:
        rows += 1
    return rows


# -- 5. series labels -------------------------------------------------------
def series_label_page(seed: int):
    """Feature 45, series labels in brackets in headlines.
    Two reports carry a series label. On seed 5 the first one's label
    【新春看乡村】 stands on its own line over the title, in Kai, smaller
    than the title (its kicker), and the second one's label
    〖奋进新征程·一线见闻〗 runs in at the start of its title line in the
    title's bold Hei (part of its title). On seed 14 the labels change
    places and manners: the first report's label runs in at the title's
    start, the second one's stands over its title. Two reports without
    labels stand beside and below."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年2月5日 星期一", "社会", "第4版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = 14
    first_over = seed % 2 == 1

    def labelled(story_title: str, label: str, over: bool, paras: list[str], byline: tuple[str, str], x: float,
                 top: float, ncols: int, tsize: float) -> tuple[Story, float]:
        x1 = x + column_width(sh, ncols, per)
        role, name = byline
        if over:
            s = Story(story_title, paras, kicker=label, bylines=[byline])
            lsize = b * 1.6
            sh.text((x + x1 - lsize * len(label)) / 2, top, label, lsize, kai=True)
            yy = headline(sh, x, x1, top + lsize * 1.7, story_title, tsize)
        else:
            s = Story(label + story_title, paras, bylines=[byline])
            yy = headline(sh, x, x1, top, label + story_title, tsize)
        sh.centred(x, x1, yy + 2, f"本报{role} {name}", b)
        bottom = sh.flow(paras, x, yy + b * 2.8, ncols, per).y1
        sh.commit()
        return s, bottom

    a, ba = labelled("风雪中守护回家路", LABEL_HOME, first_over, WINTER_ROAD, ("记者", "韩雪"), 40, top, 3, 26)
    rx = 40 + column_width(sh, 3, per) + 24
    c = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "周岚")])
    bc = side_article(sh, c, rx, 802, top, 20, byline="本报记者 周岚", ncols=2)
    sh.rule(rx - 12, top, rx - 12, max(ba, bc))
    y2 = max(ba, bc) + 16
    sh.rule(40, y2, 802, y2)
    d, bd = labelled("白沙渡口换新船", LABEL_FERRY, not first_over, FERRY, ("通讯员", "廖凡"), 40, y2 + 14, 3, 24)
    e = Story("城市书房里书香浓", body("library", 4))
    rx = 40 + column_width(sh, 3, per) + 24
    be = side_article(sh, e, rx, 802, y2 + 14, 20, ncols=2)
    sh.rule(rx - 12, y2 + 12, rx - 12, max(bd, be))
    return sh, [a, c, d, e], Header(4, "社会", "2024-02-05")


# -- 6. front-page masthead -------------------------------------------------
def masthead_page(seed: int):
    """Feature 46, a front page's masthead.
    The paper's name 澜溪日报 in very large bold Hei at the top left; beside
    it, in small type, the date with its weekday, the lunar date
    (农历甲辰年腊月廿六, seed 5; 农历癸卯年腊月廿六, seed 14), the issue
    number, the registration code 国内统一连续出版物号 CN 42-0001 and
    今日12版 (seed 5) or 今日8版 (seed 14); at the right a weather line in a
    thin frame (seed 5) or under the small lines (seed 14); a heavy rule
    under it all. Then the lead report with a kicker across four columns,
    a report beside it, two reports below. None of the masthead is an
    article; the page is page 1 of the date it gives."""
    sh = Sheet(seed)
    b = sh.body
    late = seed % 2 == 1
    date, lunar, iso = (("2025年1月25日　星期六", "农历甲辰年腊月廿六", "2025-01-25") if late else
                        ("2024年2月5日　星期一", "农历癸卯年腊月廿六", "2024-02-05"))
    issue, pages = ("第12345期", "今日12版") if late else ("第12031期", "今日8版")
    name_size = 58 + sh.jitter(4)
    sh.text(40, 30, "澜溪日报", name_size, bold=True)
    sh.commit()
    sx = 40 + name_size * 4 + 24
    small = b * 0.9
    lines = [date, lunar, f"{issue}　{pages}", "国内统一连续出版物号 CN 42-0001"]
    if not late:
        lines.append(WEATHER)
    ly = 32
    for line in lines:
        sh.mixed(sx, ly, line, small)
        ly += small * 1.55
    if late:
        wx0 = 600
        sh.frame(wx0, 34, 802, 34 + small * 4.2, 0.5)
        for i, part in enumerate(WEATHER.split("　", 1)):
            sh.mixed(wx0 + 8, 34 + small * 0.6 + i * small * 1.6, part, small)
    y = max(30 + name_size * 1.15, ly) + 6
    sh.rule(40, y, 802, y, 2.4)
    top = y + 16 + sh.jitter(3)
    per = 13
    ax1 = 40 + column_width(sh, 4, per)
    a = Story("去年全市经济总量突破五千亿元", FRONT_LEAD, kicker="增速位居全省前列 新兴产业成倍增长",
              bylines=[("记者", "程远")])
    ba = article(sh, a, 40, top, 4, per, 30, byline="本报记者 程远")
    rx = ax1 + 24
    c = Story("风雪中守护回家路", WINTER_ROAD[:3])
    bc = side_article(sh, c, rx, 802, top, 18)
    sh.rule(rx - 12, top, rx - 12, max(ba, bc))
    d = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("通讯员", "林可")])
    e = Story("河西镇春耕备耕正当时", body("spring"))
    foot_pair(sh, max(ba, bc) + 16, 40, 802, d, e, lby="■ 通讯员 林可")
    return sh, [a, c, d, e], Header(1, None, iso)


# -- 7. profile box -------------------------------------------------------
def profile_box_page(seed: int):
    """Feature 47, a profile box inside an article.
    A profile of a village doctor in three columns. On seed 5 a framed
    box closes its third column: the label 人物简介 in bold, centred, and
    three short lines of smaller type. On seed 14 the box stands at the top
    of the third column, the column's text running on under it, and holds
    the label 相关链接 and two lines about the province's village doctors.
    The box is the article's: its label and text are the last two
    paragraphs, after the text. A report beside, two below."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年10月16日 星期三", "健康", "第9版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = 15
    at_foot = seed % 2 == 1
    label, note = (PROFILE_LABEL, PROFILE_TEXT) if at_foot else (LINK_LABEL, LINK_NOTE)
    ax1 = 40 + column_width(sh, 3, per)
    a = Story("山坳里的“健康守门人”", DOCTOR + [label, note], bylines=[("记者", "蓝蔚")])
    yy = headline(sh, 40, ax1, top, a.title, 26)
    sh.centred(40, ax1, yy + 2, "本报记者 蓝蔚", b)
    btop = yy + b * 2.8
    small = b * 0.85
    colw = per * b
    note_lines = wrap(note, int((colw - 12) / small))
    box_h = b * 1.2 * 1.5 + len(note_lines) * small * 1.5 + 14
    k = math.ceil(box_h / sh.leading) + 1

    def hole(rows: int, c: int, r: int) -> bool:
        return c == 2 and (r >= rows - k if at_foot else r < k)

    rows = rows_with_hole(DOCTOR, 3, per, hole)
    sh.flow(DOCTOR, 40, btop, 3, per, rows=rows, width_at=lambda c, r: 0 if hole(rows, c, r) else per)
    sh.commit()
    bx = 40 + 2 * (colw + b * GAP)
    width = lambda c, r: 0 if hole(rows, c, r) else per  # noqa: E731
    used = [row for _, col, row, *_ in fill_rows(DOCTOR, 3, rows, width) if col == 2]
    first = max(used) + 1 if at_foot else 0  # the box closes the column, right under its text
    by0 = btop + first * sh.leading + (b * 0.4 if at_foot else -b * 0.3)
    by1 = by0 + box_h
    sh.frame(bx, by0, bx + colw, by1, 0.6)
    sh.centred(bx, bx + colw, by0 + 6, label, b * 1.2, bold=True)
    sh.commit()
    ly = by0 + 6 + b * 1.2 * 1.5
    for line in note_lines:
        sh.text(bx + 6, ly, line, small)
        ly += small * 1.5
    ba = btop + rows * sh.leading
    rx = ax1 + 24
    c = Story("老旧小区改出幸福生活", body("renovation", 3))
    bc = side_article(sh, c, rx, 802, top, 18)
    sh.rule(rx - 12, top, rx - 12, max(ba, bc))
    d = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明")])
    e = Story("科技企业扎堆高新区", body("tech"))
    foot_pair(sh, max(ba, bc) + 16, 40, 802, d, e, lby="本报记者 孙明")
    return sh, [a, c, d, e], Header(9, "健康", "2024-10-16")


# -- 8. big-number callout --------------------------------------------------
def big_number_page(seed: int):
    """Feature 48, a big-number callout.
    A report on a lake district's tourism. On seed 5 its text runs in four
    columns and, between two paragraphs of the second column, the figure
    52.4亿元 stands in very large bold type with 去年全市旅游收入 in small
    type under it, set off by thin rules. On seed 14 the text takes three
    columns and the fourth holds two callouts one over the other
    (5240万人次 / 去年全市接待游客 and 52.4亿元 / 去年全市旅游收入). The
    callouts belong to the report but are no paragraphs of it (the text
    gives the same figures in words). A report beside, two below."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年12月4日 星期一", "文旅", "第6版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = 12
    inline = seed % 2 == 1
    ax1 = 40 + column_width(sh, 4, per)
    a = Story("翠湖游客量收入双创新高", TOURISM, kicker="去年全市接待游客五千二百四十万人次",
              bylines=[("记者", "柏舟")])
    yy = headline(sh, 40, ax1, top, a.title, 26, kicker=a.kicker)
    sh.centred(40, ax1, yy + 2, "本报记者 柏舟", b)
    btop = yy + b * 2.8
    colw = per * b
    fsize = b * 2.8

    def callout(x: float, x1: float, y0: float, figure: str, label: str) -> float:
        sh.rule(x, y0, x1, y0, 0.5)
        fsize_fit = min(fsize, (x1 - x - 4) / sh.mixed_width(figure, fsize, True) * fsize)
        w = sh.mixed_width(figure, fsize_fit, True)
        sh.mixed((x + x1 - w) / 2, y0 + b * 0.6, figure, fsize_fit, bold=True)
        sh.commit()
        ly = y0 + b * 0.6 + fsize_fit * 1.15
        sh.centred(x, x1, ly, label, b * 0.85)
        y1 = ly + b * 0.85 * 1.5
        sh.rule(x, y1, x1, y1, 0.5)
        return y1

    need = b * 0.6 + fsize * 1.15 + b * 0.85 * 1.5 + b * 0.6
    k = math.ceil(need / sh.leading) + 1
    if inline:
        r0 = 3

        def hole(rows: int, c: int, r: int) -> bool:
            return c == 1 and r0 <= r < r0 + k

        rows = rows_with_hole(TOURISM, 4, per, hole)
        sh.flow(TOURISM, 40, btop, 4, per, rows=rows, width_at=lambda c, r: 0 if hole(rows, c, r) else per)
        sh.commit()
        cx = 40 + colw + b * GAP
        callout(cx, cx + colw, btop + r0 * sh.leading - b * 0.2, BIG_FIGURE, BIG_LABEL)
        ba = btop + rows * sh.leading
    else:
        ba = sh.flow(TOURISM, 40, btop, 3, per).y1
        sh.commit()
        cx = 40 + 3 * (colw + b * GAP)
        y1 = callout(cx, cx + colw, btop, BIG_FIGURE_2, BIG_LABEL_2)
        y1 = callout(cx, cx + colw, y1 + b * 1.5, BIG_FIGURE, BIG_LABEL)
        ba = max(ba, y1)
    rx = ax1 + 24
    c = Story("湖滨马拉松鸣枪开跑", body("marathon", 3))
    bc = side_article(sh, c, rx, 802, top, 18)
    sh.rule(rx - 12, top, rx - 12, max(ba, bc))
    d = Story("竹编老手艺走进直播间", body("heritage"), bylines=[("记者", "卢川")])
    e = Story("夜间公交线路再添六条", body("metro", 3))
    foot_pair(sh, max(ba, bc) + 16, 40, 802, d, e, lby="本报记者 卢川")
    return sh, [a, c, d, e], Header(6, "文旅", "2023-12-04")


CASES = {"series_label": series_label_page, "front_masthead": masthead_page, "profile_box": profile_box_page,
         "big_number": big_number_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {
    "big_number-5":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
    "big_number-14":
        "the pulled figure and its label (52.4亿元 / 去年全市旅游收入) are kept as the article's paragraphs, as the paper's own text gives a figure box (6120件 / 全市法院共受理): text gives no type size to tell a figure pulled out for the eye from a figure box",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
