"""Page features of real Chinese newspapers, one small built page each.

Every test typesets a page with several articles (feature_pages.py, written
from the conventions in the design notes, not from the parser), parses it
and checks the exact structure a reader expects: headline tiers, bylines
with roles, dateline, paragraphs, captions with credits, page number and
section. Expected answers come from the conventions, not from the parser.


Article regions, in-body subheadings, logos and banners, headline tiers;
headers, captions and bylines in test_layout_headers_captions.py; briefs and
vertical headlines in test_layout_briefs_vertical.py.
"""

from __future__ import annotations

import pytest

pymupdf = pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import (  # noqa: E402
    BODY, GAP, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, RightLine, Sub, column_x, span_right,
)
from feature_checks import (  # noqa: E402
    TOP, below, check_body, check_titles, find, names_over_body_page, no_text_anywhere, parse, story, where,
)
from feature_checks import _open_in_issue_9  # noqa: E402,F401  (autouse: the strict xfail marks)


# -- 1. article regions ---------------------------------------------------
@pytest.mark.parametrize("beside", [False, True], ids=["body-below-title", "body-beside-title"])
def test_headline_narrower_than_article(tmp_path, beside):
    pg = FeaturePage()
    pg.header(3, "要闻")
    # A: title left-aligned over columns 0-1; body over all five columns.
    y = pg.headline(LEFT, span_right(0, 2), TOP, "城际铁路全线铺轨", 24, align="left")
    tops = [y, y, TOP + 2, TOP + 2, TOP + 2] if beside else None
    a = pg.flow(LEFT, y, TEXTS["rail"] + TEXTS["digital"][:1], 5, tops=tops)
    # B and C below, side by side.
    top = a.bottom + 24
    story(pg, "school", "三所新学校投入使用", 0, 3, top)
    story(pg, "market", "冬季蔬菜供应充足", 3, 2, top)
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路全线铺轨", "三所新学校投入使用", "冬季蔬菜供应充足"])
    check_body(find(page, "城际铁路全线铺轨"), TEXTS["rail"] + TEXTS["digital"][:1])
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])


def test_side_headline(tmp_path):
    pg = FeaturePage()
    pg.header(4, "城市")
    # Headline in column 0, three lines, body in columns 1-3 beside it.
    y = TOP + 4
    for part in ["清溪河", "重现水清", "岸绿美景"]:
        pg.line(LEFT + 10, y, part, 22, "hei")
        y += 29
    body = TEXTS["river"] + TEXTS["health"][:1]
    a = pg.flow(column_x(1), TOP + 4, body, 3)
    pg.vrule(column_x(4) - GAP / 2, TOP + 4, a.bottom)
    b = story(pg, "library", "老厂房变身城市书房", 4, 1, TOP + 4, size=16)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a.bottom, b)), extra=TEXTS["health"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["清溪河重现水清岸绿美景", "老厂房变身城市书房", "万亩晚稻喜获丰收"])
    check_body(find(page, "清溪河重现水清岸绿美景"), body)
    check_body(find(page, "老厂房变身城市书房"), TEXTS["library"])


def test_vertical_headline_with_vertical_byline(tmp_path):
    pg = FeaturePage()
    pg.header(7, "理论")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"] + TEXTS["water"][:1]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    # Column 4: the vertical headline at the right, the name beside it.
    x_title = span_right(4, 1) - 34
    pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    pg.vertical(x_title - 26, TOP + 200, "罗 海 平", 11, font="body", pitch=12)
    pg.vrule(column_x(2) - GAP / 2, TOP + 4, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, TOP + 290)), extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "走好高质量发展之路", "文艺巡演进乡村"])
    art = find(page, "走好高质量发展之路")
    assert art.bylines == [Byline(None, "罗海平")], f"bylines {art.bylines}; 罗海平 is at {where(page, '罗海平')}"
    check_body(art, body)


def test_vertical_headline_with_quotes(tmp_path):
    """Quote marks in a vertical headline are glyphs of their own, centred in
    the column of characters: one headline, quotes and all."""
    pg = FeaturePage()
    pg.header(3, "国际")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    x_mid, y, size = span_right(4, 1) - 22, TOP + 10, 22
    for ch in "“温暖每一个人”":
        pg.line(x_mid - pg.length(ch, size, "hei") / 2, y, ch, size, "hei")
        y += size * 1.15
    pg.vrule(column_x(2) - GAP / 2, TOP + 4, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, y)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "“温暖每一个人”", "文艺巡演进乡村"])
    check_body(find(page, "“温暖每一个人”"), body)


@pytest.mark.parametrize("separator", ["rules", "frame", "whitespace"])
def test_articles_separated(tmp_path, separator):
    pg = FeaturePage()
    pg.header(5, "经济")
    a = story(pg, "digital", "智能车间里的新变化", 0, 3, TOP + 4)
    b_top = TOP + 4
    b = story(pg, "health", "家庭医生上门服务", 3, 2, b_top + (8 if separator == "frame" else 0))
    if separator == "rules":
        pg.rule(LEFT, a + 8, span_right(0, 3))
        pg.rule(column_x(3), b + 8, span_right(3, 2))
    elif separator == "frame":
        pg.frame(column_x(3) - 5, b_top, span_right(3, 2) + 5, b + 6)
    top = max(a, b) + (26 if separator != "frame" else 30)
    c = story(pg, "river", "清溪河重现碧水", 0, 2, top)
    d = story(pg, "harvest", "晚稻颗粒归仓", 2, 3, top)
    if separator == "rules":
        pg.rule(LEFT, c + 8, span_right(0, 2))
        pg.rule(column_x(2), d + 8, span_right(2, 3))
    page = parse(pg, tmp_path)
    check_titles(page, ["智能车间里的新变化", "家庭医生上门服务", "清溪河重现碧水", "晚稻颗粒归仓"])
    for title, key in [("智能车间里的新变化", "digital"), ("家庭医生上门服务", "health"),
                       ("清溪河重现碧水", "river"), ("晚稻颗粒归仓", "harvest")]:
        check_body(find(page, title), TEXTS[key])


def test_wide_article_below_two_articles(tmp_path):
    """White space only between a row of two articles and a five-column
    article under both, its title centred over its middle column."""
    pg = FeaturePage()
    pg.header(3, "要闻")
    a = story(pg, "school", "三所新学校投入使用", 0, 3, TOP + 8)
    b = story(pg, "market", "冬季蔬菜供应充足", 3, 2, TOP + 8)
    story(pg, "rail", "城际铁路年底通车", 0, 5, max(a, b) + 26, extra=TEXTS["digital"])
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "冬季蔬菜供应充足", "城际铁路年底通车"])
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])
    check_body(find(page, "城际铁路年底通车"), TEXTS["rail"] + TEXTS["digital"])


def test_two_column_widths(tmp_path):
    pg = FeaturePage()
    pg.header(6, "社会")
    narrow, wide = 12, 17
    wa = 3 * narrow * BODY + 2 * GAP
    y = pg.headline(LEFT, LEFT + wa, TOP + 4, "城市书房开放", 20)
    a = pg.flow(LEFT, y, TEXTS["library"], 3, chars=narrow)
    x_b = LEFT + wa + 22
    y = pg.headline(x_b, RIGHT, TOP + 4, "晚稻丰收种粮增收", 20)
    b = pg.flow(x_b, y, TEXTS["harvest"], 2, chars=wide)
    story(pg, "market", "节日市场供应充足", 0, 5, below(pg, max(a.bottom, b.bottom)), extra=TEXTS["library"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城市书房开放", "晚稻丰收种粮增收", "节日市场供应充足"])
    check_body(find(page, "城市书房开放"), TEXTS["library"])
    check_body(find(page, "晚稻丰收种粮增收"), TEXTS["harvest"])


@pytest.mark.parametrize("note", ["（作者为江城大学经济学院教授）", "（下转第2版）"])
def test_right_aligned_last_line(tmp_path, note):
    pg = FeaturePage()
    pg.header(1, "要闻")
    a = story(pg, "theory", "建设美丽新江城", 0, 3, TOP + 4, extra=[RightLine(note)])
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路年底通车", 0, 5, below(pg, max(a, b)), extra=TEXTS["river"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["建设美丽新江城", "农村群众喝上放心水", "城际铁路年底通车"])
    art = find(page, "建设美丽新江城")
    if note.startswith("（作者"):
        check_body(art, TEXTS["theory"] + [note])
        assert art.continues_to is None
    else:
        check_body(art, TEXTS["theory"])
        assert art.continues_to == 2, f"continues_to {art.continues_to}"
    check_body(find(page, "农村群众喝上放心水"), TEXTS["water"])


@pytest.mark.parametrize("names,expected", [("彭帆宁", ["彭帆宁"]), ("周 强  陈 龙", ["周强", "陈龙"])],
                         ids=["one-name", "two-padded-names"])
def test_closing_names_set_right(tmp_path, names, expected):
    """The author's names alone, set flush right under the last paragraph:
    the bylines, not a paragraph."""
    pg = FeaturePage()
    pg.header(1, "要闻")
    a = story(pg, "theory", "建设美丽新江城", 0, 3, TOP + 4, extra=[RightLine(names)])
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路年底通车", 0, 5, below(pg, max(a, b)), extra=TEXTS["river"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["建设美丽新江城", "农村群众喝上放心水", "城际铁路年底通车"])
    art = find(page, "建设美丽新江城")
    check_body(art, TEXTS["theory"])
    assert [b.name for b in art.bylines] == expected, f"bylines {art.bylines}"


def test_paragraph_opening_with_reporter_word(tmp_path):
    """记者从…获悉 opens countless news paragraphs; it is body text, not a byline."""
    first = "记者从省交通运输厅获悉，连接江城与北原的城际铁路日前完成全线铺轨，预计年底前开通运营，届时两地最快通行时间将缩短至四十分钟以内。"
    body = [first] + TEXTS["rail"][1:]
    pg = FeaturePage()
    pg.header(1, "要闻")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "城际铁路全线铺轨", 22)
    a = pg.flow(LEFT, y, body, 3).bottom
    b = story(pg, "water", "农村群众喝上放心水", 3, 2, TOP + 4)
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), extra=TEXTS["health"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路全线铺轨", "农村群众喝上放心水", "三所新学校投入使用"])
    art = find(page, "城际铁路全线铺轨")
    assert art.bylines == [] and art.dateline is None, f"bylines {art.bylines}, dateline {art.dateline!r}"
    check_body(art, body)


@pytest.mark.parametrize("names,expected", [("庞芳洋    沈 亮", ["庞芳洋", "沈亮"]), ("汪 涛", ["汪涛"])],
                         ids=["two-names-one-padded", "one-padded-name"])
def test_author_names_flush_left_over_the_body(tmp_path, names, expected):
    """An author's names at body size, set apart by spaces, flush left right
    over the body (no role word): the bylines, not the body's first line."""
    page = names_over_body_page(tmp_path, names)
    check_titles(page, ["城际铁路全线铺轨", "农村群众喝上放心水", "三所新学校投入使用"])
    art = find(page, "城际铁路全线铺轨")
    assert [b.name for b in art.bylines] == expected, f"bylines {art.bylines}"
    check_body(art, TEXTS["rail"])


# -- 2. subheadings, logos, banners ------------------------------------------
SUBS = {
    "bold-body-size": Sub(["坚持就近服务"], size=BODY),
    "larger-one-line": Sub(["以改革破解发展难题"], size=11.5),
    "two-lines": Sub(["把握发展阶段", "新变化新特点"], size=11.5),
    "three-lines": Sub(["充分认识推动", "高质量发展的", "重大意义"], size=12.9, bold=False),
    "boxed-two-lines-body-size": Sub(["把握发展阶段", "新变化新特点"], size=BODY, bold=False, boxed=True),
    # two characters in a frame across the column, far wider than they are: no banner's bar
    "boxed-two-characters": Sub(["品牌"], size=11.5, bold=False, boxed=True),
    # 黑体 in a 宋体 column, body size, no stroke: the face alone tells it
    "other-face-two-lines-body-size": Sub(["把握发展阶段的", "新变化新特点"], size=BODY, bold=False),
}


@pytest.mark.parametrize("kind", list(SUBS))
def test_in_body_subheading(tmp_path, kind):
    sub = SUBS[kind]
    pg = FeaturePage()
    pg.header(7, "理论")
    paras = TEXTS["theory"][:2] + [sub] + TEXTS["theory"][2:] + TEXTS["digital"][:1]
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "走好高质量发展之路", 20)
    y = pg.byline_line(LEFT, x1, y, "汪 涛")
    a = pg.flow(LEFT, y, paras, 3).bottom
    b = story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(a, b)), extra=TEXTS["harvest"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["走好高质量发展之路", "文艺巡演进乡村", "老厂房变身城市书房"])
    art = find(page, "走好高质量发展之路")
    check_body(art, TEXTS["theory"][:2] + [sub.text] + TEXTS["theory"][2:] + TEXTS["digital"][:1])
    assert art.bylines == [Byline(None, "汪涛")], f"bylines {art.bylines}; 汪涛 is at {where(page, '汪涛')}"


def test_column_logo_and_banner_are_not_articles(tmp_path):
    pg = FeaturePage()
    pg.header(7, "理论")
    a = story(pg, "theory", "以高质量发展惠及民生", 0, 3, TOP + 4, byline="许 静")
    # B: boxed column logo 思想纵横 above its headline.
    x0, x1 = column_x(3), span_right(3, 2)
    pg.frame(x0 + 70, TOP + 6, x1 - 70, TOP + 30, 1.0)
    pg.centered(x0, x1, TOP + 11, "思想纵横", 14)
    y = pg.headline(x0, x1, TOP + 40, "让城市更有温度", 18)
    y = pg.byline_line(x0, x1, y, "周 强")
    b = pg.flow(x0, y, TEXTS["river"], 2).bottom
    # page-wide banner between the rows
    yb = max(a, b) + 14
    pg.rule(LEFT, yb, RIGHT, 2.0)
    pg.centered(LEFT, RIGHT, yb + 8, "深入学习贯彻新发展理念", 22)
    pg.rule(LEFT, yb + 40, RIGHT, 2.0)
    story(pg, "digital", "数字化改造提升效率", 0, 5, yb + 54, byline="陈 龙", extra=TEXTS["school"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["以高质量发展惠及民生", "让城市更有温度", "数字化改造提升效率"])
    art = find(page, "让城市更有温度")
    assert art.headline.kicker is None, f"kicker {art.headline.kicker!r}"
    check_body(art, TEXTS["river"])
    no_text_anywhere(page, ["思想纵横", "深入学习贯彻"])


def test_reversed_column_logo_over_a_kicker_at_body_size(tmp_path):
    """A column logo reversed out of a dark panel, over a headline whose
    kicker is set in the body's size and face right over the title: the
    logo is no article and no tier; the kicker is the kicker."""
    pg = FeaturePage()
    pg.header(8, "国际")
    a = story(pg, "theory", "以高质量发展惠及民生", 0, 3, TOP + 4)
    x0, x1 = column_x(3), span_right(3, 2)
    pg.panel(x0, TOP + 4, x0 + 70, TOP + 26)
    pg.line(x0 + 8, TOP + 8, "民生视点", 13, "hei", white=True)
    kicker = "青禾县多措并举保障农村饮水安全"
    pg.line(x0, TOP + 36, kicker)
    y = pg.headline(x0, x1, TOP + 36 + BODY * 1.5, "让城市更有温度", 18, align="left")
    b = pg.flow(x0, y, TEXTS["river"], 2).bottom
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(a, b)), extra=TEXTS["school"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["以高质量发展惠及民生", "让城市更有温度", "数字化改造提升效率"])
    art = find(page, "让城市更有温度")
    assert art.headline.kicker == kicker, f"kicker {art.headline.kicker!r}"
    check_body(art, TEXTS["river"])
    no_text_anywhere(page, ["民生视点"])


def test_shaded_banner_bar_separates_rows(tmp_path):
    """A page-wide shaded bar with a slogan reversed out of it separates the
    rows like a rule: the columns under it beside a side headline are that
    headline's, not the article above the bar."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a = story(pg, "theory", "以高质量发展惠及民生", 0, 5, TOP + 4)
    top = a + 14
    pg.panel(LEFT, top, RIGHT, top + 30, gray=0.35)
    pg.line((LEFT + RIGHT) / 2 - 110, top + 6, "弘扬时代新风 凝聚奋进力量", 20, "hei", white=True)
    y = top + 44
    for part in ["清溪河", "重现水清", "岸绿美景"]:
        pg.line(LEFT + 10, y, part, 22, "hei")
        y += 29
    body = TEXTS["river"] + TEXTS["health"][:1]
    pg.flow(column_x(1), top + 44, body, 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["以高质量发展惠及民生", "清溪河重现水清岸绿美景"])
    check_body(find(page, "以高质量发展惠及民生"), TEXTS["theory"])
    check_body(find(page, "清溪河重现水清岸绿美景"), body)
    no_text_anywhere(page, ["弘扬时代新风"])


# -- 3. headline tiers ------------------------------------------------------
@pytest.mark.parametrize("tiers", ["kicker", "subtitle", "both"])
def test_small_kicker_and_subtitle(tmp_path, tiers):
    kicker = "青禾县多措并举保障农村饮水安全" if tiers != "subtitle" else None
    subtitle = "柳塘村民告别挑水吃" if tiers != "kicker" else None
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x1 = span_right(0, 3)
    y = pg.headline(LEFT, x1, TOP + 4, "让农村群众喝上放心水", 22, kicker=kicker, subtitle=subtitle,
                    kicker_size=10.5, subtitle_size=10.5)
    a = pg.flow(LEFT, y, TEXTS["water"], 3).bottom
    b = story(pg, "health", "家庭医生上门服务", 3, 2, TOP + 4)
    story(pg, "market", "冬季蔬菜供应充足", 0, 5, below(pg, max(a, b)), extra=TEXTS["library"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["让农村群众喝上放心水", "家庭医生上门服务", "冬季蔬菜供应充足"])
    art = find(page, "让农村群众喝上放心水")
    assert (art.headline.kicker, art.headline.subtitle) == (kicker, subtitle), (
        f"kicker/subtitle {(art.headline.kicker, art.headline.subtitle)}; kicker text at {where(page, '多措并举')},"
        f" subtitle text at {where(page, '告别挑水吃')}")
    check_body(art, TEXTS["water"])


def test_side_headline_with_a_three_line_kicker(tmp_path):
    """A side headline in a narrow column: its kicker, at the body size in 黑体,
    wraps onto three lines over the title; the body stands to the right."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "health", "家庭医生上门服务", 0, 5, TOP + 4)
    top = below(pg, a)
    x0 = column_x(0)
    y = top
    for part in ["青禾县多措并举保障", "农村饮水安全全县三", "万群众受益"]:
        pg.line(x0, y, part, BODY, "hei")
        y += LEAD - 2
    y += 4
    for part in ["让农村群众", "喝上放心水"]:
        pg.line(x0, y, part, 18, "hei")
        y += 23
    body = TEXTS["water"] + TEXTS["library"][:1]
    pg.flow(column_x(1), top + 2, body, 4)
    page = parse(pg, tmp_path)
    check_titles(page, ["家庭医生上门服务", "让农村群众喝上放心水"])
    art = find(page, "让农村群众喝上放心水")
    assert art.headline.kicker == "青禾县多措并举保障农村饮水安全全县三万群众受益", f"kicker {art.headline.kicker!r}"
    check_body(art, body)


def test_subtitle_as_large_as_the_title_in_another_face(tmp_path):
    """A title broken over two lines in 黑体 and, right under it at the same
    size, a subtitle in 宋体: the face tells the tiers apart."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    y = TOP + 4
    for part in ["城际铁路全线铺轨", "年底通车运营"]:
        pg.line(LEFT, y, part, 20, "hei")
        y += 26
    pg.line(LEFT, y, "沿线十个车站同步开工", 20, "body")
    y += 34
    a = pg.flow(LEFT, y, TEXTS["rail"], 3).bottom
    b = story(pg, "health", "家庭医生上门服务", 3, 2, TOP + 4)
    story(pg, "market", "冬季蔬菜供应充足", 0, 5, below(pg, max(a, b)), extra=TEXTS["library"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路全线铺轨 年底通车运营", "家庭医生上门服务", "冬季蔬菜供应充足"])
    art = find(page, "城际铁路全线铺轨 年底通车运营")
    assert art.headline.subtitle == "沿线十个车站同步开工", f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["rail"])


def test_plain_subtitle_between_a_side_title_and_its_byline(tmp_path):
    """A side headline: the title, under it a subtitle barely larger than the
    body in the body's own face, then the reporters' line; the body beside.
    What stands between a title and its byline is the 副题, not body text."""
    pg = FeaturePage()
    pg.header(11, "社会")
    y = pg.headline(LEFT, span_right(0, 1), TOP + 4, ["元宵假期全省", "文旅收入创新高"], 18, align="left")
    pg.line(LEFT, y, "人气口碑双丰收", BODY * 1.05, "body")
    pg.byline_line(LEFT, span_right(0, 1), y + BODY * 1.05 + 12, "本报记者  邵洋  龙林", align="left")
    flowed = pg.flow(column_x(1), TOP + 4, TEXTS["market"], 2)
    b = story(pg, "health", "家庭医生上门服务", 3, 2, TOP + 4)
    story(pg, "library", "老厂房变身城市书房", 0, 5, below(pg, max(flowed.bottom, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["元宵假期全省文旅收入创新高", "家庭医生上门服务", "老厂房变身城市书房"])
    art = find(page, "元宵假期全省文旅收入创新高")
    assert art.headline.subtitle == "人气口碑双丰收", f"subtitle {art.headline.subtitle!r}; {where(page, '人气口碑')}"
    assert art.bylines == [Byline("本报记者", "邵洋"), Byline("本报记者", "龙林")], f"bylines {art.bylines}"
    check_body(art, TEXTS["market"])


def test_author_under_a_bold_subtitle_at_body_size(tmp_path):
    """Title, a two-line subtitle at the body size in bold 黑体, then the author's name
    alone, a little larger than the body in 楷体: the name is the byline,
    not a subheading of the text."""
    pg = FeaturePage()
    pg.header(10, "地方新闻")
    x1 = span_right(0, 2)
    y = pg.headline(LEFT, x1, TOP + 4, "全市政协委员远程协商", 20)
    for part in ["围绕做好基层协商工作深入交流", "推进协商民主建设"]:
        pg.centered(LEFT, x1, y, part, BODY, "hei", bold=True)
        y += LEAD
    y += 6
    pg.centered(LEFT, x1, y, "金帆静", BODY * 1.15, "kai")
    y += 2.4 * BODY
    a = pg.flow(LEFT, y, TEXTS["water"], 2).bottom
    b = story(pg, "health", "家庭医生上门服务", 2, 3, TOP + 4)
    story(pg, "market", "冬季蔬菜供应充足", 0, 5, below(pg, max(a, b)), extra=TEXTS["library"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["全市政协委员远程协商", "家庭医生上门服务", "冬季蔬菜供应充足"])
    art = find(page, "全市政协委员远程协商")
    assert art.headline.subtitle == "围绕做好基层协商工作深入交流 推进协商民主建设", f"subtitle {art.headline.subtitle!r}"
    assert art.bylines == [Byline(None, "金帆静")], f"bylines {art.bylines}; 金帆静 is at {where(page, '金帆静')}"
    check_body(art, TEXTS["water"])


def test_dash_subtitle_in_the_title_face_and_size(tmp_path):
    """A title and, right under it in the same face and size, a subtitle
    over two lines opening with ——: the dash starts the 副题."""
    pg = FeaturePage()
    pg.header(6, "理论")
    y = TOP + 4
    for part in ["“家门口的学校越办越好了”", "——访青禾县教育局负责同志谈农村学校建设和", "乡村教师队伍"]:
        pg.line(LEFT, y, part, 14, "hei")
        y += 18
    y += 12
    a = pg.flow(LEFT, y, TEXTS["school"], 2).bottom
    b = story(pg, "health", "家庭医生上门服务", 2, 3, TOP + 4)
    story(pg, "market", "冬季蔬菜供应充足", 0, 5, below(pg, max(a, b)), extra=TEXTS["library"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["“家门口的学校越办越好了”", "家庭医生上门服务", "冬季蔬菜供应充足"])
    art = find(page, "“家门口的学校越办越好了”")
    assert art.headline.subtitle == "——访青禾县教育局负责同志谈农村学校建设和乡村教师队伍", \
        f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["school"])


def test_dash_subtitle_and_two_line_title(tmp_path):
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x1 = span_right(0, 2)
    y = pg.headline(LEFT, x1, TOP + 4, ["老旧厂房改造惠及", "周边三万居民"], 22)
    a = pg.flow(LEFT, y, TEXTS["library"], 2).bottom
    x0, x1 = column_x(2), span_right(2, 3)
    y = pg.headline(x0, x1, TOP + 4, "一条河的新生", 24, subtitle="——江城清溪河综合治理见闻",
                    subtitle_size=14)
    b = pg.flow(x0, y, TEXTS["river"], 3).bottom
    story(pg, "rail", "城际铁路年底通车", 0, 5, below(pg, max(a, b)), extra=TEXTS["river"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["老旧厂房改造惠及周边三万居民", "一条河的新生", "城际铁路年底通车"])
    art = find(page, "一条河的新生")
    assert art.headline.subtitle == "——江城清溪河综合治理见闻", f"subtitle {art.headline.subtitle!r}"
    assert art.headline.kicker is None
    check_body(art, TEXTS["river"])
    check_body(find(page, "老旧厂房改造惠及周边三万居民"), TEXTS["library"])
