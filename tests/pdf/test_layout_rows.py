"""A headline centred over a row of columns, standing clear of the row's
first column: that column is its article's, not the level column on its
left nor a vertical headline beyond columns of its own. Pages built the
way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from banmian.model import Byline  # noqa: E402
from feature_pages import (  # noqa: E402
    BODY, GAP, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, RightLine, Sub, col_width, column_x, span_right,
)
from test_layout_features import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


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
    subtitle = ["从对标改革、制度创新、精准服务、工作机制四个方面入手，青禾县日前",
                "提出二十五项具体工作任务，企业和群众办事将获得更多的时间、精力、",
                "成本的压缩，审批环节更少，办事流程更加便捷，营商环境进一步优化，", "企业发展信心更足"]
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
    pg.vertical(x_title, TOP + 10, "走在乡间路上", 24, pitch=27)
    pg.photo(column_x(0), TOP + 4, span_right(0, 2), TOP + 200)
    first, rest = TEXTS["theory"][:3], TEXTS["theory"][3:] + TEXTS["digital"]
    under = pg.flow(column_x(0), TOP + 212, first, 2)
    beside = pg.flow(column_x(2), TOP + 8, rest, 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(under.bottom, beside.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["走在乡间路上", "文艺巡演进乡村"])
    check_body(find(page, "走在乡间路上"), first + rest)


def test_column_under_a_captioned_photo_under_a_byline(tmp_path):
    """A headline over two columns, its byline, a photo in the first column
    with a caption and credit under it, and the text starting under the
    caption and going on in the second column; a vertical headline's article
    on the left. The column under the captioned photo is the headline's."""
    pg = FeaturePage()
    pg.header(4, "经济")
    pg.vertical(column_x(0) + 4, TOP + 8, "背上文明的行囊", 24, pitch=27)
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
    check_titles(page, ["背上文明的行囊", "审慎监管筑牢屏障", "文艺巡演进乡村"])
    check_body(find(page, "审慎监管筑牢屏障"), body)
    check_body(find(page, "背上文明的行囊"), TEXTS["theory"])


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
    title = "让日子更红火让前程更远大"
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
    from test_layout_features import BRIEFS

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
    title, subtitle = "回收新规将出台（权威发布）", "不再实行特种行业管理"
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, ["回收新规", "将出台（权威发布）", subtitle], 18, align="left")
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
    kicker = "青禾县建立城乡环卫一体化处理体系"
    pg.centered(x0, x1, TOP + 4, kicker, 15, "hei")
    first, second = "全程细分", "垃圾出村（社会治理在身边·垃圾分类新风尚）"
    width = pg.length(first, 22, "hei") + 22 + pg.length(second, 22, "hei")
    left = (x0 + x1 - width) / 2
    pg.line(left, TOP + 26, first, 22, "hei")
    pg.line(left + pg.length(first, 22, "hei") + 22, TOP + 26, second, 22, "hei")
    body = TEXTS["river"] + TEXTS["school"]
    flowed = pg.flow(x0, TOP + 62, body, 5)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, flowed.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["全程细分 垃圾出村（社会治理在身边·垃圾分类新风尚）", "文艺巡演进乡村"])
    art = find(page, "全程细分 垃圾出村（社会治理在身边·垃圾分类新风尚）")
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
    for k, part in enumerate(["做细一点", "心近一点"]):
        pg.line(x0 + 4, row + k * 26, part, 20, "hei")
    first, rest = TEXTS["water"][:2], TEXTS["water"][2:] + TEXTS["health"]
    left = pg.flow(column_x(0), row, first, 1)
    right = pg.flow(x0, row + 62, rest, 2)
    last = story(pg, "school", "三所新学校投入使用", 3, 2, row, size=18)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(left.bottom, right.bottom, last)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["冬季蔬菜供应充足", "清溪河重现碧水", "做细一点 心近一点", "三所新学校投入使用", "数字化改造提升效率"])
    check_body(find(page, "做细一点 心近一点"), first + rest)
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
    pg.line(column_x(3) + 30, y + 8, "这里有最美的河山", 16, "hei")
    body = ["本报讯　" + TEXTS["river"][0]] + TEXTS["river"][1:] + TEXTS["health"]
    pg.flow(column_x(2) + 30, y + 8 + 16 + LEAD, body, 2)
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "冬季蔬菜供应充足", "这里有最美的河山"])
    check_body(find(page, "这里有最美的河山"), [TEXTS["river"][0]] + body[1:])
    check_body(find(page, "冬季蔬菜供应充足"), TEXTS["market"])



def test_three_line_kicker_a_little_larger_than_the_body_over_a_side_headline(tmp_path):
    """A side headline in column 0: a three-line kicker in the body's face
    but a little larger, with no stop, over the title; the article's text in
    columns 1-2 starts level with the kicker's top. The kicker is the
    kicker and the columns are the headline's."""
    pg = FeaturePage()
    pg.header(19, "社会")
    x0 = column_x(0)
    kicker = ["青禾县推行“村务四", "亮”，让群众明白，", "给干部清白"]
    y = TOP + 4
    for part in kicker:
        pg.line(x0, y, part, BODY * 1.08)
        y += BODY * 1.45
    for part in ["这难办，那难", "办，一公开就", "好办（链接）"]:
        pg.line(x0, y + 2, part, 13, "hei")
        y += 17
    body = TEXTS["river"] + TEXTS["health"]
    flowed = pg.flow(column_x(1), TOP + 4, body, 2)
    other = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4, size=18)
    story(pg, "digital", "数字化改造提升效率", 0, 5, below(pg, max(flowed.bottom, other)), align="left")
    page = parse(pg, tmp_path)
    title = "这难办，那难办，一公开就好办（链接）"
    check_titles(page, [title, "三所新学校投入使用", "数字化改造提升效率"])
    art = find(page, title)
    assert art.headline.kicker == "青禾县推行“村务四亮”，让群众明白，给干部清白", f"kicker {art.headline.kicker!r}"
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
    pg.headline(column_x(0), span_right(0, 1), TOP + 4, ["回收新规", "将出台"], 20, align="left")
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
    check_titles(page, ["回收新规将出台", "清水进了农家门", "文艺巡演进乡村"])
    check_body(find(page, "清水进了农家门"), body)
    check_body(find(page, "回收新规将出台"), TEXTS["market"])
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


def test_subtitle_in_the_body_face_and_size_across_the_columns(tmp_path):
    """A title over three columns, then a subtitle of two lines in the body's
    own face and size, set across all three columns (no column's text is that
    wide), with no stop at its end; the text under it opens with a run-in
    dateline. The wide lines are the subtitle, not the article's first paragraph."""
    pg = FeaturePage()
    pg.header(2, "要闻")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "青禾县新建三座水厂", 22, align="left")
    subtitle = ["县委书记在调研时指出，要把农村供水工程建设好、管理好，让群众喝上放心水、",
                "安全水、干净水"]
    for k, line in enumerate(subtitle):
        pg.line(x0, y, line, width=(x1 - x0) if k < len(subtitle) - 1 else None)
        y += LEAD
    body = ["本报青禾3月4日电　" + TEXTS["water"][0]] + TEXTS["water"][1:]
    a = pg.flow(x0, y + 10, body, 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["青禾县新建三座水厂", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "青禾县新建三座水厂")
    assert art.headline.subtitle == "".join(subtitle), f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["water"])


def test_column_under_a_logo_opens_the_row_of_a_headline_centred_to_its_right(tmp_path):
    """A column logo at the top of column 0; a short headline and its byline
    centred over columns 0-2, well right of the logo and of column 0; the
    three columns open level under the byline. Column 0 is the headline's
    first column (the logo is a label of that article), not the logo's."""
    pg = FeaturePage()
    pg.header(5, "评论")
    x0 = column_x(0)
    pg.column_logo(x0, TOP + 4, "观点集萃")
    x1 = span_right(0, 3)
    middle = (x0 + x1) / 2
    y = pg.headline(middle - 40, middle + 120, TOP + 30, ["经济仍难", "摆脱通缩"], 20)
    y = pg.byline_line(middle - 40, middle + 120, y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    a = pg.flow(x0, y + 6, body, 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["经济仍难摆脱通缩", "三所新学校投入使用", "文艺巡演进乡村"])
    check_body(find(page, "经济仍难摆脱通缩"), body)


def test_photo_beside_a_vertical_headline_beyond_a_narrow_headlines_wide_photo(tmp_path):
    """Article A: a short headline and byline over the right of columns 0-2
    and a photo twice as wide as the headline across those columns, its text
    under the photo. Article B: a vertical headline at the page's right, a photo
    at the top of column 3 level with A's headline, B's text under it and on
    in the column beside the photo, next to the vertical headline.
    B's photo and text are B's: A heads a photo of its own, though that
    photo is wider than A's headline."""
    pg = FeaturePage()
    pg.header(7, "视点")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x1 - 200, x1, TOP + 4, "第一台收音机问世", 20)  # nearer to B's photo than B's headline is
    y = pg.byline_line(x1 - 200, x1, y, "本报记者 林晓东")
    pg.photo(x0, y + 4, x1, y + 200, fill=True)
    a = pg.flow(x0, y + 212, TEXTS["library"], 3).bottom
    pg.vertical(RIGHT - 24, TOP + 8, "春晚精彩上演", 24, pitch=28)
    x3 = column_x(3)
    pg.photo(x3, TOP + 4, x3 + 12 * BODY, TOP + 90, rgb=(150, 120, 100), fill=True)
    b = pg.flow(x3, TOP, TEXTS["culture"], 2, chars=12, tops=[TOP + 100, TOP + 4]).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["第一台收音机问世", "春晚精彩上演", "家庭医生上门服务"])
    check_body(find(page, "春晚精彩上演"), TEXTS["culture"])
    check_body(find(page, "第一台收音机问世"), TEXTS["library"])


def test_two_long_headlines_a_character_apart_are_two_articles(tmp_path):
    """Two headlines side by side on one baseline, in one face and size, a
    character apart, each a long phrase over its own columns (the second
    wraps to a line of its own): two articles, not one title of two phrases."""
    pg = FeaturePage()
    pg.header(16, "经济")
    first, second = "青禾县召开全县农村供水工作推进会议", "城际铁路沿线站房主体工程完工（新春走基层）"
    x0 = column_x(0)
    pg.line(x0, TOP + 4, first, 15, "hei")
    x2 = x0 + pg.length(first, 15, "hei") + 15
    pg.line(x2, TOP + 4, second[:-4], 15, "hei")  # wrapped inside its column tag
    pg.line(x2, TOP + 23, second[-4:], 15, "hei")
    a = pg.flow(x0, TOP + 48, TEXTS["water"], 2, chars=12).bottom
    b = pg.flow(x2, TOP + 48, TEXTS["rail"], 2, chars=12).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [first, second, "文艺巡演进乡村"])
    check_body(find(page, first), TEXTS["water"])
    check_body(find(page, second), TEXTS["rail"])


def test_two_headlines_of_two_sizes_half_a_character_apart(tmp_path):
    """Two headlines side by side on one baseline, of two sizes (19 and 21
    pt), half a character apart, each over its own columns: two articles,
    not one line (glyphs that touch or nearly touch are one line; these do not)."""
    pg = FeaturePage()
    pg.header(11, "国际")
    first, second = "新春文艺演出在平壤剧场举行", "中东部有大范围雨雪"
    x0 = column_x(0)
    pg.line(x0, TOP + 4, first, 19, "hei")
    x2 = x0 + pg.length(first, 19, "hei") + 10
    pg.line(x2, TOP + 2, second, 21, "hei")
    a = pg.flow(x0, TOP + 40, TEXTS["culture"], 2, chars=12).bottom
    b = pg.flow(x2, TOP + 40, TEXTS["river"], 2, chars=12).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [first, second, "三所新学校投入使用"])
    check_body(find(page, first), TEXTS["culture"])
    check_body(find(page, second), TEXTS["river"])


def test_a_small_kicker_and_title_under_a_column_are_a_headline(tmp_path):
    """No rule under the row above: in column 4, right under that row's
    column (its last paragraph ended), a kicker in the body face and a title
    a size larger, over a column of text. Lines of two sizes are a
    headline's tiers (a subheading has one style): a new article."""
    pg = FeaturePage()
    pg.header(9, "文化")
    a = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left")
    top = a + 24
    b = story(pg, "health", "家庭医生上门服务", 0, 4, top, size=22, align="left")
    x4 = column_x(4)
    pg.line(x4, top, "迎新春", 14)
    pg.line(x4, top + 20, "戏曲名家汇聚", 16, "hei")
    c = pg.flow(x4, top + 48, TEXTS["culture"], 1).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(b, c)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "家庭医生上门服务", "戏曲名家汇聚", "三所新学校投入使用"])
    art = find(page, "戏曲名家汇聚")
    assert art.headline.kicker == "迎新春", f"kicker {art.headline.kicker!r}"
    check_body(art, TEXTS["culture"])
    check_body(find(page, "万亩晚稻喜获丰收"), TEXTS["harvest"])


def test_a_columns_tail_beside_its_photo_stays_when_another_headline_is_nearer(tmp_path):
    """Article A: a headline over column 0, a photo under it, its text under
    the photo, the last paragraph running on, mid-sentence, to a two-line
    tail at the top of column 1 (under the photo's caption). Article B: a side
    headline over column 2 and its text in columns 3-4. The tail is A's, though
    giving it to B would centre B's headline better over B's columns."""
    pg = FeaturePage()
    pg.header(12, "理论")
    x0, x1 = column_x(0), column_x(1)
    pg.line(x0, TOP + 4, "植树造林成效显著", 16, "hei")
    pg.photo(x0, TOP + 30, span_right(0, 1), TOP + 140, fill=True)
    cap = TOP + 30
    for part in ["近年来，全县累计植树", "两百余万株。林晓峰摄"]:
        pg.line(x1, cap, part, 9, "hei")
        cap += 13
    opening = "据统计，全县森林覆盖率已提高到百分之六十二，"
    flowed = pg.flow(x0, TOP + 150, TEXTS["river"][:2] + [opening], 1)
    tail = ["荒山变成了青山，这份成绩属于每", "一位植树人。"]
    y = cap + 20
    for k, part in enumerate(tail):
        pg.line(x1, y, part, width=col_width() if k == 0 else None)
        y += LEAD
    pg.line(column_x(2), TOP + 10, "北控队打出", 18, "hei")
    pg.line(column_x(2), TOP + 34, "一场翻身仗", 18, "hei")
    b = pg.flow(column_x(3), TOP + 30, TEXTS["rail"], 2).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(flowed.bottom, b, y)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["植树造林成效显著", "北控队打出一场翻身仗", "三所新学校投入使用"])
    check_body(find(page, "植树造林成效显著"), TEXTS["river"][:2] + [opening + "".join(tail)])
    check_body(find(page, "北控队打出一场翻身仗"), TEXTS["rail"])


def test_column_under_a_logo_beyond_a_vertical_headlines_columns(tmp_path):
    """A vertical headline at the left with two narrow columns of its own
    beside it; a column logo over column 2, whose text opens level with
    columns 3-4 under a headline and byline centred over those two columns:
    column 2 is that headline's first column, not the vertical headline's
    across its own columns."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    x = column_x(0)
    pg.vertical(x + 4, TOP + 8, "山村年景", 24, pitch=27)
    side = TEXTS["theory"][:3]
    a = pg.flow(x + 40, TOP + 8, side, 2, chars=12).bottom
    x2 = column_x(2)
    pg.column_logo(x2, TOP + 4, "深度解读")
    y = pg.headline(column_x(3), span_right(3, 2), TOP + 30, "下更大气力 谋更大进展", 22)
    y = pg.byline_line(column_x(3), span_right(3, 2), y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(x2, y + 6, body, 3).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, TOP + 8 + 4 * 27)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["山村年景", "下更大气力 谋更大进展", "文艺巡演进乡村"])
    check_body(find(page, "山村年景"), side)
    check_body(find(page, "下更大气力 谋更大进展"), body)


def test_column_in_step_under_a_centred_headline_not_the_nearer_side_one(tmp_path):
    """Six narrow columns under a row of text and white space (no rule):
    article A's headline flush left over columns 0-1, a photo under it and
    its text under the photo; article B's short headline and byline centred
    over columns 2-5, whose four columns open level under the byline. Column
    2 stands nearer to A's headline than to B's, yet it is B's: A heads a
    photo and columns of its own, and column 2 opens in step with B's columns."""
    pg = FeaturePage()
    pg.header(13, "地方新闻")
    top = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left") + 40
    chars = 11
    x = [LEFT + i * (chars * BODY + 12) for i in range(6)]
    pg.line(x[0], top, "中东部有大范围雨雪", 20, "hei")  # (not centred over A's columns)
    pg.photo(x[0], top + 30, x[1] + chars * BODY, top + 110, fill=True)
    a = pg.flow(x[0], top + 120, TEXTS["river"][:2], 2, chars=chars).bottom
    right = x[5] + chars * BODY
    y = pg.headline(x[2], right, top, "中美经贸磋商结束", 16)
    y = pg.byline_line(x[2], right, y, "本报记者 林晓东")
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(x[2], y + 6, body, 4, chars=chars).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "中东部有大范围雨雪", "中美经贸磋商结束", "文艺巡演进乡村"])
    check_body(find(page, "中东部有大范围雨雪"), TEXTS["river"][:2])
    check_body(find(page, "中美经贸磋商结束"), body)


def test_column_opening_a_paragraph_beside_a_vertical_headlines_columns(tmp_path):
    """A vertical headline at the left, its text ending (a full stop) in two
    narrow columns beside it; level with them, column 2 opens a paragraph
    (indented), in step with columns 3-4 under a kicker and title set over
    columns 3-4 right above the row: column 2 is that headline's first
    column, not a column the vertical headline's text runs on into."""
    pg = FeaturePage()
    pg.header(4, "评论")
    x = column_x(0)
    pg.vertical(x + 4, TOP + 8, "心中常念为了谁", 24, pitch=27)
    side = TEXTS["theory"][:2]
    row = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "建立健全长效机制", 20,
                      kicker="防止返贫是脱贫攻坚的重要内容", kicker_size=13)
    a = pg.flow(x + 40, row, side, 2, chars=12).bottom
    body = TEXTS["market"] + TEXTS["digital"]
    b = pg.flow(column_x(2), row, body, 3).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, TOP + 8 + 7 * 27)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["心中常念为了谁", "建立健全长效机制", "文艺巡演进乡村"])
    check_body(find(page, "心中常念为了谁"), side)
    check_body(find(page, "建立健全长效机制"), body)



def test_column_in_step_with_a_subheading_under_the_headline_on_the_right(tmp_path):
    """Under a page-wide rule: article A's headline flush left over columns
    0-1 with its text under it; article B's headline right over columns 3-4,
    its foot a line above the row; B's text opens in column 2 level with a
    subheading at the top of column 3 (the text of column 3 starts under the
    subheading). Column 2 is B's: it opens in step with B's column 3."""
    pg = FeaturePage()
    pg.header(13, "经济")
    top = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left") + 14
    pg.rule(LEFT, top, RIGHT, 1.0)
    pg.line(column_x(0), top + 14, "中央领导同志看望老同志", 20, "hei")
    a = pg.flow(column_x(0), top + 50, TEXTS["school"], 2).bottom
    pg.line(column_x(3) + 30, top + 40, "这里有最美的河山", 14, "hei")
    row = top + 40 + 14 + 10
    first = TEXTS["culture"][:2]
    pg.flow(column_x(2), row, first, 1)
    rest = [Sub(["把握新时代的历史方位"], boxed=True)] + TEXTS["culture"][2:] + TEXTS["library"]
    b = pg.flow(column_x(3), row, rest, 2).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "中央领导同志看望老同志", "这里有最美的河山", "家庭医生上门服务"])
    check_body(find(page, "中央领导同志看望老同志"), TEXTS["school"])
    check_body(find(page, "这里有最美的河山"), first + ["把握新时代的历史方位"] + TEXTS["culture"][2:] + TEXTS["library"])


def test_column_left_of_its_headline_beside_a_headline_with_columns_of_its_own(tmp_path):
    """Article A: a headline over columns 0-1, a photo under it and its text
    under the photo. Article B: its first column (2) opens level with B's
    headline, set a gutter to its right over columns 3-4, whose text starts
    under it. Column 2 is B's: A heads a photo and columns of its own."""
    pg = FeaturePage()
    pg.header(14, "经济")
    row = TOP + 30
    pg.line(column_x(0) + 20, row, "北京再取消创业证明", 18, "hei")
    pg.photo(column_x(0), row + 30, span_right(0, 2), row + 110, fill=True)
    a = pg.flow(column_x(0), row + 120, TEXTS["school"], 2).bottom
    y = pg.headline(column_x(3), span_right(3, 2), row, "春节流量消费翻倍", 18, align="left")
    body = TEXTS["digital"] + TEXTS["market"]
    b = pg.flow(column_x(2), row, body, 3, tops=[row, y + 4, y + 4]).bottom
    story(pg, "health", "家庭医生上门服务", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["北京再取消创业证明", "春节流量消费翻倍", "家庭医生上门服务"])
    check_body(find(page, "北京再取消创业证明"), TEXTS["school"])
    check_body(find(page, "春节流量消费翻倍"), body)


def test_body_size_subtitle_of_a_short_and_a_long_phrase_in_another_face(tmp_path):
    """Subtitles at the body size in a face other than the body's, of two
    phrases a character apart, the first short (新考核办法出台, or
    ——参赛目的是练兵 with its dash), the second long: each is one subtitle
    line, not a phrase read into the text and another left as a subtitle."""
    pg = FeaturePage()
    pg.header(15, "体育")
    bottoms = []
    for first, (title, one, two, key) in enumerate([
            ("国乒教练组 名单公布", "新考核办法出台", "不及格的教练将受到相应处罚", "school"),
            ("男篮完成世预赛比赛", "——参赛目的是练兵", "全队总战绩为七胜五负", "rail")]):
        x0, x1 = column_x(3 * first), span_right(3 * first, 2)
        # (the first title over two short lines: the subtitle's first phrase stands left of it)
        y = pg.headline(x0, x1, TOP + 4, title.split() if first == 0 else title, 20)
        width = pg.length(one, BODY, "hei") + BODY + pg.length(two, BODY, "hei")
        left = (x0 + x1 - width) / 2
        pg.line(left, y, one, BODY, "hei")
        pg.line(left + pg.length(one, BODY, "hei") + BODY, y, two, BODY, "hei")
        body = ["本报北京2月25日电　" + TEXTS[key][0]] + TEXTS[key][1:]
        bottoms.append(pg.flow(x0, y + 28, body, 2).bottom)  # (the first phrase over the first line)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(bottoms)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["国乒教练组 名单公布", "男篮完成世预赛比赛", "文艺巡演进乡村"])
    art = find(page, "国乒教练组 名单公布")
    assert art.headline.subtitle == "新考核办法出台 不及格的教练将受到相应处罚", f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["school"])
    art = find(page, "男篮完成世预赛比赛")
    assert art.headline.subtitle == "——参赛目的是练兵 全队总战绩为七胜五负", f"subtitle {art.headline.subtitle!r}"
    check_body(art, TEXTS["rail"])


def test_a_captions_agency_credit_wrapped_onto_the_next_line(tmp_path):
    """A caption under a photo ending in 林晓峰摄, its agency （人民视觉）
    wrapped onto a line of its own, a continued-from note and the text right
    under it: the agency is the caption's credit, not the text's first words."""
    pg = FeaturePage()
    pg.header(17, "经济")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "机械工业平稳运行", 22, align="left")
    pg.photo(x0, y, x1, y + 150, fill=True)
    y += 154
    pg.line(x0, y, "图为青禾县一家机械厂的生产线，企业订单已经排到了明年。林晓峰摄", 9, "hei")
    pg.line(x0, y + 13, "（人民视觉）", 9, "hei")
    pg.right(column_x(0) + 8 * BODY, y + 30, "（上接第18版）", BODY, "hei")
    a = pg.flow(x0, y + 30 + LEAD, TEXTS["digital"], 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["机械工业平稳运行", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "机械工业平稳运行")
    assert [c.credit for c in art.captions] == ["林晓峰"], f"captions {art.captions}"
    assert not any("人民视觉" in p for p in art.paragraphs), f"paragraphs {art.paragraphs[:2]}"
    check_body(art, TEXTS["digital"])


def test_body_face_subtitle_over_an_authors_name_alone(tmp_path):
    """Under a title, two lines in the body's own face and size (no stop at
    their end), then the author's name alone set a little larger, then the
    text: the two lines are the subtitle (title, subtitle, byline is a
    headline's order), the name the byline."""
    pg = FeaturePage()
    pg.header(6, "理论")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "规范商标注册行为", 18, align="left")
    subtitle = ["拟通过完善商标法律制度遏制非正", "常申请商标注册的行为"]
    for k, line in enumerate(subtitle):
        pg.line(x0, y + k * LEAD, line, width=col_width() if k == 0 else None)
    y += 2 * LEAD + 6
    pg.line(x0, y, "林晓东", 11)
    a = pg.flow(x0, y + 24, TEXTS["theory"], 2).bottom
    b = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["规范商标注册行为", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "规范商标注册行为")
    assert art.headline.subtitle == "".join(subtitle), f"subtitle {art.headline.subtitle!r}"
    assert [b.name for b in art.bylines] == ["林晓东"], f"bylines {art.bylines}"
    check_body(art, TEXTS["theory"])


def test_one_line_subtitle_in_the_body_face_set_apart_from_the_text(tmp_path):
    """Right under a title (flush left), one line in the body's own face and
    size with no stop at its end; a line's height of white space; then the
    text, opening with a dateline. The line is the subtitle."""
    pg = FeaturePage()
    pg.header(9, "生态")
    x0 = column_x(0)
    y = pg.headline(x0, span_right(0, 2), TOP + 4, "海南公布河长制评估结果", 18, align="left") - 6
    subtitle = "将每季度通报各级河长履职情况"
    pg.line(x0, y, subtitle)
    body = ["本报海口2月17日电　" + TEXTS["river"][0]] + TEXTS["river"][1:]
    a = pg.flow(x0, y + BODY + 18, body, 2).bottom
    b = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["海南公布河长制评估结果", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "海南公布河长制评估结果")
    assert art.headline.subtitle == subtitle, f"subtitle {art.headline.subtitle!r}"
    assert art.dateline == "本报海口2月17日电", f"dateline {art.dateline!r}"
    check_body(art, TEXTS["river"])


def test_column_under_a_logo_with_a_headline_level_a_little_farther_right(tmp_path):
    """A column logo over column 0 at the page's left; the column opens level
    with the top of a headline set six characters to its right, over columns
    1-4, whose text starts under it: column 0 is that headline's first column."""
    pg = FeaturePage()
    pg.header(3, "经济")
    x0 = column_x(0)
    pg.column_logo(x0, TOP + 4, "调研手记")
    top = TOP + 34
    y = pg.headline(column_x(1) + 60, span_right(1, 4), top, "商业银行资本充足率稳步提升", 20, align="left")
    body = TEXTS["digital"] + TEXTS["market"]
    a = pg.flow(x0, top, body, 5, tops=[top] + [y + 6] * 4).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, a), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["商业银行资本充足率稳步提升", "文艺巡演进乡村"])
    check_body(find(page, "商业银行资本充足率稳步提升"), body)


def test_columns_right_of_a_narrow_headline_beyond_a_vertical_headlines_own_column(tmp_path):
    """Article A: a narrow two-line headline and byline over columns 0-1,
    whose text starts under them; A's text goes on in columns 2-3, opening
    level with the headline's top, right of its end. Article B: a vertical
    headline at the page's right with its own column beside it (a byline line
    at its top). Columns 2-3 are A's: B's column stands between them and B."""
    pg = FeaturePage()
    pg.header(5, "要闻")
    chars = 11
    x = [LEFT + i * (chars * BODY + 12) for i in range(4)]
    top = TOP + 8
    pg.line(x[0], top, "中华职业教育社", 21, "hei")
    pg.line(x[0], top + 27, "代表大会举行", 21, "hei")
    pg.line(x[0], top + 60, "本报记者 林晓东", BODY)
    body = TEXTS["school"] + TEXTS["health"]  # (column 1 ends a paragraph, column 2 opens the next)
    a = max(pg.flow(x[0], top + 84, TEXTS["school"], 2, chars=chars).bottom,
            pg.flow(x[2], top, TEXTS["health"], 2, chars=chars).bottom)
    xb = x[3] + chars * BODY + 40
    pg.line(xb, top, "■ 本报记者 赵一鸣", BODY)
    b = pg.flow(xb, top + 20, TEXTS["river"][:2], 1, chars=13).bottom
    pg.vertical(RIGHT - 24, top, "深圳控烟新规出台", 24, pitch=28)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, top + 8 * 28)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["中华职业教育社 代表大会举行", "深圳控烟新规出台", "文艺巡演进乡村"])
    check_body(find(page, "中华职业教育社 代表大会举行"), body)
    check_body(find(page, "深圳控烟新规出台"), TEXTS["river"][:2])


def test_continued_note_and_a_one_line_paragraph_under_a_title_are_no_subtitle(tmp_path):
    """The rest of an article from another page: its title, right under it a
    （上接第4版） note in another face, then a one-line paragraph (a quote
    ending in 。”) and the text: the note and the paragraph are no subtitle;
    the paragraph is the text's first."""
    pg = FeaturePage()
    pg.header(6, "纪检")
    x0 = column_x(3)
    y = pg.headline(x0, span_right(3, 2), TOP + 4, "食堂缩水肉牵出违纪案", 15, align="left") - 4
    pg.line(x0, y, "（上接第4版）", BODY, "hei")
    first = "“大概一成五。”"
    body = [first] + TEXTS["school"]
    b = pg.flow(x0, y + LEAD, body, 2).bottom
    a = story(pg, "river", "清溪河重现碧水", 0, 3, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["食堂缩水肉牵出违纪案", "清溪河重现碧水", "文艺巡演进乡村"])
    art = find(page, "食堂缩水肉牵出违纪案")
    assert art.headline.subtitle is None, f"subtitle {art.headline.subtitle!r}"
    check_body(art, body)


def test_two_vertical_headlines_of_two_sizes_side_by_side(tmp_path):
    """Two vertical headlines a character and a half apart, of two sizes (23
    and 25 pt), their first glyphs level: two headlines, each heading the
    column on its outer side, not one line of two glyphs at the top."""
    pg = FeaturePage()
    pg.header(5, "体育")
    x2 = column_x(2)
    pg.vertical(x2 + 30, TOP + 8, "团圆此时", 23, pitch=26)
    pg.vertical(x2 + 30 + 23 + 32, TOP + 8, "雪落江南", 25, pitch=28)
    a = pg.flow(column_x(0), TOP + 8, TEXTS["culture"], 2).bottom
    b = pg.flow(column_x(3), TOP + 8, TEXTS["river"], 2).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, max(a, b, TOP + 8 + 4 * 28)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["团圆此时", "雪落江南", "三所新学校投入使用"])
    check_body(find(page, "团圆此时"), TEXTS["culture"])
    check_body(find(page, "雪落江南"), TEXTS["river"])


def test_a_caption_wider_than_its_photo_and_a_credit_beside_it_in_the_next_caption(tmp_path):
    """Two photos side by side. The left one's caption runs wider than the
    photo and wraps its agency credit to the caption's left edge (……。（影 /
    像中国）); the right one's caption wraps its credit's name (……。吴 /
    齐强摄（人民视觉）), that line level with the left caption's last. Each
    caption keeps its own lines: the credit beside is no credit of the left
    caption, and a bare agency in brackets is the left caption's credit."""
    pg = FeaturePage()
    pg.header(5, "文化")
    x0, x1 = column_x(0), span_right(0, 5)
    y = pg.headline(x0, x1, TOP + 4, "老城新貌迎春来", 22, align="left")
    left_photo = (column_x(0) + 30, y, span_right(0, 2) - 30, y + 110)
    right_photo = (column_x(3), y, span_right(3, 2), y + 110)
    pg.photo(*left_photo, fill=True)
    pg.photo(*right_photo, fill=True)
    top = y + 114
    pg.line(column_x(0), top, "春节前夕，青禾县老城街巷挂起了红灯笼，往来的游人在古街上驻足拍照。（影", 8, "kai")
    pg.line(column_x(0), top + 11, "像中国）", 8, "kai")
    pg.line(column_x(3), top, "市民在新修的广场上观看民俗", 8, "kai")
    pg.line(column_x(3), top + 11, "表演，欢度新春佳节。吴", 8, "kai")
    pg.line(column_x(3), top + 22, "齐强摄（人民视觉）", 8, "kai")
    a = pg.flow(x0, top + 40, TEXTS["culture"], 5).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, a), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["老城新貌迎春来", "三所新学校投入使用"])
    art = find(page, "老城新貌迎春来")
    assert sorted((c.text, c.credit) for c in art.captions) == [
        ("市民在新修的广场上观看民俗表演，欢度新春佳节。", "吴齐强"),
        ("春节前夕，青禾县老城街巷挂起了红灯笼，往来的游人在古街上驻足拍照。", "影像中国")], f"captions {art.captions}"
    check_body(art, TEXTS["culture"])


SHORT_BRIEFS = [
    ("报春", "二月中旬，青禾县城南公园的梅花竞相开放，引来不少市民驻足观赏拍照。",
     "（通讯员 刘阳 赵永平）", [Byline("通讯员", "刘阳"), Byline("通讯员", "赵永平")]),
    ("年货街", "临近春节，丰溪县老街的年货市场人头攒动，对联、灯笼和干货摊位前挤满了采购的居民。",
     "（孙丽萍 周强华）", [Byline(None, "孙丽萍"), Byline(None, "周强华")]),  # run together once cleaned: six characters
    ("冬泳", "清晨的南岭湖畔，二十多名冬泳爱好者跃入湖中，用自己的方式迎接新年。",
     "（赵一鸣）", [Byline(None, "赵一鸣")]),
]


def test_briefs_with_short_titles_after_their_neighbours_authors(tmp_path):
    """A column of briefs whose titles are a word or two set a little larger
    than the text, not bold: each follows the authors that close the brief
    before it (on a line of their own, set right, or run in after its last
    sentence). A heading under an article's closing authors opens a new
    article; it is no subheading of the brief above."""

    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "digital", "智能车间里的新变化", 0, 4, TOP + 4, extra=TEXTS["rail"])
    x0 = column_x(4)
    y = TOP + 10
    for k, (title, text, authors, _) in enumerate(SHORT_BRIEFS):
        pg.line(x0, y, title, 1.2 * BODY, "hei")
        y += LEAD + 4
        items = [text, RightLine(authors)] if k == 0 else [text + authors]
        y = pg.flow(x0, y, items, 1).bottom + 8
    story(pg, "river", "清溪河重现碧水", 0, 5, below(pg, max(a, y)), extra=TEXTS["culture"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["智能车间里的新变化", "清溪河重现碧水"] + [b[0] for b in SHORT_BRIEFS])
    for title, text, _, bylines in SHORT_BRIEFS:
        art = find(page, title)
        assert art.bylines == bylines, f"{title}: bylines {art.bylines}"
        check_body(art, [text])


def test_a_vertical_headline_wrapped_into_two_columns(tmp_path):
    """A vertical headline of ten characters set in two columns of five, its
    glyphs one under the next (closer than the columns stand apart), the
    right column read first, beside the columns of its article: one title,
    read column by column (上海… then 客流…), not row by row (客上流海…)."""
    pg = FeaturePage()
    pg.header(7, "综合")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"] + TEXTS["water"][:1]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    size = 20
    x_right = span_right(4, 1) - 30
    pg.vertical(x_right, TOP + 10, "江城科技馆", size, pitch=1.08 * size)
    pg.vertical(x_right - 1.2 * size, TOP + 10, "客流创新高", size, pitch=1.08 * size)
    pg.vrule(column_x(2) - GAP / 2, TOP + 4, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, TOP + 290)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "江城科技馆客流创新高", "文艺巡演进乡村"])
    check_body(find(page, "江城科技馆客流创新高"), body)


def test_a_label_over_a_rule_is_no_tier_of_the_title_under_it(tmp_path):
    """A column's label set large (新闻速递), a rule under it, then a single
    news item's title in smaller type and its text: the rule parts the two
    lines, so the label is no tier of the item's headline (the title would
    have been read as its subtitle)."""
    pg = FeaturePage()
    pg.header(2, "综合新闻")
    a = story(pg, "digital", "智能车间里的新变化", 0, 4, TOP + 4, extra=TEXTS["rail"])
    x0, x1 = column_x(4), span_right(4, 1)
    pg.line(x0, TOP + 8, "新闻速递", 15, "hei")
    pg.rule(x0, TOP + 30, x1, 0.8)
    pg.line(x0, TOP + 38, "清溪河重现碧水", 11, "hei")
    text, authors = TEXTS["river"][0], "（记者 赵一鸣）"
    y = pg.flow(x0, TOP + 38 + LEAD + 4, [text, RightLine(authors)], 1).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, y)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["智能车间里的新变化", "清溪河重现碧水", "文艺巡演进乡村"])
    art = find(page, "清溪河重现碧水")
    assert (art.headline.kicker, art.headline.subtitle) == (None, None), f"headline {art.headline}"
    check_body(art, [text])


def test_a_word_framed_alone_over_a_column_is_its_logo(tmp_path):
    """A boxed article: a word framed alone at the top of its first column
    (新论, the column's logo, in the text's size), the columns under and
    beside it, its vertical headline and the author's name set vertically
    on the right. The framed word is no headline: the first column is the
    vertical headline's article from its first line."""
    pg = FeaturePage()
    pg.header(2, "综合")
    top = story(pg, "school", "三所新学校投入使用", 0, 5, TOP + 4, align="left")
    y0 = top + 24
    pg.frame(column_x(0) - 6, y0, span_right(4, 1) + 6, y0 + 300, 0.8)
    pg.frame(column_x(0), y0 + 8, column_x(0) + 3.2 * BODY, y0 + 8 + BODY + 10, 0.6)
    pg.line(column_x(0) + 4, y0 + 12, "新论", 1.15 * BODY, "hei")
    body = TEXTS["theory"] + TEXTS["digital"]
    flowed = pg.flow(column_x(0), y0 + 8 + BODY + 16, body, 4)
    x_title = span_right(4, 1) - 30
    pg.vertical(x_title, y0 + 14, "走好高质量发展之路", 22, pitch=25)
    pg.vertical(x_title - 24, y0 + 200, "罗 海 平", 11, font="body", pitch=12)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(flowed.bottom, y0 + 300)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "走好高质量发展之路", "文艺巡演进乡村"])
    check_body(find(page, "走好高质量发展之路"), body)
