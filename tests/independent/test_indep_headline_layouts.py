"""Headlines placed and weighted as designers set them on feature pages: a
side headline left of its columns beside an ordinary article, a vertical
headline at an article's right edge with its byline stacked under it, and
tiers as large as the title told apart by weight alone. Pages typeset by
tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (4, 9)


def left_side_title_page(seed: int):
    """Feature 30, a side headline beside an ordinary article.
    A report's title is set left of its body in a narrow headline column:
    three or four short bold lines (让山里娃 / 也能 / 上好课, or four lines on
    the other seed) of 22-24 points, level with the top of its three body
    columns, with (seed 9) the byline 本报记者 孙明 broken over two lines
    under it. To the right, past a gap and a thin rule, stands an ordinary
    article with its title over two columns; a third article runs across
    the page below. The short lines are one title of the article beside
    them, not titles of their own and not body text."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年9月1日 星期四", "教育", "第6版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    tsize = 22 + sh.rng.uniform(0, 2)
    lines = ["让山里娃", "也能", "上好课"] if seed % 2 == 0 else ["让", "山里娃", "也能", "上好课"]
    a = Story("让山里娃也能上好课", body("school"),
              bylines=[("记者", "孙明")] if seed % 2 else [])
    ty = top + 2
    for line in lines:
        sh.text(40, ty, line, tsize, bold=True)
        ty += tsize * 1.3
    sh.commit()
    if seed % 2:
        ty += b
        for line in ("本报记者", "孙明"):
            sh.text(40, ty, line, b)
            ty += sh.leading
    bx = 40 + tsize * 4 + 12 + sh.rng.uniform(0, 6)
    per = 12
    placed = sh.flow(a.paragraphs, bx, top, 3, per)
    sh.commit()
    cx = placed.x1 + 26
    sh.rule(cx - 13, top, cx - 13, placed.y1)
    per_c = int((802 - cx - b * 1.6) / (2 * b))
    c = Story("清水河重现碧波", body("river"), kicker="两年综合治理见成效")
    bottom_c = article(sh, c, cx, top, 2, per_c, 20)
    y2 = max(placed.y1, bottom_c, ty) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a, c, d], Header(6, "教育", "2022-09-01")


def right_vertical_title_page(seed: int):
    """Feature 31, a vertical headline at an article's right edge.
    On the right of the page a report's body runs in two columns;
    at its right edge, against the page margin, its title stands
    vertically in large bold characters one under another (竖排), and
    under the title, in the same narrow strip, its byline is stacked
    vertically in body-size characters: the padded name 赵 晴 (seed 4,
    a byline with no role) or 本报记者 杜宇 (seed 9, role 记者). To the
    left, past a thin rule, an article with an ordinary headline over two
    columns; a report runs across the page below. The stacked characters
    are one title and one byline, never body text or titles of their own."""
    sh = Sheet(seed)
    y = page_header(sh, "2021年11月12日 星期五", "文化", "第8版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    c = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "周岚")])
    per_c = 15
    bottom_c = article(sh, c, 40, top, 2, per_c, 21, byline="本报记者 周岚")
    ax = 40 + column_width(sh, 2, per_c) + 26
    sh.rule(ax - 13, top, ax - 13, bottom_c)
    tsize = 26 + sh.jitter(1.5)
    tx = 802 - tsize
    per = int((tx - 16 - ax - b * 1.6) / (2 * b))
    title = "山里娃也能上好课"
    by = "赵 晴" if seed % 2 == 0 else "本报记者 杜宇"
    a = Story(title, body("school"), bylines=[(None, "赵晴")] if seed % 2 == 0 else [("记者", "杜宇")])
    ybot = sh.vertical(tx, top + 2, title, tsize, bold=True)
    sh.commit()
    ybot = sh.vertical(tx + (tsize - b) / 2, ybot + tsize * 0.8, by, b, step=b * 1.15)
    placed = sh.flow(a.paragraphs, ax, top, 2, per)
    sh.commit()
    y2 = max(placed.y1, bottom_c, ybot) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22)
    return sh, [c, a, d], Header(8, "文化", "2021-11-12")


def tier(sh: Sheet, x0: float, x1: float, y: float, s: str, size: float, bold: bool) -> float:
    """One headline line centred between x0 and x1; return the next line's top."""
    size = min(size, (x1 - x0) / len(s))
    sh.centred(x0, x1, y, s, size, bold)
    sh.commit()
    return y + size * 1.35


def same_size_tiers_page(seed: int):
    """Feature 32, tiers the size of the title, told apart by weight.
    A lead article's kicker and dashed subtitle are set at the very size of
    its title, in light Song, the title between them in bold Hei; below, a
    bold title too long for its three columns breaks over two lines in the
    middle of a word (智能装备企业研发投 / 入占比超过百分之九) and is one title;
    beside it a light kicker as large as its bold title. Each tier lands in
    its field; the broken title is read whole."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年6月1日 星期三", "要闻", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    size = 23 + sh.jitter(1)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("地铁三号线二期完成铺轨", body("metro"), kicker="城北到火车站将缩短至半小时",
              subtitle="——预计年底开通试运营", bylines=[("记者", "黄磊")])
    x1 = 40 + column_width(sh, 5, per)
    yy = tier(sh, 40, x1, top, a.kicker, size, False)
    yy = tier(sh, 40, x1, yy, a.title, size, True)
    yy = tier(sh, 40, x1, yy, a.subtitle, size, False)
    sh.centred(40, x1, yy + 2, "本报记者 黄磊", b)
    y2 = sh.flow(a.paragraphs, 40, yy + b * 2.7, 5, per).y1 + 16
    sh.commit()
    sh.rule(40, y2, 802, y2)
    d = Story("智能装备企业研发投入占比超过百分之九", body("tech"))
    dx1 = 40 + column_width(sh, 3, 13)
    dsize = min(22.0, (dx1 - 40) / 9)
    yy = tier(sh, 40, dx1, y2 + 14, "智能装备企业研发投", dsize, True)
    yy = tier(sh, 40, dx1, yy, "入占比超过百分之九", dsize, True)
    bottom_d = sh.flow(d.paragraphs, 40, yy + b * 0.9, 3, 13).y1
    sh.commit()
    ex = dx1 + 24
    sh.rule(ex - 12, y2 + 14, ex - 12, bottom_d)
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"), kicker="两万跑者畅跑春日湖城")
    per_e = int((802 - ex - b * 1.6) / (2 * b))
    esize = 20 + sh.jitter(1)
    yy = tier(sh, ex, 802, y2 + 14, e.kicker, esize, False)
    yy = tier(sh, ex, 802, yy, e.title, esize, True)
    sh.flow(e.paragraphs, ex, yy + b * 0.9, 2, per_e)
    sh.commit()
    return sh, [a, d, e], Header(2, "要闻", "2022-06-01")


CASES = {"left_side_title": left_side_title_page, "right_vertical_title": right_vertical_title_page,
         "same_size_tiers": same_size_tiers_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {
    "left_side_title-4": "the side title's lines split into kicker 让山里娃也能 and title 上好课, and the neighbour's "
                         "kicker 两年综合治理见成效 is run into its title",
    "left_side_title-9": "the side title is cut to its last line 上好课 (让 / 山里娃 / 也能 lost), and the neighbour's "
                         "kicker 两年综合治理见成效 is run into its title",
    "same_size_tiers": "the light kicker 两万跑者畅跑春日湖城 of the narrow article is run into its title",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
