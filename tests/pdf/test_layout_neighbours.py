"""Articles whose parts do not stand in one rectangle under their headline:
an article running on under a neighbour set in its upper right (L-shaped),
the rest of an article from another page beside a headline, a headline
narrower than its article with columns beside it, a vertical name under a
vertical headline's foot, a caption wider than its centred photo. Pages
built the way test_layout_features.py builds them (feature_pages.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, RightLine, Sub, column_x, span_right, wrap  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, parse, story  # noqa: E402


def _left_article_beside_a_closed_neighbour(left_part: list[str]) -> tuple[FeaturePage, object, float]:
    """A page whose article A (headline across columns 0-2, ``left_part`` in
    columns 0-1) has neighbour B in its upper right (headline and a paragraph
    in columns 2-4) closed by a rule under it, a vertical rule parting it from
    A: the page, A's left columns and the closing rule's y."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a_body = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "农村供水保障工程惠及全县", 20)
    left = pg.flow(column_x(0), a_body, left_part, 2)
    b_body = pg.headline(column_x(2), span_right(2, 3), TOP + 4, "城际铁路铺轨", 20)
    b = pg.flow(column_x(2), b_body, TEXTS["rail"][:1], 3)
    rule_y = b.bottom + 8
    pg.rule(column_x(2) - 6, rule_y, span_right(2, 3), 0.6)
    pg.vrule(column_x(2) - 6, TOP + 4, rule_y)
    return pg, left, rule_y


def _parsed_under_the_rule(pg: FeaturePage, left, under, rule_y: float, tmp_path) -> object:
    """The page of :func:`_left_article_beside_a_closed_neighbour` with A's text
    under the rule (``under``) and a last story under both, parsed: its three
    titles and B's one paragraph checked."""
    assert left.bottom > rule_y + 40, "the page must have A's columns run on beside the rule's end"
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left.bottom, under.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "城际铁路铺轨", "文艺巡演进乡村"])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"][:1])
    return page


def test_columns_under_a_neighbours_closing_rule_go_on_the_article_on_the_left(tmp_path):
    """Article A's headline and first two columns at the left; article B, a
    narrow headline and three short columns, in the upper right, closed by a
    rule under its columns (a vertical rule parts A from B down to it). A's
    text goes on under that rule in columns 2-4, opening a new paragraph
    there: those columns are A's, not B's (whose headline stands over them)."""
    right_part = TEXTS["health"]
    left_part = TEXTS["water"] + TEXTS["school"]
    pg, left, rule_y = _left_article_beside_a_closed_neighbour(left_part)
    under = pg.flow(column_x(2), rule_y + 12, right_part, 3)
    page = _parsed_under_the_rule(pg, left, under, rule_y, tmp_path)
    check_body(find(page, "农村供水保障工程惠及全县"), left_part + right_part)


def test_a_centred_subheading_opening_the_columns_under_a_neighbours_closing_rule(tmp_path):
    """As above, but A's text under the rule opens with a subheading centred
    in column 2 (a short line, so it starts well right of the column's left
    edge). The column a centred line opens starts where the column under it
    does: it stands right of A's column running on past the rule's end, and
    goes on A's article with the text under it."""
    right_part = TEXTS["health"]
    left_part = TEXTS["water"] + TEXTS["school"]
    pg, left, rule_y = _left_article_beside_a_closed_neighbour(left_part)
    under = pg.flow(column_x(2), rule_y + 12, [Sub(["家庭医生"])] + right_part, 3)
    page = _parsed_under_the_rule(pg, left, under, rule_y, tmp_path)
    check_body(find(page, "农村供水保障工程惠及全县"), left_part + ["家庭医生"] + right_part)


def test_a_name_under_a_headline_narrower_than_its_article_is_its_byline(tmp_path):
    """A headline over the first two of three columns, the author's name
    alone centred under it; the third column runs up beside the headline
    (starting higher than the name): the name is the byline, not a
    paragraph between the first column and the second."""
    pg = FeaturePage()
    pg.header(5, "综合")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "乡村书房成了热闹地方", 20)
    y = pg.byline_line(x0, x1, y, "林晓东")
    flowed = pg.flow(x0, y, TEXTS["library"], 3, tops=[y, y, TOP + 4])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, flowed.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["乡村书房成了热闹地方", "文艺巡演进乡村"])
    article = find(page, "乡村书房成了热闹地方")
    assert [(b.role, b.name) for b in article.bylines] == [(None, "林晓东")], f"bylines {article.bylines}"
    check_body(article, TEXTS["library"])


def test_the_rest_of_an_article_beyond_a_rule_from_a_headline_is_headless(tmp_path):
    """Article A's headline and columns at the left; beyond a vertical rule,
    drawn from a little under the top of A's headline, two columns that open with
    （上接第2版）: the rest of an article from page 2, whose headline is not
    on this page. It is an article of its own with no headline, not A's."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a_top = pg.headline(column_x(0), span_right(0, 3), TOP + 4, "农村供水保障工程惠及全县", 20)
    a = pg.flow(column_x(0), a_top, TEXTS["water"], 3)
    pg.vrule(column_x(3) - 6, TOP + 12, a.bottom)  # from a little under the note's top
    rest = pg.flow(column_x(3), TOP + 4, [RightLine("（上接第2版）")] + TEXTS["school"], 2)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, rest.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "None", "文艺巡演进乡村"])
    check_body(find(page, "农村供水保障工程惠及全县"), TEXTS["water"])
    headless = find(page, None)
    check_body(headless, TEXTS["school"])
    assert headless.continued_from == 2, f"continued_from {headless.continued_from}"


def test_a_padded_vertical_name_under_the_foot_of_a_vertical_headline_is_its_byline(tmp_path):
    """A vertical headline at the right of its columns; the author's name set
    vertically a little left of it and lower than its foot, its two glyphs a
    whole space apart (林　东): one name, the headline's byline, not two
    stray glyphs nor an article of its own."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(7, "理论")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"] + TEXTS["water"][:1]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    x_title = span_right(4, 1) - 34
    foot = pg.vertical(x_title, TOP + 10, "走好高质量发展之路", 24, pitch=27)
    pg.vertical(x_title - 20, foot + 40, "林 东", 11, font="body", pitch=13.75)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, flowed.bottom, foot + 90)),
          extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "走好高质量发展之路", "文艺巡演进乡村"])
    art = find(page, "走好高质量发展之路")
    assert art.bylines == [Byline(None, "林东")], f"bylines {art.bylines}"
    check_body(art, body)


def test_single_glyphs_a_space_apart_with_a_line_between_stay_apart() -> None:
    """Two one-glyph lines of a column one glyph wide, with a longer line
    between them, are no padded name; two names one under the other a space
    apart stay two names."""
    from banmian.model import TextLine
    from banmian.sources.vertical_lines import stack_vertical

    def glyphs(text: str, x: float, top: float, pitch: float) -> list[TextLine]:
        return [TextLine(ch, (x, top + k * pitch, x + 11, top + k * pitch + 12), 11.0)
                for k, ch in enumerate(text) if ch != " "]

    column = glyphs("感", 100, 100, 14) + [TextLine("2019", (96, 114, 115, 126), 11.0)] + glyphs("）", 100, 128, 14)
    assert sorted(ln.text for ln in stack_vertical(column)) == ["2019", "感", "）"]
    names = glyphs("吕宇晨 邓伟勇", 300, 100, 13.75)
    assert sorted(ln.text for ln in stack_vertical(names)) == ["吕宇晨", "邓伟勇"]
    assert [ln.text for ln in stack_vertical(glyphs("林 东", 300, 100, 13.75))] == ["林东"]


def test_a_small_caption_wider_than_its_centred_photo_and_the_columns_under_it(tmp_path):
    """A photo kept to its proportions, centred over the first three columns
    of an article; its caption, smaller than the body, set flush left across
    the three columns (it overlaps the photo for a quarter of its width);
    the columns start under the caption, the last two beside the photo from
    the top. The caption is the photo's (not the first paragraph), and the
    columns under it that the photo does not reach are the article's."""
    pg = FeaturePage()
    pg.header(5, "综合")
    top = pg.headline(column_x(0), span_right(0, 5), TOP + 4, "农村供水保障工程惠及全县", 22)
    photo = (215.0, top, 315.0, top + 75)
    pg.photo(*photo, fill=True)
    caption = "图为青禾县河湾镇柳塘村新建的规模化水厂，工作人员正在检查供水设备运行情况。林晓东摄"
    pg.line(column_x(0), photo[3] + 5, caption, 8.0)
    under = photo[3] + 24
    flowed = pg.flow(column_x(0), top, TEXTS["water"] + TEXTS["harvest"], 5, tops=[under, under, under, top, top])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, flowed.bottom), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "文艺巡演进乡村"])
    article = find(page, "农村供水保障工程惠及全县")
    check_body(article, TEXTS["water"] + TEXTS["harvest"])
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-4], "林晓东")], f"captions {article.captions}"


def test_a_byline_under_a_caption_wider_than_its_photo_is_the_photos_article(tmp_path):
    """Article B's headline over columns 3-4; its photo, kept to its
    proportions, centred over columns 2-3 under the headline, with a small
    caption set flush left from column 2; under the caption B's reporter
    line, short, at the left of column 2 (beyond the photo's left edge), and
    B's columns. The reporter line is B's byline, not the article's on the
    left (A, over columns 0-1)."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(5, "综合")
    a_top = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "城际铁路铺轨", 20)
    a = pg.flow(column_x(0), a_top, TEXTS["rail"] + TEXTS["market"], 2)
    top = pg.headline(column_x(3), span_right(3, 2), TOP + 4, "农村供水保障工程惠及全县", 20)
    photo = (445.0, top, 545.0, top + 75)
    pg.photo(*photo, fill=True)
    caption = "图为青禾县河湾镇柳塘村新建的规模化水厂，工作人员正在检查设备。林晓东摄"
    pg.line(column_x(2), photo[3] + 5, caption, 8.0)
    y = pg.byline_line(column_x(2), span_right(2, 1), photo[3] + 22, "本报记者 林晓东", align="left")
    b = pg.flow(column_x(2), top, TEXTS["water"], 3, tops=[y, y, top])
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(a.bottom, b.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["城际铁路铺轨", "农村供水保障工程惠及全县", "文艺巡演进乡村"])
    article = find(page, "农村供水保障工程惠及全县")
    assert article.bylines == [Byline("本报记者", "林晓东")], f"bylines {article.bylines}"
    check_body(article, TEXTS["water"])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"] + TEXTS["market"])


def test_a_side_headlines_columns_under_a_rule_that_closes_the_article_above(tmp_path):
    """Under a page-wide rule that closes article A's columns: a side headline
    its reporter's line and a photo in column 0, its columns 1-2 beside it (level with its top), then a
    framed article: a vertical headline with its own text on its right. Columns 1-2 are the
    side headline's, not A's (whose headline stands over them, across the rule)."""
    pg = FeaturePage()
    pg.header(5, "综合")
    a_top = pg.headline(column_x(0), span_right(0, 5), TOP + 4, "农村供水保障工程惠及全县", 20)
    a = pg.flow(column_x(0), a_top, TEXTS["water"], 5)
    row = below(pg, a.bottom)
    for k, part in enumerate(["年度科学十大进", "展今日在京发布"]):
        pg.line(column_x(0), row + k * 26, part, 20, "hei")
    pg.line(column_x(0) + 80, row + 58, "记者 林晓东")
    pg.photo(column_x(0), row + 76, span_right(0, 1), row + 150, fill=True)
    side = pg.flow(column_x(1), row, TEXTS["library"], 2)
    x_title = column_x(3)
    foot = pg.vertical(x_title, row + 8, "城际铁路铺轨", 22, pitch=25)
    right = pg.flow(x_title + 34, row, TEXTS["rail"], 2, chars=13)
    pg.frame(x_title - 6, row - 4, span_right(3, 2) + 4, max(right.bottom, foot) + 4)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(side.bottom, right.bottom, foot)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "年度科学十大进展今日在京发布", "城际铁路铺轨", "文艺巡演进乡村"])
    side_article = find(page, "年度科学十大进展今日在京发布")
    check_body(side_article, TEXTS["library"])
    assert [(b.role, b.name) for b in side_article.bylines] == [("记者", "林晓东")], f"bylines {side_article.bylines}"
    check_body(find(page, "农村供水保障工程惠及全县"), TEXTS["water"])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"])


def test_a_stack_of_framed_part_headings_opening_the_columns_under_a_neighbours_rule(tmp_path):
    """As above, but A's text under the rule is a part of a report from
    several places: it opens with the part's heading framed, and right under
    it, framed apart, the part's reporters' names (no role word); lower, in
    the last column, the next part's heading and reporter's line framed alike.
    Framed lines stacked one right over the other in a column are one
    subheading: the stack opening the column is set as the one lower is,
    not two column logos heading an article of their own."""
    first, second = TEXTS["health"], TEXTS["library"]
    left_part = TEXTS["water"] + TEXTS["school"]
    pg, left, rule_y = _left_article_beside_a_closed_neighbour(left_part)
    size = 11.5
    items = ([Sub(["巡线护水保平安"], size=size, boxed=True), Sub(["林晓峰周明"], size=size, boxed=True)] + first
             + [Sub(["用心守好水源地"], size=size, boxed=True), Sub(["本报记者 韩硕"], size=size, boxed=True)] + second)
    under = pg.flow(column_x(2), rule_y + 12, items, 3)
    page = _parsed_under_the_rule(pg, left, under, rule_y, tmp_path)
    art = find(page, "农村供水保障工程惠及全县")
    assert "".join(art.paragraphs).count(first[0][:10]) == 1, f"paragraphs {art.paragraphs}"


def test_a_subheading_under_a_paragraphs_last_line_carried_under_a_neighbours_rule(tmp_path):
    """As in the first test, A's text goes on under B's closing rule; there
    its column opens with the last line of a paragraph carried over from the
    column on the left (a few characters, the sentence's end), and right
    under it a subheading a little larger than the body, two lines, then the
    text. The last line of a paragraph over a heading is the column's text
    running on over it, as a block of lines is: the heading is A's
    subheading, not the headline of an article of its own."""
    pg = FeaturePage()
    pg.header(5, "综合")
    tail = "这些变化，大家都看在眼里、记在心上，说起来个个竖起大拇指。"
    left_part = TEXTS["water"] + TEXTS["school"][:1]
    a_body = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "农村供水保障工程惠及全县", 20)
    b_body = pg.headline(column_x(2), span_right(2, 3), TOP + 4, "城际铁路铺轨", 20)
    b = pg.flow(column_x(2), b_body, TEXTS["rail"][:1], 3)
    rule_y = b.bottom + 8
    pg.rule(column_x(2) - 6, rule_y, span_right(2, 3), 0.6)
    pg.vrule(column_x(2) - 6, TOP + 4, rule_y)
    last = wrap(tail)[-1]  # the paragraph's last line, carried under the rule
    left = pg.flow(column_x(0), a_body, left_part + [tail[:-len(last)]], 2)
    assert left.bottom > rule_y + 40, "the page must have A's columns run on beside the rule's end"
    x = column_x(2)
    y = rule_y + 12
    pg.line(x, y, last)
    size = 11.0
    y += 1.5 * BODY + 4
    for part in ["练好本领，才能不辜负乡亲", "们的期望"]:
        pg.line(x, y, part, size, "hei")
        y += 1.45 * size
    right_part = TEXTS["health"]
    under = pg.flow(x, y + 6, right_part, 3)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left.bottom, under.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["农村供水保障工程惠及全县", "城际铁路铺轨", "文艺巡演进乡村"])
    art = find(page, "农村供水保障工程惠及全县")
    body = "".join(art.paragraphs)
    assert tail in body and "练好本领，才能不辜负乡亲们的期望" in body and right_part[-1] in body, \
        f"paragraphs {art.paragraphs}"


def test_a_column_opening_mid_paragraph_runs_on_from_the_left_not_from_a_finished_column_above(tmp_path):
    """Article A over columns 2-4 ends its text with a finished paragraph;
    two lines' white space under it, article B: a side headline at the left
    and three narrower columns beside it, set on another grid, the last one
    standing wholly under A's last column. That column opens mid-paragraph
    (no indent): text runs on from a column only where its paragraph goes
    on, so it is B's, going on from B's column on its left, not the rest of
    A's finished text."""
    pg = FeaturePage()
    pg.header(6, "国际")
    left = story(pg, "culture", "文艺巡演进乡村", 0, 2, TOP + 4)
    y = pg.headline(column_x(2), span_right(2, 3), TOP + 4, "城际铁路铺轨", 20)
    a = pg.flow(column_x(2), y, TEXTS["rail"], 3)
    top = a.columns[-1][3] + 2.0 * BODY
    assert all(c[3] < top - BODY for c in a.columns)
    narrow, gap = 10, 12.0
    x3 = column_x(4) + 20
    x1 = x3 - 2 * (narrow * BODY + gap)
    pg.line(column_x(2), top, "万亩晚稻", 20, "hei")
    pg.line(column_x(2), top + 26, "喜获丰收", 20, "hei")
    b_text = TEXTS["harvest"] + TEXTS["market"]
    b = pg.flow(x1, top, b_text, 3, chars=narrow, gap=gap)
    story(pg, "health", "家庭医生进社区", 0, 5, below(pg, max(left, b.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨", "万亩晚稻喜获丰收", "家庭医生进社区"])
    check_body(find(page, "城际铁路铺轨"), TEXTS["rail"])
    check_body(find(page, "万亩晚稻喜获丰收"), b_text)


def test_a_subheading_under_white_space_stays_with_its_column_beside_a_closing_dateline(tmp_path):
    """Article L over column 0 ends with its closing dateline in brackets
    (（新华社北京2月25日电）), lower than where, in column 1, article A's text
    ends a paragraph and, after a little white space, goes on with a
    subheading of two centred lines (the first nearly as wide as the column)
    and its next paragraph. A column ending with its closing dateline has
    ended: nothing runs on from it, so the subheading and its text stay A's."""
    pg = FeaturePage()
    pg.header(11, "地方新闻")
    y = pg.headline(column_x(0), span_right(0, 1), TOP + 4, "文艺巡演进乡村", 20)
    left = pg.flow(column_x(0), y, TEXTS["culture"] + TEXTS["library"], 1)
    dateline = "（新华社北京2月25日电）"
    pg.line(column_x(0), left.bottom, dateline)
    y = pg.headline(column_x(1), span_right(1, 2), TOP + 4, "城际铁路铺轨", 20)
    first = pg.flow(column_x(1), y, TEXTS["rail"][:2], 1).bottom
    cx0, cx1 = column_x(1), column_x(1) + 15 * BODY
    y = first + 2 * BODY
    heading = ["讲好新时代的奋斗故事，持续优", "化营商环境"]
    for part in heading:
        pg.centered(cx0, cx1, y, part, BODY, "hei", bold=True)
        y += LEAD
    rest = TEXTS["rail"][2:] + TEXTS["water"]
    a = pg.flow(column_x(1), y, rest, 2, tops=[y, TOP + 40]).bottom
    assert left.bottom > first + 3 * BODY, "L's column must end lower than the white space in A's"
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, left.bottom + LEAD)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    body = "".join(find(page, "城际铁路铺轨").paragraphs)
    assert "".join(heading) in body and rest[0] in body, f"paragraphs {find(page, '城际铁路铺轨').paragraphs}"


def test_text_level_with_a_column_under_a_headline_is_beside_that_column_not_that_headline(tmp_path):
    """Under a rule, article A: a long headline flush left over columns 0-1,
    its text in them. Column 2 opens level with A's columns, with
    （上接第3版）, and runs on into columns 3-4 under B's headline, centred
    over those two. A's headline stands over text of its own level with
    column 2 (columns 0-1), so it is not beside column 2: the column is B's,
    the headline on its right over the same row."""
    pg = FeaturePage()
    pg.header(5, "综合")
    top = story(pg, "culture", "文艺巡演进乡村", 0, 5, TOP + 4, align="left")
    row = below(pg, top)
    a_title = "江城全面推行河长制守护一河碧水长流"
    y = pg.headline(column_x(0), span_right(0, 2), row, a_title, 17.0, align="left")
    a_text = TEXTS["river"][:2]
    a = pg.flow(column_x(0), y, a_text, 2)
    b_title = "新学校投入使用"
    pg.centered(column_x(3), span_right(3, 2), row, b_title, 20, "hei")
    b_text = TEXTS["school"]
    b = pg.flow(column_x(2), y, ["（上接第3版）" + b_text[0]] + b_text[1:], 3)
    story(pg, "water", "农村供水保障工程惠及全县", 0, 5, below(pg, max(a.bottom, b.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", a_title, b_title, "农村供水保障工程惠及全县"])
    check_body(find(page, a_title), a_text)
    check_body(find(page, b_title), b_text)


def test_a_column_opening_far_under_a_headline_over_text_beside_it_goes_with_that_text(tmp_path):
    """Under a rule, article C over columns 0-1 and, over columns 2-3, article
    A's headline with a few lines of text under it; column 4 stays white.
    Far lower, B's headline over columns 0-3 and B's text in columns 0-3 and
    4, column 4 opening a paragraph level with B's columns. Column 4 is
    level with B's text standing under A's headline, far under A: it is B's
    last column, not A's (whose headline reaches nearly to it)."""
    pg = FeaturePage()
    pg.header(5, "综合")
    row = TOP + 4
    c = story(pg, "culture", "文艺巡演进乡村", 0, 2, row, align="left")
    a_title = "江城全面推行河长制守护一河碧水清流长"
    y = pg.headline(column_x(2), column_x(4) + 5, row, a_title, 17.0, align="left")
    assert pg.length(a_title, 17.0, "hei") > span_right(3, 1) - column_x(2), "A's headline reaches over column 3"
    a = pg.flow(column_x(2), y, TEXTS["river"][:1], 2)
    b_top = max(c, a.bottom) + 8 * LEAD
    b_title = "新学校投入使用"
    y = pg.headline(column_x(0), span_right(0, 4), b_top, b_title, 20.0, align="left")
    b_text = TEXTS["school"][:2]
    b = pg.flow(column_x(0), y, b_text, 4)
    last = TEXTS["school"][2:]
    tail = pg.flow(column_x(4), y, last, 1)
    story(pg, "water", "农村供水保障工程惠及全县", 0, 5, below(pg, max(b.bottom, tail.bottom)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", a_title, b_title, "农村供水保障工程惠及全县"])
    check_body(find(page, a_title), TEXTS["river"][:1])
    check_body(find(page, b_title), b_text + last)
