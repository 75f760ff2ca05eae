"""A theory page whose essay carries a series label, numbered parts and a
closing author note, and a page opening under a page-wide slogan whose
articles sit in rows of differing column widths with white space alone
between them. Pages typeset by tests/independent/pagekit.py from a
description of the conventions."""

from __future__ import annotations

from .pagekit import Header, Sheet, Story, article, column_width, headline, page_header
from .prose import body
from .prose_features import CHINESE_NUMBERS
from .prose_layouts import ESSAY_INTRO, ESSAY_NOTE, ESSAY_PARTS, FLOWERS, HARBOUR
from .readers_view import feature_tests

SEEDS = (2, 7)


def series_label(sh: Sheet, x: float, top: float, label: str, framed: bool) -> float:
    """A series label (学术随笔): bold characters on a tinted bar (or in a thin
    frame) at the top left of an essay; return its bottom."""
    size = sh.body * 1.35
    w = size * len(label) + size * 1.2
    if framed:
        sh.frame(x, top, x + w, top + size * 1.8)
    else:
        sh.tint(x, top, x + w, top + size * 1.8, fill=(0.85, 0.9, 0.97), border=None)
    sh.text(x + size * 0.6, top + size * 0.4, label, size, bold=True)
    sh.commit()
    return top + size * 1.8


def theory_page(seed: int):
    """Feature 33, an essay on a theory page (理论).
    Over the essay, at its top left, a series label 学术随笔 in bold on a
    tinted bar (seed 2) or in a thin frame (seed 7): a label of the column,
    not an article. Under it the essay's title across four wide columns and
    the author's name alone, padded 汪  涛 (no role), centred under it. The
    body opens with a plain paragraph, then numbered subheadings in bold on
    lines of their own (一、在守正中把握根本 indented like a paragraph on seed 2,
    （一）在守正中把握根本 centred in the column on seed 7), and closes with the
    author note （作者为江城大学文学院教授） on a line of its own. The note
    and the subheadings are paragraphs of the essay; the name is its byline
    with role null. A second essay with its own padded name stands beside
    it under a thin rule, a report across the foot."""
    sh = Sheet(seed)
    y = page_header(sh, "2023年3月15日 星期三", "理论", "第7版")
    b = sh.body
    top = y + 18 + sh.jitter(3)
    label_bottom = series_label(sh, 40, top, "学术随笔", framed=seed % 2 == 1)
    items: list = [ESSAY_INTRO]
    paragraphs = [ESSAY_INTRO]
    for number, (head, paras) in zip(CHINESE_NUMBERS, ESSAY_PARTS):
        sub = f"{number}、{head}" if seed % 2 == 0 else f"（{number}）{head}"
        items.append(("head", sub) if seed % 2 == 0 else ("sub", sub, False))
        items += paras
        paragraphs += [sub, *paras]
    items.append(ESSAY_NOTE)
    paragraphs.append(ESSAY_NOTE)
    a = Story("让优秀传统文化焕发时代光彩", paragraphs, bylines=[(None, "汪涛")])
    per = 14
    ax1 = 40 + column_width(sh, 4, per)
    yy = headline(sh, 40, ax1, label_bottom + 10, a.title, 25)
    sh.centred(40, ax1, yy + 2, "汪  涛", b * 1.1)
    bottom_a = sh.flow(items, 40, yy + b * 3, 4, per).y1
    sh.commit()
    cx = ax1 + 24
    c = Story("把小事办好就是大事", body("governance"), bylines=[(None, "沈言")])
    bottom_c = article(sh, c, cx, top, 1, int((802 - cx) / b), 19, byline="沈  言")
    sh.rule(cx - 12, top, cx - 12, max(bottom_a, bottom_c))
    y2 = max(bottom_a, bottom_c) + 16
    sh.rule(40, y2, 802, y2)
    d = Story("科技企业扎堆高新区", body("tech"), bylines=[("记者", "方晓")])
    article(sh, d, 40, y2 + 14, 5, int((762 - 4 * b * 1.6) / (5 * b)), 21, byline="本报记者 方晓")
    return sh, [a, c, d], Header(7, "理论", "2023-03-15")


def banner_rows_page(seed: int):
    """Feature 34, a slogan banner over rows of articles in white space.
    Under the header a slogan runs across the page in large bold type, its
    two phrases apart (奋进新时代  建功新征程), between two thin rules (seed 2)
    or with no rule at all (seed 7). Then four articles in two rows, each
    row with its own grid: three columns of 15 characters beside two of 11,
    then two of 17 beside three of 9. No rule stands between the articles;
    a gap of two to three characters' width (wider than a column gap) or a
    blank band between the rows separates them. The slogan is no article;
    each article is read whole with its kicker or byline."""
    sh = Sheet(seed)
    y = page_header(sh, "2024年5月6日 星期一", "城市新闻", "第3版")
    b = sh.body
    bsize = 32 + sh.jitter(2)
    by = y + 12 + sh.jitter(2)
    if seed % 2 == 0:
        sh.rule(40, by - 4, 802, by - 4, 0.6)
    sh.centred(40, 802, by + 6, "奋进新时代  建功新征程", bsize, bold=True)
    sh.commit()
    y = by + 6 + bsize * 1.4
    if seed % 2 == 0:
        sh.rule(40, y, 802, y, 0.6)
    top = y + 22 + sh.jitter(3)
    space = b * (2.4 + sh.rng.uniform(0, 0.8))
    a = Story("港口货物吞吐量持续增长", HARBOUR, kicker="一季度同比增长百分之八点六", bylines=[("记者", "钱程")])
    bottom_a = article(sh, a, 40, top, 3, 15, 23, byline="本报记者 钱程")
    cx = 40 + column_width(sh, 3, 15) + space
    per_c = int((802 - cx - b * 1.6) / (2 * b))
    c = Story("五十万株郁金香竞相绽放", FLOWERS)
    bottom_c = article(sh, c, cx, top, 2, per_c, 20)
    y2 = max(bottom_a, bottom_c) + b * (3 + sh.rng.uniform(0, 1))
    d = Story("清水河重现碧波", body("river"), bylines=[("通讯员", "梁宇")])
    article(sh, d, 40, y2, 2, 17, 21, byline="■ 通讯员 梁宇")
    ex = 40 + column_width(sh, 2, 17) + space
    per_e = int((802 - ex - 2 * b * 1.6) / (3 * b))
    e = Story("老旧小区改出幸福生活", body("renovation"))
    article(sh, e, ex, y2, 3, per_e, 20)
    return sh, [a, c, d, e], Header(3, "城市新闻", "2024-05-06")


CASES = {"theory": theory_page, "banner_rows": banner_rows_page}
PDF_XFAIL: dict[str, str] = {
}
TEXT_XFAIL: dict[str, str] = {}


test_pdf_mode, test_text_mode = feature_tests(CASES, PDF_XFAIL, TEXT_XFAIL, SEEDS)
