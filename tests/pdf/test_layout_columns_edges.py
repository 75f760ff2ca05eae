"""Pieces of a page told apart by what stands right over, under or beside
them: short lines stacked in a column, a paragraph's first or last line
alone by a heading, names over short columns or flush right under a side
headline, a vertical name beside a column's edge, a caption's agency
wrapped, a small headline under a rule that stops short. Pages built the way
test_layout_features.py builds them (feature_pages.py), all text invented."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, LEAD, TEXTS, FeaturePage, Sub, column_x, span_right, wrap  # noqa: E402
from feature_checks import TOP, below, check_body, check_titles, find, first_line_then_next_column, parse, story  # noqa: E402


def test_a_small_headline_under_a_rule_that_stops_short_of_a_subheading_beside(tmp_path):
    """Article A over columns 0-1, with a subheading a little larger than the
    body in column 1; on the right, article C closed by a rule under its
    columns 2-4 that stops at column 2's left edge, and under that rule
    article B, its headline as small and in the same face as A's subheading,
    level with it, its text under it. A rule right over a small heading that
    does not reach over the subheading set alike beside it marks the top of
    another region: the heading is B's headline, no subheading of A's."""
    pg = FeaturePage()
    pg.header(9, "社会")
    size = 11.5
    texts = TEXTS["culture"] + TEXTS["water"]
    y = pg.headline(column_x(0), span_right(0, 2), TOP + 4, "文艺巡演进乡村", 20)
    a = pg.flow(column_x(0), y, texts[:2] + [Sub(["剪纸进校园"], size=size, bold=False)] + texts[2:], 2).bottom
    c = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    rule_y = c + 8
    pg.rule(column_x(2) - 4, rule_y, span_right(2, 3), 0.6)
    pg.line(column_x(2), rule_y + 10, "社区书房开放", size, "hei")
    b = pg.flow(column_x(2), rule_y + 10 + 1.6 * size, TEXTS["library"], 3).bottom
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["文艺巡演进乡村", "城际铁路铺轨", "社区书房开放", "万亩晚稻喜获丰收"])
    check_body(find(page, "社区书房开放"), TEXTS["library"])
    check_body(find(page, "文艺巡演进乡村"), texts[:2] + ["剪纸进校园"] + texts[2:])


def test_a_stack_of_short_centred_lines_two_set_larger_is_one_subheading(tmp_path):
    """An article over columns 0-1: its headline, its first column opening
    with an epigraph (a quoted sentence) and its speaker's ——张明远 centred
    a little larger than the body; right under it, centred, a two-line
    subheading (a short line at the body size in the heading face over a
    larger one) and the part's reporter; the text under them. Short lines
    stacked one right under the other in a column stand and fall together:
    with the text over and under the stack, the larger lines in it are the
    article's, not headlines of articles of their own."""
    pg = FeaturePage()
    pg.header(11, "评论")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "办好民生实事", 22)
    epigraph = "“为民办实事，贵在落到实处，要让群众看得见、摸得着、得实惠。”"
    y = pg.flow(x0, y, [epigraph], 1).bottom
    cx0, cx1 = column_x(0), column_x(0) + 15 * BODY
    size = 11.5
    stack = [("——张明远", size, "hei"), ("同心办实事", BODY, "hei"), ("携手惠民生", size, "hei"),
             ("本报记者 韩硕", BODY, "body")]
    y += 4
    for text, sz, font in stack:
        pg.centered(cx0, cx1, y, text, sz, font)
        y += sz + 8
    texts = TEXTS["health"] + TEXTS["water"]
    a = pg.flow(x0, y + 4, texts, 2, tops=[y + 4, TOP + 4 + 40]).bottom
    story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, TOP + 200)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好民生实事", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    body = "".join(find(page, "办好民生实事").paragraphs)
    assert all(t in body for t, _, _ in stack[:3]), f"paragraphs {body}"


def test_a_framed_subheading_at_a_columns_foot_over_one_line_of_text(tmp_path):
    """An article over columns 0-1: column 0 holds a paragraph, then near
    the column's foot a framed subheading a little larger than the body, and
    under it only the first line of the next paragraph (indented, full),
    which runs on at the top of column 1; under the article a rule and the
    next article's headline. A paragraph's first line under a heading is the
    column's text running on under it, as a block of lines is: the heading
    is a subheading, and that line no tier of a headline."""
    pg = FeaturePage()
    pg.header(16, "评论")
    x0, cw = column_x(0), 15 * BODY
    y = pg.headline(x0, span_right(0, 2), TOP + 4, "把监督挺在前面", 22)
    first, second = TEXTS["theory"][0], TEXTS["theory"][1] + TEXTS["water"][0]
    top = y
    y = pg.flow(x0, y, [first], 1).bottom
    size = 11.0
    pg.frame(x0 + 4, y + 3, x0 + cw - 4, y + 3 + size * 1.45 + 4, 0.6)
    heading = "强化监督，推动责任落实"
    pg.centered(x0, x0 + cw, y + 5, heading, size, "hei")
    y += size * 1.45 + 4 + 10
    y1 = first_line_then_next_column(pg, x0, y, top, second, cw)
    rest = TEXTS["theory"][2:]
    y1 = pg.flow(column_x(1), y1, rest, 1).bottom
    story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(y + LEAD, y1, TOP + 200)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["把监督挺在前面", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    check_body(find(page, "把监督挺在前面"), [first, heading, second] + rest)


def test_a_small_name_flush_right_under_a_side_headline_over_one_line_of_text(tmp_path):
    """A side headline over column 0 of a row of three; under it, set flush
    right at the column's right edge and a little smaller than the body, the
    author's name alone; under the name only the first line of the text
    (indented, set ragged: a character short of the column's right edge),
    which runs on at the top of column 1, level with the headline's top. A
    name alone over the column under it is read first, as the byline,
    however few lines that column holds and however little of the name
    stands over that line."""
    pg = FeaturePage()
    pg.header(10, "文化")
    x0, cw = column_x(0), 15 * BODY
    y = pg.headline(x0, x0 + cw, TOP + 4, "新校园启用", 20, align="left")
    name = "韩硕"
    pg.right(x0 + cw, y, name, 8.8)
    y += 8.8 * 1.8
    lines = wrap(TEXTS["school"][0])
    pg.line(x0 + 2 * BODY, y, lines[0][:-1])  # ragged right
    y1 = TOP + 4
    for ln in wrap(TEXTS["school"][0][len(lines[0]) - 1:], indent=0):
        pg.line(column_x(1), y1, ln)
        y1 += LEAD
    rest = TEXTS["school"][1:]
    a = pg.flow(column_x(1), y1, rest, 1).bottom
    b = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b, y + LEAD)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["新校园启用", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    art = find(page, "新校园启用")
    assert [b.name for b in art.bylines] == [name], f"bylines {art.bylines}"
    check_body(art, TEXTS["school"])


def test_a_vertical_name_far_under_a_vertical_headline_touching_the_columns_edge(tmp_path):
    """As above, but the text's columns reach right up to the name's side:
    the vertical name's left edge stands a point inside the last column's
    right edge, and that column ends lower than the headline's foot (higher
    than the name's top). A column only touching the name's edge stands
    beside the white space under the headline, not in it: the name is still
    the headline's byline."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(7, "理论")
    left = story(pg, "school", "办好家门口的每一所学校", 0, 2, TOP + 4)
    body = TEXTS["theory"] + TEXTS["digital"][:2]
    flowed = pg.flow(column_x(2), TOP + 8, body, 2)
    edge = flowed.columns[-1][2]
    x_title = edge + 24
    foot = pg.vertical(x_title, TOP + 10, "走好高质量发展", 24, pitch=27)
    name_bottom = pg.vertical(edge - 1, foot + 12 * BODY, "罗 海 平", 11, font="body", pitch=12)
    pg.vrule(column_x(2) - 6, TOP + 4, name_bottom)
    assert foot < flowed.bottom < foot + 12 * BODY, (foot, flowed.bottom)
    story(pg, "culture", "文艺巡演进乡村", 0, 5, below(pg, max(left, name_bottom)), extra=TEXTS["market"], align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["办好家门口的每一所学校", "走好高质量发展", "文艺巡演进乡村"])
    art = find(page, "走好高质量发展")
    assert art.bylines == [Byline(None, "罗海平")], f"bylines {art.bylines}"
    check_body(art, body)


def test_names_centred_over_a_short_articles_two_lines_a_column(tmp_path):
    """A short article over columns 0-1: its headline, the authors' names
    centred under it (over the gutter), and its text of two lines in each
    column. Names alone over the columns are read first, as the bylines,
    however short those columns are (no column of three lines or more)."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(4, "教育")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "校园开放日", 20)
    y = pg.byline_line(x0, x1, y, "韩硕  林晓峰")
    text = "开放日当天，家长们走进课堂、食堂和实验室，看孩子上课，与老师交流。"
    a = pg.flow(x0, y, [text], 2).bottom
    b = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["校园开放日", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    art = find(page, "校园开放日")
    assert art.bylines == [Byline(None, "韩硕"), Byline(None, "林晓峰")], f"bylines {art.bylines}"
    check_body(art, [text])


@pytest.mark.parametrize("wrapped, credit", [(["（影像中", "国）"], "影像中国"), (["林晓峰摄（影", "像中国）"], "林晓峰")],
                         ids=["agency", "photographer-and-agency"])
def test_an_agency_credit_wrapped_over_two_lines_of_a_caption_beside_its_photo(tmp_path, wrapped, credit):
    """A small photo at the left of column 0 under the headline, its caption
    beside it in a narrow run of small lines that goes on a little lower than
    the photo and ends a sentence; then the credit, too wide for the run,
    wrapped inside its brackets over two lines (（影像中 / 国）, or the
    photographer's 林晓峰摄（影 / 像中国）). The credit wrapped so is still the
    caption's, not the first words of the article's text."""
    pg = FeaturePage()
    pg.header(7, "国际")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "春节假期旅游市场红火", 20)
    photo = (x0, y, x0 + 60, y + 30)
    pg.photo(*photo, fill=True)
    caption = ["游客在古镇", "观看民俗表", "演，体验传统", "年味。"]
    size, cx = 7.0, x0 + 68
    cy = y
    for part in caption + wrapped:
        pg.line(cx, cy, part, size)
        cy += size * 1.6
    assert cy - 2 * size * 1.6 > photo[3] + BODY, "the credit must stand lower than the photo"
    texts = TEXTS["market"]
    a = pg.flow(column_x(1), y, texts, 2).bottom
    pg.flow(x0, cy + 6, TEXTS["health"][:1], 1)
    b = story(pg, "rail", "城际铁路铺轨", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b, cy + 80)), align="left")
    page = parse(pg, tmp_path)
    art = find(page, "春节假期旅游市场红火")
    assert [(c.text, c.credit) for c in art.captions] == [("".join(caption), credit)], f"captions {art.captions}"
    assert "影" not in "".join(art.paragraphs), f"paragraphs {art.paragraphs}"


def test_a_name_over_a_one_line_article_set_as_two_runs(tmp_path):
    """A photo's short article beside another: its headline, the
    photographer's name centred under it, and its text of one line set as
    two runs with the slack between them (the name stands over that gap,
    over neither run). A name over all of a short article's text is read
    first, as its byline."""
    from banmian.model import Byline

    pg = FeaturePage()
    pg.header(15, "视点")
    x0, x1 = column_x(0), span_right(0, 2)
    y = pg.headline(x0, x1, TOP + 4, "雪原上的训练", 20)
    y = pg.byline_line(x0, x1, y, "韩硕")
    first, second = "2月15日，队员们", "在雪原上训练。"
    mid = (x0 + x1) / 2  # the name's middle: the runs stop short of it on either side
    pg.line(mid - 2 * BODY - pg.length(first, BODY, "body"), y, first)
    pg.line(mid + 2 * BODY, y, second)
    b = story(pg, "rail", "城际铁路铺轨", 2, 3, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(y + LEAD, b)), align="left")
    page = parse(pg, tmp_path)
    check_titles(page, ["雪原上的训练", "城际铁路铺轨", "万亩晚稻喜获丰收"])
    art = find(page, "雪原上的训练")
    assert art.bylines == [Byline(None, "韩硕")], f"bylines {art.bylines}"
    assert "韩硕" not in "".join(art.paragraphs), f"paragraphs {art.paragraphs}"


def _photo_story_with_caption_beside(tmp_path, credit: str):
    """The article under a headline with a photo kept to its proportions,
    centred in a wide space, and its caption (closed by ``credit``) in small
    lines some eight ems right of the image across white space."""
    pg = FeaturePage()
    pg.header(7, "国际")
    x0, x1 = column_x(0), span_right(0, 3)
    y = pg.headline(x0, x1, TOP + 4, "春节假期旅游市场红火", 20)
    pg.photo(x0, y, x0 + 200, y + 45)  # 4:3 in a 200 x 45 box: 60 wide, centred
    caption = ["游客在古镇观看民俗表", "演，体验传统年味。", credit]
    size, cx, cy = 7.0, x0 + 208, y + 2
    for part in caption:
        pg.line(cx, cy, part, size)
        cy += size * 1.6
    a = pg.flow(x0, y + 58, TEXTS["market"], 3).bottom
    b = story(pg, "rail", "城际铁路铺轨", 3, 2, TOP + 4)
    story(pg, "harvest", "万亩晚稻喜获丰收", 0, 5, below(pg, max(a, b)), align="left")
    return find(parse(pg, tmp_path), "春节假期旅游市场红火")


def test_a_caption_beside_a_photo_across_white_space_closed_by_its_credit(tmp_path):
    """A photo kept to its proportions, centred in a wide space under the
    headline: the image is much narrower than its space, and the caption
    stands beside the space, small lines level with the photo, some eight
    ems right of the image's edge across white space, closed by the
    photographer's credit on a line of its own. Nothing stands between: it
    is the photo's caption, not the first words of the article's text."""
    art = _photo_story_with_caption_beside(tmp_path, "本报记者 林晓峰摄")
    assert [(c.text, c.credit) for c in art.captions] == [("游客在古镇观看民俗表演，体验传统年味。", "林晓峰")], \
        f"captions {art.captions}"
    check_body(art, list(TEXTS["market"]))


def test_a_caption_beside_a_photo_across_white_space_closed_by_an_agency_credit(tmp_path):
    """The same caption across white space beside its photo, closed not by a
    photographer's credit but by an agency's in brackets after its last
    sentence (……。（影像中国）): that credit closes a caption as well."""
    art = _photo_story_with_caption_beside(tmp_path, "（江城图片）")
    assert [(c.text, c.credit) for c in art.captions] == [("游客在古镇观看民俗表演，体验传统年味。", "江城图片")], \
        f"captions {art.captions}"
    check_body(art, list(TEXTS["market"]))


def test_a_framed_subheading_under_a_paragraphs_last_line_atop_a_column(tmp_path):
    """An article over columns 0-1: column 0 full of one paragraph whose
    last line (short, ending the sentence) tops column 1; right under that
    line, a framed subheading centred in the column (its text far right of
    the line's start), then the column's text. The frame spans the column:
    the line over it is the column's text running on over the subheading,
    no headline of the text under it."""
    pg = FeaturePage()
    pg.header(16, "评论")
    x0, cw = column_x(0), 15 * BODY
    title = "把监督挺在前面"
    top = pg.headline(x0, span_right(0, 2), TOP + 4, title, 22)
    lines = wrap(TEXTS["theory"][0] + TEXTS["water"][0] + TEXTS["theory"][1])
    y = top
    for ln in lines[:-1]:
        pg.line(x0 + (2 * BODY if ln == lines[0] else 0), y, ln, width=cw - (2 * BODY if ln == lines[0] else 0))
        y += LEAD
    x1 = column_x(1)
    pg.line(x1, top, lines[-1])
    size, y = 11.0, top + LEAD + 6
    pg.frame(x1 + 4, y - 3, x1 + cw - 4, y + size + 5, 0.6)
    heading = "强化监督推动责任落实"
    pg.centered(x1, x1 + cw, y, heading, size, "hei")
    rest = TEXTS["theory"][2:] + TEXTS["rail"][:1]
    bottom = pg.flow(x1, y + size + 14, rest, 1).bottom
    story(pg, "harvest", "万亩晚稻喜获丰收", 2, 3, TOP + 4)
    page = parse(pg, tmp_path)
    check_titles(page, [title, "万亩晚稻喜获丰收"])
    check_body(find(page, title), [TEXTS["theory"][0] + TEXTS["water"][0] + TEXTS["theory"][1], heading] + rest)
    assert bottom > y
