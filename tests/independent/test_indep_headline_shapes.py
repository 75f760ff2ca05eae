"""Headlines in the shapes real pages give them: inset over the middle of
their columns, set in a narrow box beside the body, stacked vertically, and
tiers that differ from the body by a hair. Pages are typeset by
tests/independent/pagekit.py from a description of the conventions, not
from the parser."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (3, 8)


def inset_title_page(seed: int):
    """Feature 1, a headline shorter than its article.
    A two-line title is centred over the middle two of its four columns;
    the outer columns start level with the title and run down beside it, so
    the title's box is narrower than the article. A neighbouring article
    stands to the right with its own title; two more sit below a rule."""
    sh = Sheet(seed)
    y = page_header(sh, "2019年4月16日 星期二", "城市新闻", "第3版")
    b, per = sh.body, 13 + seed % 2
    x, top = 40 + sh.jitter(3), y + 16 + sh.jitter(4)
    colw, gap = per * b, b * 1.6
    a = Story("城东老旧小区改出居民幸福生活", body("renovation"), bylines=[("通讯员", "韩晓")])
    tsize = 22 + sh.jitter(1.5)
    mid0, mid1 = x + colw + gap, x + 3 * colw + 2 * gap
    yy = headline(sh, mid0, mid1, top, ["城东老旧小区", "改出居民幸福生活"], tsize)
    sh.centred(mid0, mid1, yy + 2, "■ 通讯员 韩晓", b)
    reserved = int((yy + b * 2.6 - top) / sh.leading) + 1
    placed = sh.flow(a.paragraphs, x, top, 4, per,
                     width_at=lambda c, r: 0 if c in (1, 2) and r < reserved else per)
    sh.commit()
    right_x = placed.x1 + 22
    sh.rule(right_x - 11, top, right_x - 11, placed.y1)
    per_b = int((802 - right_x) / b)
    c = Story("清水河重现碧波", body("river", 3))
    bottom_b = article(sh, c, right_x, top, 1, per_b, 18)
    y2 = max(placed.y1, bottom_b) + 14
    sh.rule(40, y2, 802, y2)
    d = Story("河西镇春耕备耕正当时", body("spring"), kicker="抢抓农时不误春光")
    e = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明")])
    bottom_d = article(sh, d, 40, y2 + 14, 3, 14, 20)
    ex = 40 + column_width(sh, 3, 14) + 24
    sh.rule(ex - 12, y2 + 14, ex - 12, bottom_d)
    article(sh, e, ex, y2 + 14, 2, int((802 - ex - b * 1.6) / (2 * b)), 20, byline="本报记者 孙明")
    return sh, [a, c, d, e], Header(3, "城市新闻", "2019-04-16")


def side_title_page(seed: int):
    """Feature 2, a side headline (边题).
    The title is set in a narrow box left of its three-column body, in
    short stacked lines of 3-6 large characters, with the byline under the
    title in the same box. The other articles have their titles on top."""
    sh = Sheet(seed)
    y = page_header(sh, "2020年9月8日 星期二", "理论", "第7版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    a = Story("以人民为中心推动高质量发展", body("theory"), bylines=[(None, "汪涛")])
    tsize = 21 + sh.jitter(1)
    box_w = tsize * 6 + 6 + sh.rng.uniform(0, 8)
    ty = top + 6
    for line in ("以人民为中心", "推动", "高质量发展"):
        sh.text(40, ty, line, tsize, bold=True)
        ty += tsize * 1.35
    sh.commit()
    sh.text(40, ty + 12, "汪 涛", b * 1.2)
    bx = 40 + box_w + 14
    per = int((802 - bx - 2 * b * 1.6) / (3 * b))
    placed = sh.flow(a.paragraphs, bx, top, 3, per)
    sh.commit()
    y2 = max(placed.y1, ty + 40) + 16
    sh.rule(bx - 7, top, bx - 7, y2 - 8)
    sh.rule(40, y2, 802, y2)
    c = Story("让基层治理更有温度", body("governance"), bylines=[(None, "李文")])
    d = Story("科技企业扎堆高新区", body("tech"))
    bottom = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="李 文")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom)
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 21)
    return sh, [a, c, d], Header(7, "理论", "2020-09-08")


def vertical_title_page(seed: int):
    """Feature 3, a vertical headline (竖排).
    The title's characters are stacked one per line at the right edge of its
    body, and the author's name stands vertically beside it (a byline with
    no role). The other articles are set as usual."""
    sh = Sheet(seed)
    y = page_header(sh, "2021年3月2日 星期二", "副刊", "第8版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    a = Story("竹丝里的三百年", body("heritage"), bylines=[(None, "赵晴")])
    per = 14
    tsize = 26 + sh.jitter(1.5)
    tx = 40 + column_width(sh, 4, per) + 18
    sh.vertical(tx, top + 4, "竹丝里的三百年", tsize, bold=True)
    sh.commit()
    sh.vertical(tx - b * 1.7, top + 4 + tsize * 4.5, "赵 晴", b * 1.1)
    placed = sh.flow(a.paragraphs, 40, top, 4, per)
    rx = tx + tsize + 16
    sh.rule(rx - 8, top, rx - 8, max(placed.y1, top + tsize * 7.5))
    c = Story("长者食堂暖了老人胃", body("elderly"))
    per_c = int((802 - rx) / b)
    bottom_c = article(sh, c, rx, top, 1, per_c, 17, title=["长者食堂", "暖了老人胃"])
    y2 = max(placed.y1, bottom_c, top + tsize * 7.5) + 14
    sh.rule(40, y2, 802, y2)
    d = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "周岚")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="本报记者 周岚")
    return sh, [a, c, d], Header(8, "副刊", "2021-03-02")


def faint_tiers_page(seed: int):
    """Feature 8, headline tiers that barely differ from the body.
    The kicker and subtitle are set only 1.05-1.15 times the body size (one
    article: the body size, in bold); the subtitle opens with ——. One title
    breaks over two lines: it stays one title, not a title and a subtitle."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年6月1日 星期三", "要闻", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    a = Story("地铁三号线二期完成铺轨", body("metro"), kicker="城北到火车站将缩短至半小时",
              subtitle="——预计年底开通试运营", bylines=[("记者", "黄磊")])
    bottom_a = article(sh, a, 40, top, 5, int((762 - 4 * b * 1.6) / (5 * b)), 24,
                       byline="本报记者 黄磊", tier=1.05 + (seed % 3) * 0.05)
    y2 = bottom_a + 14
    sh.rule(40, y2, 802, y2)
    c = Story("湖滨马拉松鸣枪开跑", body("marathon"), kicker="两万跑者畅跑春日湖城",
              subtitle="——首次启用智能补给系统")
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, tier=1.0, bold_tiers=True)
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("智能装备企业研发投入占比超过百分之九", body("tech"))
    article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 19,
            title=["智能装备企业研发投入", "占比超过百分之九"])
    return sh, [a, c, d], Header(2, "要闻", "2022-06-01")


CASES = {"inset_title": inset_title_page, "side_title": side_title_page,
         "vertical_title": vertical_title_page, "faint_tiers": faint_tiers_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
