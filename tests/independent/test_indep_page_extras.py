"""Things a designer sets on a page beside its articles that are no articles
of their own: a pull quote (引语) repeating a sentence of a report in large
bold type inside its columns, QR codes with their small labels, the page's
header set vertically in a strip on the page's outer edge, and photo credits
set along a photo's edge. Pages typeset by tests/independent/pagekit.py from
a description of the conventions.

A reader's answers: a pull quote is skipped (it repeats the article's own
words; the paragraphs do not include it) and belongs to no other article; a
QR code's label (扫描二维码 观看视频) is neither an article nor a paragraph;
the vertical strip gives the page's section, date and number and nothing
else; a credit set along a photo's edge is the credit of the caption under
that photo."""

from __future__ import annotations

import random

from .pagekit import (GAP, HEI, SONG, Header, Sheet, Story, article, column_width, foot_pair, headline, page_header,
                      side_article, wrap)
from .prose import body
from .prose_extras import NIGHT_MUSEUM, OLD_TOWN, ORCHARD, ORCHARD_CAPTION, QUOTE
from .readers_view import feature_tests

SEEDS = (2, 11)


def turned(sh: Sheet, x: float, y: float, s: str, size: float, up: bool = True, bold: bool = False) -> None:
    """Set ``s`` turned 90°: reading upwards from its baseline point (x, y)
    (``up``), or downwards."""
    page = sh.bold_page if bold else sh.page
    page.insert_text((x, y), s, fontname=HEI if bold else SONG, fontsize=size, rotate=90 if up else 270)
    if bold:
        sh._bold_used = True
        sh.commit()


def qr_code(sh: Sheet, x: float, y: float, side: float, seed: int) -> None:
    """A QR code: 21 by 21 modules with the three finder squares, the rest
    a random pattern, drawn as black squares."""
    rng, n = random.Random(seed), 21
    cell = side / n
    shape = sh.page.new_shape()

    def finder(i: int, j: int) -> bool | None:
        for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
            if fi <= i < fi + 7 and fj <= j < fj + 7:
                a, b = i - fi, j - fj
                ring = min(a, b, 6 - a, 6 - b)
                return ring != 1
        return None

    for i in range(n):
        for j in range(n):
            on = finder(i, j)
            if on is None:
                on = rng.random() < 0.5
            if on:
                shape.draw_rect((x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell))
    shape.finish(color=None, fill=(0, 0, 0), width=0)
    shape.commit()


# -- 1. pull quote --------------------------------------------------------
def pull_quote_page(seed: int):
    """Feature 41, a pull quote (引语).
    A report on an old town's repair in three columns carries, in its
    columns' middle, one of its own sentences again in large bold Hei
    between quote marks, with a rule above and below: over one column's
    width in two lines (seed 2, the second column; a shortened sentence),
    or over the second and third columns in two lines (seed 11, the whole
    sentence). The text flows round it. A reader skips the quote: the
    report's paragraphs are its text alone, and the quote is no article.
    A two-column report stands beside it, two reports below a rule."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月8日 星期五", "乡村振兴", "第5版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = 14
    ax1 = 40 + column_width(sh, 3, per)
    a = Story("老宅修旧如旧 古镇留住乡愁", OLD_TOWN, kicker="柳溪镇保护性修缮八十六栋传统民居",
              bylines=[("记者", "苗青")])
    yy = headline(sh, 40, ax1, top, a.title, 25, kicker=a.kicker)
    sh.centred(40, ax1, yy + 2, "本报记者 苗青", b)
    btop = yy + b * 2.8
    wide = seed % 2 == 1
    cols = (1, 2) if wide else (1,)
    text = "“" + (QUOTE if wide else QUOTE[:QUOTE.index("，修旧")] + "。") + "”"
    qw = column_width(sh, len(cols), per)
    qsize = b * (1.55 if wide else 1.3)
    lines = wrap(text, int(qw / qsize))
    assert len(lines) <= 3
    need = len(lines) * qsize * 1.35 + b * 2.4
    r0 = 2 + seed % 2
    k = int(need / sh.leading) + 1
    placed = sh.flow(OLD_TOWN, 40, btop, 3, per,
                     width_at=lambda c, r: 0 if c in cols and r0 <= r < r0 + k else per)
    sh.commit()
    assert placed.rows >= r0 + k + 2, (placed.rows, r0, k)
    qx = 40 + cols[0] * (per * b + b * GAP)
    qy0 = btop + r0 * sh.leading - b * 0.3
    qy1 = btop + (r0 + k) * sh.leading - b * 0.7
    sh.rule(qx, qy0, qx + qw, qy0, 1.4)
    ty = (qy0 + qy1 - len(lines) * qsize * 1.35) / 2 + qsize * 0.15
    for line in lines:
        sh.centred(qx, qx + qw, ty, line, qsize, bold=True)
        ty += qsize * 1.35
    sh.commit()
    sh.rule(qx, qy1, qx + qw, qy1, 1.4)
    rx = ax1 + 24
    sh.rule(rx - 12, top, rx - 12, placed.y1)
    c = Story("夜间公交线路再添六条", body("metro"), bylines=[("通讯员", "林可")])
    bc = side_article(sh, c, rx, 802, top, 20, byline="■ 通讯员 林可", ncols=2)
    d = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("记者", "周岚")])
    e = Story("河西镇春耕备耕正当时", body("spring"))
    foot_pair(sh, max(placed.y1, bc) + 16, 40, 802, d, e, lby="本报记者 周岚")
    return sh, [a, c, d, e], Header(5, "乡村振兴", "2024-03-08")


# -- 2. QR code -------------------------------------------------------------
def qr_page(seed: int):
    """Feature 42, QR codes with their labels.
    A report on a museum's night opening in four columns. On seed 2 a QR
    code stands at its foot, under the last column's text, with two small
    lines beside it (扫描二维码 / 观看夜场视频); on seed 11 the QR code
    stands at the right end of its headline, the title set to its left,
    with 扫码阅读全文 in small type under the code, and a second code with
    扫码看更多 beside it closes the report at the page's lower right. A
    label is neither an article nor a paragraph of the report it stands
    by. A one-column report stands beside the first, two reports below."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年11月17日 星期五", "文化", "第7版")
    b = sh.body
    small = b * 0.8
    top = y + 16 + sh.jitter(3)
    per = 13
    ax1 = 40 + column_width(sh, 4, per)
    beside = seed % 2 == 1
    a = Story("博物馆开夜场 文物“活”起来", NIGHT_MUSEUM, bylines=[("记者", "贺岩")])
    side = 54 + sh.jitter(4)
    if beside:
        yy = headline(sh, 40, ax1 - side - 20, top + 4, a.title, 24, align="left")
        qr_code(sh, ax1 - side, top, side, seed)
        sh.centred(ax1 - side - 10, ax1 + 10, top + side + 3, "扫码阅读全文", small)
        sh.text(40, yy + 2, "本报记者 贺岩", b)
        btop = max(yy + b * 2.8, top + side + small * 2.2)
    else:
        yy = headline(sh, 40, ax1, top, a.title, 24)
        sh.centred(40, ax1, yy + 2, "本报记者 贺岩", b)
        btop = yy + b * 2.8
    placed = sh.flow(NIGHT_MUSEUM, 40, btop, 4, per)
    sh.commit()
    bottom_a = placed.y1
    if not beside:
        qy = placed.y1 + b * 0.8
        qx = ax1 - side
        qr_code(sh, qx, qy, side, seed)
        for i, line in enumerate(("扫描二维码", "观看夜场视频")):
            sh.right(qx - 6, qy + side / 2 - small * 1.5 + i * small * 1.6, line, small)
        bottom_a = qy + side
    rx = ax1 + 24
    c = Story("城市书房里书香浓", body("library", 2))
    bc = side_article(sh, c, rx, 802, top, 18)
    sh.rule(rx - 12, top, rx - 12, max(bottom_a, bc))
    d = Story("竹编老手艺走进直播间", body("heritage"), bylines=[("记者", "卢川")])
    e = Story("山里娃也能上好课", body("school", 4))
    yb = foot_pair(sh, max(bottom_a, bc) + 16, 40, 802, d, e, lby="本报记者 卢川")
    if beside:
        qy = yb + b
        qr_code(sh, 802 - side, qy, side, seed + 1)
        sh.right(802 - side - 6, qy + side / 2 - small / 2, "扫码看更多", small)
    return sh, [a, c, d, e], Header(7, "文化", "2023-11-17")


# -- 3. editors' strip on the outer edge ----------------------------------
def edge_strip_page(seed: int):
    """Feature 43, the page header in a strip on the page's outer edge.
    The page has no header across its top: its header stands in a narrow
    strip at the left edge (seed 2), set off by a rule, turned 90° and
    reading upwards: 第6版 · 城乡 · 2024年6月12日 星期三 · 责任编辑：何平;
    or at the right edge (seed 11), one character a line: the page number
    第8版 in bold, the section 城乡, the date 二〇二三年九月二十一日, the
    weekday, and an editors' column beside it (责任编辑 何平 版式 苏青).
    None of it is an article; the page's number, section and date are read
    from it. Four reports fill the page."""
    sh = Sheet(seed)
    b = sh.body
    left = seed % 2 == 0
    if left:
        number, date, iso = 6, "2024年6月12日 星期三", "2024-06-12"
        sh.rule(62, 40, 62, 1150, 0.8)
        turned(sh, 52, 1140, f"第{number}版", 13, bold=True)
        turned(sh, 52, 1080, "城乡", 13, bold=True)
        turned(sh, 50, 700, date, 10)
        turned(sh, 50, 300, "责任编辑：何平　版式设计：苏青", 9)
        x0, x1 = 76, 802
    else:
        number, iso = 8, "2023-09-21"
        sh.rule(780, 40, 780, 1150, 0.8)
        sh.vertical(788, 60, "第8版", 14, bold=True)
        sh.commit()
        sh.vertical(788, 150, "城乡", 14, bold=True)
        sh.commit()
        sh.vertical(789, 220, "二〇二三年九月二十一日", 11)
        sh.vertical(789, 370, "星期四", 11)
        sh.vertical(805, 700, "责任编辑何平", 9)
        sh.vertical(805, 775, "版式苏青", 9)
        x0, x1 = 40, 766
    top = 46 + sh.jitter(3)
    per = int((x1 - x0 - 3 * b * GAP - 24) / (4 * b))
    ax1 = x0 + column_width(sh, 3, per)
    a = Story("清水河重现碧波", body("river"), kicker="两年综合治理见成效", bylines=[("记者", "江滨")])
    ba = article(sh, a, x0, top, 3, per, 26, byline="本报记者 江滨")
    rx = ax1 + 24
    sh.rule(rx - 12, top, rx - 12, ba)
    c = Story("长者食堂暖了老人胃", body("elderly", 3))
    bc = side_article(sh, c, rx, x1, top, 18)
    d = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("通讯员", "林可")])
    e = Story("科技企业扎堆高新区", body("tech"))
    foot_pair(sh, max(ba, bc) + 16, x0, x1, d, e, lby="■ 通讯员 林可")
    section = "城乡"
    return sh, [a, c, d, e], Header(number, section, iso)


# -- 4. credit along the photo's edge -------------------------------------
def turned_credit_page(seed: int):
    """Feature 44, a photo credit set along the photo's edge.
    A photo report: a photo over its three columns under the headline, the
    caption under the photo, and the credit (本报记者 祝岚摄) turned 90° in
    small type along the photo's right edge, reading upwards (seed 2) or
    downwards (seed 11). On seed 11 a second report beside it has its own
    photo with the credit 通讯员 江帆 摄 set the same way. Each credit is
    that of the caption under its photo and never in a body. Two reports
    stand below."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年11月17日 星期五", "农业农村", "第3版")
    b = sh.body
    csize, crsize = b * 0.9, b * 0.75
    up = seed % 2 == 0
    top = y + 16 + sh.jitter(3)
    per = 14
    ax1 = 40 + column_width(sh, 3, per)
    a = Story("南坡脐橙采摘忙", ORCHARD, bylines=[("记者", "祝岚")], captions=[(ORCHARD_CAPTION, "祝岚")])

    def photo_with_credit(x0: float, x1: float, ptop: float, ph: float, caption: str, credit: str) -> float:
        pw_end = x1 - crsize * 1.4
        sh.photo(x0, ptop, pw_end, ptop + ph, fill=True)
        if up:
            turned(sh, x1 - crsize * 0.3, ptop + ph, credit, crsize, up=True)
        else:
            turned(sh, pw_end + crsize * 0.3, ptop, credit, crsize, up=False)
        cy = ptop + ph + 5
        for line in wrap(caption, int((x1 - x0) / csize)):
            sh.text(x0, cy, line, csize)
            cy += csize * 1.45
        return cy

    yy = headline(sh, 40, ax1, top, a.title, 26)
    sh.centred(40, ax1, yy + 2, "本报记者 祝岚", b)
    cy = photo_with_credit(40, ax1, yy + b * 2.6, 150 + sh.jitter(10), ORCHARD_CAPTION, "本报记者 祝岚摄")
    ba = sh.flow(ORCHARD, 40, cy + b * 1.2, 3, per).y1
    sh.commit()
    rx = ax1 + 24
    sh.rule(rx - 12, top, rx - 12, ba)
    if up:
        c = Story("城市书房里书香浓", body("library"))
        bc = side_article(sh, c, rx, 802, top, 20, ncols=2)
    else:
        cap = "游客在城市书房里阅读。"
        c = Story("城市书房里书香浓", body("library", 4), captions=[(cap, "江帆")])
        yy = headline(sh, rx, 802, top, c.title, 20)
        cy = photo_with_credit(rx, 802, yy + b, 90 + sh.jitter(6), cap, "通讯员 江帆 摄")
        cper = int((802 - rx - b * GAP) / (2 * b))
        bc = sh.flow(c.paragraphs, rx, cy + b, 2, cper).y1
        sh.commit()
    d = Story("老旧小区改出幸福生活", body("renovation"), bylines=[("记者", "陶然")])
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    foot_pair(sh, max(ba, bc) + 16, 40, 802, d, e, lby="本报记者 陶然")
    return sh, [a, c, d, e], Header(3, "农业农村", "2023-11-17")


CASES = {"pull_quote": pull_quote_page, "qr_code": qr_page, "edge_strip": edge_strip_page,
         "turned_credit": turned_credit_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
