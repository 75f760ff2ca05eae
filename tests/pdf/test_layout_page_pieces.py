"""Pieces of a page that lean on the column beside them: a caption's credit
line under a photo narrower than its caption, and others. Pages built the
way test_layout_features.py builds them (feature_pages.py), all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, LEFT, RIGHT, TEXTS, FeaturePage, Sub, column_x, span_right, wrap  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, no_text_anywhere, parse, story  # noqa: E402


@pytest.mark.parametrize("end, credit", [("", "影像中国"), ("林晓峰摄", "林晓峰")], ids=["agency", "name-then-agency"])
def test_an_agency_credit_alone_under_a_caption_wider_than_its_photo(tmp_path, end, credit):
    """A side headline over column 0, a photo under it narrower than the
    column and centred in it, a caption in a smaller size set flush left
    across the whole column (one finished sentence, maybe closing with the
    photographer's 林晓峰摄), and the agency alone in brackets on the line
    under it at the caption's left edge, beyond the photo's left end. The
    bracketed agency is the caption's credit (or its photographer's agency),
    not the first words of the text beside it."""
    pg = FeaturePage()
    pg.header(4, "综合")
    x0, x1 = column_x(0), span_right(0, 1)
    y = pg.headline(x0, x1, TOP + 4, ["三所新学", "校投入使用"], 20)
    photo = (x0 + 30, y, x1 - 30, y + 70)
    pg.photo(*photo, fill=True)
    caption = "孩子们在新教室里上第一堂课。"
    pg.line(x0, photo[3] + 6, caption + end, 8)
    pg.line(x0, photo[3] + 6 + 11, "（影像中国）", 8)
    a = pg.flow(column_x(1), TOP + 4, TEXTS["school"], 2).bottom
    b = story(pg, "river", "清溪河重现水清岸绿", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b, photo[3] + 30)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["三所新学校投入使用", "清溪河重现水清岸绿", "文艺巡演进乡村"])
    art = find(page, "三所新学校投入使用")
    assert [(c.text, c.credit) for c in art.captions] == [(caption, credit)], f"captions {art.captions}"
    check_body(art, TEXTS["school"])


def test_a_short_caption_with_its_credit_flush_left_under_a_photo_centred_over_three_columns(tmp_path):
    """An article over columns 0-2: its headline, a small photo centred over
    its three columns, and under the photo a one-line caption in a smaller
    size set flush left at the columns' left edge, so short that it reaches
    only a little way under the photo, closing with its credit
    (林晓峰摄（人民视觉）); the text under it. A small line right under a photo,
    reaching under it and closing with a credit, is its caption."""
    pg = FeaturePage()
    pg.header(6, "经济")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "机械工业平稳运行", 20)
    caption = "生产线上的工人正在调试设备。"
    line = caption + "林晓峰摄（人民视觉）"
    mid, reach = (x0 + x1) / 2, pg.length(line, 7)
    half = mid - (x0 + reach - 10)  # the caption reaches 10 pt under the photo
    photo = (mid - half, y, mid + half, y + 60)
    pg.photo(*photo, fill=True)
    pg.line(x0, photo[3] + 5, line, 7)
    a = pg.flow(x0, photo[3] + 22, TEXTS["digital"], 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["机械工业平稳运行", "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, "机械工业平稳运行")
    assert [(c.text, c.credit) for c in art.captions] == [(caption, "林晓峰")], f"captions {art.captions}"
    check_body(art, TEXTS["digital"])


def test_columns_straddling_the_gutters_of_the_columns_right_over_them_start_another_article(tmp_path):
    """Article A over five columns; a little under its foot (less than two
    lines, no rule), article B: a side headline wrapped into short lines at
    the left, B's three narrower columns beside it, their tops level with
    the headline's, each straddling a gutter of A's columns right over it.
    Text runs on straight down only within one column: a block whose edges
    line up with neither edge of the column over it (neither holds the
    other) belongs to another grid, here the side headline's article."""
    pg = FeaturePage()
    pg.header(18, "要闻")
    a = story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, TOP + 4, align="left")
    top = a + 1.6 * BODY
    y = top
    for part in ["城际铁路", "全线铺轨"]:
        pg.line(column_x(0), y, part, 20, "hei")
        y += 26
    x0 = column_x(0) + 5 * 20 + 18
    narrow = 13
    b = pg.flow(x0, top, TEXTS["rail"], 3, chars=narrow).bottom
    first = "沿线群众表示，铁路开通后出行更方便了，到省城看病、上学、办事都能当天往返。"
    left = pg.flow(column_x(0), y + 6, [first], 1, chars=7).bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(b, left)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["万亩晚稻喜获丰收", "城际铁路全线铺轨", "文艺巡演进乡村"])
    check_body(find(page, "万亩晚稻喜获丰收"), TEXTS["harvest"])
    check_body(find(page, "城际铁路全线铺轨"), [first] + TEXTS["rail"])


def test_a_kickers_closing_dash_wrapped_onto_a_line_of_its_own(tmp_path):
    """A kicker set larger than its title, naming who the story is about and
    closing with ——, wrapped so that the —— stands alone on the next line;
    the title under it, smaller, in the body face, with its column tag. The
    dash alone closes the line over it (a line never opens with a lone
    dash in a tier of its own): the kicker leads into the title."""
    pg = FeaturePage()
    pg.header(14, "经济")
    x0 = column_x(0)
    y = TOP + 4
    pg.line(x0, y, "全国政协委员王芳", 26, "hei")
    pg.line(x0, y + 34, "——", 26, "hei")
    title = "下足真功夫 办好实事情（新春看乡村）"
    pg.line(x0, y + 72, title, 16, "body")
    a = pg.flow(x0, y + 100, TEXTS["health"], 3).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, [title, "三所新学校投入使用", "文艺巡演进乡村"])
    art = find(page, title)
    assert (art.headline.kicker, art.headline.subtitle) == ("全国政协委员王芳——", None), f"headline {art.headline}"
    check_body(art, TEXTS["health"])


def test_a_small_heading_opening_a_column_in_the_style_of_a_subheading_under_it(tmp_path):
    """An article over three columns: its headline, its author's name
    centred under it, and its first column opening with a heading a little
    larger than the body (青禾剪纸), set as the subheading lower in the
    same column is (南岭剪纸): a heading in the style of a subheading of its
    own column is a subheading, at a column's top too."""
    pg = FeaturePage()
    pg.header(16, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "几项国家级非遗剪纸", 22)
    y = pg.byline_line(x0, x1, y, "韩 硕")
    size = 11.5
    pg.line(x0, y, "青禾剪纸", size, "hei")
    texts = TEXTS["culture"] + TEXTS["library"]
    items = texts[:1] + [Sub(["南岭剪纸"], size=size, bold=False)] + texts[1:]
    a = pg.flow(x0, y + 1.6 * size, items, 3, tops=[y + 1.6 * size, y, y]).bottom
    b = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["几项国家级非遗剪纸", "三所新学校投入使用", "城际铁路铺轨"])
    check_body(find(page, "几项国家级非遗剪纸"), ["青禾剪纸"] + texts[:1] + ["南岭剪纸"] + texts[1:])


def test_a_small_heading_opening_a_column_in_the_style_of_a_subheading_in_the_column_beside(tmp_path):
    """An article over three columns: its headline, its first column of
    text, its second column opening with a heading a little larger than the
    body (剪纸进校园), and lower in the third column a subheading set alike
    (南岭剪纸), the row's text between them with no rule. An article's
    subheadings are set alike whichever column they fall in: the heading
    opening the second column is a subheading too, not a new article."""
    pg = FeaturePage()
    pg.header(16, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "几项国家级非遗剪纸", 22)
    y = pg.byline_line(x0, x1, y, "韩 硕")
    size = 11.5
    first, second, third = TEXTS["culture"][:2], TEXTS["culture"][2:], TEXTS["library"]
    a = pg.flow(x0, y, first, 1).bottom
    pg.line(column_x(1), y, "剪纸进校园", size, "hei")
    b = pg.flow(column_x(1), y + 1.6 * size, second, 1).bottom
    c = pg.flow(column_x(2), y, third[:1] + [Sub(["南岭剪纸"], size=size, bold=False)] + third[1:], 1).bottom
    d = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, b, c, d)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["几项国家级非遗剪纸", "三所新学校投入使用", "城际铁路铺轨"])
    check_body(find(page, "几项国家级非遗剪纸"), first + ["剪纸进校园"] + second + third[:1] + ["南岭剪纸"] + third[1:])


def test_a_small_heading_level_with_the_first_line_of_the_column_beside_under_the_headline(tmp_path):
    """An article over three columns under its centred headline; its second
    column opens with a heading a little larger than the body (城乡书房连成网),
    its top level with the first lines of the columns beside it, and no
    subheading set alike anywhere. A heading where the headline's row of
    columns opens, level with its neighbour's first line, is inside the row:
    a subheading of the article, not the headline of another."""
    pg = FeaturePage()
    pg.header(16, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "城市书房遍布街巷", 22) + 12  # the row opens a line under the headline
    heading = "城乡书房连成网"
    first, second, third = TEXTS["library"][:2], TEXTS["library"][2:], TEXTS["culture"][:2]
    a = pg.flow(x0, y, first, 1).bottom
    pg.line(column_x(1), y, heading, 11.5, "hei")
    b = pg.flow(column_x(1), y + 1.6 * 11.5, second, 1).bottom
    c = pg.flow(column_x(2), y, third, 1).bottom
    d = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, b, c, d)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城市书房遍布街巷", "三所新学校投入使用", "城际铁路铺轨"])
    check_body(find(page, "城市书房遍布街巷"), first + [heading] + second + third)


def test_a_row_whose_last_column_holds_one_short_line_keeps_its_middle(tmp_path):
    """Under a rule across the page, article B: a headline centred over five
    columns and narrower than two, its first column opening with ■ 记者 周明
    beyond the headline's left end, its text running over four columns and
    the last short line of its last paragraph alone in the fifth. Over the
    rule, article A in the first two columns. A column holding one short
    line still spans a column's width: the row's middle is the headline's,
    and its first column is B's, not A's over the rule."""
    pg = FeaturePage()
    pg.header(8, "经济")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 2, TOP + 4, align="left")
    c = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    row = max(a, c) + 10
    pg.rule(column_x(0), row - 8, span_right(0, 5), 0.6)
    title = "万亩晚稻喜获丰收"
    y = pg.headline(column_x(0), span_right(0, 5), row, title, 20)
    pg.line(column_x(0), y, "■ 记者 周明", BODY, "hei")
    texts = TEXTS["harvest"]
    last = texts[-1]
    cut = len(last) - 5
    assert last[cut:].endswith("。")
    body = pg.flow(column_x(0), y, texts[:-1] + [last[:cut]], 4, tops=[y + 16, y, y, y])
    pg.line(column_x(4), y, last[cut:])
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "三所新学校投入使用", title])
    art = find(page, title)
    assert [b.name for b in art.bylines] == ["周明"], f"bylines {art.bylines}"
    check_body(art, texts)
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])
    assert body.bottom > y


def test_a_headline_a_little_off_the_middle_of_its_row_heads_its_first_column(tmp_path):
    """Under a rule across the page, article B: a headline narrower than two
    columns over a row of five, opening with a quote mark, so that its box
    stands a glyph and a half right of the row's middle (the mark's blank
    half-advance counts in its box); B's text in the five columns, the first
    beyond the headline's left end. Over the rule, article A in the first
    two columns. A headline over the middle of a row heads all of it, within
    what the marks at its ends shift: the first column is B's, not A's."""
    pg = FeaturePage()
    pg.header(8, "经济")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 2, TOP + 4, align="left")
    c = story(pg, "school", "三所新学校投入使用", 2, 3, TOP + 4)
    row = max(a, c) + 10
    pg.rule(column_x(0), row - 8, span_right(0, 5), 0.6)
    title = "“丰收节”万亩晚稻喜获丰收"
    x0, x1 = column_x(0), span_right(0, 5)
    width = pg.length(title, 20, "hei")
    shift = 1.5 * BODY
    pg.line((x0 + x1 - width) / 2 + shift, row, title, 20, "hei")
    y = row + 20 * 1.3 + 8
    texts = TEXTS["harvest"] + TEXTS["rail"]
    pg.flow(x0, y, texts, 5)
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "三所新学校投入使用", title])
    check_body(find(page, title), texts)
    check_body(find(page, "文艺巡演进乡村"), TEXTS["culture"])


def test_a_column_ends_at_a_rule_under_it_for_the_text_running_on_beside(tmp_path):
    """Article B: a side headline at the top of column 0, its text under it
    and on under a rule across columns 1-4. Article A over columns 1-4 over
    that rule, its headline flush left over columns 1-2 only, its text
    running on from column to column down to just over the rule. B's
    columns under the rule start a line or so under A's feet: a rule closes
    the column over it, so A's text runs on at the top of A's next column,
    not from the foot of B's column under the rule."""
    pg = FeaturePage()
    pg.header(18, "评论")
    y = pg.headline(column_x(0), span_right(0, 1), TOP + 4, ["城际铁路", "全线铺轨"], 20, align="left")
    ya = pg.headline(column_x(1), span_right(1, 2), TOP + 4, "文艺巡演进乡村", 20, align="left")
    culture = ["".join(TEXTS["culture"])]  # one paragraph: A's columns end level, mid-sentence
    a = pg.flow(column_x(1), ya, culture, 4).bottom
    pg.rule(column_x(1), a + 4, span_right(1, 4), 0.6)
    rail = ["".join(TEXTS["rail"] + TEXTS["water"])]  # one paragraph: every column ends mid-sentence
    b = pg.flow(column_x(0), y, rail, 5, tops=[y, a + 10, a + 10, a + 10, a + 10]).bottom
    story(pg, "school", "三所新学校投入使用", 0, 5, below(pg, b), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路 全线铺轨", "文艺巡演进乡村", "三所新学校投入使用"])
    check_body(find(page, "文艺巡演进乡村"), culture)
    check_body(find(page, "城际铁路 全线铺轨"), rail)


def test_a_places_name_leading_in_with_a_dash_at_the_top_of_a_column(tmp_path):
    """An article of five columns, its headline centred over the first four;
    its fifth column opens, level with the others' tops, with a place's name
    a little larger than the body leading in with —— (青禾县——), a line of
    the part's subtitle in 黑体 at the body size, and the part's text. A
    heading that leads in with a dash to no heading under it, only text, is
    the part's subheading, no headline (a kicker's dash leads into its title)."""
    pg = FeaturePage()
    pg.header(13, "经济")
    y = pg.headline(column_x(0), span_right(0, 4), TOP + 4, "春来农事忙 田间希望旺", 22)
    first = ["".join(TEXTS["harvest"])]
    a = pg.flow(column_x(0), y, first, 4).bottom
    pg.line(column_x(4), y, "青禾县——", 11.5, "hei")
    pg.line(column_x(4), y + 20, "建设家门口的好学校", BODY, "hei")
    part = TEXTS["school"][:2]
    c = pg.flow(column_x(4), y + 20 + LEAD, part, 1).bottom
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, c)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["春来农事忙 田间希望旺", "城际铁路铺轨"])
    check_body(find(page, "春来农事忙 田间希望旺"), first + ["青禾县——", "建设家门口的好学校"] + part)


def test_a_narrow_middle_dot_set_flush_left_in_a_vertical_headline(tmp_path):
    """A vertical headline drawn glyph by glyph from one left edge, as a
    typesetter that does not centre narrow glyphs sets it: its middle dot
    (醒·狮), half as wide as the others, stands at the column's left edge,
    off the column's middle. A narrow glyph starting where the glyphs over
    and under it start is one of the column: one headline, dot and all."""
    pg = FeaturePage()
    pg.header(3, "文化")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["culture"] + TEXTS["digital"]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    title = "舞剧《醒·狮》巡演"
    x, size = span_right(4, 1) - 30, 22
    assert pg.length("·", size, "hei") < 0.6 * size, "the dot must be a narrow glyph in this face"
    bottom = pg.vertical(x, TOP + 10, title, size, pitch=size * 1.08)
    pg.vrule(column_x(2) - 6, TOP + 4, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, bottom)), extra=TEXTS["market"],
          align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", title, "文艺巡演进乡村"])
    check_body(find(page, title), body)


def test_a_short_banner_in_a_page_wide_bar_is_no_subheading_of_the_column_it_fits(tmp_path):
    """A page-wide shaded bar between two rows, a short banner (关注民生实事)
    centred in it, narrow enough to fit the column under it and the column
    over it. A heading set in a bar far wider than itself is the bar's
    banner, no subheading of the column it happens to fit: it is no text of
    any article."""
    pg = FeaturePage()
    pg.header(6, "文化")
    y = pg.headline(column_x(0), span_right(0, 5), TOP + 4, "以高质量发展惠及民生", 20)
    theory = [TEXTS["theory"][k] for k in (0, 2, 1, 3, 4)]  # the longest under the banner
    feet = [pg.flow(column_x(k), y, [text], 1).bottom for k, text in enumerate(theory)]  # a paragraph a column
    a = max(feet)
    assert feet[2] == a
    top = a + 12
    pg.panel(LEFT, top, RIGHT, top + 34, gray=0.85)
    pg.centered(LEFT, RIGHT, top + 7, "关注民生实事", 18, "body")
    y = top + 44
    for part in ["清溪河", "重现水清", "岸绿美景"]:
        pg.line(LEFT + 10, y, part, 22, "hei")
        y += 29
    body = TEXTS["river"] + TEXTS["health"][:1]
    pg.flow(column_x(1), top + 44, body, 3)
    page = parse(pg, tmp_path)
    check_titles(page, ["以高质量发展惠及民生", "清溪河重现水清岸绿美景"])
    check_body(find(page, "以高质量发展惠及民生"), theory)
    check_body(find(page, "清溪河重现水清岸绿美景"), body)
    no_text_anywhere(page, ["关注民生实事"])


def test_a_vertical_name_far_under_a_vertical_headlines_foot_across_white_space(tmp_path):
    """A vertical headline at the right of its article, and the author's name
    set vertically a little left of it, far lower than its foot (a dozen
    lines), with only white space between: a vertical name under a vertical
    headline with nothing between them is its byline, however far down."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(7, "理论")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"] + TEXTS["water"]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    x_title = span_right(4, 1) - 34
    foot = pg.vertical(x_title, TOP + 10, "走好高质量发展", 24, pitch=27)
    name_bottom = pg.vertical(x_title - 26, foot + 12 * BODY, "罗 海 平", 11, font="body", pitch=12)
    pg.vrule(column_x(2) - 6, TOP + 4, flowed.bottom)
    assert flowed.bottom > name_bottom
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom)), extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "走好高质量发展", "文艺巡演进乡村"])
    art = find(page, "走好高质量发展")
    assert art.bylines == [Byline(None, "罗海平")], f"bylines {art.bylines}"
    check_body(art, body)


def test_ragged_lines_of_narrow_columns_a_character_apart_are_two_columns_lines(tmp_path):
    """An article in narrow columns of eight characters, a gutter of
    about a character between them, each line set ragged right (one run a
    line, figures narrower than characters: no two right edges need line
    up). Two runs on one row, each starting at a column's left edge (many
    lines start there) a character or so apart, are two columns' lines."""
    pg = FeaturePage()
    pg.header(12, "文化")
    text = ("今年1月至11月，青禾县新建农村公路120公里，改造危桥35座，新增通客车的建制村18个，"
            "全县群众出行条件明显改善。据了解，明年县里还将投入资金8000万元，继续推进农村公路提档升级，"
            "让群众都走上平安路、致富路。沿线村民说，出门真方便多了。")
    lines = [text[k:k + 8] for k in range(0, len(text), 8)]
    per = 5
    cols = [lines[k:k + per] for k in range(0, len(lines), per)]
    assert [len(col) for col in cols] == [per] * 3
    width, gap = 8 * BODY, 1.1 * BODY
    y = pg.headline(column_x(0), column_x(0) + len(cols) * (width + gap), TOP + 4, "青禾县农村公路提档升级", 20)
    rights = set()
    for c, col in enumerate(cols):
        x = column_x(0) + c * (width + gap)
        for k, ln in enumerate(col):
            rights.add(round(pg.line(x, y + k * LEAD, ln)))
    assert len(rights) > 3, "the lines must be ragged right"
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, y + per * LEAD), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["青禾县农村公路提档升级", "文艺巡演进乡村"])
    check_body(find(page, "青禾县农村公路提档升级"), [text])


def test_a_short_articles_first_column_opening_with_its_dateline_is_no_subtitle(tmp_path):
    """A short article in the corner of the page, under a rule: its headline
    over two columns of three lines each, the first opening with the
    dateline (新华社北京2月18日电), set in another weight than the page's
    text. Text that opens with a dateline is the article's body, never a
    tier of its headline, however short and in whatever face or weight."""
    pg = FeaturePage()
    pg.header(3, "社会")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 3, TOP + 4)
    x0, x1 = column_x(3), span_right(3, 2)
    pg.rule(x0 - 6, TOP, x1, 0.5)
    y = pg.headline(x0, x1, TOP + 6, "青禾县与南岭区签订共建协议", 16)
    text = "新华社北京2月18日电　青禾县与南岭区18日在县城签订共建协议，双方将在产业发展和教育医疗等方面深化合作，" \
        "共同推动区域协调发展，让两地群众共享发展成果。"
    lines = wrap(text)  # set in another weight than the page's text (bold): no mark of a tier here
    for k, ln in enumerate(lines):
        col, row = divmod(k, 3)
        pg.line(column_x(3 + col) + (2 * BODY if k == 0 else 0), y + 4 + row * LEAD, ln, BODY, bold=True)
    assert len(lines) == 6
    b = y + 4 + 3 * LEAD
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "青禾县与南岭区签订共建协议", "城际铁路铺轨"])
    art = find(page, "青禾县与南岭区签订共建协议")
    assert (art.headline.subtitle, art.dateline) == (None, "新华社北京2月18日电"), f"{art.headline} {art.dateline}"
    check_body(art, [text.split("　")[1]])


def test_a_continued_from_note_flush_right_a_character_before_the_next_columns_line(tmp_path):
    """The rest of an article from another page, its text in 黑体 at the body
    size (another face than the page's) in narrow columns a character
    apart, after a column holding only （上接第3版） set flush right, a
    character before the first line of the next column. A run starting at a
    column's left edge a character or so after another run is the next
    column's line, however short the run before it (no heading's phrase)."""
    pg = FeaturePage()
    pg.header(19, "经济")
    a = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4)
    top = below(pg, a)
    text = ("了三百多平方米的蔬菜大棚，种了五千多株秧苗，还办起了合作社，带着村民一起学技术、跑市场，"
            "让贫困户在家门口就有了稳定的收入，村里的日子一天比一天红火。")
    width, gap, size = 8 * BODY, 1.0 * BODY, BODY
    lines = [text[k:k + 8] for k in range(0, len(text), 8)]
    per = 5
    note = "（上接第3版）"
    pg.line(column_x(0) + width - pg.length(note, size, "hei"), top, note, size, "hei")
    cells = [(k // per, k % per) for k in range(per, per + len(lines))]  # from the top of column 1
    for (col, row), ln in zip(cells, lines):
        pg.line(column_x(0) + col * (width + gap), top + row * LEAD, ln, size, "hei")
    page = parse(pg, tmp_path)
    rest = [a for a in page.articles if a.headline.title is None]
    assert len(rest) == 1 and rest[0].paragraphs == [text], f"{[(a.headline.title, a.paragraphs) for a in page.articles]}"


def test_a_small_heading_wrapped_over_three_lines_level_with_the_column_beside(tmp_path):
    """As above, but the heading says more and wraps over three short lines
    in its column (一家人想出新办法，/ 城乡书房连成一 / 张网): a subheading may
    wrap to three lines in a narrow column and still stands level with the
    row's first lines under the headline, so it is the row's subheading."""
    pg = FeaturePage()
    pg.header(16, "文化")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "城市书房遍布街巷", 22) + 12
    heading = ["一家人想出新办法，", "城乡书房连成一", "张网"]
    first, second, third = TEXTS["library"][:2], TEXTS["library"][2:], TEXTS["culture"][:2]
    a = pg.flow(x0, y, first, 1).bottom
    for k, part in enumerate(heading):
        pg.line(column_x(1), y + k * 1.3 * 11.5, part, 11.5, "hei")
    b = pg.flow(column_x(1), y + 3 * 1.3 * 11.5 + 6, second, 1).bottom
    c = pg.flow(column_x(2), y, third, 1).bottom
    d = story(pg, "school", "三所新学校投入使用", 3, 2, TOP + 4)
    story(pg, "rail", "城际铁路铺轨", 0, 5, below(pg, max(a, b, c, d)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城市书房遍布街巷", "三所新学校投入使用", "城际铁路铺轨"])
    check_body(find(page, "城市书房遍布街巷"), first + ["".join(heading)] + second + third)
