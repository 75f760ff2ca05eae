"""The lines round a page's articles and over one of them: a header with
the section at the left, the date in the middle and the page number at the
right edge, a footer of editors' names, and a headline whose kicker quotes
its subject in Kai over a title in Hei and a dashed subtitle in Song, all
three of nearly one size. Pages typeset by tests/independent/pagekit.py
from a description of the conventions."""

from __future__ import annotations

from .pagekit import WIDTH, Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .prose_forms import QUOTE_KICKER, QUOTE_SUBTITLE
from .prose_layouts import CRAFT
from .readers_view import feature_tests

SEEDS = (5, 12)


def header_footer_page(seed: int):
    """Feature 41, a header with the page number at the right, and an editors footer.
    The header puts the section name 国际新闻 at the left with the English
    words WORLD NEWS beside it, the date with the weekday in the middle and
    the page number at the right edge: 第8版 (seed 12) or a bare large 08
    (seed 5); a heavy rule under it. At the foot of the page, under a thin
    rule, the editors' line 责任编辑：王芳 版式设计：刘一鸣 with full-width
    spaces between the roles and 校对：张丽 at the right (seed 12), or all
    three in one line with / between them (seed 5). None of it is an
    article or a byline; page 8, section 国际新闻 and the date are read.
    Four ordinary articles fill the page."""
    sh = Sheet(seed)
    b = sh.body
    sh.text(40, 30, "国际新闻", 18, bold=True)
    sh.mixed(40 + 18 * 4 + 10, 36, "WORLD NEWS", 11, bold=True)
    sh.centred(40, 802, 36, "2022年9月14日 星期三", 10.5)
    if seed % 2:
        sh.mixed(802 - sh.mixed_width("08", 26, True), 24, "08", 26, bold=True)
    else:
        sh.right(802, 34, "第8版", 12)
    sh.rule(40, 60, 802, 60, 2.0)
    sh.commit()
    top = 76 + sh.jitter(3)
    gap = b * 1.6
    per = int((762 - 4 * gap) / (5 * b))
    a = Story("两地合作交流活动在莫斯科举行", body("exchange"), bylines=[("记者", "王远")])
    y2 = article(sh, a, 40, top, 5, per, 24, byline="本报记者 王远") + 16
    sh.rule(40, y2, 802, y2)
    c = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21)
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("清水河重现碧波", body("river"), bylines=[("通讯员", "梁宇")])
    bottom_d = article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20, byline="■ 通讯员 梁宇")
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("科技企业扎堆高新区", body("tech"))
    bottom = article(sh, e, 40, y3 + 14, 5, per, 21)
    fy = max(bottom + 40, 1120 + sh.jitter(10))
    sh.rule(40, fy, WIDTH - 40, fy, 0.6)
    if seed % 2:
        sh.text(40, fy + 6, "责任编辑：王芳 / 版式设计：刘一鸣 / 校对：张丽", 9)
    else:
        sh.text(40, fy + 6, "责任编辑：王芳　　版式设计：刘一鸣", 9)
        sh.right(802, fy + 6, "校对：张丽", 9)
    return sh, [a, c, d, e], Header(8, "国际新闻", "2022-09-14")


def quote_kicker_page(seed: int):
    """Feature 45, a quoted kicker in Kai over a title in Hei and a subtitle in Song.
    A feature's headline has three lines of nearly one size, told apart
    by face: the kicker is a quotation of its subject in quotes
    (“手艺不能在我这一代断了”) set in Kai, the title in bold Hei, the
    subtitle opening with —— in Song; the kicker and subtitle are 0.88-0.95
    of the title's size (seed 5) or the title's very size (seed 12). Under
    them the byline, then the text in four columns. The quote is the
    kicker (quotes and all), the dashed line the subtitle. A report
    stands beside it and one across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年11月2日 星期四", "文化", "第6版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    gap, per = b * 1.6, 13
    x1 = 40 + column_width(sh, 4, per, gap)
    tsize = 26.0
    same = seed % 2 == 0
    ksize = tsize if same else round(tsize * sh.rng.uniform(0.88, 0.95), 1)
    ssize = tsize if same else round(tsize * sh.rng.uniform(0.88, 0.95), 1)
    a = Story("竹丝编出新天地", CRAFT, kicker=QUOTE_KICKER, subtitle=QUOTE_SUBTITLE, bylines=[("记者", "周岚")])
    ksize = min(ksize, (x1 - 40) / len(QUOTE_KICKER))
    ssize = min(ssize, (x1 - 40) / len(QUOTE_SUBTITLE))
    sh.text((40 + x1 - ksize * len(QUOTE_KICKER)) / 2, top, QUOTE_KICKER, ksize, kai=True)
    ty = top + ksize * 1.45
    sh.centred(40, x1, ty, a.title, tsize, bold=True)
    sh.commit()
    sy = ty + tsize * 1.45
    sh.centred(40, x1, sy, QUOTE_SUBTITLE, ssize)
    by = sy + ssize * 1.6
    sh.centred(40, x1, by, "本报记者 周岚", b)
    bottom_a = sh.flow(CRAFT, 40, by + b * 2.6, 4, per).y1
    sh.commit()
    cx = x1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("城市书房里书香浓", body("library", 3))
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18)
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("长者食堂暖了老人胃", body("elderly"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a, c, d], Header(6, "文化", "2023-11-02")


CASES = {"header_footer": header_footer_page, "quote_kicker": quote_kicker_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
