"""Boxes a city paper prints among its reports that are not reports: a
weather box (天气) and a public service advertisement (公益广告). Pages
typeset by tests/independent/pagekit.py from a description of the
conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header
from .prose import body
from .prose_notices import AD_LINE, AD_SLOGAN, AD_SPONSOR, WEATHER, WEATHER_AIR, WEATHER_SOURCE
from .readers_view import feature_tests

SEEDS = (5, 14)


def weather_box(sh: Sheet, x0: float, x1: float, top: float, size: float) -> float:
    """The weather in a thin frame: the bold heading 江城天气, a line a day
    (the day, the sky, the temperatures flush right in half-width digits),
    the air quality, and who issued it, smaller, flush right; return the
    frame's bottom."""
    pad = 6
    sh.centred(x0, x1, top + pad, "江城天气", size * 1.3, bold=True)
    sh.commit()
    y = top + pad + size * 2.2
    for day, sky, temps in WEATHER:
        sh.text(x0 + pad, y, day, size)
        sh.text(x0 + pad + size * 3, y, sky, size)
        sh.mixed(x1 - pad - sh.mixed_width(temps, size), y, temps, size)
        y += size * 1.6
    sh.text(x0 + pad, y, WEATHER_AIR, size)
    y += size * 1.6
    small = size * 0.85
    sh.right(x1 - pad, y, WEATHER_SOURCE, small)
    bottom = y + small + pad
    sh.frame(x0, top, x1, bottom)
    return bottom


def weather_page(seed: int):
    """Feature 53, a weather box on a city paper's front page.
    The weather for three days (今天 多云转晴 12～22℃ …), the air quality
    and 江城市气象台发布 stand in a thin frame under the bold heading 江城天气:
    at the top of the right-hand column beside the lead, a one-column
    report under it (seed 5), or in the masthead's ear (报眼) between the
    paper's name and the date, over the rule that closes the masthead
    (seed 14, the lead across the page below and two reports under it).
    The box is no article and none of its lines belongs to one; the
    header gives page 1, 要闻 and the date."""
    sh = Sheet(seed)
    b = sh.body
    ear = seed % 2 == 0
    sh.text(40, 30, "江城日报", 40, bold=True)
    sh.right(802, 40, "2024年4月2日 星期二", 11)
    sh.right(802, 60, "第1版 要闻", 11)
    sh.commit()
    rule_y = 88.0
    if ear:
        rule_y = max(rule_y, weather_box(sh, 400, 400 + 15 * 9.0, 14, 9.0) + 8)
    sh.rule(40, rule_y, 802, rule_y, 2.0)
    top = rule_y + 16 + sh.jitter(3)
    gap = b * 1.6
    lead = Story("长者食堂暖了老人胃", body("elderly"), kicker="全区建成长者食堂四十二家", bylines=[("记者", "邵峰")])
    if ear:
        per = int((762 - 4 * gap) / (5 * b))
        y2 = article(sh, lead, 40, top, 5, per, 26, byline="本报记者 邵峰") + 16
        sh.rule(40, y2, 802, y2)
        c = Story("河西镇春耕备耕正当时", body("spring"), bylines=[("通讯员", "梁宇")])
        bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, byline="■ 通讯员 梁宇")
        dx = 40 + column_width(sh, 3, 14) + 24
        sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
        d = Story("地铁三号线二期完成铺轨", body("metro"))
        article(sh, d, dx, y2 + 14, 2, int((802 - dx - gap) / (2 * b)), 20)
        return sh, [lead, c, d], Header(1, "要闻", "2024-04-02")
    ax1 = 40 + column_width(sh, 4, 12)
    bottom_a = article(sh, lead, 40, top, 4, 12, 26, byline="本报记者 邵峰")
    bx0 = ax1 + 20
    fbottom = weather_box(sh, bx0, 802, top, b)
    c = Story("清水河重现碧波", body("river", 3))
    bottom_c = article(sh, c, bx0, fbottom + 16, 1, int((802 - bx0) / b), 18, title=["清水河", "重现碧波"])
    sh.rule(ax1 + 10, top, ax1 + 10, max(bottom_a, bottom_c))
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("山里娃也能上好课", body("school"), bylines=[("通讯员", "林可")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 林可")
    return sh, [lead, c, d], Header(1, "要闻", "2024-04-02")


def public_ad(sh: Sheet, x0: float, x1: float, top: float, wide: bool) -> float:
    """A public service advertisement in a frame: the small label 公益广告,
    a drawn picture, the slogan in large bold type (one line beside the
    picture when ``wide``, else two lines over it), a second line and its
    sponsors, smaller, flush right; return the frame's bottom."""
    pad = 8
    sh.text(x0 + pad, top + pad, "公益广告", 8)
    y = top + pad + 16
    if wide:
        px1 = x0 + pad + (x1 - x0) * 0.3
        sh.drawn_photo(x0 + pad, y, px1, y + 110)
        slogan = "　".join(AD_SLOGAN)
        size = min(34.0, (x1 - px1 - 2 * pad) / len(slogan))
        sh.centred(px1, x1, y + 14, slogan, size, bold=True)
        sh.commit()
        sh.centred(px1, x1, y + 14 + size * 1.7, AD_LINE, 14)
        y += 110
    else:
        size = min(30.0, (x1 - x0 - 2 * pad) / len(AD_SLOGAN[0]))
        for line in AD_SLOGAN:
            sh.centred(x0, x1, y, line, size, bold=True)
            y += size * 1.3
        sh.commit()
        sh.drawn_photo(x0 + pad, y + 6, x1 - pad, y + 126)
        y += 136
        for part in AD_LINE.split("　"):
            sh.centred(x0, x1, y, part, 12)
            y += 12 * 1.6
    sh.right(x1 - pad, y + 8, AD_SPONSOR, 9)
    bottom = y + 8 + 9 + pad
    sh.frame(x0, top, x1, bottom, 1.0)
    return bottom


def ad_page(seed: int):
    """Feature 54, a public service advertisement among the reports.
    An advertisement in a frame, the small label 公益广告 at its top left,
    a drawn picture, the slogan 文明江城 你我共建 in large bold type, the
    line 讲文明 树新风 做文明有礼江城人 and its sponsors flush right in small
    type: across the page's foot under two reports (seed 5, the slogan on
    one line beside the picture), or one column wide at the page's right
    beside a lead in four columns, the slogan on two lines over the
    picture (seed 14, a report across the foot). The advertisement is no
    article: its slogan is no title and none of its lines belongs to a
    report."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月16日 星期二", "社会", "第6版")
    b = sh.body
    gap = b * 1.6
    top = y + 16 + sh.jitter(3)
    if seed % 2:
        a = Story("三十个城市书房飘书香", body("library"), bylines=[("记者", "方晓")])
        bottom_a = article(sh, a, 40, top, 3, 14, 22, byline="本报记者 方晓")
        cx = 40 + column_width(sh, 3, 14) + 24
        sh.rule(cx - 12, top, cx - 12, bottom_a)
        c = Story("湖滨马拉松鸣枪开跑", body("marathon"), bylines=[("通讯员", "林可")])
        bottom_c = article(sh, c, cx, top, 2, int((802 - cx - gap) / (2 * b)), 21, byline="■ 通讯员 林可")
        public_ad(sh, 40, 802, max(bottom_a, bottom_c) + 20, wide=True)
        return sh, [a, c], Header(6, "社会", "2024-04-16")
    a = Story("老旧小区改出幸福生活", body("renovation"), kicker="今年再启动三十个小区改造",
              bylines=[("记者", "方晓")])
    ax1 = 40 + column_width(sh, 4, 12)
    bottom_a = article(sh, a, 40, top, 4, 12, 24, byline="本报记者 方晓")
    bottom_ad = public_ad(sh, ax1 + 20, 802, top, wide=False)
    y2 = max(bottom_a, bottom_ad) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("竹丝里的三百年", body("heritage"), bylines=[("通讯员", "梁宇")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * gap) / (5 * b)), 22, byline="■ 通讯员 梁宇")
    return sh, [a, d], Header(6, "社会", "2024-04-16")


CASES = {"weather": weather_page, "public_ad": ad_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
