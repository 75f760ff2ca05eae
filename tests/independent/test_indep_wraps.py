"""Articles whose text turns round something: a long report set in an L
round a shorter neighbour in the page's top corner, and photos grouped
under one shared caption, with a photo whose caption stands to its right.
Pages typeset by tests/independent/pagekit.py from a description of the
conventions."""

from __future__ import annotations

import math

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header, wrap
from .prose import body
from .prose_forms import FLOWERS_MORE, GROUP_CAPTION, LONG_REPORT, SIDE_CAPTION
from .prose_layouts import FLOWERS
from .readers_view import feature_tests

SEEDS = (3, 8)


def l_shape_page(seed: int):
    """Feature 38, an L-shaped article round a neighbour.
    The page's top is set in five columns. A long report's kicker, title
    and byline stand over the first three; its text runs down those three
    columns and on into the last two, which it fills only under a shorter
    report that sits in the page's top right corner over those two
    columns, so the long report wraps round its neighbour in an L. The
    neighbour is set off by a vertical rule at its left and a rule under
    it (seed 3), or stands in a thin frame (seed 8). The long report is
    one article, read down its five columns in order; the neighbour is an
    article of its own. A report runs across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年5月16日 星期二", "经济", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap = b * 1.6
    per = int((762 - 4 * gap) / (5 * b))
    colw = per * b
    ax1 = 40 + column_width(sh, 3, per, gap)
    nx0 = ax1 + gap
    framed = seed % 2 == 0
    pad = 6 if framed else 0
    a = Story("新能源产业集聚成链", LONG_REPORT, kicker="临港开发区一季度订单增长四成", bylines=[("记者", "罗兰")])
    yy = headline(sh, 40, ax1, top, a.title, 26, kicker=a.kicker)
    sh.centred(40, ax1, yy + 2, "本报记者 罗兰", b)
    btop = yy + b * 2.8
    c = Story("夜间公交线路再添六条", body("metro", 3)[1:] + ["市公交集团表示，将根据客流变化适时调整发车间隔。"],
              bylines=[("通讯员", "林可")])
    inner = 2 * colw + gap - 2 * pad
    bottom_c = article(sh, c, nx0 + pad, top + pad, 2, int((inner - gap) / (2 * b)), 20, byline="■ 通讯员 林可")
    under = bottom_c + pad + 8
    taken = math.ceil((under - btop) / sh.leading) + 1  # rows of the last two columns the neighbour takes
    placed = sh.flow(LONG_REPORT, 40, btop, 5, per, width_at=lambda col, r: 0 if col >= 3 and r < taken else per)
    sh.commit()
    assert placed.rows >= taken + 5, "the long report must run well on under its neighbour"
    if framed:
        sh.frame(nx0, top, nx0 + 2 * colw + gap, bottom_c + pad)
    else:
        sh.rule(nx0 - gap / 2, top, nx0 - gap / 2, under)
        sh.rule(nx0, under, 802, under, 0.6)
    y2 = placed.y1 + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明")])
    article(sh, d, 40, y2 + 14, 5, per, 22, byline="本报记者 孙明")
    return sh, [a, c, d], Header(2, "经济", "2023-05-16")


def photo_group_page(seed: int):
    """Feature 40, a photo group (组图) and a caption set to a photo's right.
    Under a report's title, three photos (seed 3) or two (seed 8) stand side
    by side across its four columns, with one caption under the row of
    photos that closes with one credit (本报记者 杜宇摄); the text follows in
    four columns. The group has one caption, the report's, crediting 杜宇;
    the photos have no captions of their own. A one-column report stands
    beside it. Below, a report in three columns has one photo over its first
    two, its caption in a narrow block in the third at the photo's right
    (level with its top on seed 3, with its foot on seed 8), the credit
    钱程 摄 on the caption's last line; the text runs under the photo and
    caption. Each caption belongs to its report; a report stands beside."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月14日 星期日", "城市", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    gap, per = b * 1.6, 13
    csize = b * 0.9
    ax1 = 40 + column_width(sh, 4, per, gap)
    a = Story("植物园里花似海", FLOWERS + [FLOWERS_MORE], bylines=[("记者", "杜宇")], captions=[(GROUP_CAPTION, "杜宇")])
    yy = headline(sh, 40, ax1, top, a.title, 25)
    sh.centred(40, ax1, yy + 2, "本报记者 杜宇", b)
    ptop = yy + b * 2.8
    count = 3 if seed % 2 else 2
    space = 6
    pw = (ax1 - 40 - (count - 1) * space) / count
    ph = 110 + sh.jitter(8)
    for i in range(count):
        px = 40 + i * (pw + space)
        sh.photo(px, ptop, px + pw, ptop + ph, fill=True)
    cy = ptop + ph + 5
    for line in wrap(GROUP_CAPTION + "本报记者 杜宇摄", int((ax1 - 40) / csize)):
        sh.text(40, cy, line, csize)
        cy += csize * 1.45
    bottom_a = sh.flow(a.paragraphs, 40, cy + b * 1.2, 4, per).y1
    sh.commit()
    cx = ax1 + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("城市书房里书香浓", body("library", 3))
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 18)
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    per_e = 14
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"), captions=[(SIDE_CAPTION, "钱程")])
    ex1 = 40 + column_width(sh, 3, per_e, gap)
    yy = headline(sh, 40, ex1, y2 + 14, e.title, 22)
    ptop = yy + b
    pw = column_width(sh, 2, per_e, gap)
    cap_lines = wrap(SIDE_CAPTION, per_e - 3) + ["钱程 摄"]
    ph = 80 + sh.jitter(6)
    sh.photo(40, ptop, 40 + pw, ptop + ph, fill=True)
    capx = 40 + pw + gap
    cap_top = ptop if seed % 2 else ptop + ph - len(cap_lines) * csize * 1.45
    for i, line in enumerate(cap_lines):
        sh.text(capx, cap_top + i * csize * 1.45, line, csize)
    rows = math.ceil((ph + b) / sh.leading)
    bottom_e = sh.flow(e.paragraphs, 40, ptop, 3, per_e, width_at=lambda col, r: 0 if r < rows else per_e).y1
    sh.commit()
    fx = ex1 + 24
    sh.rule(fx - 12, y2 + 14, fx - 12, bottom_e)
    f = Story("科技企业扎堆高新区", body("tech"))
    article(sh, f, fx, y2 + 14, 2, int((802 - fx - gap) / (2 * b)), 20)
    return sh, [a, c, e, f], Header(3, "城市", "2024-04-14")


CASES = {"l_shape": l_shape_page, "photo_group": photo_group_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
