"""A headline centred over a row of columns, standing clear of the row's
first column: that column is its article's, not the level column on its
left nor a vertical headline beyond columns of its own. Pages built the
way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import (  # noqa: E402
    BODY, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, Sub, column_x, span_right,
)
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


def test_centred_headline_and_byline_head_the_column_left_of_them(tmp_path):
    """Article A over columns 0-1 ends a sentence at the foot of column 1.
    Article B's short headline and byline are centred over columns 2-4,
    clear of column 2 in x; B's columns start a line under the byline, about
    level with A's: column 2 is B's first column."""
    pg = FeaturePage()
    pg.header(3, "要闻")
    left = story(pg, "school", "三所新学校投入使用", 0, 2, TOP + 4, align="left")
    right = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4, size=22, extra=TEXTS["water"],
                  byline="本报记者 林晓东")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, right)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "城际铁路铺轨", "文艺巡演进乡村"])
    rail = find(page, "城际铁路铺轨")
    check_body(rail, TEXTS["rail"] + TEXTS["water"])
    assert rail.bylines == [Byline("本报记者", "林晓东")], f"bylines {rail.bylines}"
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])


def test_column_beyond_a_vertical_headlines_own_columns(tmp_path):
    """A vertical headline at the left with two narrow columns of its own
    beside it; next, a column level with the columns of an article whose
    headline and byline are centred over it and two more columns, clear of
    it in x: that column is the centred headline's, not the vertical one's."""
    pg = FeaturePage()
    pg.header(6, "理论")
    x = column_x(0)
    pg.vertical(x + 4, TOP + 8, "推动交流合作", 24, pitch=27)
    body = TEXTS["theory"][:3]
    flowed = pg.flow(x + 40, TOP + 8, body, 2, chars=12)
    right = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4, size=22, extra=TEXTS["water"],
                  byline="本报记者 林晓东")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, right, TOP + 8 + 7 * 27)),
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["推动交流合作", "城际铁路铺轨", "文艺巡演进乡村"])
    check_body(find(page, "推动交流合作"), body)
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"] + TEXTS["water"])


def test_columns_under_a_headlines_photo_below_a_side_headline(tmp_path):
    """A side headline in column 0 with its text in columns 1-2; white space
    under it, then (no rule) a headline set flush right over columns 0-1, a
    photo under that headline and the article's text under the photo: the
    text under the photo is the photo's headline's, not the side headline's."""
    pg = FeaturePage()
    pg.header(3, "经济")
    y = TOP + 4
    for part in ["清溪河", "重现水清"]:
        pg.line(column_x(0) + 10, y, part, 22, "hei")
        y += 29
    side = TEXTS["river"][:3]
    a = pg.flow(column_x(1), TOP + 4, side, 2)
    market = story(pg, "market", "冬季蔬菜供应充足", 3, 2, TOP + 4)
    top = max(a.bottom, market) + 30
    title = "老厂房变身书房"
    pg.right(span_right(0, 2), top, title, 22, "hei")
    pg.photo(column_x(0), top + 40, span_right(0, 2), top + 160)
    body = TEXTS["library"]
    flowed = pg.flow(column_x(0), top + 172, body, 2)
    c = story(pg, "harvest", "万亩晚稻喜获丰收", 2, 3, top, size=18)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, c)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["清溪河重现水清", "冬季蔬菜供应充足", title, "万亩晚稻喜获丰收", "文艺巡演进乡村"])
    check_body(find(page, "清溪河重现水清"), side)
    check_body(find(page, title), body)
    check_body(find(page, "万亩晚稻喜获丰收"), TEXTS["harvest"])


def test_two_line_kicker_and_four_line_subtitle_at_body_size(tmp_path):
    """Under a column logo: a kicker of two lines in the body's size and face
    (no stop at its end), a title not much larger than the body, a subtitle
    of four lines at the body size in another face, then the text. The title
    is a headline (not a subheading of the kicker's "column"), the four
    lines its subtitle."""
    pg = FeaturePage()
    pg.header(8, "理论")
    a = story(pg, "theory", "以高质量发展惠及民生", 0, 3, TOP + 4)
    x0, x1 = column_x(3), span_right(3, 2)
    pg.panel(x0, TOP + 4, x0 + 70, TOP + 26)
    pg.line(x0 + 8, TOP + 8, "时代新论", 13, "hei", white=True)
    kicker = ["用政府部门工作人员的辛苦指数，换来全县企业和广大群众办事时的", "满意指数"]
    subtitle = ["从简化流程、数据共享、上门服务、考核办法四个方面入手，青禾县日前",
                "提出二十五项具体工作任务，企业和群众办事将节省更多的路程、费用、",
                "成本的降低，审批环节更少，办事流程更加便捷，营商环境进一步优化，", "企业发展信心更足"]
    y = TOP + 34
    for k, line in enumerate(kicker):  # lines set full measure but the last
        pg.line(x0, y, line, width=(x1 - x0) if k < len(kicker) - 1 else None)
        y += BODY * 1.5
    y = pg.headline(x0, x1, y + 2, "优化营商环境再升级", 14, align="left")
    for k, line in enumerate(subtitle):
        pg.line(x0, y, line, font="hei", width=(x1 - x0) if k < len(subtitle) - 1 else None)
        y += BODY * 1.5
    b = pg.flow(x0, y + 14, TEXTS["river"], 2).bottom
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(a, b)), extra=TEXTS["school"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["以高质量发展惠及民生", "优化营商环境再升级", "数字化改造提升效率"])
    art = find(page, "优化营商环境再升级")
    assert art.headline.kicker == "".join(kicker), f"kicker {art.headline.kicker!r}"
    assert art.headline.subtitle == "".join(subtitle), f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["river"])


def test_short_headline_and_byline_centred_over_five_columns(tmp_path):
    """A short title and its byline centred over an article of five columns:
    the columns left and right of them, clear of them in x, all run on from
    one to the next under that headline; none is left without a headline."""
    pg = FeaturePage()
    pg.header(18, "视点")
    body = TEXTS["culture"] + TEXTS["market"] + TEXTS["river"]
    bottom = story(pg, "culture", "赶年集", 0, 5, TOP + 4, size=24, extra=TEXTS["market"] + TEXTS["river"],
                   byline="本报记者 秦鹏")
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, bottom), extra=TEXTS["school"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["赶年集", "数字化改造提升效率"])
    art = find(page, "赶年集")
    check_body(art, body)
    assert art.bylines == [Byline("本报记者", "秦鹏")], f"bylines {art.bylines}"


def test_columns_under_a_photo_of_a_vertical_headlines_article(tmp_path):
    """A vertical headline at the right of its article; a photo at the
    article's top left, taller than the headline, its text starting under
    the photo and going on in the columns beside it: the columns under the
    photo are the vertical headline's article too (no headline above them)."""
    pg = FeaturePage()
    pg.header(16, "科技")
    x_title = span_right(4, 1) - 30
    pg.vertical(x_title, TOP + 10, "行走在田埂上", 24, pitch=27)
    pg.photo(column_x(0), TOP + 4, span_right(0, 2), TOP + 200)
    first, rest = TEXTS["theory"][:3], TEXTS["theory"][3:] + TEXTS["digital"]
    under = pg.flow(column_x(0), TOP + 212, first, 2)
    beside = pg.flow(column_x(2), TOP + 8, rest, 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(under.bottom, beside.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["行走在田埂上", "文艺巡演进乡村"])
    check_body(find(page, "行走在田埂上"), first + rest)


def test_column_under_a_captioned_photo_under_a_byline(tmp_path):
    """A headline over two columns, its byline, a photo in the first column
    with a caption and credit under it, and the text starting under the
    caption and going on in the second column; a vertical headline's article
    on the left. The column under the captioned photo is the headline's."""
    pg = FeaturePage()
    pg.header(4, "经济")
    pg.vertical(column_x(0) + 4, TOP + 8, "带上文明的行囊", 24, pitch=27)
    left = pg.flow(column_x(0) + 40, TOP + 8, TEXTS["theory"], 3, chars=13)
    x0, x1 = column_x(3), span_right(3, 2)
    y = pg.headline(x0, x1, TOP + 4, "审慎监管筑牢屏障", 20)
    y = pg.byline_line(x0, x1, y, "本报记者 曾娟红")
    pg.photo(x0, y, span_right(3, 1), y + 70)
    pg.line(x0, y + 76, "图为经济是肌体，金融是血", 9)
    pg.line(x0, y + 89, "脉，两者共生共荣。", 9)
    pg.right(span_right(3, 1), y + 102, "徐明摄", 9)
    body = TEXTS["digital"] + TEXTS["water"][:2]
    right = pg.flow(x0, y + 124, body, 2, tops=[y + 124, y])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left.bottom, right.bottom, TOP + 8 + 8 * 27)),
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["带上文明的行囊", "审慎监管筑牢屏障", "文艺巡演进乡村"])
    check_body(find(page, "审慎监管筑牢屏障"), body)
    check_body(find(page, "带上文明的行囊"), TEXTS["theory"])


def test_column_between_a_vertical_headline_and_a_headline_over_its_row(tmp_path):
    """A vertical headline with its text on its left; on its right a column
    whose top is in step with the columns under a headline that starts just
    right of that column (nearer than the vertical headline): the column is
    that headline's article's first column."""
    pg = FeaturePage()
    pg.header(4, "要闻")
    vbody = TEXTS["culture"]
    left = pg.flow(column_x(0), TOP + 8, vbody, 2)
    x_v = span_right(0, 2) + 14
    pg.vertical(x_v, TOP + 8, "春晚精彩上演", 24, pitch=27)
    x0 = x_v + 24 + 14
    width = 12 * BODY
    title = "让村庄更整洁让邻里更和睦"
    pg.line(x0 + width + 4, TOP + 4, title, 20, "hei")
    body = TEXTS["river"] + TEXTS["health"][:2]
    right = pg.flow(x0, TOP + 40, body, 3, chars=12)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(left.bottom, right.bottom, TOP + 8 + 6 * 27)),
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["春晚精彩上演", title, "数字化改造提升效率"])
    check_body(find(page, "春晚精彩上演"), vbody)
    check_body(find(page, title), body)


def test_first_column_of_a_row_under_a_rule_is_its_centred_headlines(tmp_path):
    """A rule under a row; below it a headline and byline centred over three
    columns, clear of the first column in x: that column is the new row's
    article's, not the headline's above the rule over it."""
    pg = FeaturePage()
    pg.header(20, "综合新闻")
    top_row = story(pg, "market", "冬季蔬菜供应充足", 0, 5, TOP + 4, size=16, align="left")
    row = below(pg, top_row)
    body = TEXTS["rail"] + TEXTS["water"]
    right = story(pg, "rail", "城际铁路铺轨", 0, 3, row, size=22, extra=TEXTS["water"], byline="本报记者 林晓东")
    other = story(pg, "school", "三所新学校投入使用", 3, 2, row, size=18)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(right, other)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["冬季蔬菜供应充足", "城际铁路铺轨", "三所新学校投入使用", "数字化改造提升效率"])
    check_body(find(page, "城际铁路铺轨"), body)
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])


def test_a_tab_rule_across_the_page_under_a_short_masthead_rule_is_no_header(tmp_path):
    """The masthead over a rule that stops well short of the page's width;
    under it a column's tab (a label in a box, a rule running on across the
    whole page) over a row of briefs. The label is not page furniture: the
    briefs are articles under it, and the page still gives its number and section."""
    from feature_checks import BRIEFS

    pg = FeaturePage()
    pg.line(LEFT, 28, "江城日报", 22, "hei")  # no date or page number up here: they are in the footer
    pg.right(RIGHT, 34, "国际", 16, "hei")
    pg.rule(LEFT, 56, LEFT + 420, 1.5)
    pg.right(RIGHT, pg.height - 40, "2019年3月5日 星期二    第6版", 9)
    x0 = column_x(0)
    pg.frame(x0, 66, x0 + 64, 92, 0.8)
    pg.line(x0 + 8, 71, "消息速览", 16, "hei")
    pg.rule(x0 + 64, 92, span_right(4, 1), 0.6)
    y = 100
    for title, text, authors, _ in BRIEFS:
        pg.line(x0, y, title, 10.5, "hei", bold=True)
        y += 16.5
        y = pg.flow(x0, y, [text + authors], 1).bottom + 10
    other = story(pg, "water", "农村群众喝上放心水", 1, 4, 100, align="left")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(y, other)), align="left")
    page = parse(pg, tmp_path)
    assert (page.number, page.section) == (6, "国际")
    for title, text, _, bylines in BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines} != {bylines}"
        check_body(art, [text])
    check_body(find(page, "农村群众喝上放心水"), TEXTS["water"])


def test_a_column_tag_closes_the_title_and_the_next_line_is_the_subtitle(tmp_path):
    """A title over two lines ending with its column tag （权威发布）, then a
    line in the same size and face: that line is the subtitle, not more title."""
    pg = FeaturePage()
    pg.header(3, "地方新闻")
    title, subtitle = "停车新办法下月施行（权威发布）", "不再实行上门登记备案"
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, ["停车新办法", "下月施行（权威发布）", subtitle], 18, align="left")
    a = pg.flow(column_x(0), y, TEXTS["rail"], 2).bottom
    b = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4, align="left")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    hits = [a for a in page.articles if (a.headline.title or "").replace(" ", "") == title]
    assert len(hits) == 1, [a.headline for a in page.articles]
    art = hits[0]
    assert art.headline.subtitle == subtitle, f"headline {art.headline}"
    check_body(art, TEXTS["rail"])


def test_photo_under_a_banner_beside_its_articles_last_column(tmp_path):
    """A shaded banner across the page; under it article A (headline over
    columns 0-1, text in them) and a captioned photo at the top of column 2,
    then a rule and article C over columns 3-4, C's text nearer the photo
    than A's: the photo and its caption are A's (no banner heads a photo, no
    text across a rule owns one); nothing becomes an article of its own."""
    pg = FeaturePage()
    pg.header(20, "科技")
    top = TOP + 4
    pg.panel(LEFT, top, RIGHT, top + 30, gray=0.35)
    pg.line((LEFT + RIGHT) / 2 - 110, top + 6, "弘扬时代新风 凝聚奋进力量", 20, "hei", white=True)
    y = top + 44
    a = story(pg, "school", "三所新学校投入使用", 0, 2, y, size=18, align="left")
    x0, x1 = column_x(2) + 14, span_right(2, 1) + 4
    pg.photo(x0, y, x1, y + 60)
    pg.line(x0, y + 66, "图为开学第一课。", 9)
    pg.right(x1, y + 79, "李明/摄", 9)
    pg.vrule(x1 + 5, y, a)
    c = story(pg, "rail", "城际铁路铺轨", 3, 2, y, size=18, align="left")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, c)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "城际铁路铺轨", "文艺巡演进乡村"])
    school = find(page, "三所新学校投入使用")
    assert [c.text for c in school.captions] == ["图为开学第一课。"], f"captions {school.captions}"
    assert find(page, "城际铁路铺轨").captions == []


def test_a_short_phrase_a_character_before_a_long_one_is_one_title(tmp_path):
    """A title of two phrases a character apart on one baseline, the second
    long (it carries the column tag), under a kicker: one title, not a short
    headline of its own beside a second one."""
    pg = FeaturePage()
    pg.header(8, "综合新闻")
    x0, x1 = column_x(0), span_right(0, 5)
    kicker = "青禾县建立城乡供水一体化管理体系"
    pg.centered(x0, x1, TOP + 4, kicker, 15, "hei")
    first, second = "分类投放", "资源回收（民生实事在身边·绿色生活新风尚）"
    width = pg.length(first, 22, "hei") + 22 + pg.length(second, 22, "hei")
    left = (x0 + x1 - width) / 2
    pg.line(left, TOP + 26, first, 22, "hei")
    pg.line(left + pg.length(first, 22, "hei") + 22, TOP + 26, second, 22, "hei")
    body = TEXTS["river"] + TEXTS["school"]
    flowed = pg.flow(x0, TOP + 62, body, 5)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, flowed.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["分类投放 资源回收（民生实事在身边·绿色生活新风尚）", "文艺巡演进乡村"])
    art = find(page, "分类投放 资源回收（民生实事在身边·绿色生活新风尚）")
    assert art.headline.kicker == kicker, f"kicker {art.headline.kicker!r}"
    check_body(art, body)


def test_first_column_under_a_rule_beside_a_narrow_headline_level_with_it(tmp_path):
    """A rule under a row; below it a narrow two-line headline set in the
    second column, its top level with the first column's top, and its text
    under it: the first column is the narrow headline's article's, not the
    article's above the rule whose headline stands over that column."""
    pg = FeaturePage()
    pg.header(8, "综合新闻")
    top_row = story(pg, "market", "冬季蔬菜供应充足", 0, 2, TOP + 4, size=16, align="left")
    other = story(pg, "river", "清溪河重现碧水", 2, 3, TOP + 4, size=16, align="left")
    row = below(pg, max(top_row, other))
    x0 = column_x(1)
    for k, part in enumerate(["做实一点", "贴近一点"]):
        pg.line(x0 + 4, row + k * 26, part, 20, "hei")
    first, rest = TEXTS["water"][:2], TEXTS["water"][2:] + TEXTS["health"]
    left = pg.flow(column_x(0), row, first, 1)
    right = pg.flow(x0, row + 62, rest, 2)
    last = story(pg, "school", "三所新学校投入使用", 3, 2, row, size=18)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(left.bottom, right.bottom, last)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["冬季蔬菜供应充足", "清溪河重现碧水", "做实一点 贴近一点", "三所新学校投入使用", "数字化改造提升效率"])
    check_body(find(page, "做实一点 贴近一点"), first + rest)
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])


def test_column_under_a_banner_left_of_a_headline_just_over_its_row(tmp_path):
    """Under a shaded banner: article A over columns 0-1; column 2 starts a
    line under the foot of headline B, which stands flush left over columns
    3-4 (not over column 2) with its text under it; column 2, white space
    on its left, opens with 本报讯: it is B's first column, not A's."""
    pg = FeaturePage()
    pg.header(13, "经济")
    a = story(pg, "school", "三所新学校投入使用", 0, 5, TOP + 4, size=16, align="left")
    top = a + 14
    pg.panel(LEFT, top, RIGHT, top + 30, gray=0.35)
    pg.line((LEFT + RIGHT) / 2 - 110, top + 6, "奋进新时代 建功新征程", 20, "hei", white=True)
    y = top + 44
    story(pg, "market", "冬季蔬菜供应充足", 0, 2, y, size=20, align="left")
    pg.line(column_x(3) + 30, y + 8, "这里有最美的湖光", 16, "hei")
    body = ["本报讯　" + TEXTS["river"][0]] + TEXTS["river"][1:] + TEXTS["health"]
    pg.flow(column_x(2) + 30, y + 8 + 16 + LEAD, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "冬季蔬菜供应充足", "这里有最美的湖光"])
    check_body(find(page, "这里有最美的湖光"), [TEXTS["river"][0]] + body[1:])
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])



def test_three_line_kicker_a_little_larger_than_the_body_over_a_side_headline(tmp_path):
    """A side headline in column 0: a three-line kicker in the body's face
    but a little larger, with no stop, over the title; the article's text in
    columns 1-2 starts level with the kicker's top. The kicker is the
    kicker and the columns are the headline's."""
    pg = FeaturePage()
    pg.header(19, "社会")
    x0 = column_x(0)
    kicker = ["青禾县推行“账目公", "开”，让群众放心，", "给干部省心"]
    y = TOP + 4
    for part in kicker:
        pg.line(x0, y, part, BODY * 1.08)
        y += BODY * 1.45
    for part in ["这也查，那也", "查，一扫码就", "查到（链接）"]:
        pg.line(x0, y + 2, part, 13, "hei")
        y += 17
    body = TEXTS["river"] + TEXTS["health"]
    flowed = pg.flow(column_x(1), TOP + 4, body, 2)
    other = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4, size=18)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(flowed.bottom, other)), align="left")
    page = parse(pg, tmp_path)
    title = "这也查，那也查，一扫码就查到（链接）"
    check_titles(page, [title, "三所新学校投入使用", "数字化改造提升效率"])
    art = find(page, title)
    assert art.headline.kicker == "青禾县推行“账目公开”，让群众放心，给干部省心", f"kicker {art.headline.kicker!r}"
    check_body(art, body)


def test_photo_across_wide_white_space_from_a_side_headlines_column(tmp_path):
    """A side headline in column 0, its text in column 1 ending a sentence;
    wide white space (several gutters), then a photo with its caption on
    its right, the text under the photo and going on under the caption, and
    a vertical headline at the right of them: the photo and the columns
    under and beside it are the vertical headline's article, not the side
    headline's (text does not run on across white space wider than the
    row's gutter)."""
    pg = FeaturePage()
    pg.header(5, "社会")
    pg.headline(column_x(0), span_right(0, 1), TOP + 4, ["收费新规", "将出台"], 20, align="left")
    side = pg.flow(column_x(1), TOP + 4, TEXTS["market"], 1)
    x0 = span_right(1, 1) + 60  # white space of five gutters: the row on the right keeps a grid of its own
    pg.photo(x0, TOP + 4, x0 + 142.5, TOP + 110)
    x1 = x0 + 142.5 + 12
    pg.line(x1, TOP + 4, "图为村里新修的蓄水池，清", 9)
    pg.line(x1, TOP + 17, "水引到了家家户户。", 9)
    pg.right(x1 + 142.5, TOP + 30, "林晓东摄", 9)
    body = TEXTS["water"] + TEXTS["health"]
    right = pg.flow(x0, TOP + 120, body, 2, tops=[TOP + 120, TOP + 48])
    pg.vertical(x1 + 142.5 + 22, TOP + 8, "清水进了农家门", 24, pitch=27)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(side.bottom, right.bottom, TOP + 8 + 7 * 27)),
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["收费新规将出台", "清水进了农家门", "文艺巡演进乡村"])
    check_body(find(page, "清水进了农家门"), body)
    check_body(find(page, "收费新规将出台"), TEXTS["market"])
    assert [c.text for c in find(page, "清水进了农家门").captions] == ["图为村里新修的蓄水池，清水引到了家家户户。"]


def test_photo_right_of_a_headline_with_a_byline_over_its_own_photo(tmp_path):
    """Article A: a headline flush left over columns 0-1, its byline line,
    a photo across both columns and its text under the photo. On the right,
    article B's headline set over columns 3-4 a little in from their left;
    right under it, in column 2, a photo with B's first column under it and
    B's text going on under the headline: the photo in column 2 is B's (A's
    headline, byline and photo over columns of their own make no side
    headline of it, though A's headline ends nearer)."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "携手开创两国友好合作美好未来", 20, align="left")
    y = pg.byline_line(x0, x1, y, "本报记者 林晓东")
    pg.photo(x0, y + 8, x1, y + 150)
    left = pg.flow(x0, y + 160, TEXTS["school"], 2)
    yb = pg.headline(column_x(3) + 30, span_right(3, 2), TOP + 4, ["冰雪也是", "金山银山"], 20, align="left")
    pg.photo(column_x(2), yb + 10, span_right(2, 1), yb + 90)
    body = TEXTS["water"] + TEXTS["health"]
    right = pg.flow(column_x(2), yb + 100, body, 3, tops=[yb + 100, yb + 10, yb + 10])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left.bottom, right.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["携手开创两国友好合作美好未来", "冰雪也是 金山银山", "文艺巡演进乡村"])
    check_body(find(page, "冰雪也是 金山银山"), body)
    check_body(find(page, "携手开创两国友好合作美好未来"), TEXTS["school"])


def test_column_level_with_a_headline_over_its_own_photo_and_a_vertical_headline(tmp_path):
    """Article A: a headline over columns 0-1, a photo under it in column 0
    with A's text under the photo and in column 1. Right of A, level with
    A's headline, columns 2-3 open at the top of the page and a vertical
    headline stands at the page's right: columns 2-3 are the vertical
    headline's article (A's headline heads the photo and columns under it,
    so it is no side headline of the columns beyond; a subheading splits
    the column nearest the vertical headline)."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "委员长会议在京举行", 20)
    pg.photo(x0, y + 6, span_right(0, 1), y + 90)
    left = pg.flow(x0, y + 100, TEXTS["school"], 2, tops=[y + 100, y + 6])
    body = TEXTS["water"] + TEXTS["health"][:2] + [Sub(["坚持系统观念"])] + TEXTS["health"][2:]
    right = pg.flow(column_x(2), TOP + 4, body, 2)
    pg.vertical(column_x(4) + 60, TOP + 8, "守护生态的政德", 24, pitch=27)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left.bottom, right.bottom, TOP + 8 + 7 * 27)),
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["委员长会议在京举行", "守护生态的政德", "文艺巡演进乡村"])
    check_body(find(page, "守护生态的政德"), [p if isinstance(p, str) else p.text for p in body])
    check_body(find(page, "委员长会议在京举行"), TEXTS["school"])


def test_headline_under_a_column_that_goes_on_in_the_next_is_no_subheading(tmp_path):
    """Article A over columns 0-1, its first column ending mid-sentence (the
    text goes on at the top of column 1). Two lines under A's first column,
    a two-line headline half as large again as the body, and its article's
    text under it and in column 1, a little under the headline's top: a
    subheading follows a paragraph's end, so this is B's headline."""
    pg = FeaturePage()
    pg.header(15, "地方新闻")
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "档案查询实现全市通办", 20)
    first = ["".join(TEXTS["school"][:2])]  # one paragraph: the column breaks inside a sentence
    a = pg.flow(column_x(0), y, first, 2)
    top = a.columns[0][3] + 1.5 * LEAD
    for k, part in enumerate(["省长会见来访的", "友好城市代表团"]):
        pg.line(column_x(0), top + k * 20, part, 14, "hei")
    body = TEXTS["water"]
    b = pg.flow(column_x(0), top + 50, body, 2, tops=[top + 50, top + 24])
    story(pg, "culture", "文艺巡演进乡村", 2, 3, TOP + 4, align="left")
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, b.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["档案查询实现全市通办", "文艺巡演进乡村", "省长会见来访的 友好城市代表团", "城际铁路铺轨"])
    check_body(find(page, "档案查询实现全市通办"), first)
    check_body(find(page, "省长会见来访的 友好城市代表团"), body)


def test_photo_far_under_a_side_headline_opens_the_row_of_a_headline_over_it(tmp_path):
    """Article A: a side headline at the top of column 0, its photo and text
    in columns 1-2, white space under the headline in column 0. Under A,
    B's headline over columns 1-2; in column 0, level with B's
    headline's foot, a photo with B's first column under it: the photo and
    that column are B's (A's headline is far above, white space between)."""
    pg = FeaturePage()
    pg.header(7, "体育")
    pg.headline(column_x(0), span_right(0, 1), TOP + 4, ["稳定脱贫", "长效机制"], 18, align="left")
    pg.photo(column_x(1), TOP + 4, span_right(1, 2), TOP + 120)
    a = pg.flow(column_x(1), TOP + 130, TEXTS["school"] + TEXTS["market"], 2)
    story(pg, "culture", "文艺巡演进乡村", 3, 2, TOP + 4, align="left")
    row = a.bottom + 4 * LEAD
    y = pg.headline(column_x(1), span_right(1, 2), row, "果农今年打算再扩大梨树种植规模", 20)
    pg.photo(column_x(0), y + 6, span_right(0, 1), y + 66)
    body = TEXTS["water"] + TEXTS["health"]
    b = pg.flow(column_x(0), y + 76, body, 3, tops=[y + 76, y + 6, y + 6])
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, b.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["稳定脱贫长效机制", "文艺巡演进乡村", "果农今年打算再扩大梨树种植规模", "城际铁路铺轨"])
    check_body(find(page, "果农今年打算再扩大梨树种植规模"), body)
    check_body(find(page, "稳定脱贫长效机制"), TEXTS["school"] + TEXTS["market"])


def test_one_glyph_tails_of_a_title_and_its_subtitle_are_no_vertical_headline(tmp_path):
    """A headline whose last line wraps one character, and right under it a
    smaller subtitle whose last line wraps one character too, at the same x:
    the two glyphs one under the other are the two tiers' tails, not a
    vertical headline (a vertical headline's glyphs share one size)."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    x = column_x(3)
    for text, size, top in [("省长同友好州长互致贺", 14, 4), ("电", 14, 22), ("——副省长同友好州议长互致贺", 11, 40),
                            ("电", 11, 55)]:
        pg.line(x, TOP + top, text, size, "hei")
    body = TEXTS["water"]
    right = pg.flow(x, TOP + 76, body, 2)
    left = story(pg, "school", "三所新学校投入使用", 0, 3, TOP + 4, align="left")
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, right.bottom)), align="left")
    page = parse(pg, tmp_path)
    greeting = find(page, "省长同友好州长互致贺电")
    assert greeting.headline.subtitle == "——副省长同友好州议长互致贺电", f"subtitle {greeting.headline.subtitle!r}"
    check_body(greeting, body)


def test_column_beside_the_photo_goes_on_from_the_column_under_it(tmp_path):
    """A one-line side headline in column 0; a photo over columns 1-2 with
    its caption beside it at the top of column 3. The text runs in columns 1-2
    under the photo and goes on, mid-sentence, at the top of column 3 under
    the caption, beside the photo (a short line, then a subheading): column 3
    is the article's last column, though no headline stands over it or level
    with it and the column on its left opens far lower, under the photo."""
    pg = FeaturePage()
    pg.header(3, "国际", rule_right=span_right(0, 3))  # a header rule shorter than the page
    pg.line(column_x(0), TOP + 4, "海港新航线今日开通", 15, "hei")  # (ends above column 3's top)
    photo_bottom = TOP + 190
    pg.photo(column_x(1), TOP + 4, span_right(1, 2), photo_bottom)
    cap_top = TOP + 4
    for part in ["新航线首班货轮驶出港", "口，驶向远方的港口。", "本报记者 林晓峰摄"]:
        pg.line(column_x(3), cap_top, part, 9, "hei")
        cap_top += 13
    opening = "新航线开通以后，港口集装箱吞吐量明显增加，沿线企业的物流成本随之下降，"
    flowed = pg.flow(column_x(1), TOP, TEXTS["water"] + [opening], 2, tops=[photo_bottom + 12] * 2)
    tail = "通关也更加便捷。"
    pg.line(column_x(3), cap_top + 10, tail)
    rest = pg.flow(column_x(3), cap_top + 10 + LEAD, [Sub(["新航线带来新机遇"])] + TEXTS["rail"], 1)
    story(pg, "school", "三所新学校投入使用", 4, 1, TOP + 4, size=16)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, rest.bottom) + 30), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["海港新航线今日开通", "三所新学校投入使用", "文艺巡演进乡村"])
    check_body(find(page, "海港新航线今日开通"), TEXTS["water"] + [opening + tail, "新航线带来新机遇"] + TEXTS["rail"])


def test_column_under_a_logo_is_the_first_of_the_headline_level_on_its_right(tmp_path):
    """Article A: a headline and byline centred over columns 0-1 and its text
    under them. A column logo over column 2, whose text starts level with
    the top of B's headline, set over columns 3-4 just right of column 2: the
    column under the logo is B's first column, not A's (A heads columns of
    its own, and a logo opens no column in the middle of an article)."""
    pg = FeaturePage()
    pg.header(4, "评论")
    a = story(pg, "school", "三所新学校投入使用", 0, 2, TOP + 4, byline="本报记者 林晓东")
    x2 = column_x(2)
    pg.column_logo(x2, TOP + 4, "时代新论")
    top = TOP + 34
    y = pg.headline(column_x(3), span_right(3, 2), top, "以高质量发展惠及民生", 20, align="left")
    body = TEXTS["theory"] + TEXTS["river"]
    flowed = pg.flow(x2, top, body, 3, tops=[top, y + 6, y + 6])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, flowed.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "以高质量发展惠及民生", "文艺巡演进乡村"])
    check_body(find(page, "以高质量发展惠及民生"), body)
    check_body(find(page, "三所新学校投入使用"), TEXTS["school"])
