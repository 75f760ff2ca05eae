"""How an article opens and closes inside its body: a dateline and its
bracketed bylines run into the first line in bold, an author note, a
closing dateline or the authors of a brief at the end, and a jump note
sending the reader to a later page. Pages typeset by
tests/independent/pagekit.py from a description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (6, 13)


def runin_page(seed: int):
    """Feature 14, a run-in lead in bold.
    The body's first line opens with the dateline and the authors in
    brackets, 本报讯（记者 张岚 通讯员 李可）, set in bold Hei, and the rest of
    the line runs on in Song (two spans in two fonts on one line). A second
    article opens with 本报北京5月12日电（记者 王远）, which in its narrow
    column wraps onto the second line before the Song text starts. The
    dateline and the bylines (roles 记者, 通讯员) come out of the bracket; the
    first paragraph keeps the rest of its text in order. A third article
    below opens plainly."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年5月13日 星期六", "要闻", "第2版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    spring, metro = body("spring"), body("metro")
    a = Story("河西镇春耕备耕正当时", spring, dateline="本报讯", bylines=[("记者", "张岚"), ("通讯员", "李可")])
    bottom_a = article(sh, a, 40, top, 2, 23, 22,
                       items=[("runin", "本报讯（记者 张岚 通讯员 李可）", spring[0])] + spring[1:])
    cx = 40 + column_width(sh, 2, 23) + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("地铁三号线二期完成铺轨", metro, dateline="本报北京5月12日电", bylines=[("记者", "王远")])
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - b * 1.6) / (2 * b)), 20,
                       items=[("runin", "本报北京5月12日电（记者 王远）", metro[0])] + metro[1:])
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "周岚")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 22, byline="本报记者 周岚")
    return sh, [a, c, d], Header(2, "要闻", "2023-05-13")


def brief_item(sh: Sheet, x: float, top: float, per: int, title: str, text: str, names: str) -> float:
    """A brief under its own small bold title, its text closing with the
    authors in brackets; return the bottom."""
    b = sh.body
    sh.text(x, top, title, b * 1.2, bold=True)
    sh.commit()
    placed = sh.flow([text + "（" + names + "）"], x, top + b * 2.0, 1, per)
    return placed.y1


def closing_page(seed: int):
    """Feature 15, lines that close an article.
    A commentary ends with its author's note （作者为江城大学马克思主义学院
    教授） as its own last paragraph (set flush right on one seed, indented
    like any paragraph on the other); a news report ends with a closing
    dateline （本报莫斯科5月13日电） run on at the end of its last paragraph
    (on one seed) or flush right on a line of its own (on the other); two
    briefs under small bold titles end with their authors （陈玲玲 林娟）.
    The note is the commentary's last paragraph, the closing dateline is the
    report's dateline, the brackets' names are the briefs' bylines."""
    sh = Sheet(seed)
    y = page_header(sh, "2021年5月14日 星期五", "综合", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    note = "（作者为江城大学马克思主义学院教授）"
    theory = body("theory")
    a = Story("以人民为中心推动高质量发展", theory + [note], bylines=[(None, "李晓峰")])
    per_a = int((762 - 2 * b * 1.6) / (3 * b))
    y2 = article(sh, a, 40, top, 3, per_a, 24, byline="李晓峰",
                 items=theory + [("right", note) if seed % 2 == 0 else note]) + 16
    sh.rule(40, y2, 802, y2)
    ex = body("exchange")
    closing = "（本报莫斯科5月13日电）"
    c = Story("两地合作交流活动在莫斯科举行", ex, dateline="本报莫斯科5月13日电", bylines=[("记者", "王远")])
    items = ex[:-1] + [ex[-1] + closing] if seed % 2 == 0 else ex + [("right", closing)]
    bottom_c = article(sh, c, 40, y2 + 14, 4, 14, 21, byline="本报记者 王远", items=items)
    bx = 40 + column_width(sh, 4, 14) + 24
    sh.rule(bx - 12, y2 + 14, bx - 12, bottom_c)
    per_b = int((802 - bx) / b)
    briefs = [
        Story("城南公园完成提升改造", ["经过半年施工，城南公园提升改造工程近日完工，新增健身步道两公里、"
                                 "儿童游乐场一处，并对园内绿化进行了补植。"],
              bylines=[(None, "陈玲玲"), (None, "林娟")]),
        Story("首届江城读书节开幕", ["四月二十三日，首届江城读书节在市图书馆开幕，读书节期间将举办阅读推广、"
                               "好书推荐等活动五十余场。"], bylines=[(None, "吴迪")]),
    ]
    yy = y2 + 14
    for story in briefs:
        names = " ".join(n for _, n in story.bylines)
        yy = brief_item(sh, bx, yy, per_b, story.title, story.paragraphs[0], names) + sh.leading
    return sh, [a, c] + briefs, Header(3, "综合", "2021-05-14")


def jump_page(seed: int):
    """Feature 16, a jump note among other articles.
    A front-page lead article in three columns ends with （下转第四版） set
    flush right on a line of its own at the foot of its last column; one
    article stands beside it and two below it, each with its own title. The
    note tells where the article continues (continues_to 4); it is neither
    body text nor part of the article under it."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年3月8日 星期五", "要闻", "第1版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    renov = body("renovation")
    a = Story("城东老旧小区改出居民幸福生活", renov, kicker="十二个小区完成改造 四千余户居民受益",
              bylines=[("记者", "韩晓")], continues_to=4)
    bottom_a = article(sh, a, 40, top, 3, 14, 24, byline="本报记者 韩晓",
                       items=renov + [("right", "（下转第四版）")])
    cx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(cx - 12, top, cx - 12, bottom_a)
    c = Story("清水河重现碧波", body("river"))
    bottom_c = article(sh, c, cx, top, 2, int((802 - cx - b * 1.6) / (2 * b)), 20)
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("通讯员", "林可")])
    bottom_d = article(sh, d, 40, y2 + 14, 3, 14, 21, byline="■ 通讯员 林可")
    ex = 40 + column_width(sh, 3, 14) + 24
    sh.rule(ex - 12, y2 + 14, ex - 12, bottom_d)
    e = Story("湖滨马拉松鸣枪开跑", body("marathon"))
    article(sh, e, ex, y2 + 14, 2, int((802 - ex - b * 1.6) / (2 * b)), 20)
    return sh, [a, c, d, e], Header(1, "要闻", "2024-03-08")


CASES = {"runin": runin_page, "closing": closing_page, "jump": jump_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
