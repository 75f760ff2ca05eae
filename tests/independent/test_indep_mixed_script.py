"""Headlines that mix Chinese with digits, Latin letters and marks, as
economic and international news print them (5G, 100万, GDP, 6.1%, “一带一路”,
WTO), the digits and letters set half-width in a Latin face. Pages
typeset by tests/independent/pagekit.py from a description of the
conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, page_header
from .prose_features import MIXED_BODIES
from .readers_view import feature_tests

SEEDS = (6, 13)


def mixed_headlines_page(seed: int):
    """Feature 29, headlines mixing scripts.
    Four articles whose titles and tiers mix Chinese with digits, Latin
    letters and marks: 5G基站数量突破100万个 under a kicker and over a dashed
    subtitle with 6万多个; 一季度GDP同比增长6.1% over ——增速比去年同期加快0.8个
    百分点; “一带一路”朋友圈扩大到138个国家 in full-width quotes, broken
    over two lines in its narrow article under a kicker; 专家共话WTO改革与多边贸易体制 with a subtitle. Each run of digits
    and letters is set half-width in a Latin face (Helvetica in the bold
    titles, Times in the tiers), a span of its own between Chinese spans on
    the same line. Each title, kicker and subtitle is read whole, with its
    digits, letters and marks in place and no spaces inserted."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年4月18日 星期四", "经济", "第3版")
    b = sh.body
    top = y + 16 + sh.jitter(3)
    per = int((762 - 4 * b * 1.6) / (5 * b))
    a = Story("5G基站数量突破100万个", MIXED_BODIES["base_stations"], kicker="全省县城城区和重点乡镇实现连续覆盖",
              subtitle="——一季度新建基站6万多个", bylines=[("记者", "钱亮")])
    y2 = article(sh, a, 40, top, 5, per, 25, byline="本报记者 钱亮", mixed=True) + 16
    sh.rule(40, y2, 802, y2)
    c = Story("一季度GDP同比增长6.1%", MIXED_BODIES["growth"], subtitle="——增速比去年同期加快0.8个百分点")
    bottom_c = article(sh, c, 40, y2 + 14, 3, 14, 21, mixed=True)
    dx = 40 + column_width(sh, 3, 14) + 24
    sh.rule(dx - 12, y2 + 14, dx - 12, bottom_c)
    d = Story("“一带一路”朋友圈扩大到138个国家", MIXED_BODIES["belt_road"], kicker="合作领域不断拓展",
              bylines=[("记者", "王远")])
    bottom_d = article(sh, d, dx, y2 + 14, 2, int((802 - dx - b * 1.6) / (2 * b)), 19, byline="本报记者 王远",
                       title=["“一带一路”朋友圈", "扩大到138个国家"], mixed=True)
    y3 = max(bottom_c, bottom_d) + 16
    sh.rule(40, y3, 802, y3)
    e = Story("专家共话WTO改革与多边贸易体制", MIXED_BODIES["trade"], subtitle="——坚持开放包容 反对保护主义",
              bylines=[("通讯员", "冯佳")])
    article(sh, e, 40, y3 + 14, 5, per, 22, byline="■ 通讯员 冯佳", mixed=True)
    return sh, [a, c, d, e], Header(3, "经济", "2024-04-18")


CASES = {"mixed_headlines": mixed_headlines_page}
PDF_XFAIL: dict[str, str] = {}
TEXT_XFAIL: dict[str, str] = {
    "mixed_headlines": "the kicker 合作领域不断拓展 is read as the title and the two-line title “一带一路”朋友圈扩大到138个"
                       "国家 as its subtitle",
}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
