"""Who signed an article and how its headline is tiered: bylines in the
forms papers print them under a title (several names to one role, padded
names, names with no role) and headline tiers that a reader tells apart
by place, wording and weight rather than by a clear step in size. Pages
typeset by tests/independent/pagekit.py from a description of the
conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .readers_view import feature_tests

SEEDS = (6, 13)


def byline_forms_page(seed: int):
    """Feature 17, bylines in real forms.
    Four articles, each with a byline line centred under its title: a
    padded two-character name 汪  涛 on a commentary (two spaces on one
    seed; on the other the two characters set two ems apart with no space
    character between them, as letter-spaced type is); ■ 通讯员
    韩莉 金勇, two people with one role; 本报记者 孙明 黄磊, two reporters;
    two names alone, 李晓峰 周远, with no role (a theory page's authors).
    Every name is its own byline with the role printed before it (none for
    a bare name), and no byline line is read as body or title."""
    sh = Sheet(seed)
    y = page_header(sh, "2020年9月8日 星期二", "综合", "第6版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("让基层治理更有温度", body("governance"), bylines=[(None, "汪涛")])
    if seed % 2 == 0:
        y2 = article(sh, a, 40, top, 5, per, 23, byline="汪  涛") + 16
    else:
        x1 = 40 + column_width(sh, 5, per)
        yy = headline(sh, 40, x1, top, a.title, 23)
        mid = (40 + x1) / 2
        sh.text(mid - b * 2, yy + 2, "汪", b)
        sh.text(mid + b, yy + 2, "涛", b)
        y2 = sh.flow(a.paragraphs, 40, yy + b * 2.7, 5, per).y1 + 16
        sh.commit()
    sh.rule(40, y2, 802, y2)
    c = Story("老旧小区改出幸福生活", body("renovation"), bylines=[("通讯员", "韩莉"), ("通讯员", "金勇")])
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="■ 通讯员 韩莉 金勇")
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("山里娃也能上好课", body("school"), bylines=[("记者", "孙明"), ("记者", "黄磊")])
    bottom_d = article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 20, byline="本报记者 孙明 黄磊")
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("以人民为中心推动高质量发展", body("theory"), bylines=[(None, "李晓峰"), (None, "周远")])
    article(sh, e, 40, y3 + 14, 5, per, 22, byline="李晓峰  周远")
    return sh, [a, c, d, e], Header(6, "综合", "2020-09-08")


def tiered(sh: Sheet, x0: float, x1: float, top: float, title: list[str], tsize: float,
           kicker: tuple[str, float, bool] | None = None, subtitle: tuple[str, float, bool] | None = None,
           align: str = "centre") -> float:
    """A headline whose kicker and subtitle each have their own size and
    weight (``(text, size, bold)``); return the bottom."""
    y = top

    def put(s: str, size: float, bold: bool) -> None:
        if align == "centre":
            sh.centred(x0, x1, y, s, size, bold)
        else:
            sh.text(x0, y, s, size, bold)
        sh.commit()

    if kicker:
        put(*kicker)
        y += kicker[1] * 1.7
    for line in title:
        put(line, tsize, True)
        y += tsize * 1.3
    if subtitle:
        y += subtitle[1] * 0.3
        put(*subtitle)
        y += subtitle[1] * 1.7
    return y


def tiers_page(seed: int):
    """Feature 18, headline tiers close to the body.
    One headline has a kicker set at the body's size in bold Hei, a title
    broken over two lines and a subtitle opening with —— only 5-10% larger
    than the body, in Song; another a subtitle without dashes at that size
    under a one-line title; a third a title broken over two lines and
    nothing else (one title, not a title and a subtitle); a fourth a bold
    body-size kicker over its title. Each tier lands in its field."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年8月2日 星期三", "经济", "第5版")
    b = sh.body
    small = b * (1.05 + sh.rng.uniform(0, 0.05))
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("智能装备企业研发投入占比超过百分之九", body("tech"), kicker="高新区智能制造产业链加快集聚",
              subtitle="——去年引进上下游配套企业五十余家", bylines=[("记者", "黄磊")])
    x1 = 40 + column_width(sh, 5, per)
    yy = tiered(sh, 40, x1, top, ["智能装备企业研发投入", "占比超过百分之九"], 24,
                kicker=(a.kicker, b, True), subtitle=(a.subtitle, small, False))
    sh.centred(40, x1, yy + 2, "本报记者 黄磊", b)
    placed = sh.flow(a.paragraphs, 40, yy + b * 2.7, 5, per)
    sh.commit()
    y2 = placed.y1 + 16
    sh.rule(40, y2, 802, y2)
    c = Story("地铁三号线二期完成铺轨", body("metro"), subtitle="城北到火车站将缩短至半小时")
    cx1 = 40 + column_width(sh, 3, 14)
    yy = tiered(sh, 40, cx1, y2 + 14, [c.title], 22, subtitle=(c.subtitle, small, False))
    bottom_c = sh.flow(c.paragraphs, 40, yy + b * 0.9, 3, 14).y1
    sh.commit()
    dx = cx1 + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("石桥村小学建成录播教室和科学实验室", body("school", 3))
    per_d = int((802 - dx - b * 1.6) / (2 * b))
    bottom_d = article(sh, d, dx, y2 + 14, 2, per_d, 20, title=["石桥村小学建成", "录播教室和科学实验室"],
                       align="left" if seed % 2 else "centre")
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("长者食堂暖了老人胃", body("elderly"), kicker="全区建成长者食堂四十二家")
    ex1 = 40 + column_width(sh, 5, per)
    yy = tiered(sh, 40, ex1, y3 + 14, [e.title], 22, kicker=(e.kicker, b, True))
    sh.flow(e.paragraphs, 40, yy + b * 0.9, 5, per)
    sh.commit()
    return sh, [a, c, d, e], Header(5, "经济", "2023-08-02")


CASES = {"byline_forms": byline_forms_page, "tiers": tiers_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {
    "tiers-6": "the title broken over two lines, 石桥村小学建成 / 录播教室和科学实验室, is read as a kicker and a title",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
