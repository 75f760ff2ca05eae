"""How articles are told apart when the page gives no grid: white space
alone, thin frames (with a boxed sidebar inside another article), and
column widths that change from article to article. Pages typeset by
tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (4, 9)


def white_space_page(seed: int):
    """Feature 4a, no rules at all.
    Articles are separated by white space only: no rule under the header,
    none between articles side by side or one above another. The gaps are
    wider than the gaps between an article's own columns."""
    sh = Sheet(seed)
    y = page_header(sh, "2017年11月3日 星期五", "社会", "第5版", rule=False)
    b = sh.body
    top = y + 20 + sh.jitter(3)
    a = Story("清水河重现碧波", body("river"), bylines=[("记者", "钱程")])
    per = int((762 - 4 * b * 1.6) / (5 * b))
    y2 = article(sh, a, 40, top, 5, per, 24, byline="本报记者 钱程") + b * 3.2
    c = Story("长者食堂暖了老人胃", body("elderly"))
    bottom_c = article(sh, c, 40, y2, 3, 13, 20)
    dx = 40 + column_width(sh, 3, 13) + b * 3.5
    d = Story("三十个城市书房飘书香", body("library"), bylines=[("通讯员", "林可")])
    bottom_d = article(sh, d, dx, y2, 2, int((802 - dx - b * 1.6) / (2 * b)), 20, byline="■ 通讯员 林可")
    y3 = max(bottom_c, bottom_d) + b * 3.2
    e = Story("科技企业扎堆高新区", body("tech"))
    article(sh, e, 40, y3, 5, per, 20, align="left")
    return sh, [a, c, d, e], Header(5, "社会", "2017-11-03")


def framed_page(seed: int):
    """Feature 4b, articles in frames (框).
    Every article stands in a thin rectangle. One frame, a sidebar with its
    own title, sits inside another article's area at the top of its right
    columns, the host article's text running down beside and below it:
    the sidebar is its own article and the host's text stays whole."""
    sh = Sheet(seed)
    y = page_header(sh, "2016年7月12日 星期二", "文化", "第6版")
    b = sh.body
    top = y + 22 + sh.jitter(3)
    pad = 8
    host = Story("竹丝里的三百年", body("heritage") + body("school", 1), bylines=[("记者", "杜宇")])
    per = 13
    x0, x1 = 40 + pad, 40 + pad + column_width(sh, 4, per)
    yy = headline(sh, x0, x1, top, host.title, 24)
    sh.centred(x0, x1, yy + 2, "本报记者 杜宇", b)
    btop = yy + b * 2.8
    side_rows = 7
    placed = sh.flow(host.paragraphs, x0, btop, 4, per,
                     width_at=lambda c, r: 0 if c >= 2 and r < side_rows else per)
    sx0 = x0 + 2 * (per * b + b * 1.6)
    sy1 = btop + side_rows * sh.leading - b * 0.8
    sh.commit()
    sh.frame(sx0 - 3, btop - 4, x1 + 3, sy1)
    side = Story("相关链接：竹编技艺", ["当地竹编以本地毛竹为原料，经破竹、分丝、染色等十余道工序制成，"
                                     "成品细密轻巧，曾是农家日常用具。"])
    sh.centred(sx0, x1, btop + 2, side.title, b * 1.3, bold=True)
    sh.commit()
    sh.flow(side.paragraphs, sx0 + 6, btop + b * 2.6, 1, int((x1 - sx0 - 12) / b))
    sh.commit()
    sh.frame(40, top - pad, x1 + pad, placed.y1 + pad)
    rx = x1 + pad + 14
    c = Story("长者食堂暖了老人胃", body("elderly"))
    per_c = int((802 - pad * 2 - rx) / b)
    bottom_c = article(sh, c, rx + pad, top, 1, per_c, 17)
    sh.frame(rx, top - pad, 802, bottom_c + pad)
    y2 = max(placed.y1, bottom_c) + pad + 16
    d = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    bottom_d = article(sh, d, 40 + pad, y2 + pad, 5, int((762 - 2 * pad - 4 * b * 1.6) / (5 * b)), 21)
    sh.frame(40, y2, 802, bottom_d + pad)
    return sh, [host, side, c, d], Header(6, "文化", "2016-07-12")


def mixed_widths_page(seed: int):
    """Feature 5, columns of different widths from article to article.
    One article has 3 columns of 16 characters, its neighbour 2 of 10, the
    one below 5 of 11 and its neighbour a single column: no column edge
    lines up with a page-wide grid. Thin rules separate the articles."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年2月14日 星期二", "经济", "第4版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    a = Story("智能装备企业研发投入占比超过百分之九", body("tech"),
              kicker="高新区智能制造产业链加快集聚")
    bottom_a = article(sh, a, 40, top, 3, 16, 22)
    cx = 40 + column_width(sh, 3, 16) + 22
    sh.rule(cx - 11, top, cx - 11, bottom_a)
    c = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("记者", "黄磊")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - b * 1.6) / (2 * b)), 19, byline="本报记者 黄磊")
    y2 = max(bottom_a, bottom_c) + 14
    sh.rule(40, y2, 802, y2)
    d = Story("河西镇春耕备耕正当时", body("spring"))
    bottom_d = article(sh, d, 40, y2 + 14, 5, 11, 22)
    ex = 40 + column_width(sh, 5, 11) + 22
    sh.rule(ex - 11, y2 + 14, ex - 11, bottom_d)
    e = Story("老旧小区改出幸福生活", body("renovation", 3))
    article(sh, e, ex, y2 + 14, 1, int((802 - ex) / b), 17)
    return sh, [a, c, d, e], Header(4, "经济", "2023-02-14")


CASES = {"white_space": white_space_page, "framed": framed_page, "mixed_widths": mixed_widths_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
