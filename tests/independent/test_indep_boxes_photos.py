"""A framed column of short items, photos with their captions and credits
in the places and forms papers print them, and a page set with loose
leading. Pages typeset by tests/independent/pagekit.py from a description
of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header, wrap
from .prose import body
from .readers_view import feature_tests

SEEDS = (6, 13)

BOX_ITEMS = [
    ("城南公园完成提升改造", "经过半年施工，城南公园提升改造工程近日完工，新增健身步道两公里、儿童游乐场一处。",
     ["陈玲玲", "林娟"]),
    ("适老化改造培训班开班", "近日，市民政局举办居家适老化改造培训班，七十余名社区工作者参加培训。", ["方晓"]),
    ("首届江城读书节开幕", "首届江城读书节日前在市图书馆开幕，读书节期间将举办阅读推广等活动五十余场。", ["冯佳", "马莉"]),
    ("高新区添两家研发中心", "省科技厅日前公布新一批省级工程技术研究中心名单，高新区两家企业榜上有名。", ["钱亮"]),
]


#: the same items under titles longer than the box is wide, set condensed (长体) to fit its column
CONDENSED_TITLES = ["城南公园完成提升改造工程", "市民政局开展适老化改造培训", "首届江城读书节在市图书馆开幕",
                    "高新区新增两家省级研发中心"]


def boxed_column_page(seed: int):
    """Feature 19, a boxed column (框) of short items.
    A thin frame around one column holds four short items one under
    another, each with a small bold title (1.15-1.25 times the body) and a
    text closing with its authors in brackets （陈玲玲 林娟）; articles with
    their own titles stand left and right of the frame and one across the
    page below. Each item is an article: its title, its text, the names
    its bylines."""
    return boxed_page(seed, [title for title, _, _ in BOX_ITEMS])


def boxed_condensed_page(seed: int):
    """Feature 19b, a boxed column whose item titles are condensed (长体).
    The page of feature 19, but each item's title is a few characters too
    long for the box and is set condensed, squeezed horizontally to the
    column's width, as page-making software does with a title that must
    stay on one line. A condensed title is still the item's title."""
    return boxed_page(seed, CONDENSED_TITLES)


def boxed_page(seed: int, titles: list[str]):
    """The boxed column page with these item titles."""
    sh = Sheet(seed)
    y = page_header(sh, "2022年7月6日 星期三", "区县新闻", "第4版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    a = Story("河西镇春耕备耕正当时", body("spring"), bylines=[("记者", "苏航")])
    bottom_a = article(sh, a, 40, top, 2, 14, 22, byline="本报记者 苏航")
    pad, per_box = 7, 13
    bx0 = 40 + column_width(sh, 2, 14) + 18
    bx1 = bx0 + per_box * b + 2 * pad
    tsize = b * (1.15 + sh.rng.uniform(0, 0.1))
    yy, stories = top + pad, []
    for title, (_, text, names) in zip(titles, BOX_ITEMS):
        sh.text(bx0 + pad, yy, title, tsize, bold=True, fit=per_box * b)
        sh.commit()
        yy = sh.flow([text + "（" + " ".join(names) + "）"], bx0 + pad, yy + tsize * 1.6, 1, per_box).y1
        yy += sh.leading * 0.5
        stories.append(Story(title, [text], bylines=[(None, n) for n in names]))
    sh.frame(bx0, top, bx1, yy + pad - sh.leading * 0.5)
    cx = bx1 + 18
    c = Story("清水河重现碧波", body("river"))
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - b * 1.6) / (2 * b)), 20)
    y2 = max(bottom_a, bottom_c, yy + pad) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("三十个城市书房飘书香", body("library"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [a] + stories + [c, d], Header(4, "区县新闻", "2022-07-06")


def captions_page(seed: int):
    """Feature 20, captions beside and under their photos.
    A raster photo under a headline has its caption in a narrow block
    beside it (to its right on one seed, its left on the other), level with
    the photo's foot, the credit 本报记者 杜宇摄 wrapped onto the caption's
    second line; a picture drawn in vectors (no image) has its caption under
    it closing with 钱程/摄; a third photo's caption closes with 蒋一帆摄
    （人民视觉）. The captions belong to their articles with the credited
    name; a credit is never a byline and never body text."""
    sh = Sheet(seed)
    y = page_header(sh, "2021年4月24日 星期六", "社会", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per, gap = 14, b * 1.6
    colw = per * b
    a = Story("竹丝里的三百年", body("heritage") + body("library", 1), bylines=[("记者", "周岚")],
              captions=[("竹编艺人赵师傅在作坊里编织花篮。", "杜宇")])
    ax1 = 40 + column_width(sh, 3, per)
    yy = headline(sh, 40, ax1, top, a.title, 23)
    sh.centred(40, ax1, yy + 2, "本报记者 周岚", b)
    ptop = yy + b * 2.8
    csize = b * 0.9
    cap_lines = wrap("竹编艺人赵师傅在作坊里编织花篮。本报记者 杜宇摄", 12)  # the credit runs onto line 2
    cap_px = csize * max(len(line) for line in cap_lines)
    pw = 2 * colw + gap - cap_px - 8
    ph = 120 + sh.jitter(8)
    px = 40 if seed % 2 == 0 else 40 + cap_px + 8
    cx = 40 + pw + 8 if seed % 2 == 0 else 40
    sh.photo(px, ptop, px + pw, ptop + ph, fill=True)
    for i, line in enumerate(cap_lines):
        sh.text(cx, ptop + ph - (len(cap_lines) - i) * csize * 1.5, line, csize)
    rows = int(ph / sh.leading) + 2
    placed = sh.flow(a.paragraphs, 40, ptop, 3, per, width_at=lambda c, r: 0 if c < 2 and r < rows else per)
    sh.commit()
    dx = ax1 + 24
    sh.rule(dx - 12, top, dx - 12, placed.y1)
    c = Story("清水河重现碧波", body("river"), captions=[("清水河两岸新建的步道和绿地。", "钱程")])
    dx1 = 802
    yy = headline(sh, dx, dx1, top, c.title, 20)
    per_c = int((dx1 - dx - gap) / (2 * b))
    vh = 90 + sh.jitter(6)
    sh.drawn_photo(dx, yy + b, dx1, yy + b + vh)
    cap_top = yy + b + vh + 4
    sh.text(dx, cap_top, "清水河两岸新建的步道和绿地。钱程/摄", csize)
    bottom_c = sh.flow(c.paragraphs, dx, cap_top + csize * 2.4, 2, per_c).y1
    sh.commit()
    y2 = max(placed.y1, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"), captions=[("选手们沿湖滨大道奔跑。", "蒋一帆")])
    e_per = int((762 - 4 * gap) / (5 * b))
    yy = headline(sh, 40, 802, y2 + 14, e.title, 22)
    ph2 = 100 + sh.jitter(6)
    pw2 = 2 * e_per * b + gap
    sh.photo(40, yy + b, 40 + pw2, yy + b + ph2, fill=True)
    sh.text(40, yy + b + ph2 + 4, "选手们沿湖滨大道奔跑。蒋一帆摄（人民视觉）", csize)
    rows2 = int((ph2 + csize * 2.5) / sh.leading) + 2
    sh.flow(e.paragraphs, 40, yy + b, 5, e_per, width_at=lambda c, r: 0 if c < 2 and r < rows2 else e_per)
    sh.commit()
    return sh, [a, c, e], Header(3, "社会", "2021-04-24")


def loose_leading_page(seed: int):
    """Feature 21, loose leading.
    The whole page is set with a line pitch of 1.72-1.8 times the body
    size, so the extractor gives every body line as a block of its own:
    four articles (one with a kicker, two side by side, one across the
    foot) must still come out whole, paragraphs joined across lines."""
    sh = Sheet(seed)
    b = sh.body
    sh.leading = round(b * (1.72 + sh.rng.uniform(0, 0.08)), 2)
    y = page_header(sh, "2019年11月20日 星期三", "民生", "第7版")
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("长者食堂暖了老人胃", body("elderly"), kicker="全区建成长者食堂四十二家", bylines=[("记者", "邵峰")])
    y2 = article(sh, a, 40, top, 5, per, 24, byline="本报记者 邵峰") + 16
    sh.rule(40, y2, 802, y2)
    c = Story("老旧小区改出幸福生活", body("renovation"))
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21)
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("地铁三号线二期完成铺轨", body("metro"), bylines=[("通讯员", "梁宇")])
    bottom_d = article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 20, byline="■ 通讯员 梁宇")
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("科技企业扎堆高新区", body("tech"))
    article(sh, e, 40, y3 + 14, 5, per, 21)
    return sh, [a, c, d, e], Header(7, "民生", "2019-11-20")


CASES = {"boxed_column": boxed_column_page, "boxed_condensed": boxed_condensed_page, "captions": captions_page, "loose_leading": loose_leading_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
